// questionnaire(source) and scoring with a custom questionnaire.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {
  loadEngine, opener, openedWithoutHandle, cli, cliErrorMessage, builtinQuestionnaire, tempFile, CUSTOM, answersFor,
} = require('./support');

let engine;
let api;  // the handle's functions by source (support.js opener)
const questionnaire = (source) => openedWithoutHandle(engine, source);
test.before(async () => {
  engine = await loadEngine();
  api = opener(engine);
});

const clone = (x) => JSON.parse(JSON.stringify(x));

test('questionnaire(""): the built-in questionnaire, 15 statements, as in the content file', () => {
  const out = questionnaire('');
  assert.equal(out.ok, true);
  const q = out.questionnaire;
  const file = builtinQuestionnaire();
  assert.equal(q.items.length, 15);
  assert.equal(q.id, 'crossroads');
  assert.equal(q.version, file.version);
  assert.equal(q.title, file.title);
  assert.equal(q.credit, file.credit);
  assert.deepStrictEqual(q.about, file.about);
  assert.match(q.credit, /Mike Hawkins/);
  assert.deepStrictEqual(q.scale, { min: 0, max: 10 });
  assert.deepStrictEqual(q.poles, file.poles);
  assert.deepStrictEqual(q.themes, file.themes);
  // Defaults are filled in: every item has reverse (false unless the file says otherwise).
  assert.deepStrictEqual(q.items, file.items.map((item) => ({ reverse: false, ...item })));
  assert.ok(q.items.some((item) => item.reverse), 'some statements are reversed');
  assert.deepStrictEqual(q.bands.map((b) => [b.id, b.min, b.max]),
    [['management', 0, 49], ['both', 50, 100], ['mastery', 101, 150]]);
  assert.deepStrictEqual(q.bands, file.bands);
  assert.deepStrictEqual(q.shapes, file.shapes);
  assert.deepStrictEqual(q.quality, file.quality);
});

test('questionnaire(the content file\'s own text) equals questionnaire("")', () => {
  const text = fs.readFileSync(require.resolve('../../assessment/content/questionnaire.json'), 'utf8');
  assert.deepStrictEqual(questionnaire(text), questionnaire(''));
});

test('questionnaire("{bad"): ok:false with problems', () => {
  const out = questionnaire('{bad');
  assert.equal(out.ok, false);
  assert.ok(Array.isArray(out.problems) && out.problems.length >= 1);
  for (const p of out.problems) {
    assert.equal(typeof p.path, 'string');
    assert.equal(typeof p.message, 'string');
    assert.ok(p.message.length > 0);
  }
  assert.equal(out.questionnaire, undefined);
});

test('questionnaire(): not an object, wrong shapes and gaps are all refused with their paths', () => {
  for (const text of ['', '[]', 'null', '42', '"x"', '{}']) {
    if (text === '') continue;  // "" means the built-in one
    const out = questionnaire(text);
    assert.equal(out.ok, false, text);
    assert.ok(out.problems.length >= 1, text);
  }

  const gap = clone(CUSTOM);
  gap.bands[1].min = 11;
  const gapOut = questionnaire(JSON.stringify(gap));
  assert.equal(gapOut.ok, false);
  assert.ok(gapOut.problems.some((p) => p.path.startsWith('bands')), JSON.stringify(gapOut.problems));

  // Several problems at once are all reported, each at its own field.
  const many = clone(CUSTOM);
  delete many.title;
  many.scale.max = 1;
  many.items[0].theme = 'nope';
  const manyOut = questionnaire(JSON.stringify(many));
  assert.equal(manyOut.ok, false);
  const paths = manyOut.problems.map((p) => p.path);
  assert.ok(paths.includes('title'), paths.join());
  assert.ok(paths.some((p) => p.startsWith('scale')), paths.join());
  assert.ok(paths.includes('items[0].theme'), paths.join());
});

test('open() with a broken questionnaire: ok:false with problems and no handle', () => {
  const out = engine.open('{bad');
  assert.equal(out.ok, false);
  assert.equal(out.handle, undefined);
  assert.ok(out.problems.length >= 1);
  // Not a text at all: refused the same way, never thrown.
  for (const source of [undefined, null, 42, {}, ['x']]) {
    const bad = engine.open(source);
    assert.equal(bad.ok, false, String(source));
    assert.equal(bad.problems.length, 1);
  }
});

test('open() gives a handle that keeps its questionnaire until deleted', () => {
  const out = engine.open(JSON.stringify(CUSTOM));
  assert.equal(out.ok, true);
  assert.deepStrictEqual(Object.keys(out).sort(), ['handle', 'ok', 'questionnaire']);
  assert.equal(out.handle.score([1, 1, 5, 1], null).total, 4);
  assert.equal(out.handle.score([1, 1, 5, 1], 3).quality.includes('fast'), true);
  out.handle.delete();
  assert.throws(() => out.handle.score([1, 1, 5, 1], null), /deleted/);  // a programming error, said so
});

