// scoreRows, scoreCsv and resultCsv: every row comes back, in order, in columns; bad rows carry
// their reason; the CSV output is byte-for-byte the CLI's `score --csv -`. (columns.test.js holds
// the columns against score() row by row, and csvStream against scoreCsv.)
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const {
  loadEngine, opener, cli, cliErrorMessage, corpus, rng, scoredValues, sum, rowsOf, rowOfResult, builtinQuestionnaire,
} = require('./support');

let engine;
let api;  // the handle's functions by source (support.js opener)
test.before(async () => {
  engine = await loadEngine();
  api = opener(engine);
});

const HEADER = 'id,total,band,impact,energy,style,life,growth,shape,margin,error';
const { valid, invalid } = corpus();
const Q = builtinQuestionnaire();

// A row of the columns equals what score() gives for the same answers.
function assertSameScore(columns, row, answers) {
  assert.deepStrictEqual(rowsOf(columns, Q)[row], rowOfResult(columns.ids[row], api.score('', answers, null), Q));
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

test('scoreRows: bad rows mixed in; every row returned in order, bad ones with their reason', () => {
  const rows = mixedRows();
  const out = api.scoreRows('', rows.map(({ id, answers }) => ({ id, answers })));
  assert.equal(out.ok, true);
  assert.equal(out.count, rows.length);
  assert.deepStrictEqual(out.ids, rows.map((r) => r.id));
  const errors = new Map(out.errors.map((e) => [e.row, e]));
  rows.forEach((input, i) => {
    const single = api.score('', input.answers, null);
    if (input.expect) {
      const e = errors.get(i);
      assert.ok(e, `${input.id} not in errors`);
      assert.equal(e.id, input.id);
      assert.equal(e.error.code, input.expect.code, `${input.id}: ${input.expect.name}`);
      assert.equal(e.error.item, input.expect.item, input.id);
      assert.equal(e.error.message, single.error.message, input.id);
      assert.equal(out.band[i], -1);
      assert.equal(out.shape[i], -1);
    } else {
      assert.ok(!errors.has(i), input.id);
    }
    assertSameScore(out, i, input.answers);
  });
  assert.equal(out.errors.length, rows.filter((r) => r.expect).length);
});

test('scoreRows: rows without an id are numbered; a non-list is refused', () => {
  const out = api.scoreRows('', [{ id: 'a', answers: valid[1].answers }, { answers: valid[2].answers }, { answers: [1] }]);
  assert.equal(out.ok, true);
  assert.deepStrictEqual(out.ids, ['a', '2', '3']);
  assert.deepStrictEqual(out.errors.map((e) => [e.row, e.id, e.error.code]), [[2, '3', 'answer_count']]);
  const notList = api.scoreRows('', 'rows');
  assert.equal(notList.ok, false);
  assert.equal(notList.error.code, 'bad_file');
  const empty = api.scoreRows('', []);
  assert.equal(empty.ok, true);
  assert.equal(empty.count, 0);
  assert.deepStrictEqual([empty.ids, empty.errors, empty.total.length], [[], [], 0]);
  assert.deepStrictEqual(empty.range, {
    min: 0, max: 150, themes: Q.themes.map((t) => ({ id: t.id, min: 0, max: 30 })),
  });
});

test('scoreRows: 10,000 rows complete (time reported, not asserted)', (t) => {
  const random = rng(42);
  const rows = [];
  for (let i = 0; i < 10000; i++) {
    const answers = Array.from({ length: 15 }, () => Math.floor(random() * 11));
    if (i % 97 === 0) answers[i % 15] = 11;  // a few bad rows along the way
    rows.push({ id: `r${i}`, answers });
  }
  const started = process.hrtime.bigint();
  const out = api.scoreRows('', rows);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  t.diagnostic(`scoreRows: 10,000 rows in ${ms.toFixed(1)} ms`);
  assert.equal(out.ok, true);
  assert.equal(out.count, 10000);
  const errors = new Map(out.errors.map((e) => [e.row, e]));
  for (let i = 0; i < 10000; i++) {
    assert.equal(out.ids[i], `r${i}`);
    if (i % 97 === 0) {
      assert.equal(errors.get(i).error.code, 'out_of_range');
      assert.equal(errors.get(i).error.item, (i % 15) + 1);
    } else {
      assert.equal(out.total[i], sum(scoredValues(rows[i].answers)));
    }
  }
  assert.equal(out.errors.length, Math.ceil(10000 / 97));
  for (const i of [0, 1, 500, 9999]) assertSameScore(out, i, rows[i].answers);
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
  const out = api.scoreCsv('', toCsv(CSV_ROWS));
  assert.equal(out.ok, true);
  assert.deepStrictEqual(out.ids, CSV_ROWS.map((r) => r.id));
  assert.deepStrictEqual(out.errors.map((e) => [e.row, e.id, e.error.code, e.error.item]),
    [[2, 'carol', 'out_of_range', 3], [4, 'dave', 'missing_answer', 6], [5, 'erin', 'not_a_number', 8]]);
  assert.deepStrictEqual([0, 1, 3, 6].map((i) => out.total[i]), [0, 97, 150, 50]);
  CSV_ROWS.forEach((row, i) => assertSameScore(out, i, row.answers));
  // A row with the wrong number of columns is reported with its line.
  const short = api.scoreCsv('', `${toCsv(CSV_ROWS.slice(0, 1))}zed,1,2,3\n`);
  assert.equal(short.count, 2);
  assert.equal(short.errors.length, 1);
  assert.equal(short.errors[0].row, 1);
  assert.equal(short.errors[0].error.code, 'answer_count');
  assert.match(short.errors[0].error.message, /Line 3/);
  // Not a text: refused, never thrown.
  assert.equal(api.scoreCsv('', 42).error.code, 'bad_file');
});

test('scoreCsv: no header, no ids: rows are numbered by line', () => {
  const text = `${valid[3].answers.join(',')}\n${valid[4].answers.join(',')}\n`;
  const out = api.scoreCsv('', text);
  assert.deepStrictEqual(out.ids, ['1', '2']);
  assert.deepStrictEqual([...out.total], [valid[3].total, valid[4].total]);
});

test('scoreCsv: ids in any script come back as written, wherever they stand in the text', () => {
  // The text reaches the engine through TextEncoder: ASCII in one go, then the rest of the text
  // after the first non-ASCII character. Ids of 2-, 3- and 4-byte UTF-8, first, middle and last.
  const answers = valid[0].answers.join(',');
  const ids = ['Zoë', 'p2', '李雷', 'naïve "quoted", with a comma', '😀 smile', 'end 😀'];
  const text = ids.map((id) => `"${id.replace(/"/g, '""')}",${answers}`).join('\n');
  const out = api.scoreCsv('', text);
  assert.deepStrictEqual(out.ids, ids);
  assert.deepStrictEqual(out.errors, []);
  assert.deepStrictEqual([...out.total], ids.map(() => valid[0].total));
  // A header of accented names (non-ASCII from the first byte) leaves the rows as they are.
  const names = ['identité', ...valid[0].answers.map((_, i) => `énoncé ${i + 1}`)].join(',');
  const header = api.scoreCsv('', `${names}\nZoë,${answers}\n`);
  assert.deepStrictEqual(header.ids, ['Zoë']);
});

test('scoreCsv: a lone surrogate reads as U+FFFD and keeps the comma after it', () => {
  const answers = valid[0].answers.join(',');
  const out = api.scoreCsv('', `x\uD800y,${answers}\n\uDC00,${answers}\n`);
  assert.deepStrictEqual(out.ids, ['x\uFFFDy', '\uFFFD']);
  assert.deepStrictEqual(out.errors, []);
});

test('scoreRows: ids in any script come back as written; a lone surrogate as U+FFFD', () => {
  const ids = ['Zoë', 'p2', '李雷', '😀 smile', 'x\uD800y', '\uDC00', ''];
  const out = api.scoreRows('', ids.map((id) => ({ id, answers: valid[0].answers })));
  assert.deepStrictEqual(out.ids, ['Zoë', 'p2', '李雷', '😀 smile', 'x\uFFFDy', '\uFFFD', '']);
  assert.deepStrictEqual(out.errors, []);
  // A typed answer is read as the same text would be in a CSV.
  const typed = api.scoreRows('', [{ id: 'a', answers: [...valid[0].answers.slice(0, 14), '\uD800'] }]);
  assert.equal(typed.errors[0].error.code, 'not_a_number');
  assert.match(typed.errors[0].error.message, /\uFFFD/);
});

test('resultCsv equals the CLI `score --csv -` output for the same rows', () => {
  const fromWasm = api.resultCsv('', CSV_ROWS).text;
  const run = cli(['score', '--csv', '-'], toCsv(CSV_ROWS));
  assert.equal(run.status, 1, 'carol\'s row is refused: exit 1, every row still printed');
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
  assert.equal(api.resultCsv('', rows).text, run.stdout);
});

test('resultCsv with nothing to score is just the header', () => {
  assert.deepStrictEqual(api.resultCsv('', []), { ok: true, text: `${HEADER}\n` });
  assert.equal(api.resultCsv('', 'rows').error.code, 'bad_file');
  // The CLI, given no data rows at all, says so (exit 2, nothing on stdout), as scoreCsv's problem does.
  assert.equal(cliErrorMessage(cli(['score', '--csv', '-'], '')), api.open('').scoreCsv('').problem.message);
});

test('scoreRows: a list whose length grows while it is read is read at the length first measured', () => {
  const base = valid.slice(0, 3).map((v, i) => ({ id: `p${i}`, answers: v.answers }));
  let reads = 0;
  // Reports 3 rows at first, then 100,000: rows past the first measure must not be written.
  const growing = new Proxy(base, {
    get(target, key) {
      if (key === 'length') return (reads += 1) > 1 ? 100000 : target.length;
      return target[key];
    },
  });
  const before = engine.memoryInUse();
  const columns = api.scoreRows('', growing);
  assert.equal(columns.count, 3);
  base.forEach((row, i) => assertSameScore(columns, i, row.answers));
  // The heap is intact: the same rows score the same afterwards.
  const again = api.scoreRows('', base);
  assert.deepStrictEqual(Array.from(again.total), Array.from(columns.total));
  assert.ok(engine.memoryInUse() - before < 1 << 20, 'no runaway allocation');
});
