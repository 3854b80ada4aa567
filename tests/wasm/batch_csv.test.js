// scoreBatch, scoreCsv and resultCsv: every row comes back, in order; bad rows carry their reason;
// the CSV output is byte-for-byte the CLI's `score --csv -`.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadEngine, cli, corpus, rng, scoredValues, sum } = require('./support');

let engine;
test.before(async () => {
  engine = await loadEngine();
});

const HEADER = 'id,total,band,impact,energy,style,life,growth,shape,margin,error';
const { valid, invalid } = corpus();

// The fields a batch row shares with the full single-answer result.
function assertSameScore(row, single) {
  assert.equal(row.ok, true);
  assert.equal(row.total, single.total);
  assert.equal(row.min, single.min);
  assert.equal(row.max, single.max);
  assert.equal(row.band.id, single.band.id);
  assert.deepStrictEqual(row.margin, single.margin);
  assert.equal(row.borderline, single.borderline);
  assert.deepStrictEqual(row.drivers, single.drivers);
  assert.equal(row.shape, single.shape);
  assert.deepStrictEqual(row.quality, single.quality);
  assert.deepStrictEqual(row.themes.map((t) => [t.id, t.score, t.leaning]),
    single.themes.map((t) => [t.id, t.score, t.leaning]));
}

function mixedRows() {
  const rows = [];
  valid.slice(0, 20).forEach((v, i) => {
    rows.push({ id: `good-${i}`, answers: v.answers });
    const b = invalid[i % invalid.length];
    rows.push({ id: `bad-${i}`, answers: b.answers, expect: b });
  });
  return rows;
}

test('scoreBatch: bad rows mixed in; every row returned in order, bad ones with their reason', () => {
  const rows = mixedRows();
  const out = engine.scoreBatch('', rows.map(({ id, answers }) => ({ id, answers })));
  assert.equal(out.ok, true);
  assert.equal(out.rows.length, rows.length);
  out.rows.forEach((row, i) => {
    const input = rows[i];
    assert.equal(row.id, input.id, `row ${i} out of order`);
    const single = engine.score('', input.answers, -1);
    if (input.expect) {
      assert.equal(row.ok, false, input.id);
      assert.equal(row.error.code, input.expect.code, `${input.id}: ${input.expect.name}`);
      assert.equal(row.error.item, input.expect.item, input.id);
      assert.equal(row.error.message, single.error.message, input.id);
    } else {
      assertSameScore(row, single);
    }
  });
});

test('scoreBatch: rows without an id are numbered; a non-list is refused', () => {
  const out = engine.scoreBatch('', [{ id: 'a', answers: valid[1].answers }, { answers: valid[2].answers }, { answers: [1] }]);
  assert.equal(out.ok, true);
  assert.deepStrictEqual(out.rows.map((r) => [r.id, r.ok]), [['a', true], ['2', true], ['3', false]]);
  assert.equal(out.rows[2].error.code, 'answer_count');
  const notList = engine.scoreBatch('', 'rows');
  assert.equal(notList.ok, false);
  assert.equal(notList.error.code, 'bad_file');
  assert.deepStrictEqual(engine.scoreBatch('', []), { ok: true, rows: [] });
});

test('scoreBatch: 10,000 rows complete (time reported, not asserted)', (t) => {
  const random = rng(42);
  const rows = [];
  for (let i = 0; i < 10000; i++) {
    const answers = Array.from({ length: 15 }, () => Math.floor(random() * 11));
    if (i % 97 === 0) answers[i % 15] = 11;  // a few bad rows along the way
    rows.push({ id: `r${i}`, answers });
  }
  const started = process.hrtime.bigint();
  const out = engine.scoreBatch('', rows);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  t.diagnostic(`scoreBatch: 10,000 rows in ${ms.toFixed(1)} ms`);
  console.log(`# scoreBatch: 10,000 rows in ${ms.toFixed(1)} ms`);
  assert.equal(out.ok, true);
  assert.equal(out.rows.length, 10000);
  let bad = 0;
  out.rows.forEach((row, i) => {
    assert.equal(row.id, `r${i}`);
    if (i % 97 === 0) {
      bad++;
      assert.equal(row.ok, false);
      assert.equal(row.error.code, 'out_of_range');
      assert.equal(row.error.item, (i % 15) + 1);
    } else {
      assert.equal(row.ok, true);
      assert.equal(row.total, sum(scoredValues(rows[i].answers)));
    }
  });
  assert.equal(bad, Math.ceil(10000 / 97));
  for (const i of [1, 500, 9999]) assertSameScore(out.rows[i], engine.score('', rows[i].answers, -1));
});

