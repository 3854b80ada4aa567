// Every interface word and sentence of the page. Content (statements, band texts) comes from the
// questionnaire. Templates use {name} placeholders, filled by format() or fill().
export const S = {
  appName: 'Crossroads',
  pageTitle: '{screen} · Crossroads',
  loading: 'Loading the assessment…',
  loadFailed: 'The assessment could not be loaded.',
  loadFailedHelp: 'Check your connection and try again. If it keeps happening, your browser may be blocking WebAssembly.',
  tryAgain: 'Try again',
  dismiss: 'Dismiss',

  // Welcome
  facts: '{count} statements, each rated from {min} to {max}. There are no right or wrong answers.',
  privacy: 'Your answers stay on this device. Nothing is sent anywhere.',
  resumeNote: 'Welcome back. You have answered {answered} of {count} statements.',
  howToAnswer: 'Each statement offers two answers. Choose {min} if the first answer fits you fully, {max} if the second fits you fully, and {mid} if both fit you equally; the numbers in between show how far you lean.',
  howToAnswerNoMiddle: 'Each statement offers two answers. Choose {min} if the first answer fits you fully and {max} if the second fits you fully; the numbers in between show how far you lean.',
  about: 'About this questionnaire',
  start: 'Start',
  continue: 'Continue',
  startOver: 'Start over',
  history: 'History',

  // Question
  statementOf: 'Statement {n} of {count}',
  progress: 'Progress',
  answeredOf: '{answered} of {count} answered',
  back: 'Back',
  next: 'Next',
  seeResult: 'See my result',
  keyHint: 'Tip: type a number to answer, then press Enter to go on.',
  scaleKey: '{min} = the first answer fits you fully · {mid} = both fit equally · {max} = the second fits you fully',
  scaleKeyNoMiddle: '{min} = the first answer fits you fully · {max} = the second fits you fully',
  middleLabel: 'Both equally',
  firstAnswer: 'First answer',
  secondAnswer: 'Second answer',

  // About this questionnaire (its paragraphs come from the questionnaire's "about")
  aboutHeading: 'About this questionnaire',

  // Errors from the engine, by code; {item} is the statement number
  errors: {
    answer_count: 'These answers do not match this questionnaire.',
    missing_answer: 'Statement {item} has no answer yet.',
    not_a_number: 'The answer to statement {item} is not a number.',
    not_an_integer: 'The answer to statement {item} is not a whole number.',
    out_of_range: 'The answer to statement {item} is outside the scale.',
    bad_link: 'This link is not a Crossroads result link, or it has been cut short.',
    wrong_questionnaire: 'This was made with another questionnaire, or another version of it, so it cannot be shown here.',
    bad_file: 'This file is not a Crossroads result.',
    bad_questionnaire: 'The questionnaire could not be read.',
    unknown: 'Something went wrong while working out the result.',
  },
  linkProblem: 'This link cannot be shown',
  goToStart: 'Go to the start',

  // Result
  yourResult: 'Your result',
  sharedResult: 'Shared result',
  sharedNote: 'Someone shared this result with you. It is shown as it was sent and is not saved on this device.',
  takeIt: 'Take the assessment yourself',
  totalOf: '{total} / {max}',
  takenOn: 'Taken on {date}',
  bandLabel: 'Your lean',
  scaleLabel: 'Your total is {total} out of {max}. {bands}.',
  bandRange: '{title} {min} to {max}',
  rangeText: '{min}–{max}',
  adviceHeading: 'Advice',
  themesHeading: 'Your themes',
  themesIntro: 'Each theme adds up three statements, from {min} to {max}.',
  themeChartLabel: 'Theme scores: {themes}.',
  themeScore: '{title} {score} out of {max}',
  themeLine: '{title}: {score} / {max} ({leaning})',
  themeValue: '{score} / {max}',

  // Why this result
  why: 'Why this result',
  marginOne: 'Your total is {points} point from {band}.',
  marginMany: 'Your total is {points} points from {band}.',
  borderline: 'Borderline',
  borderlineNote: 'A change to one or two answers could move you into {band}, so read both descriptions.',
  shapeHeading: 'The shape of your answers',
  driversHeading: 'Statements that pulled hardest',
  driversToward: 'Toward {pole}',
  driversNone: 'No statement pulled strongly toward {pole}.',
  chosenEnd: 'You chose {answer}, toward “{end}”',
  qualityHeading: 'A note on your answers',
  // Said when a questionnaire of one's own has no texts of its own for shapes and quality notes.
  shapes: {
    split: { title: 'Pulled both ways', explanation: 'Several answers lean strongly toward each end, so the total hides a pull in two directions.' },
    centred: { title: 'No strong pull', explanation: 'Most answers sit near the middle, so nothing in them pulls strongly either way.' },
    consistent: { title: 'A steady pattern', explanation: 'The answers neither pull hard both ways nor gather at the middle, so the total sums them up fairly well.' },
  },
  qualityNotes: {
    straight_line: 'Every answer is the same number, so this result may say less than it could.',
    mostly_middle: 'Almost every answer is exactly in the middle, which makes the result hard to read.',
    fast: 'The answers came very quickly, so the result may say less than it could.',
  },

  // What next
  whatNext: 'What next',
  nextSteps: 'Steps to try',
  questions: 'Questions to reflect on',

  // Actions
  actionsLabel: 'Result actions',
  retake: 'Retake',
  copyLink: 'Copy share link',
  printReport: 'Print report',
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV',
  linkCopied: 'Link copied. Anyone who opens it sees this result.',
  linkManual: 'Copying was not allowed here, so copy the link from the field below.',
  shareLinkLabel: 'Share link',

  // Print-only report parts
  answersHeading: 'Your answers',
  answerLine: 'Answer: {answer}, on a scale from {min} ({low}) to {max} ({high})',
  earlierVersion: 'Made with an earlier version of the Crossroads questionnaire (version {version}); it is shown as scored by that version.',
  earlierVersionShort: 'Earlier version ({version})',

  // History
  historyHeading: 'History',
  historyEmpty: 'No results saved on this device yet.',
  historyEntry: '{total} / {max} · {band}',
  historyUnreadable: 'Made with a questionnaire that is not on this device',
  view: 'View',
  viewOf: 'View {date}',
  delete: 'Delete',
  deleteOf: 'Delete {date}',
  deleteOne: 'Delete this result?',
  deleteYes: 'Yes, delete',
  cancel: 'Cancel',
  deleted: 'The result was deleted.',
  compare: 'Compare',
  pickTwo: 'Tick exactly two results to compare.',
  pickSame: 'Those two come from different questionnaires, or different versions of one, so their statements and themes cannot be compared.',
  yourData: 'Your data',
  deleteAll: 'Delete all my data',
  deleteAllOne: 'Delete your progress, history and questionnaires on this device?',
  deleteAllYes: 'Yes, delete all',
  allDeleted: 'All your data was deleted from this device.',

  // Compare
  compareHeading: 'Compare results',
  change: 'Change',
  total: 'Total',
  up: '+{n}',
  down: '\u2212{n}',

  // Import a result file (its errors are the ones above, by code)
  importResult: 'Import a result (JSON)',
  importedResult: 'Imported result',
  importedNote: 'Read from a file, and not in your history until you add it.',
  addToHistory: 'Add to my history',
  added: 'The result was added to your history.',
  fileUnreadable: 'This file could not be read.',
  fileNotUtf8: 'This file is not saved as UTF-8 text, so it cannot be read as it is. Save it as UTF-8 (most editors offer this under Save As) and choose it again.',

  // The person's own questionnaire
  useOwn: 'Use your own questionnaire (JSON)',
  ownNote: 'You are using your own questionnaire.',
  useBuiltin: 'Use the Crossroads questionnaire',
  problems: '{file} cannot be used. Problems found: {count}. Fix them and choose the file again.',
  moreProblems: '…and {count} more, not listed here. Fix the ones above first: some of these may follow from them.',
  problemLine: '{path}: {message}',
  wholeFile: 'the file',
  builtinId: 'is the built-in questionnaire\'s id',
  customSetAside: 'Your own questionnaire could not be read, so it was set aside.',

  // Two tabs
  otherTab: 'Your answers were changed in another tab.',
  loadOtherTab: 'Load the other tab\'s answers',
  keepMine: 'Keep mine here',

  // Storage notices
  progressSetAside: 'Saved progress could not be restored, so it was set aside. You can start again.',
  progressReplaced: 'This questionnaire has changed since you started it, so your earlier answers ({answered} of {count} statements) were kept aside on this device instead of being mixed into the new statements.',
  startAgain: 'Start again',
  historySetAside: 'Saved history could not be read, so it was set aside.',
  storageUnavailable: 'This browser is not letting the page save anything, so your answers will not be kept after you leave. Everything else works.',
  storageFull: 'Storage on this device is full, so your answers will not be kept after you leave.',

  // Team view: the link to it and its title; everything else it says is in TEAM below
  teamView: 'Team view',

  // Files
  fileName: 'crossroads-result-{date}.{ext}',
};

