// A team's insight through the WASM module (Opened.teamInsight, CsvStream.insight): its shape, a
// published reference value, a stream in slices against the whole, the floor (changed without
// reading the rows again, refused when out of 3..10) and parity with `crossroads team --json`.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { CUSTOM, loadEngine, opener, corpus, builtinQuestionnaire, tempFile, rng, cli } = require('./support');
const { PINGOUIN, PINGOUIN_ROWS, teamCsv, randomRows, findNaN } = require('./team_support');

let engine;
let api;
test.before(async () => {
  engine = await loadEngine();
  api = opener(engine);
});
test.after(() => api.close());

const Q = builtinQuestionnaire();
const PINGOUIN_TEXT = JSON.stringify(PINGOUIN);
const corpusRows = () => corpus().valid.map((set, i) => ({ id: `p${i}`, answers: set.answers }));

test('the shape: every figure of the built-in questionnaire, nothing NaN', () => {
  const rows = [...corpusRows(), { id: 'short', answers: [1, 2] }, { id: 'word', answers: Array(15).fill('x') }];
  const out = api.open('').teamInsight(rows, 5);
  assert.equal(out.ok, true);
  assert.equal(out.n, rows.length - 2);
  assert.equal(out.excluded, 2);
  assert.equal(out.min_group, 5);
  assert.equal(out.suppressed, false);
  assert.equal(findNaN(out), null);
  const { total, themes } = out.reliability;
  assert.equal(total.k, 15);
  assert.equal(total.n, out.n);
  assert.deepStrictEqual(total.items.map((i) => i.number), Q.items.map((_, i) => i + 1));
  assert.deepStrictEqual(themes.map((t) => t.id), Q.themes.map((t) => t.id));
  for (const theme of themes) {
    assert.equal(theme.k, 3);
    assert.deepStrictEqual(theme.items.map((i) => Q.items[i.number - 1].theme), [theme.id, theme.id, theme.id]);
  }
  for (const r of [total, ...themes]) {
    assert.ok(['good', 'acceptable', 'loose', 'too_few', 'undefined'].includes(r.reading), r.reading);
    assert.equal(typeof r.alpha, 'number');
    assert.ok(Array.isArray(r.ci) && r.ci.length === 2 && r.ci[0] <= r.alpha && r.alpha <= r.ci[1], `${r.ci}`);
    for (const item of r.items) {
      assert.equal(item.counts.length, Q.scale.max - Q.scale.min + 1);
      assert.equal(item.counts.reduce((a, b) => a + b, 0), out.n);
    }
  }
  assert.deepStrictEqual(Object.keys(out.bands), Q.bands.map((b) => b.id));
  assert.equal(Object.values(out.bands).reduce((a, b) => a + b, 0), out.n);
  assert.ok(out.uncertain_totals instanceof Uint8Array);
  assert.equal(out.uncertain_totals.length, 15 * (Q.scale.max - Q.scale.min) + 1);
  assert.ok(out.sem > 0 && Number.isInteger(out.band_uncertain));
});

// pingouin.cronbach_alpha's documented example (raphaelvallat/pingouin, the docstring of
// pingouin.cronbach_alpha, data pingouin/datasets/cronbach_alpha.csv): alpha 0.5917188485995826,
// 95% CI [0.195, 0.840], 15 people x 10 statements on 1..7.
test('a published reference: pingouin\'s cronbach_alpha example through a custom 1..7 questionnaire', () => {
  const out = api.open(PINGOUIN_TEXT).teamInsight(PINGOUIN_ROWS, 5);
  const { total } = out.reliability;
  assert.equal(total.n, 15);
  assert.equal(total.k, 10);
  assert.equal(total.alpha.toFixed(4), '0.5917');
  assert.ok(Math.abs(total.alpha - 0.5917188485995826) < 1e-9, String(total.alpha));
  assert.deepStrictEqual(total.ci.map((x) => x.toFixed(3)), ['0.195', '0.840']);
  assert.equal(total.reading, 'loose');
  assert.deepStrictEqual(out.reliability.themes.map((t) => [t.id, t.k, t.n]), [['first', 5, 15], ['second', 5, 15]]);
  // Statement 1's answers (3 5 7 2 6 1 4 2 6 5 4 4 5 6 4) counted per value from 1.
  assert.deepStrictEqual(total.items[0].counts, [1, 2, 1, 4, 3, 3, 1]);
  assert.equal(total.items[0].mean.toFixed(4), (64 / 15).toFixed(4));
});

