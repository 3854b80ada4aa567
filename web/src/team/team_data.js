// Turns the team view's inputs (share links, a CSV file, example data) into the engine's columns
// of results, and tallies them for display. Every total, band, shape, margin and borderline flag is
// the engine's (Columns: one typed array per field, see docs/engine-api.md); this file only counts
// them, adds them up for averages and sorts them into bins. It never builds an object per row.
import { openWithAny } from '../custom_questionnaire.js';
import { rowsInsight, streamInsight } from './insight_source.js';

// A CSV file goes to the engine's stream in slices that end after a '\n', sized as it goes so
// that each takes about SLICE_MS: short enough that the page answers a click between two slices
// and shows the progress, long enough that 100,000 rows take few slices.
const SLICE_MS = 40;
const FIRST_SLICE = 16 * 1024;
const MAX_SLICE = 2 * 1024 * 1024;

// Lets the page handle input, timers and painting between two slices: a task of its own, queued
// behind what waits (scheduler.yield() would jump that queue, and setTimeout waits 4 ms at least).
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()();
const yieldToPage = () => new Promise((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(null);
});

// --- Tally ---------------------------------------------------------------------------------

/** An empty tally for a questionnaire; its scales (range) come with the first columns. */
export function createTally(questionnaire) {
  return {
    /** the questionnaire the rows are scored by, for its bands, shapes and themes */
    questionnaire,
    /** { min, max, themes: [{ id, min, max }] }: the engine's Columns.range */
    range: null,
    step: 1,
    bins: [],
    bands: Object.fromEntries(questionnaire.bands.map((band) => [band.id, 0])),
    shapes: Object.fromEntries(Object.keys(questionnaire.shapes || {}).map((shape) => [shape, 0])),
    borderline: 0,
    themeSums: [],
    /** each scored person, in input order, as (columns, row) pairs: see personAt() */
    people: { columns: [], rows: [] },
    /** { id, error: the engine's { code, item, message } } for each row it refused, in input order */
    problems: [],
    /** the key of TEAM that names the ids this page made up ('linkId', 'exampleId'), given to the
     *  engine as their number alone (see idShown in team_results.js); null for a file's own ids */
    ids: null,
    /** links scored by an earlier version of the built-in questionnaire */
    earlier: 0,
    /** lines (or links) read so far, and in all */
    lines: 0,
    total: 0,
    /** a CSV file's layout as the engine read it (engine.d.ts, CsvLayout), once decided */
    layout: null,
    /** why a CSV file could not be used at all ({ code, item, message }): then no row is scored */
    problem: null,
    /** where the engine's insight comes from (insight_source.js); its owner releases it */
    insightFrom: null,
    /** links that could not be read at all, so the engine's insight never saw them */
    unread: 0,
  };
}

function takeRange(tally, range) {
  if (tally.range) return;
  const span = range.max - range.min + 1;
  tally.range = range;
  tally.step = Math.max(1, Math.round(span / 15));
  tally.bins = new Array(Math.max(1, Math.floor(span / tally.step))).fill(0);
  tally.themeSums = range.themes.map(() => 0);
}

/** Adds row i of the engine's columns (scored by a questionnaire with these bands). */
function addRow(tally, columns, i, bands) {
  const { bins, range, step, themeSums } = tally;
  const band = bands[columns.band[i]].id;
  tally.people.columns.push(columns);
  tally.people.rows.push(i);
  bins[Math.min(bins.length - 1, Math.floor((columns.total[i] - range.min) / step))] += 1;
  tally.bands[band] = (tally.bands[band] || 0) + 1;
  const shape = columns.shapeNames[columns.shape[i]];
  tally.shapes[shape] = (tally.shapes[shape] || 0) + 1;
  tally.borderline += columns.borderline[i];
  for (let t = 0; t < themeSums.length; t++) themeSums[t] += columns.themes[t][i];
}

/** Adds every row of the engine's columns, in order: the scored ones and the refused ones. */
export function addColumns(tally, columns, bands = tally.questionnaire.bands) {
  takeRange(tally, columns.range);
  for (let i = 0; i < columns.count; i++) if (columns.band[i] >= 0) addRow(tally, columns, i, bands);
  for (const { id, error } of columns.errors) tally.problems.push({ id, error });
}

/** Person k of the tally: { id, total, band, shape, margin: { points, toward } | null, borderline }. */
export function personAt(tally, k) {
  const columns = tally.people.columns[k];
  const i = tally.people.rows[k];
  const { bands } = tally.questionnaire;
  return { id: columns.ids[i], total: columns.total[i], band: bands[columns.band[i]].id,
    shape: columns.shapeNames[columns.shape[i]],
    margin: columns.margin && { points: columns.margin[i], toward: bands[columns.toward[i]].id },
    borderline: columns.borderline[i] === 1 };
}

// --- Share links -----------------------------------------------------------------------------

function codeOf(line) {
  const match = /#r=([^\s#]*)/.exec(line);
  const code = match ? match[1] : line;
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}

/**
 * Decodes each pasted link, then scores the decoded ones in one batch per questionnaire. With the
 * built-in questionnaire in use, a link made with one of its earlier versions is scored by that
 * version (counted in tally.earlier), as it was when it was made.
 * @param scorers [{ source, questionnaire, handle }]: the one in use first, then earlier versions
 * Each link's id is its number ("3" for the third link), named when drawn (tally.ids).
 */