test('a custom questionnaire (4 statements on 1..5) loads and scores with its own bands', () => {
  const source = JSON.stringify(CUSTOM);
  const loaded = questionnaire(source);
  assert.equal(loaded.ok, true, JSON.stringify(loaded.problems));
  assert.equal(loaded.questionnaire.items.length, 4);
  assert.equal(loaded.questionnaire.items[2].reverse, true);
  assert.equal(loaded.questionnaire.items[0].reverse, false);
  assert.equal(loaded.questionnaire.shapes, undefined, 'optional texts stay absent');

  // Lowest and highest totals: 4 and 20. Statement 3 is reversed: answer 5 scores 1.
  const low = api.score(source, [1, 1, 5, 1], null);
  assert.equal(low.ok, true);
  assert.equal(low.total, 4);
  assert.equal(low.min, 4);
  assert.equal(low.max, 20);
  assert.equal(low.band.id, 'tea');
  assert.deepStrictEqual(low.questionnaire, { id: 'tea-or-coffee', version: 3 });
  // "end" is the end the answer chose as shown (5: the high end), before reversal.
  assert.deepStrictEqual(low.items[2], { number: 3, id: 'r1', answer: 5, value: 1, end: 'high' });
  assert.deepStrictEqual(low.items.map((item) => item.end), ['low', 'low', 'high', 'low']);
  // 1..5 has a middle: 3.
  assert.deepStrictEqual(api.score(source, [3, 2, 4, 3], null).items.map((item) => item.end),
    ['middle', 'low', 'high', 'middle']);
  assert.deepStrictEqual(Object.keys(low.drivers).sort(), ['coffee', 'tea']);

  const high = api.score(source, [5, 5, 1, 5], null);
  assert.equal(high.total, 20);
  assert.equal(high.band.id, 'coffee');

  // Band edges: 9 tea, 10 either, 14 either, 15 coffee.
  const totalOf = (answers) => api.score(source, answers, null);
  assert.equal(totalOf([3, 3, 5, 2]).total, 9);
  assert.equal(totalOf([3, 3, 5, 2]).band.id, 'tea');
  assert.equal(totalOf([3, 3, 3, 1]).total, 10);
  assert.equal(totalOf([3, 3, 3, 1]).band.id, 'either');
  assert.deepStrictEqual(totalOf([3, 3, 3, 1]).margin, { points: 1, toward: 'tea' });
  assert.equal(totalOf([5, 5, 3, 1]).total, 14);
  assert.equal(totalOf([5, 5, 3, 1]).band.id, 'either');
  assert.equal(totalOf([5, 5, 3, 2]).total, 15);
  assert.equal(totalOf([5, 5, 3, 2]).band.id, 'coffee');
  assert.equal(totalOf([5, 5, 3, 2]).band.title, 'Coffee');

  // Its own scale and count in errors.
  const outOfRange = api.score(source, [0, 2, 3, 4], null);
  assert.equal(outOfRange.error.code, 'out_of_range');
  assert.equal(outOfRange.error.item, 1);
  assert.match(outOfRange.error.message, /1 to 5/);
  assert.equal(api.score(source, Array(15).fill(3), null).error.code, 'answer_count');
  // And the built-in questionnaire is not disturbed by it.
  assert.equal(api.score('', answersFor(Array(15).fill(10)), null).total, 150);
});

test('custom questionnaire: CLI --questionnaire FILE and WASM agree', (t) => {
  const source = JSON.stringify(CUSTOM);
  const file = tempFile('custom.json', source);
  t.after(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));
  for (const answers of [[1, 1, 5, 1], [3, 3, 3, 1], [5, 4, 2, 5], [2, 5, 1, 4]]) {
    const run = cli(['score', '--questionnaire', file, ...answers.map(String), '--json']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepStrictEqual(api.score(source, answers, null), JSON.parse(run.stdout));
  }
  const bad = cli(['score', '--questionnaire', file, '6', '1', '1', '1', '--json']);
  assert.equal(api.score(source, [6, 1, 1, 1], null).error.message, cliErrorMessage(bad));
});

test('a questionnaire with one band has no margin', () => {
  const one = clone(CUSTOM);
  one.bands = [{ ...one.bands[0], min: 4, max: 20 }];
  const out = api.score(JSON.stringify(one), [1, 2, 3, 4], null);
  assert.equal(out.ok, true);
  assert.equal(out.band.id, 'tea');
  assert.equal(out.margin, null);
  assert.equal(out.borderline, false);
});