// CSV text in the CLI's input format for rows of { id, answers }; bad values are written as-is.
const csvCell = (v) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const toCsv = (rows, header = true) =>
  (header ? `id,${Array.from({ length: 15 }, (_, i) => `s${i + 1}`).join(',')}\n` : '') +
  rows.map((r) => [r.id, ...r.answers.map((a) => (a === null ? '' : a))].map(csvCell).join(',')).join('\n') + '\n';

const CSV_ROWS = [
  { id: 'alice', answers: valid[0].answers },
  { id: 'bob', answers: valid.find((v) => v.total === 97).answers },
  { id: 'carol', answers: [3, 7, 11, 2, 8, 6, 4, 9, 1, 10, 0, 5, 6, 7, 3] },  // bad: 11 at 3
  { id: 'Smith, "J"', answers: valid.find((v) => v.total === 150).answers },
  { id: 'dave', answers: [3, 7, 5, 2, 8, null, 4, 9, 1, 10, 0, 5, 6, 7, 3] },  // bad: missing 6
  { id: 'erin', answers: [3, 7, 5, 2, 8, 6, 4, 'x', 1, 10, 0, 5, 6, 7, 3] },  // bad: not a number
  { id: 'frank', answers: valid.find((v) => v.total === 50).answers },
];

test('scoreCsv: header row, ids, bad rows; every row in order', () => {
  const out = engine.scoreCsv('', toCsv(CSV_ROWS));
  assert.equal(out.ok, true);
  assert.deepStrictEqual(out.rows.map((r) => r.id), CSV_ROWS.map((r) => r.id));
  assert.deepStrictEqual(out.rows.map((r) => r.ok), [true, true, false, true, false, false, true]);
  assert.deepStrictEqual(out.rows.filter((r) => !r.ok).map((r) => [r.error.code, r.error.item]),
    [['out_of_range', 3], ['missing_answer', 6], ['not_a_number', 8]]);
  assert.deepStrictEqual(out.rows.filter((r) => r.ok).map((r) => r.total), [0, 97, 150, 50]);
  out.rows.forEach((row, i) => {
    if (row.ok) assertSameScore(row, engine.score('', CSV_ROWS[i].answers, -1));
  });
  // A row with the wrong number of columns is reported with its line.
  const short = engine.scoreCsv('', `${toCsv(CSV_ROWS.slice(0, 1))}zed,1,2,3\n`);
  assert.equal(short.rows.length, 2);
  assert.equal(short.rows[1].ok, false);
  assert.equal(short.rows[1].error.code, 'answer_count');
  assert.match(short.rows[1].error.message, /Line 3/);
});

test('scoreCsv: no header, no ids: rows are numbered by line', () => {
  const text = `${valid[3].answers.join(',')}\n${valid[4].answers.join(',')}\n`;
  const out = engine.scoreCsv('', text);
  assert.deepStrictEqual(out.rows.map((r) => [r.id, r.total]), [['1', valid[3].total], ['2', valid[4].total]]);
});

test('resultCsv equals the CLI `score --csv -` output for the same rows', () => {
  const fromWasm = engine.resultCsv('', CSV_ROWS);
  const run = cli(['score', '--csv', '-'], toCsv(CSV_ROWS));
  assert.equal(run.status, 0, run.stderr);
  assert.equal(fromWasm, run.stdout);
  const lines = fromWasm.trimEnd().split('\n');
  assert.equal(lines[0], HEADER);
  assert.equal(lines.length, CSV_ROWS.length + 1);
  assert.equal(lines[1], 'alice,0,management,0,0,0,0,0,consistent,50,');
  assert.match(lines[3], /^carol,,,,,,,,,,Statement 3: 11 is out of range/);
  assert.match(lines[4], /^"Smith, ""J""",150,mastery,30,30,30,30,30,/);
});

test('resultCsv equals the CLI for the whole valid corpus (no header, numeric ids)', () => {
  const rows = valid.map((v, i) => ({ id: String(i + 1), answers: v.answers }));
  const run = cli(['score', '--csv', '-'], toCsv(rows, false));
  assert.equal(run.status, 0, run.stderr);
  assert.equal(engine.resultCsv('', rows), run.stdout);
});

test('resultCsv with nothing to score is just the header', () => {
  assert.equal(engine.resultCsv('', []), `${HEADER}\n`);
  assert.equal(cli(['score', '--csv', '-'], '').stdout, `${HEADER}\n`);
});