export function scoreLinks(scorers, tally, text) {
  const decoded = text.split('\n').map((line) => line.trim()).filter(Boolean).map((line, i) => {
    const { outcome, candidate } = openWithAny(scorers, ({ handle }) => handle.decodeShare(codeOf(line)));
    return { id: String(i + 1), outcome, scorer: candidate };
  });
  const scored = new Map();  // link → [columns, row]
  // The engine's insight reads one questionnaire: the links of the one in use.
  tally.insightFrom = rowsInsight(scorers[0].handle, [], null);
  for (const scorer of scorers) {
    const links = decoded.filter((link) => link.outcome.ok && link.scorer === scorer);
    if (!links.length) continue;
    const rows = links.map(({ id, outcome }) => ({ id, answers: outcome.answers }));
    const columns = scorer.handle.scoreRows(rows);
    if (scorer === scorers[0]) tally.insightFrom = rowsInsight(scorer.handle, rows, columns);
    takeRange(tally, columns.range);
    links.forEach((link, row) => scored.set(link, [columns, row]));
  }
  for (const link of decoded) {
    const [columns, row] = scored.get(link) || [];
    const error = columns ? (columns.errors.find((e) => e.row === row) || {}).error : link.outcome.error;
    if (error) tally.problems.push({ id: link.id, error });
    else addRow(tally, columns, row, link.scorer.questionnaire.bands);
  }
  tally.earlier = decoded.filter((link) => link.outcome.ok && link.scorer !== scorers[0]).length;
  tally.unread = decoded.filter((link) => !link.outcome.ok).length;
  tally.lines = tally.total = decoded.length;
  tally.ids = 'linkId';
}

// --- CSV -------------------------------------------------------------------------------------

function newlines(text, from = 0, to = text.length) {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Scores CSV text in the CLI's input format through the engine's stream (handle.csvStream()),
 * which carries the layout (separator, header, id column) and line numbers from slice to slice, so
 * the result matches `crossroads score --csv` row for row. Yields to the page between slices.
 * Notes the layout and the input's problem in the tally; a layout problem ends the reading at
 * once, since the engine reads no row after it.
 * @param options { idColumn? }: the engine's CsvOptions
 * @param onProgress (linesDone, linesTotal) at the start and after each slice
 * @param running () → false once the caller gives up (a newer input or Stop)
 * @returns true when every line was scored (or the input cannot be used), false when stopped;
 *   the stream stays alive in tally.insightFrom, for the caller to release (even after a throw)
 */
export async function scoreCsvText(handle, tally, text, onProgress, running, options = {}) {
  tally.total = newlines(text) + (text && !text.endsWith('\n') ? 1 : 0);
  onProgress(0, tally.total);
  const stream = handle.csvStream(options);
  // Kept alive for the insight of every row fed (released by whoever shows this tally)
  tally.insightFrom = streamInsight(stream);
  // Options the engine refuses are this page's mistake: reported as a failure to score.
  const columnsOf = (out) => {
    if (!out.ok) throw new Error(out.error.message);
    tally.layout ??= stream.layout();
    tally.problem = stream.problem();
    return out;
  };
  let size = FIRST_SLICE;
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf('\n', Math.min(text.length, at + size) - 1);
    const end = newline < 0 ? text.length : newline + 1;
    const began = performance.now();
    addColumns(tally, columnsOf(stream.feed(text.slice(at, end))));
    if (tally.problem) return true;
    const took = Math.max(1, performance.now() - began);
    // at most twice the last slice: a quick first slice says little about a big one
    size = Math.round(Math.min(MAX_SLICE, 2 * size, Math.max(FIRST_SLICE, ((end - at) * SLICE_MS) / took)));
    tally.lines += newlines(text, at, end);
    at = end;
    onProgress(Math.min(tally.lines, tally.total), tally.total);
    await yieldToPage();
    if (!running()) return false;
  }
  addColumns(tally, columnsOf(stream.finish()));
  tally.lines = tally.total;
  return true;
}

// --- Example data ----------------------------------------------------------------------------

/**
 * Made-up answers for a team of `count`: people spread from one end to the other, and a team
 * that leans its own way on some themes. Only answers are made here; the engine scores them.
 * The spread is of scored values, so a reversed statement (reverse: true) is answered from its
 * other end, as a person with that lean would answer it.
 */
export function exampleRows(questionnaire, count) {
  let seed = 20240611;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const { min, max } = questionnaire.scale;
  const width = max - min;
  const themes = questionnaire.themes.map((theme) => theme.id);
  const themeLean = themes.map((_, i) => width * 0.18 * Math.sin(i * 2.4 + 1));
  return Array.from({ length: count }, (_, i) => {
    const lean = min + width * (0.12 + (0.76 * ((i * 7) % count)) / count);
    const spread = width * (0.08 + 0.3 * random());
    const answers = questionnaire.items.map((item) => {
      const value = lean + themeLean[themes.indexOf(item.theme)] + spread * (random() * 2 - 1) * 1.5;
      const answer = Math.min(max, Math.max(min, Math.round(value)));
      return item.reverse ? min + max - answer : answer;
    });
    return { id: String(i + 1), answers };  // named when drawn, as links are
  });
}
