// The engine's JavaScript interface: engine.js + engine.wasm, built from wasm/bindings.cpp.
// Hand-written; tests/wasm/types.test.js type-checks tests/wasm/types/usage.ts against it and fails
// when the built module and this file list different functions or result fields.
// Explained in docs/engine-api.md.

export type ErrorCode = 'answer_count' | 'missing_answer' | 'not_a_number' | 'not_an_integer'
  | 'out_of_range' | 'bad_link' | 'wrong_questionnaire' | 'bad_file' | 'bad_questionnaire';
/** item: the statement number (from 1) the error concerns, or 0. message: the engine's English sentence. */
export interface EngineError { code: ErrorCode; item: number; message: string }
export interface Failure { ok: false; error: EngineError }
/** One thing wrong with a questionnaire: where (a JSON path, '' for the whole text) and what. */
export interface Problem { path: string; message: string }
/** One entry per statement: a number, null (unanswered), or the text a person typed. */
export type Answer = number | null | string;
/** A respondent of a batch. */
export interface Row { id: string; answers: Answer[] }

export interface EngineOptions {
  /** The bytes of engine.wasm (file:// and node, where the factory cannot fetch it). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, prefix: string) => string;
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}
/** The factory engine.js defines (globalThis.createCrossroadsEngine, or module.exports under node). */
export default function createCrossroadsEngine(options?: EngineOptions): Promise<Engine>;

export interface Engine {
  /** Parses and validates once. source: questionnaire JSON text, or "" for the latest built-in one. */
  open(source: string): { ok: true; questionnaire: QuestionnaireData; handle: Opened }
                      | { ok: false; problems: Problem[] };
  /** The built-in questionnaire's earlier versions as JSON texts, oldest first. */
  earlierVersions(): string[];
  /** Bytes of WASM heap allocated and not freed (tests of the handles' lifetime). */
  memoryInUse(): number;
  /** What a team's insight follows: the privacy floor teamInsight and CsvStream.insight accept
   *  (lowest to highest, usual by default), and the alphas where the reading changes, ascending
   *  (acceptable, then good). */
  teamRules(): { floor: { lowest: number; highest: number; usual: number }; readingEdges: number[] };
}

/** An open questionnaire (an Embind object: call delete() when done with it). */
export interface Opened {
  /** seconds: the time taken, or null when unknown. */
  score(answers: Answer[], seconds: number | null): Result | Failure;
  encodeShare(answers: Answer[]): { ok: true; code: string } | Failure;
  decodeShare(code: string): { ok: true; answers: number[] } | Failure;
  /** The downloadable result file as JSON text. */
  exportResult(answers: Answer[], seconds: number | null, date: string): { ok: true; text: string } | Failure;
  /** Re-scores the answers of an exported file. */
  importResult(text: string): { ok: true; date: string; seconds: number | null; result: Result } | Failure;
  /** The CLI's CSV output for these rows. */
  resultCsv(rows: Row[]): { ok: true; text: string } | Failure;
  /** Batch scoring, in columns. A Failure only when rows is not a list. */
  scoreRows(rows: Row[]): Columns | Failure;
  /** A CSV text in the CLI's input format, with how it was read and why it could not be used at
   *  all. A Failure only when text is not a string or options are not CsvOptions. */
  scoreCsv(text: string, options?: CsvOptions): CsvColumns | Failure;
  /** A CSV that arrives in pieces (a big file read in slices, so the page never freezes): the
   *  layout (separator, header, id column), and line numbers carry over from piece to piece.
   *  Options that are not CsvOptions make its feed() and finish() return a Failure. */
  csvStream(options?: CsvOptions): CsvStream;
  /** What a team's answers say beyond their scores: how far they can be trusted (reliability),
   *  how many people's bands are too close to call, under a privacy floor. rows as scoreRows takes
   *  them; a row that cannot be scored is left out and counted in excluded. minGroup: the floor, a
   *  whole number from 3 to 10 (5 is usual). A Failure when minGroup is anything else
   *  (not_a_number, not_an_integer, out_of_range) or rows is not a list (bad_file). */
  teamInsight(rows: Row[], minGroup: number): TeamInsight | Failure;
  /** The questionnaire with every text in lang, one of its `languages` (exactly as written there:
   *  no matching of "fr-CA" to "fr"), as open() gives it; null when it has no such language, or
   *  lang is not a string. Ids, scale, reversals and bands' totals are the same in every language,
   *  so scoring is too. The built-in questionnaire has only "en" here: the page gets the built-in
   *  languages from the build (dist/lang/). */
  questionnaireIn(lang: string): QuestionnaireData | null;
  delete(): void;
}

/** Each call returns the columns of the rows its piece completed; finish() reads a last
 *  unterminated line. Cut pieces after a '\n': a piece that ends between the two halves of a
 *  surrogate pair would reach the engine as two lone surrogates. Call delete() when done.
 *  A Failure: the piece is not a string, or the stream's options were not CsvOptions (then every
 *  call returns it). */
export interface CsvStream {
  feed(piece: string): Columns | Failure;
  finish(): Columns | Failure;
  /** How the input is read, once decided (from its first two usable lines, or at finish());
   *  null before, and when it cannot be decided (see problem()). */
  layout(): CsvLayout | null;
  /** Why the input cannot be used at all, once known: its layout (a statement no column names,
   *  an idColumn that is not there...) as soon as it is decided, after which no row is read; or,
   *  after finish(), that it has no data rows. Null otherwise. */
  problem(): EngineError | null;
  /** The TeamInsight of every row fed so far (refused rows counted in excluded), at this floor.
   *  Reads no row again: call it as often as the floor changes. A Failure as for teamInsight's
   *  minGroup, or the stream's bad options. */
  insight(minGroup: number): TeamInsight | Failure;
  delete(): void;
}

/** What a caller may say about a CSV; each left out (or undefined, or null) is decided by the
 *  engine. Any other key, or a value of another type, is a Failure (bad_file). */
export interface CsvOptions {
  /** the separator; left out: detected from the first lines (comma, semicolon or tab) */
  delimiter?: ',' | ';' | '\t';
  /** the header's name for the column of ids, compared ignoring case, spaces and punctuation;
   *  a name the header lacks, or a statement's column, is the input's problem, not a Failure */
  idColumn?: string;
  /** more names a header may give the statements: lists of one text per statement, in the
   *  questionnaire's order (a language's prompts, a language's short labels), compared as the
   *  questionnaire's own prompts and short labels are, after them; a name that fits several
   *  statements names none. For the built-in questionnaire, whose other languages this module does
   *  not carry: each built-in language's `items.map(i => i.prompt)` and `items.map(i => i.short)`.
   *  A list of another length is a Failure. */
  names?: string[][];
}

/** How the engine read a CSV (docs/engine-api.md). Fields count from 0, lines from 1. */
export interface CsvLayout {
  separator: ',' | ';' | '\t';
  /** false when CsvOptions.delimiter chose it */
  separatorDetected: boolean;
  /** the header's line, 0 when the first line is a row */
  headerLine: number;
  /** statements taken from the columns the header names for them, in any order, other columns
   *  ignored; false: one column per statement in order, after an optional id column */
  byName: boolean;
  /** the header's column names ([] without a header) */
  names: string[];
  /** the field holding each row's id; null: each row's line number is its id */
  idField: number | null;
  /** each statement's field, questionnaire order */
  answerFields: number[];
}

/** scoreCsv's Columns: no rows, and a problem, when the input cannot be used at all. */
export interface CsvColumns extends Columns {
  /** null when none could be decided: no usable line (empty or blank input), or a layout problem */
  layout: CsvLayout | null;
  problem: EngineError | null;
}

/** One entry per data row, in input order; refused rows have band -1 and zeros elsewhere. */
export interface Columns {
  ok: true;
  /** data rows read (scored + refused) */
  count: number;
  /** each row's id (its line number as text when the CSV has no id column) */
  ids: string[];
  total: Int32Array;
  /** index into questionnaire.bands, -1 for a refused row (Int32Array: bands are not limited to 127) */
  band: Int32Array;
  /** one array per theme (questionnaire order), each one entry per row */
  themes: Int32Array[];
  /** 0 split, 1 centred, 2 consistent (shapeNames order); -1 refused */
  shape: Int8Array;
  shapeNames: ShapeName[];
  /** points to the nearest band edge; null when the questionnaire has one band */
  margin: Int32Array | null;
  /** index into questionnaire.bands of the band the margin leans toward, -1 refused (null as margin) */
  toward: Int32Array | null;
  /** 1 when the result is borderline, else 0 */
  borderline: Uint8Array;
  /** What totals and theme scores can range over, so no caller scores a dummy row to learn it. */
  range: { min: number; max: number; themes: { id: string; min: number; max: number }[] };
  /** row: index into the columns */
  errors: { row: number; id: string; error: EngineError }[];
}

/** A team's insight (docs/engine-api.md, Team insight): the CLI's `team --json`, field for field
 *  (one writer in the engine serves both), with ok and uncertain_totals added. Every figure the
 *  engine cannot give is null, never NaN. */
export interface TeamInsight {
  ok: true;
  /** the questionnaire that scored the rows */
  questionnaire: { id: string; version: number };
  /** people scored */
  n: number;
  /** rows that could not be scored, left out of every figure */
  excluded: number;
  /** the floor asked for */
  min_group: number;
  /** n < min_group: reliability, sem, band_uncertain, bands and uncertain_totals are null */
  suppressed: boolean;
  reliability: TeamReliability | null;
  /** standard error of measurement of the total: SD x sqrt(1 - alpha); null without alpha */
  sem: number | null;
  /** people whose total lies within 1.96 x sem of a band edge; null without sem */
  band_uncertain: number | null;
  /** people per band, keyed by band id (questionnaire.bands) */
  bands: { [bandId: string]: number } | null;
  /** [total - range.min] (Columns.range): 1 when a person with that total is band uncertain;
   *  null without sem */
  uncertain_totals: Uint8Array | null;
}
/** The whole questionnaire, and each theme with at least 2 statements (questionnaire order). */
export interface TeamReliability { total: Reliability; themes: ThemeReliability[] }
export interface ThemeReliability extends Reliability { id: string }
/** good: alpha >= 0.8; acceptable: 0.7 to 0.8; loose: below 0.7; too_few: fewer than 10 people
 *  (before the others); undefined: no alpha (fewer than 2 people, or totals that do not vary). */
export type Reading = 'good' | 'acceptable' | 'loose' | 'too_few' | 'undefined';
/** How far one scale's statements hang together for these people. */
export interface Reliability {
  /** Cronbach's alpha; null with fewer than 2 people or a total that does not vary */
  alpha: number | null;
  /** Feldt's 95% confidence interval [low, high]; null without alpha */
  ci: [number, number] | null;
  /** people counted */
  n: number;
  /** statements */
  k: number;
  reading: Reading;
  /** SD of the scale's total; null with fewer than 2 people */
  total_sd: number | null;
  /** one per statement of the scale, questionnaire order */
  items: ItemReliability[];
}
/** One statement, by its scored values (a reversed statement's answer a counts as min + max - a). */
export interface ItemReliability {
  /** its number in the questionnaire, from 1 */
  number: number;
  /** correlation with the total of the scale's other statements; null when either does not vary */
  item_total: number | null;
  /** the scale's alpha without it; null when the scale has 2 statements or it is undefined */
  alpha_if_deleted: number | null;
  mean: number;
  /** sample SD (n - 1); null with fewer than 2 people */
  sd: number | null;
  /** people per scored value, scale.min first */
  counts: number[];
}

export type ShapeName = 'split' | 'centred' | 'consistent';
export type QualityNote = 'straight_line' | 'mostly_middle' | 'fast';
export type End = 'low' | 'middle' | 'high';

export interface Band {
  id: string; min: number; max: number; title: string; summary: string; explanation: string;
  advice: string[]; next_steps: string[]; questions: string[];
}

/** A scored answer set. */
export interface Result {
  ok: true;
  /** "" for a single result */
  id: string;
  questionnaire: { id: string; version: number };
  total: number;
  min: number;
  max: number;
  band: Band;
  themes: { id: string; score: number; title: string; min: number; max: number; leaning: string }[];
  /** answer: as given; value: as scored (reversed if reverse); end: the side the answer chose */
  items: { number: number; id: string; answer: number; value: number; end: End }[];
  /** null when the questionnaire has one band */
  margin: { points: number; toward: string } | null;
  borderline: boolean;
  /** keyed by pole id (questionnaire.poles.low.id, .high.id): statement numbers, strongest first */
  drivers: { [pole: string]: number[] };
  shape: ShapeName;
  quality: QualityNote[];
}

/** The questionnaire as the engine reads it (docs/questionnaire-schema.md), defaults filled in, in
 *  one of its languages: lang (a language code such as "fr" or "pt-BR"); languages: every language
 *  it has, this one first (Opened.questionnaireIn gives the others), the pseudo-locale en-XA only
 *  when it is this one. */
export interface QuestionnaireData {
  format: number;
  id: string;
  version: number;
  lang: string;
  languages: string[];
  title: string;
  intro: string;
  credit?: string;
  about?: string[];
  scale: { min: number; max: number };
  poles: { low: { id: string; label: string }; high: { id: string; label: string } };
  themes: { id: string; title: string; description: string }[];
  items: { id: string; theme: string; prompt: string; short: string; low: string; high: string; reverse: boolean }[];
  bands: Band[];
  shapes?: { split: ShapeText; centred: ShapeText; consistent: ShapeText };
  quality?: { straight_line: string; mostly_middle: string; fast: string };
}
export interface ShapeText { title: string; explanation: string }
