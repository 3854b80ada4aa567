#pragma once
// Every sentence the command line writes itself, in one file so a translation touches only this
// one. Templates hold numbered slots ({0}, {1}, ...) filled by fill() in format.hpp; numbered
// rather than positional so a translation may reorder them. The questionnaire's own texts
// (statements, bands, shapes) come from its JSON, and the engine's answer messages from the
// engine.
#include <string_view>

namespace crossroads::cli::text {

// A count with its noun: English needs only "one" and "other". {0} is the number.
struct Plural {
  std::string_view one;
  std::string_view other;
};

// --- help ------------------------------------------------------------------------------------
constexpr std::string_view kUsage =
    "Usage:\n"
    "  crossroads questions [--json]              list the statements and their two ends\n"
    "  crossroads score A1 A2 ... A15 [--json] [--seconds N]\n"
    "                                             score one person's answers (0 to 10)\n"
    "  crossroads score --csv FILE|- [--delimiter D] [--id-column NAME] [--jobs N]\n"
    "                                             score one respondent per CSV row: comma,\n"
    "                                             semicolon or tab separated, as spreadsheets\n"
    "                                             and form tools export it; the file (or stdin)\n"
    "                                             is read in blocks, so any size fits in a few\n"
    "                                             megabytes\n"
    "  crossroads team --csv FILE|- [--min-group N] [--json]\n"
    "                  [--delimiter D] [--id-column NAME]\n"
    "                                             how far a team's answers (one person per CSV\n"
    "                                             row, as score --csv reads them) can be trusted:\n"
    "                                             Cronbach's alpha with its 95% interval for the\n"
    "                                             whole questionnaire and each theme, each\n"
    "                                             statement's figures and answer counts, the\n"
    "                                             bands and how many of them are too close to\n"
    "                                             call; nothing for a group below --min-group\n"
    "  crossroads validate [FILE.json] [--questionnaire Q.json]\n"
    "                                             check a questionnaire definition and its\n"
    "                                             translations, or one language's file (against\n"
    "                                             the built-in questionnaire it names, or "
    "Q.json);\n"
    "                                             with no file, the built-in questionnaire and\n"
    "                                             each of its languages, one line each\n"
    "Options for every command:\n"
    "  --lang CODE                                the language of the questionnaire's texts:\n"
    "                                             {5} for the built-in\n"
    "                                             one ({6}: a pseudo-locale for tests); by\n"
    "                                             default the environment's (LC_ALL, LC_MESSAGES,\n"
    "                                             then LANG) when the questionnaire has it, else\n"
    "                                             its own. Ids, totals and CSV output are the\n"
    "                                             same in every language; these messages stay in\n"
    "                                             English\n"
    "Options for questions, score and team:\n"
    "  --questionnaire FILE.json                  use a custom questionnaire\n"
    "  --questionnaire-version N                  use version N of the built-in questionnaire\n"
    "                                             (1 to {0}; the latest, {0}, by default), for\n"
    "                                             answers given to an earlier version (earlier\n"
    "                                             versions exist only in English)\n"
    "  --json                                     machine-readable output (one line)\n"
    "Options for score --csv and team:\n"
    "  --delimiter D                              the separator: , ; or tab (also comma,\n"
    "                                             semicolon, \\t); found from the file's first\n"
    "                                             lines by default\n"
    "  --id-column NAME                           the header's column holding each row's id\n"
    "                                             (default: a first column of ids, or one named\n"
    "                                             id; else each row's line number)\n"
    "  --jobs N                                   score --csv only: score on N threads (1 to {1};\n"
    "                                             every core by default); the output keeps the\n"
    "                                             input's order\n"
    "  --min-group N                              team only: the smallest group given any figure\n"
    "                                             ({3} to {4}; {2} by default), so that nobody in\n"
    "                                             a smaller group can be singled out\n"
    "Exit codes:\n"
    "  0  success; with --csv, every row was scored; with team, the report was printed (rows\n"
    "     that could not be scored are left out, counted in it and on stderr)\n"
    "  1  with --csv, some rows could not be scored: the others are still printed, and each\n"
    "     refused row's error column says why\n"
    "  2  bad input or usage, or a CSV that cannot be used at all (unreadable, no data rows,\n"
    "     a header that does not name every statement, an --id-column that is not there);\n"
    "     one line on stderr says why\n";

// --- questions -------------------------------------------------------------------------------
// What the numbers mean; the middle is named only when the scale has a whole-number middle.
constexpr std::string_view kScaleWithMiddle =
    "Rate each statement from {0} to {1}: {0} = the first answer fits you fully, {2} = both fit "
    "equally, {1} = the second fits you fully.";
constexpr std::string_view kScaleNoMiddle =
    "Rate each statement from {0} to {1}: {0} = the first answer fits you fully, {1} = the "
    "second fits you fully.";
constexpr std::string_view kStatement = "{0}. {1}";
constexpr std::string_view kStatementEnd = "   {0} = {1}";
constexpr std::string_view kEarlierQuestionnaire =
    "This is version {0} of the built-in questionnaire; the latest is version {1}.";

// --- score (text) ----------------------------------------------------------------------------
constexpr std::string_view kEarlierScored =
    "Scored with version {0} of the built-in questionnaire; the latest is version {1}.";
constexpr std::string_view kTotal = "Total: {0} / {1}";
constexpr std::string_view kBand = "Band: {0} - {1}";
constexpr std::string_view kBullet = "  * {0}";
constexpr std::string_view kStepsHeading = "Steps to try:";
constexpr std::string_view kQuestionsHeading = "Questions to reflect on:";
constexpr Plural kPoints = {"{0} point", "{0} points"};
constexpr std::string_view kMargin = "Margin: {0} from {1}";
constexpr std::string_view kMarginBorderline = "Margin: {0} from {1} (borderline)";
constexpr std::string_view kShape = "Shape: {0} - {1}";
constexpr std::string_view kDriversHeading = "Drivers toward {0}:";
constexpr std::string_view kDriversNone = "Drivers toward {0}: none";
// {0} statement number, {1} its short label, {2} the answer, {3} the chosen end's text, quoted.
constexpr std::string_view kDriverChose = "  {0} ({1}): you chose {2}, {3}";
constexpr std::string_view kDriverMiddle = "  {0} ({1}): you chose {2}, the middle";
constexpr std::string_view kQuoted = "\"{0}\"";
constexpr std::string_view kNote = "Note: {0}";
constexpr std::string_view kThemesHeading = "Themes:";
constexpr std::string_view kTheme = "  {0}: {1} / {2} ({3})";

// Said when a custom questionnaire has no texts of its own for shapes and quality notes.
constexpr std::string_view kSplitTitle = "Pulled both ways";
constexpr std::string_view kSplitText =
    "Several answers lean strongly toward each end, so the total hides a pull in two directions.";
constexpr std::string_view kCentredTitle = "No strong pull";
constexpr std::string_view kCentredText =
    "Most answers sit near the middle, so nothing in them pulls strongly either way.";
constexpr std::string_view kConsistentTitle = "A steady pattern";
constexpr std::string_view kConsistentText =
    "The answers neither pull hard both ways nor gather at the middle, so the total sums them up "
    "fairly well.";
constexpr std::string_view kStraightLineNote =
    "Every answer is the same number, so this result may say less than it could.";
constexpr std::string_view kMostlyMiddleNote =
    "Almost every answer is exactly in the middle, which makes the result hard to read.";
constexpr std::string_view kFastNote =
    "The answers came very quickly, so the result may say less than it could.";

// --- team (text) -----------------------------------------------------------------------------
constexpr std::string_view kTeamTitle = "Team: {0}";
constexpr std::string_view kTeamScored = "People scored: {0}";
constexpr std::string_view kTeamLeftOut =
    "Rows left out: {0} (they could not be scored; crossroads score --csv says why)";
constexpr std::string_view kTeamNoneLeftOut = "Rows left out: {0}";
constexpr std::string_view kTeamFloor = "Smallest group shown: {0}";
// {0} "4 people were" / "1 person was", {1} the floor, {2} and {3} the floor's limits.
constexpr Plural kPeopleWere = {"{0} person was", "{0} people were"};
constexpr std::string_view kSuppressed =
    "Only {0} scored; the floor is {1}, so no figure is shown so that nobody can be singled out. "
    "Change it with --min-group ({2} to {3}).";
constexpr std::string_view kSuppressedAnyFloor =
    "Only {0} scored; no figure is shown for fewer than {2} people, so that nobody can be singled "
    "out.";
constexpr std::string_view kBandsHeading = "Bands (people in each):";
constexpr std::string_view kBandCount = "  {0}  {1}";
// {0} "12 people's bands are" / "1 person's band is", {1} 1.96 x SEM in points.
constexpr std::string_view kBandUncertain =
    "  {0} too close to call: within 1.96 x SEM ({1} points) of a band edge";
constexpr std::string_view kBandUncertainUnknown =
    "  Too close to call: {0} (cannot be told without alpha for the whole questionnaire)";
constexpr Plural kPeoplesBands = {"{0} person's band is", "{0} people's bands are"};
constexpr std::string_view kSem =
    "Standard error of measurement (SEM) of the total: {0} points. A person's total typically "
    "strays this far from their true total; 95 times in 100, by less than 1.96 x SEM.";
constexpr std::string_view kSemUnknown =
    "Standard error of measurement (SEM) of the total: {0} (cannot be told without alpha for the "
    "whole questionnaire)";
constexpr std::string_view kTrustHeading = "How far to trust this";
constexpr std::string_view kTrustExplained =
    "Cronbach's alpha tells how well a scale's statements hang together for this group: 0.8 or "
    "more well, 0.7 to 0.8 acceptably, below 0.7 only loosely; with fewer than 10 people it cannot "
    "be told.";
constexpr std::string_view kWholeScale = "Whole questionnaire ({0}, {1})";
constexpr std::string_view kThemeScale = "Theme: {0} ({1}, {2})";
constexpr Plural kPeople = {"{0} person", "{0} people"};
constexpr std::string_view kAlpha = "  Cronbach's alpha: {0}, 95% confidence interval {1} to {2}";
constexpr std::string_view kAlphaNoInterval =
    "  Cronbach's alpha: {0}, 95% confidence interval {1}";
constexpr std::string_view kReadingLine = "  Reading: {0}";
constexpr std::string_view kGood = "these statements hang together well";
constexpr std::string_view kAcceptable = "these statements hang together acceptably";
constexpr std::string_view kLoose =
    "these statements hang together only loosely: read their score with care";
constexpr std::string_view kTooFew = "too few people to tell";
constexpr std::string_view kUndefined =
    "cannot be told: alpha needs at least 2 statements whose total varies";
// The per-statement table's column headings; the answer counts are headed by the scale's values.
constexpr std::string_view kColStatement = "Statement";
constexpr std::string_view kColItemTotal = "Item-total r";
constexpr std::string_view kColAlphaIfLeftOut = "Alpha if left out";
constexpr std::string_view kColMean = "Mean";
constexpr std::string_view kColSd = "SD";
constexpr std::string_view kColAnswers = "People per answer:";
// Shown for a figure that cannot be computed (a constant statement's correlation, say).
constexpr std::string_view kUndefinedFigure = "\u2014";
constexpr std::string_view kColumnsExplained =
    "Item-total r: how closely a statement goes with the total of the scale's other statements. "
    "Alpha if left out: the scale's alpha without that statement (none when 2 are left). People "
    "per answer: how many gave each answer, as scored (a reversed statement's answers turned "
    "round). \u2014: cannot be told (too few people, or answers that do not vary).";

// --- validate --------------------------------------------------------------------------------
constexpr Plural kStatements = {"{0} statement", "{0} statements"};
constexpr Plural kThemes = {"{0} theme", "{0} themes"};
constexpr Plural kBands = {"{0} band", "{0} bands"};
constexpr Plural kProblems = {"{0} problem", "{0} problems"};
constexpr std::string_view kValid = "{0}: valid ({1}, {2}, {3}, totals {4} to {5})";
constexpr std::string_view kProblemLine = "{0}: {1}";
constexpr std::string_view kProblemAt = "{0}: {1}: {2}";
constexpr std::string_view kHasProblems = "{0} has {1}";
// {6}: every language the questionnaire has, its own first ("en, fr").
constexpr std::string_view kValidLanguages =
    "{0}: valid ({1}, {2}, {3}, totals {4} to {5}; languages {6})";
// {1} the file's language, {2} and {3} the questionnaire and version it translates.
constexpr std::string_view kValidTranslation = "{0}: valid ({1} translation of {2} version {3})";
// One line per language of the built-in questionnaire: "fr: ok", or "fr: PATH: MESSAGE" each.
constexpr std::string_view kLanguageOk = "{0}: ok";
constexpr std::string_view kLanguagesHaveProblems =
    "the built-in questionnaire's languages have {0}";

// --- errors (one line on stderr, after "crossroads: ") ----------------------------------------
constexpr std::string_view kUnknownCommand = "unknown command '{0}' (try: crossroads help)";
constexpr std::string_view kUnknownOption = "unknown option '{0}'";
constexpr std::string_view kNeedsValue = "{0} needs a value";
constexpr std::string_view kBadSeconds = "--seconds needs a number of seconds, got '{0}'";
constexpr std::string_view kBadJobs = "--jobs needs a whole number of threads, 1 to {0}; got '{1}'";
constexpr std::string_view kOnlyWithCsv = "{0} applies only to score --csv";
constexpr std::string_view kBadDelimiter =
    "--delimiter needs a separator: ',' ';' or 'tab' (also 'comma', 'semicolon', '\\t'); got "
    "'{0}'";
constexpr std::string_view kBadVersion =
    "--questionnaire-version must be a version of the built-in questionnaire, 1 to {0}; got "
    "'{1}'";
constexpr std::string_view kVersionWithFile =
    "--questionnaire-version picks a version of the built-in questionnaire, so it cannot be "
    "combined with --questionnaire";
constexpr std::string_view kBuiltinUnreadable =
    "version {0} of the built-in questionnaire cannot be read (a broken build)";
constexpr std::string_view kCannotReadQuestionnaire = "cannot read questionnaire file '{0}'";
constexpr std::string_view kInvalidQuestionnaire =
    "questionnaire '{0}' is not valid: {1} (crossroads validate lists every problem)";
constexpr std::string_view kQuestionsNoArguments = "questions takes no arguments";
constexpr std::string_view kQuestionsNoOption = "questions does not take {0}";
constexpr std::string_view kCsvAndAnswers = "give either --csv FILE or answers, not both";
constexpr std::string_view kCannotReadCsv = "cannot read CSV file '{0}'";
// Exit code 1 is easy to miss at a terminal, so the refused rows are counted on stderr too.
constexpr Plural kRows = {"{0} row", "{0} rows"};
constexpr std::string_view kRowsRefused =
    "{0} could not be scored, of {1} read; the error column says why";
// {0} the rows as kRows counts them, {1} why the first could not be scored (it names its line).
constexpr std::string_view kRowsLeftOut =
    "{0} could not be scored and are left out; the first: {1}";
constexpr std::string_view kRowLeftOut = "{0} could not be scored and is left out: {1}";
// An answer's problem (check_answers) names the statement, not the line: the line goes first.
constexpr std::string_view kOnLine = "Line {0}: {1}";
constexpr std::string_view kBadMinGroup =
    "--min-group needs a whole number of people, {0} to {1}; got '{2}'";
constexpr std::string_view kOnlyWithTeam = "{0} applies only to team";
constexpr std::string_view kTeamNeedsCsv = "team needs --csv FILE (or --csv - for stdin)";
constexpr std::string_view kTeamNoArguments = "team takes no answers: give them as --csv FILE";
constexpr std::string_view kTeamNoOption = "team does not take {0}";
constexpr std::string_view kValidateOneFile =
    "validate takes at most one file: crossroads validate [FILE.json]";
constexpr std::string_view kValidateNoOption = "validate does not take {0}";
constexpr std::string_view kQuestionnaireForTranslation =
    "--questionnaire applies to validate only with one language's file (a file with \"texts\")";
// {0} the file, {1} and {2} the questionnaire and version it names.
constexpr std::string_view kNotBuiltIn =
    "'{0}' translates questionnaire '{1}' version {2}, which is not built in: name it with "
    "--questionnaire FILE.json";
// {0} the code as typed, {1} the questionnaire's languages ("en, fr").
constexpr std::string_view kUnknownLanguage =
    "--lang {0}: the questionnaire has no such language; it has {1}";
// Said on stderr when an earlier built-in version is asked for in another language.
constexpr std::string_view kEnglishOnly =
    "version {0} exists only in English, so its texts are shown in English";
constexpr std::string_view kCannotRead = "cannot read '{0}'";

}  // namespace crossroads::cli::text
