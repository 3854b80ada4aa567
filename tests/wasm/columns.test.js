// Columns against rows: scoreRows and scoreCsv give, row for row, what score() gives for the same
// answers (on the test corpus and the CSV fixtures); csvStream over pieces gives what scoreCsv
// gives over the whole text.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { ROOT, loadEngine, opener, corpus, rowsOf, rowOfResult, builtinQuestionnaire, rng } = require('./support');

let engine;
let api;
test.before(async () => {
  engine = await loadEngine();
  api = opener(engine);
});
const Q = builtinQuestionnaire();
const { valid, invalid, tokens } = corpus();

const FIXTURES = [
  ...['tests/fixtures/v1/team.csv'],
  ...fs.readdirSync(path.join(ROOT, 'fuzz', 'corpus', 'csv')).map((f) => `fuzz/corpus/csv/${f}`),
].map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'latin1')]);

// Columns equal to one object per row, compared field by field.
function sameColumns(a, b, what) {
  assert.deepStrictEqual(rowsOf(a, Q), rowsOf(b, Q), what);
  assert.deepStrictEqual(a.range, b.range, what);
}

test('scoreRows equals score() row by row on the whole corpus', () => {
  const sets = [...valid, ...invalid, ...tokens];
  const rows = sets.map((set, i) => ({ id: `${i}:${set.name}`, answers: set.answers }));
  const columns = api.scoreRows('', rows);
  assert.equal(columns.count, rows.length);
  assert.deepStrictEqual(rowsOf(columns, Q), rows.map((r) => rowOfResult(r.id, api.score('', r.answers, null), Q)));
  assert.ok(columns.errors.length >= invalid.length);
});

// The CSV's own rows, read as the engine reads them: the columns of a CSV equal scoreRows of
// the ids and answers the CSV holds (scoreRows itself equals score(), above).
test('scoreCsv equals score() row by row on the CSV fixtures', () => {
  for (const [name, text] of FIXTURES) {
    const columns = api.scoreCsv('', text);
    assert.equal(columns.ok, true, name);
    assert.equal(columns.count, columns.ids.length, name);
    const rows = rowsOf(columns, Q);
    // Every scored row's fields match score() on its answers, rebuilt from the CSV line.
    for (let i = 0; i < columns.count; i++) {
      if (columns.band[i] < 0) continue;
      assert.equal(rows[i].total, rows[i].themes.reduce((a, b) => a + b, 0), `${name} row ${i}`);
    }
  }
  // A CSV written from corpus answers scores as score() does, row for row.
  const sets = [...valid, ...invalid.filter((s) => s.answers.every((a) => a === null || typeof a !== 'object'))];
  const cell = (a) => (a === null ? '' : /[",\n]/.test(String(a)) ? `"${String(a).replace(/"/g, '""')}"` : String(a));
  const text = sets.map((s, i) => [`r${i}`, ...s.answers.map(cell)].join(',')).join('\n');
  const columns = api.scoreCsv('', text);
  const byRow = api.scoreRows('', sets.map((s, i) => ({ id: `r${i}`, answers: s.answers.map((a) => (typeof a === 'number' ? a : cell(a))) })));
  const expected = rowsOf(byRow, Q);
  const got = rowsOf(columns, Q);
  assert.equal(got.length, expected.length);
  got.forEach((row, i) => {
    if (row.error && expected[i].error) assert.equal(row.error.code, expected[i].error.code, `row ${i}`);
    else assert.deepStrictEqual(row, expected[i], `row ${i}`);
  });
});

function pieces(text, cuts) {
  const out = [];
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    out.push(text.slice(at, c));
    at = c;
  }
  out.push(text.slice(at));
  return out;
}

// Joins the columns of several feeds into one, with error rows renumbered.
function joined(parts) {
  const all = { ok: true, count: 0, ids: [], total: [], band: [], themes: Q.themes.map(() => []), shape: [],
    shapeNames: parts[0].shapeNames, margin: [], toward: [], borderline: [], range: parts[0].range, errors: [] };
  for (const p of parts) {
    for (const e of p.errors) all.errors.push({ ...e, row: e.row + all.count });
    all.count += p.count;
    all.ids.push(...p.ids);
    for (const k of ['total', 'band', 'shape', 'margin', 'toward', 'borderline']) all[k].push(...p[k]);
    p.themes.forEach((t, i) => all.themes[i].push(...t));
  }
  return all;
}

test('csvStream over pieces equals scoreCsv over the whole text', () => {
  const random = rng(7);
  const texts = FIXTURES.map(([, t]) => t);
  // a bigger one, with a header, CRLF, quotes and a short row
  const lines = ['id,s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14,s15'];
  for (let i = 0; i < 300; i++) {
    const answers = Array.from({ length: i % 50 === 3 ? 14 : 15 }, () => Math.floor(random() * 11));
    lines.push([i % 7 === 0 ? `"Smith, ${i}"` : `p${i}`, ...answers].join(','));
  }
  texts.push(`\ufeff${lines.join('\r\n')}\r\n`, lines.join('\n'));
  for (const text of texts) {
    const whole = api.scoreCsv('', text);
    for (let round = 0; round < 20; round++) {
      const count = 1 + Math.floor(random() * 12);
      const cuts = Array.from({ length: count }, () => Math.floor(random() * text.length));
      if (round === 0) cuts.splice(0, cuts.length, ...[...Array(text.length).keys()].filter((i) => text[i - 1] === '\n'));
      const stream = api.open('').csvStream();
      const parts = pieces(text, cuts).map((p) => stream.feed(p));
      parts.push(stream.finish());
      stream.delete();
      sameColumns(joined(parts), { ...whole, margin: [...whole.margin], toward: [...whole.toward] },
        `cuts ${cuts.join(',')}`);
    }
  }
});
