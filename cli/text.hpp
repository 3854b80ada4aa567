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
    "  crossroads validate FILE.json              check a questionnaire definition\n"
    "Options for questions and score:\n"
    "  --questionnaire FILE.json                  use a custom questionnaire\n"
    "  --questionnaire-version N                  use version N of the built-in questionnaire\n"
    "                                             (1 to {0}; the latest, {0}, by default), for\n"
    "                                             answers given to an earlier version\n"
    "  --json                                     machine-readable output (one line)\n"
    "Options for score --csv:\n"
    "  --delimiter D                              the separator: , ; or tab (also comma,\n"
    "                                             semicolon, \\t); found from the file's first\n"
    "                                             lines by default\n"
    "  --id-column NAME                           the header's column holding each row's id\n"
    "                                             (default: a first column of ids, or one named\n"
    "                                             id; else each row's line number)\n"
    "  --jobs N                                   score on N threads (1 to {1}; every core by\n"
    "                                             default); the output keeps the input's order\n"
    "Exit codes:\n"
    "  0  success; with --csv, every row was scored\n"
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

// --- validate --------------------------------------------------------------------------------
constexpr Plural kStatements = {"{0} statement", "{0} statements"};
constexpr Plural kThemes = {"{0} theme", "{0} themes"};
constexpr Plural kBands = {"{0} band", "{0} bands"};
constexpr Plural kProblems = {"{0} problem", "{0} problems"};
constexpr std::string_view kValid = "{0}: valid ({1}, {2}, {3}, totals {4} to {5})";
constexpr std::string_view kProblemLine = "{0}: {1}";
constexpr std::string_view kProblemAt = "{0}: {1}: {2}";
constexpr std::string_view kHasProblems = "{0} has {1}";

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
constexpr std::string_view kValidateOneFile =
    "validate takes one file: crossroads validate FILE.json";
constexpr std::string_view kCannotRead = "cannot read '{0}'";

}  // namespace crossroads::cli::text
