// Every function docs/engine-api.md documents is there; exportResult / importResult round trip.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { ROOT, loadEngine, corpus, CUSTOM } = require('./support');

let engine;
test.before(async () => {
  engine = await loadEngine();
});

test('the module has every function docs/engine-api.md lists', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'engine-api.md'), 'utf8');
  const documented = [...doc.matchAll(/`engine\.(\w+)\(/g)].map((m) => m[1]);
  assert.ok(documented.length >= 8, `found only ${documented.join(', ')} in the doc`);
  const missing = documented.filter((name) => typeof engine[name] !== 'function');
  assert.deepStrictEqual(missing, [], `documented but not exported by engine.js: ${missing.join(', ')}`);
});

const ANSWERS = [7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6];  // 97, both, borderline
const DATE = '2026-11-23T08:00:00Z';

test('exportResult: the documented file, with the same result score() gives', () => {
  const text = engine.exportResult('', ANSWERS, 40, DATE);
  const file = JSON.parse(text);
  assert.equal(file.format, 'crossroads-result');
  assert.equal(file.version, 1);
  assert.equal(file.date, DATE);
  assert.equal(file.seconds, 40);
  assert.deepStrictEqual(file.answers, ANSWERS);
  assert.deepStrictEqual(file.result, engine.score('', ANSWERS, 40));
  assert.equal(JSON.parse(engine.exportResult('', ANSWERS, -1, '')).seconds, null);
  // Not a complete valid set: "".
  assert.equal(engine.exportResult('', ANSWERS.slice(1), -1, DATE), '');
  assert.equal(engine.exportResult('', [...ANSWERS.slice(1), null], -1, DATE), '');
  assert.equal(engine.exportResult('', [...ANSWERS.slice(1), 11], -1, DATE), '');
  assert.equal(engine.exportResult('{bad', ANSWERS, -1, DATE), '');
});

test('importResult: round trip of every valid corpus set', () => {
  for (const [i, set] of corpus().valid.entries()) {
    const seconds = i % 3 === 0 ? -1 : 10 + i;  // whole seconds: the file stores whole seconds
    const out = engine.importResult('', engine.exportResult('', set.answers, seconds, DATE));
    assert.equal(out.ok, true, set.name);
    assert.equal(out.date, DATE);
    assert.equal(out.seconds, seconds);
    assert.deepStrictEqual(out.result, engine.score('', set.answers, seconds), set.name);
  }
});

test('importResult: re-scores the answers, so an edited total or band changes nothing', () => {
  const file = JSON.parse(engine.exportResult('', ANSWERS, 40, DATE));
  file.result.total = 150;
  file.result.band = { ...file.result.band, id: 'mastery' };
  const out = engine.importResult('', JSON.stringify(file));
  assert.equal(out.ok, true, JSON.stringify(out));
  assert.equal(out.result.total, 97);
  assert.equal(out.result.band.id, 'both');
  assert.deepStrictEqual(out.result, engine.score('', ANSWERS, 40));
});

test('importResult: not a result file, another questionnaire, bad answers', () => {
  const codeOf = (text) => {
    const out = engine.importResult('', text);
    assert.equal(out.ok, false, text.slice(0, 80));
    return out.error.code;
  };
  const file = JSON.parse(engine.exportResult('', ANSWERS, 40, DATE));
  assert.equal(codeOf('{bad'), 'bad_file');
  assert.equal(codeOf(''), 'bad_file');
  assert.equal(codeOf('[]'), 'bad_file');
  assert.equal(codeOf(JSON.stringify({ ...file, format: 'something-else' })), 'bad_file');
  const { answers, ...noAnswers } = file;
  assert.equal(codeOf(JSON.stringify(noAnswers)), 'bad_file');
  assert.equal(codeOf(JSON.stringify({ ...file, result: { ...file.result,
    questionnaire: { id: CUSTOM.id, version: CUSTOM.version } } })), 'wrong_questionnaire');
  assert.equal(codeOf(JSON.stringify({ ...file, result: { ...file.result,
    questionnaire: { id: 'crossroads', version: 2 } } })), 'wrong_questionnaire');
  assert.equal(codeOf(JSON.stringify({ ...file, answers: [...answers.slice(0, 14), 11] })), 'out_of_range');
  assert.equal(codeOf(JSON.stringify({ ...file, answers: answers.slice(0, 14) })), 'answer_count');
  assert.equal(codeOf(JSON.stringify({ ...file, answers: [null, ...answers.slice(1)] })), 'missing_answer');
  // A file from a custom questionnaire imports with that questionnaire.
  const custom = JSON.stringify(CUSTOM);
  const out = engine.importResult(custom, engine.exportResult(custom, [1, 5, 3, 2], -1, ''));
  assert.equal(out.ok, true);
  assert.deepStrictEqual(out.result, engine.score(custom, [1, 5, 3, 2], -1));
  assert.equal(engine.importResult('', engine.exportResult(custom, [1, 5, 3, 2], -1, '')).error.code,
    'wrong_questionnaire');
});