// --- Team view (web/src/team/) ----------------------------------------------------------------
// Everything the team view says, apart from a few shared words it takes from S. Kept out of S so
// that only team.js, loaded on demand, carries it (app.js does not import it).
export const TEAM = {
  intro: 'See where a whole team leans. Paste the share links people sent you, or load a CSV file of their answers. Nothing leaves this device.',
  linksLabel: 'Share links (one per line)',
  linksHint: 'The links people made with Copy share link; each ends in #r= and a code.',
  scoreLinks: 'Score these links',
  noLinks: 'Paste at least one share link first, one per line.',
  csvLabel: 'CSV file (one person per row)',
  csvHint: 'An optional id column, then the {count} answers from {min} to {max}, separated by commas, semicolons or tabs. A header row may name the statements in any order, as a form’s export does.',
  versionLabel: 'Questionnaire version of these answers',
  versionHint: 'A CSV file does not say which version of the questionnaire its answers were given to.',
  versionCurrent: 'Version {version} (current)',
  versionEarlier: 'Version {version}',
  scoredByVersion: 'Scored as answers to version {version} of the questionnaire.',
  example: 'Use example data',
  exampleId: 'Person {n}',
  linkId: 'Link {n}',
  progress: 'Scoring progress',
  progressText: '{percent}% · {done} of {total} lines',
  stop: 'Stop',
  scoring: 'Scoring…',
  scoredOne: '{count} person scored.',
  scoredMany: '{count} people scored.',
  earlierOne: '{count} link was made with an earlier version of the questionnaire, and is scored by that version.',
  earlierMany: '{count} links were made with an earlier version of the questionnaire, and are scored by that version.',
  refusedOne: '{count} row could not be scored; it is listed below.',
  refusedMany: '{count} rows could not be scored; they are listed below.',
  stopped: 'Stopped after {done} of {total} lines, so the results cover those lines only.',
  nothing: 'There was nothing to score in this file. It needs one person per row.',
  fileUnreadable: 'This file could not be read. Try again, or choose another file.',
  failed: 'The team could not be scored. Try again, or reload the page.',
  fromFile: 'From {name}',
  fromFileVersion: 'From {name}, as answers to version {version} of the questionnaire',
  fromLinks: 'From pasted share links',
  fromExample: 'Example data: made-up answers, to show what the team view does',
  summaryHeading: 'The team',
  countOne: '{count} person',
  countMany: '{count} people',
  bandNote: '{percent}% · totals {min}–{max}',
  factsLabel: 'Borderline results and answer shapes',
  factsNote: 'Borderline: a total so close to another band that one or two answers could move it. The shapes say whether answers pull both ways, sit mostly in the middle, or lean steadily one way.',
  spreadHeading: 'Spread of totals',
  spreadLabel: 'Totals of {people}, in steps of {step}: {bins}. Bands: {bands}.',
  bin: '{from}–{to}: {count}',
  binOne: '{from}: {count}',
  themesHeading: 'Theme averages',
  themesIntro: 'Each theme adds up its statements, from {min} to {max}; this is the average over the team.',
  themeAverage: '{average} / {max}',
  peopleHeading: 'People',
  peopleCaption: 'Each person’s result, in the order of the input',
  columns: { id: 'Id', total: 'Total', band: 'Band', shape: 'Shape', margin: 'Margin', borderline: 'Borderline' },
  margin: '{points} from {band}',
  none: '–',
  yes: 'Yes',
  no: 'No',
  showing: 'Showing {shown} of {count}.',
  showMore: 'Show {count} more',
  problemsHeading: 'Rows that could not be scored',
  problemsCaption: 'Each row left out, with the reason',
  problemColumns: { id: 'Row (id or line)', reason: 'Reason' },
  print: 'Print summary',
  // How a CSV file was read (csv_reading.js): the engine's layout of it, in words
  readingHeading: 'How the file was read',
  separatorDetected: 'Separator: {separator}, found in the file.',
  separatorChosen: 'Separator: {separator}, as chosen.',
  separators: { ',': 'comma', ';': 'semicolon', '\t': 'tab' },
  headerNone: 'No header line: each line is a person, with one column per statement in order.',
  headerByPlace: 'Header on line {line}: the statements are read by place, one column each in order.',
  headerByName: 'Header on line {line}: each statement is read from the column that names it, in any order.',
  idsFromLines: 'Ids: each person’s line number.',
  idsFromColumn: 'Ids: from the column {name}.',
  idsFromFirst: 'Ids: from the first column.',
  ignoredOne: 'Column left out: {names}.',
  ignoredMany: 'Columns left out: {names}.',
  ignoredMore: '{names} and {count} more',
  columnName: '“{name}”',
  columnUnnamed: 'column {number} (no name)',
  mappingSummary: 'Which column each statement was read from',
  mappingCaption: 'Statement → column',
  mappingColumns: { statement: 'Statement', column: 'Column' },
  mappingStatement: '{number}. {short}',
  idLabel: 'Ids from',
  idHint: 'Where each person’s id in the results comes from. Choosing another scores the file again.',
  idLines: 'Line numbers',
  // Privacy (privacy_controls.js): the floor under which nothing is summed up, the anonymous summary
  privacyLegend: 'Privacy',
  floorLabel: 'Smallest group shown',
  floorHint: 'With fewer people than this, no band counts, averages, spread or reliability figures are shown, so that nobody can be singled out.',
  floorOption: '{count} people',
  anonymousLabel: 'Anonymous summary',
  anonymousHint: 'Hides the table of people and every id, on screen and in print.',
  anonymousNote: 'Anonymous summary: no one’s id or own result is shown.',
  shownAgain: 'Shown again for a smallest group of {floor}.',
  shownAgainAnonymous: 'Shown again for a smallest group of {floor}, as an anonymous summary.',
  suppressedNone: 'No one could be scored, so there is nothing to sum up.',
  suppressedOne: 'Only 1 person was scored, and the smallest group shown is {floor}: no band counts, averages, spread or reliability figures are shown, so that nobody can be singled out.',
  suppressedMany: 'Only {count} people were scored, and the smallest group shown is {floor}: no band counts, averages, spread or reliability figures are shown, so that nobody can be singled out.',
  suppressedChange: 'You can change the smallest group shown, from {lowest} to {highest}, above.',
  suppressedBelowOne: 'Only 1 person was scored: no band counts, averages, spread or reliability figures are shown for fewer than {lowest} people, so that nobody can be singled out.',
  suppressedBelowMany: 'Only {count} people were scored: no band counts, averages, spread or reliability figures are shown for fewer than {lowest} people, so that nobody can be singled out.',
  // How firm each band is (firmness.js)
  uncertainOne: '{count} person’s band is too close to call.',
  uncertainMany: '{count} people’s bands are too close to call.',
  semNote: 'The total’s standard error of measurement is {sem} points: about how far a person’s total could move if they answered again. A total within 1.96 × {sem} points of a band’s edge is too close to call.',
  semTable: 'The table of people marks each such band “(uncertain)”.',
  semNone: 'How firm each band is cannot be told for this group, as the reliability of the whole questionnaire cannot be worked out.',
  uncertainBand: '{band} (uncertain)',
  // How far to trust this (trust_view.js): the engine's reliability figures, in words
  trustHeading: 'How far to trust this',
  trustIntro: 'Whether the statements of the whole questionnaire, and of each theme, hang together for this group. Cronbach’s alpha runs up to 1: the higher, the more the statements measure one thing, and the more a theme’s score can be trusted. Reversed statements are counted by their scored values.',
  countedOne: 'These figures count {count} person.',
  countedMany: 'These figures count {count} people.',
  leftOutOne: '{count} row could not be scored and is left out of them.',
  leftOutMany: '{count} rows could not be scored and are left out of them.',
  earlierLeftOutOne: '{count} link made with an earlier version of the questionnaire is left out of them.',
  earlierLeftOutMany: '{count} links made with an earlier version of the questionnaire are left out of them.',
  trustTooFew: 'Only {count} of these people answered the current version of the questionnaire, fewer than the smallest group shown ({floor}), so no reliability figures are shown.',
  trustFailed: 'The reliability figures could not be worked out.',
  scaleTotal: 'The whole questionnaire',
  scaleFacts: 'Figures for {scale}',
  facts: { alpha: 'Alpha', interval: '95% interval', statements: 'Statements', people: 'People' },
  interval: '{lo} to {hi}',
  readings: {
    good: 'These statements hang together well.',
    acceptable: 'These statements hang together acceptably.',
    loose: 'These statements hang together only loosely: read their score with care.',
    too_few: 'Too few people to tell.',
    undefined: 'Cannot be told: alpha needs at least 2 statements whose total varies.',
  },
  itemsCaption: '{scale}: each statement',
  itemColumns: { statement: 'Statement', itemTotal: 'Fit with the rest', alphaIfDeleted: 'Alpha without it', mean: 'Mean',
    sd: 'SD', counts: 'Answers, {min} to {max}' },
  itemStatement: '{number}. {short}',
  itemsNote: 'Fit with the rest: how closely a statement’s answers go with the total of the others, from −1 to 1; near 0 or below, it pulls its own way. Alpha without it: the alpha if the statement were left out; above the alpha of the whole, the statement weakens it.',
  pairNote: 'With two statements, alpha without one of them cannot be worked out: a dash stands for it.',
  singleNote: 'With a single statement, alpha and the fit with the rest cannot be worked out: they need at least two statements. A dash (—) stands for them.',
  undefinedNote: 'A dash (—) marks a figure that cannot be worked out for this group: the answers do not vary, or there are too few people.',
  countsLabel: 'Answers to statement {number}, as scored: {counts}.',
  countsItem: '{value}: {count}',
  dash: '—',
  minus: '\u2212{n}',
};

/** format('{a} of {b}', { a: 1, b: 2 }) → '1 of 2' */
export function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

/** Like format(), but values may be DOM nodes: returns an array of strings and nodes for h(). */
export function fill(template, values) {
  return template.split(/(\{\w+\})/).filter(Boolean)
    .map((part) => {
      const name = part.slice(1, -1);
      return part[0] === '{' && name in values ? values[name] : part;
    });
}

/** The sentence for an engine error object { code, item }. */
export const errorText = (error) => format(S.errors[error && error.code] || S.errors.unknown,
  { item: error && error.item });

/** A date as the page shows it, e.g. "23 November 2026". */
export const longDate = (date) => new Date(date).toLocaleDateString('en-GB',
  { day: 'numeric', month: 'long', year: 'numeric' });

/** A date and time, e.g. "23 November 2026, 14:05" (month 'short': "23 Nov 2026, 14:05"). */
export const dateTime = (date, month = 'long') => new Date(date).toLocaleString('en-GB',
  { day: 'numeric', month, year: 'numeric', hour: '2-digit', minute: '2-digit' });
