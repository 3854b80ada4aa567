// Turns the team view's inputs (share links, a CSV file, example data) into the engine's per-row
// results, and tallies them for display. Every total, band, shape, margin and borderline flag is
// the engine's; this file only counts them, adds them up for averages and sorts them into bins.
import { earlierSources, openWithAny } from '../custom_questionnaire.js';

// CSV lines per engine call: sized as it goes so that each call takes about CHUNK_MS, short
// enough that the page never stalls for long, whatever the machine.
const CHUNK_MS = 50;
const FIRST_CHUNK = 500;
const MAX_CHUNK = 2500;

const nextTick = () => new Promise((resolve) => setTimeout(resolve));

// --- Tally ---------------------------------------------------------------------------------

/**
 * An empty tally for a questionnaire. `range` is an engine Result whose min/max and theme
 * min/max give the scales (the engine's, not recomputed here).
 */
export function createTally(questionnaire, range) {
  const span = range.max - range.min + 1;
  const step = Math.max(1, Math.round(span / 15));
  return {
    /** the questionnaire the rows are scored by, for its bands, shapes and themes */
    questionnaire,
    range,
    step,
    bins: new Array(Math.max(1, Math.floor(span / step))).fill(0),
    bands: Object.fromEntries(questionnaire.bands.map((band) => [band.id, 0])),
    shapes: Object.fromEntries(Object.keys(questionnaire.shapes || {}).map((shape) => [shape, 0])),
    borderline: 0,
    themeSums: range.themes.map(() => 0),
    /** { id, total, band, shape, margin, borderline } for each scored row, in input order */
    people: [],
    /** { id, message } for each row the engine refused, in input order */
    problems: [],
    /** links scored by an earlier version of the built-in questionnaire */
    earlier: 0,
    /** lines (or links) read so far, and in all */
    lines: 0,
    total: 0,
  };
}

/** Adds the engine's outcome for each row (a Result, or { ok: false, id, error }). */
export function addRows(tally, rows) {
  const { bins, bands, shapes, themeSums, range, step } = tally;
  for (const row of rows) {
    if (!row.ok) {
      tally.problems.push({ id: row.id, message: row.error ? row.error.message : '' });
      continue;
    }
    tally.people.push({ id: row.id, total: row.total, band: row.band.id, shape: row.shape,
      margin: row.margin, borderline: row.borderline });
    bins[Math.min(bins.length - 1, Math.floor((row.total - range.min) / step))] += 1;
    bands[row.band.id] = (bands[row.band.id] || 0) + 1;
    shapes[row.shape] = (shapes[row.shape] || 0) + 1;
    if (row.borderline) tally.borderline += 1;
    row.themes.forEach((theme, i) => { themeSums[i] += theme.score; });
  }
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
 * Decodes each pasted link with the core engine, then scores the decoded ones in one batch per
 * questionnaire. With the built-in questionnaire in use, a link made with one of its earlier
 * versions is scored by that version (counted in tally.earlier), as it was when it was made.
 * @param idOf (n) → the id shown for the nth link
 */
export function scoreLinks({ engine, tools, source, tally }, text, idOf) {
  const sources = [source, ...(source === '' ? earlierSources(engine) : [])];
  const decoded = text.split('\n').map((line) => line.trim()).filter(Boolean).map((line, i) => {
    const { outcome, candidate } = openWithAny(sources, (each) => engine.decodeShare(each, codeOf(line)));
    return { id: idOf(i + 1), outcome, source: candidate };
  });
  const byId = new Map();
  for (const each of sources) {
    const good = decoded.filter((link) => link.outcome.ok && link.source === each)
      .map((link) => ({ id: link.id, answers: link.outcome.answers }));
    if (!good.length) continue;
    const scored = tools.scoreBatch(each, good);
    if (!scored.ok) throw scored.error;
    for (const row of scored.rows) byId.set(row.id, row);
  }
  addRows(tally, decoded.map((link) => (link.outcome.ok ? byId.get(link.id)
    : { ok: false, id: link.id, error: link.outcome.error })));
  tally.earlier = decoded.filter((link) => link.outcome.ok && link.source !== source).length;
  tally.lines = decoded.length;
  tally.total = decoded.length;
}

// --- CSV -------------------------------------------------------------------------------------

const isBlank = (line) => !/[^ \t,]/.test(line.endsWith('\r') ? line.slice(0, -1) : line);

/**
 * Scores CSV text in the CLI's input format a chunk of lines per engine call, yielding to the
 * page between calls. The engine numbers lines and names rows without an id by their line, and
 * treats the first non-blank line as a possible header; so that every chunk reads exactly as it
 * would in the whole file, a later chunk is sent after a one-word stand-in header and as many
 * blank lines as come before it. The result matches `crossroads score --csv` row for row.
 * @param onProgress (linesDone, linesTotal) at the start and after each chunk
 * @param running () → false once the caller gives up (a newer input or Stop)
 * @returns true when every line was scored, false when stopped
 */
export async function scoreCsvText({ tools, source, tally }, text, onProgress, running) {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  tally.total = lines.length;
  let started = false;  // a non-blank line (the possible header) has been sent
  let size = FIRST_CHUNK;
  onProgress(0, lines.length);
  for (let start = 0; start < lines.length;) {
    const chunk = lines.slice(start, start + size);
    const lead = started ? `id\n${'\n'.repeat(start - 1)}` : '\n'.repeat(start);
    const began = performance.now();
    const scored = tools.scoreCsv(source, lead + chunk.join('\n'));
    if (!scored.ok) throw scored.error;
    addRows(tally, scored.rows);
    const took = Math.max(1, performance.now() - began);
    size = Math.round(Math.min(MAX_CHUNK, Math.max(FIRST_CHUNK, (size * CHUNK_MS) / took)));
    started ||= chunk.some((line) => !isBlank(line));
    start += chunk.length;
    tally.lines = start;
    onProgress(start, lines.length);
    await nextTick();
    if (!running()) return false;
  }
  return true;
}

// --- Example data ----------------------------------------------------------------------------

/**
 * Made-up answers for a team of `count`: people spread from one end to the other, and a team
 * that leans its own way on some themes. Only answers are made here; the engine scores them.
 * The spread is of scored values, so a reversed statement (reverse: true) is answered from its
 * other end, as a person with that lean would answer it.
 */
export function exampleRows(questionnaire, count, idOf) {
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
    return { id: idOf(i + 1), answers };
  });
}
