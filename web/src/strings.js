// Every interface word and sentence of the page. Content (statements, band texts) comes from the
// questionnaire. Templates use {name} placeholders, filled by format() or fill().
export const S = {
  appName: 'Crossroads',
  pageTitle: '{screen} · Crossroads',
  loading: 'Loading the assessment…',
  loadFailed: 'The assessment could not be loaded.',
  loadFailedHelp: 'Reload the page to try again. If it keeps happening, your browser may be blocking WebAssembly.',
  reload: 'Reload',
  dismiss: 'Dismiss',

  // Welcome
  facts: '{count} statements, each rated from {min} to {max}. There are no right or wrong answers.',
  privacy: 'Your answers stay on this device. Nothing is sent anywhere.',
  resumeNote: 'Welcome back. You have answered {answered} of {count} statements.',
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

  // Errors from the engine, by code; {item} is the statement number
  errors: {
    answer_count: 'These answers do not match this questionnaire.',
    missing_answer: 'Statement {item} has no answer yet.',
    not_a_number: 'The answer to statement {item} is not a number.',
    not_an_integer: 'The answer to statement {item} is not a whole number.',
    out_of_range: 'The answer to statement {item} is outside the scale.',
    bad_link: 'This link is not a Crossroads result link, or it has been cut short.',
    wrong_questionnaire: 'This link was made with another version of the questionnaire, so it cannot be shown here.',
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
  yourAnswer: 'Your answer: {answer}',
  qualityHeading: 'A note on your answers',

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

  // History
  historyHeading: 'History',
  historyEmpty: 'No results saved on this device yet.',
  historyEntry: '{total} / {max} · {band}',
  historyUnreadable: 'Made with another version of the questionnaire',

  // Storage notices
  progressSetAside: 'Saved progress could not be restored, so it was set aside. You can start again.',
  historySetAside: 'Saved history could not be read, so it was set aside.',
  storageUnavailable: 'This browser is not letting the page save anything, so your answers will not be kept after you leave. Everything else works.',

  // Files
  fileName: 'crossroads-result-{date}.{ext}',
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

/** A date and time, e.g. "23 November 2026, 14:05". */
export const dateTime = (date) => new Date(date).toLocaleString('en-GB',
  { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