test('a reversed statement is counted by its scored value', () => {
  const rows = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, answers: [1 + (i % 5), 2, 1, 3] }));
  const out = api.open(JSON.stringify(CUSTOM)).teamInsight(rows, 5);
  // Statement 3 (r1) is reversed on 1..5: every answer 1 is scored 5.
  assert.deepStrictEqual(out.reliability.total.items[2].counts, [0, 0, 0, 0, 6]);
  assert.equal(out.reliability.total.items[2].sd, 0);
  assert.equal(out.reliability.total.items[2].item_total, null, 'a statement that does not vary correlates with nothing');
});

test('a stream fed in slices gives the insight of the whole, and of teamInsight on the same rows', () => {
  const rows = randomRows(rng(12), 700, Q);
  const csv = teamCsv(rows);
  const handle = api.open('');
  const whole = handle.csvStream();
  whole.feed(csv);
  whole.finish();
  const expected = whole.insight(5);
  whole.delete();
  assert.equal(expected.n + expected.excluded, rows.length);
  assert.ok(expected.excluded > 0, 'some rows are refused');
  assert.deepStrictEqual(handle.teamInsight(rows, 5), expected);
  const lines = csv.split(/(?<=\n)/);
  for (const size of [1, 7, 64]) {
    const stream = handle.csvStream();
    for (let i = 0; i < lines.length; i += size) stream.feed(lines.slice(i, i + size).join(''));
    stream.finish();
    assert.deepStrictEqual(stream.insight(5), expected, `${size} lines a slice`);
    stream.delete();
  }
});

test('the floor changes the insight without reading the rows again', () => {
  const handle = api.open('');
  const stream = handle.csvStream();
  const rows = corpusRows().slice(0, 4);
  stream.feed(teamCsv(rows).slice(0, -1));
  assert.equal(stream.insight(3).n, 3, 'the last row waits for its line to end');
  stream.finish();
  const at3 = stream.insight(3);
  const at4 = stream.insight(4);
  const at5 = stream.insight(5);
  assert.deepStrictEqual([at3.suppressed, at4.suppressed, at5.suppressed], [false, false, true]);
  assert.deepStrictEqual([at3.min_group, at4.min_group, at5.min_group], [3, 4, 5]);
  assert.deepStrictEqual({ ...at3, min_group: 4 }, at4);
  assert.deepStrictEqual(stream.insight(3), at3, 'asking again gives the same');
  assert.deepStrictEqual(handle.teamInsight(rows, 4), at4);
  stream.delete();
});

test('below the floor: counts only, every aggregate null', () => {
  const rows = [...corpusRows().slice(0, 4), { id: 'short', answers: [1] }];
  const out = api.open('').teamInsight(rows, 5);
  assert.deepStrictEqual(out, {
    ok: true, questionnaire: { id: Q.id, version: Q.version }, n: 4, excluded: 1, min_group: 5,
    suppressed: true, reliability: null, sem: null, band_uncertain: null, bands: null, uncertain_totals: null,
  });
  const none = api.open('').csvStream().insight(3);
  assert.equal(none.n, 0);
  assert.equal(none.suppressed, true);
});

test('a floor that is not a whole number from 3 to 10 is a Failure that says so', () => {
  const handle = api.open('');
  const stream = handle.csvStream();
  const rows = corpusRows().slice(0, 6);
  const cases = [[2, 'out_of_range'], [11, 'out_of_range'], [4.5, 'not_an_integer'], [Infinity, 'not_an_integer'],
    ['5', 'not_a_number'], [undefined, 'not_a_number'], [null, 'not_a_number'], [NaN, 'not_a_number']];
  for (const [floor, code] of cases) {
    for (const out of [handle.teamInsight(rows, floor), stream.insight(floor)]) {
      assert.deepStrictEqual(out, { ok: false, error: { code, item: 0,
        message: 'The smallest group shown must be a whole number from 3 to 10.' } }, String(floor));
    }
  }
  for (const floor of [3, 10]) assert.equal(handle.teamInsight(rows, floor).ok, true, String(floor));
  // What the page offers is what is accepted: engine.teamRules() gives the same range.
  const { floor: offered, readingEdges } = engine.teamRules();
  assert.deepStrictEqual(offered, { lowest: 3, highest: 10, usual: 5 });
  assert.deepStrictEqual(readingEdges, [0.7, 0.8]);
  assert.equal(handle.teamInsight('rows', 5).error.code, 'bad_file');
  assert.throws(() => handle.teamInsight(rows), /expected 2 args/, 'the floor left out: misuse, as any arity');
  stream.delete();
  const badOptions = handle.csvStream({ delimiter: '|' });
  assert.deepStrictEqual(badOptions.insight(5), badOptions.finish(), 'the options\' Failure');
  badOptions.delete();
});

// Independently of the engine: a total is uncertain when within 1.96 x SEM of an edge halfway
// between two bands. On PINGOUIN totals start at 10, so an index from 0 would be caught.
test('uncertain_totals is indexed by total - range.min, and band_uncertain counts those people', () => {
  for (const [source, rows] of [[PINGOUIN_TEXT, PINGOUIN_ROWS], ['', randomRows(rng(3), 300, Q, 0)]]) {
    const handle = api.open(source);
    const q = source ? PINGOUIN : Q;
    const out = handle.teamInsight(rows, 5);
    const columns = handle.scoreRows(rows);
    const edges = q.bands.slice(1).map((b, i) => (q.bands[i].max + b.min) / 2);
    const { min, max } = columns.range;
    assert.equal(out.uncertain_totals.length, max - min + 1);
    for (let total = min; total <= max; total++) {
      const near = edges.some((e) => Math.abs(total - e) <= 1.96 * out.sem);
      assert.equal(out.uncertain_totals[total - min], near ? 1 : 0, `total ${total}`);
    }
    let uncertain = 0;
    for (let i = 0; i < columns.count; i++) if (columns.band[i] >= 0) uncertain += out.uncertain_totals[columns.total[i] - min];
    assert.equal(out.band_uncertain, uncertain);
    assert.ok(uncertain > 0 && uncertain < columns.count, `${uncertain} of ${columns.count}`);
  }
});

// The same values, doubles to 12 significant digits (glibc's and musl's lgamma and pow may differ
// in the last bits of the interval).
function rounded(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(rounded);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
}

test('parity with crossroads team --json', () => {
  const questionnaire = tempFile('pingouin.json', PINGOUIN_TEXT);
  const cases = [
    ['', randomRows(rng(7), 400, Q), 5], ['', corpusRows().slice(0, 4), 5], ['', corpusRows().slice(0, 4), 4],
    [PINGOUIN_TEXT, PINGOUIN_ROWS, 10], [PINGOUIN_TEXT, PINGOUIN_ROWS.slice(0, 9), 3],
  ];
  for (const [source, rows, floor] of cases) {
    const file = tempFile('team.csv', teamCsv(rows));
    const args = ['team', '--csv', file, '--min-group', String(floor), '--json',
      ...(source ? ['--questionnaire', questionnaire] : [])];
    const run = cli(args);
    assert.equal(run.status, 0, run.stderr);
    // One writer in the engine serves both: the same fields, ok and uncertain_totals aside.
    const native = JSON.parse(run.stdout);
    const { ok, uncertain_totals, ...wasm } = api.open(source).teamInsight(rows, floor);
    assert.deepStrictEqual(rounded(wasm), rounded(native), `${rows.length} rows at ${floor}`);
  }
});
