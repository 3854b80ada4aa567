// Every function docs/engine-api.md documents is there; earlierVersions gives the built-in's
// earlier versions; exportResult / importResult round trip, with each version's own files.
// (types.test.js holds the module against wasm/engine.d.ts.)
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {
  ROOT, loadEngine, opener, corpus, builtinQuestionnaire, answersFor, scoredValues, sum, CUSTOM,
} = require('./support');

let engine;
let api;  // the handle's functions by source (support.js opener)
test.before(async () => {
  engine = await loadEngine();
  api = opener(engine);
});

test('the module has every function docs/engine-api.md lists', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'engine-api.md'), 'utf8');
  const documented = (prefix) => [...doc.matchAll(new RegExp(`\`${prefix}\\.(\\w+)\\(`, 'g'))].map((m) => m[1]);
  const handle = api.open('');
  const stream = handle.csvStream();
  for (const [prefix, object, least] of [['engine', engine, 2], ['handle', handle, 9], ['stream', stream, 3]]) {
    const names = documented(prefix);
    assert.ok(names.length >= least, `found only ${names.join(', ')} for ${prefix} in the doc`);
    const missing = names.filter((name) => typeof object[name] !== 'function');
    assert.deepStrictEqual(missing, [], `documented but not in the module: ${prefix}.${missing.join(', ')}`);
  }
  stream.delete();
});

const textOf = (out) => {
  assert.equal(out.ok, true, JSON.stringify(out));
  return out.text;
};

// Answered so the scored values are 7 7 7 7 7 7 7 6 6 6 6 6 6 6 6: 97, both, borderline.
const ANSWERS = answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6]);
const LATEST = builtinQuestionnaire().version;
const DATE = '2026-11-23T08:00:00Z';

test('exportResult: the documented file, with the same result score() gives', () => {
  const file = JSON.parse(textOf(api.exportResult('', ANSWERS, 40, DATE)));
  assert.equal(file.format, 'crossroads-result');
  assert.equal(file.version, 1);
  assert.equal(file.date, DATE);
  assert.equal(file.seconds, 40);
  assert.deepStrictEqual(file.answers, ANSWERS);
  assert.deepStrictEqual(file.result, api.score('', ANSWERS, 40));
  assert.equal(JSON.parse(textOf(api.exportResult('', ANSWERS, null, ''))).seconds, null);
  // Not a complete valid set: the failure says why.
  const codeOf = (out) => (assert.equal(out.ok, false), out.error.code);
  assert.equal(codeOf(api.exportResult('', ANSWERS.slice(1), null, DATE)), 'answer_count');
  assert.equal(codeOf(api.exportResult('', [...ANSWERS.slice(1), null], null, DATE)), 'missing_answer');
  assert.equal(codeOf(api.exportResult('', [...ANSWERS.slice(1), 11], null, DATE)), 'out_of_range');
  assert.equal(codeOf(api.exportResult('', ANSWERS, -1, 42)), 'bad_file');
  assert.equal(codeOf(api.exportResult('', ANSWERS, 'soon', DATE)), 'not_a_number');
  assert.equal(engine.open('{bad').ok, false);
});

test('importResult: round trip of every valid corpus set', () => {
  for (const [i, set] of corpus().valid.entries()) {
    const seconds = i % 3 === 0 ? null : 10 + i;  // whole seconds: the file stores whole seconds
    const out = api.importResult('', textOf(api.exportResult('', set.answers, seconds, DATE)));
    assert.equal(out.ok, true, set.name);
    assert.equal(out.date, DATE);
    assert.equal(out.seconds, seconds);
    assert.deepStrictEqual(out.result, api.score('', set.answers, seconds), set.name);
  }
});

test('importResult: re-scores the answers, so an edited total or band changes nothing', () => {
  const file = JSON.parse(textOf(api.exportResult('', ANSWERS, 40, DATE)));
  file.result.total = 150;
  file.result.band = { ...file.result.band, id: 'mastery' };
  const out = api.importResult('', JSON.stringify(file));
  assert.equal(out.ok, true, JSON.stringify(out));
  assert.equal(out.result.total, 97);
  assert.equal(out.result.band.id, 'both');
  assert.deepStrictEqual(out.result, api.score('', ANSWERS, 40));
});

test('importResult: not a result file, another questionnaire, bad answers', () => {
  const codeOf = (text) => {
    const out = api.importResult('', text);
    assert.equal(out.ok, false, text.slice(0, 80));
    return out.error.code;
  };
  const file = JSON.parse(textOf(api.exportResult('', ANSWERS, 40, DATE)));
  assert.equal(codeOf('{bad'), 'bad_file');
  assert.equal(api.importResult('', 42).error.code, 'bad_file');  // not a text: refused, no throw
  assert.equal(codeOf(''), 'bad_file');
  assert.equal(codeOf('[]'), 'bad_file');
  assert.equal(codeOf(JSON.stringify({ ...file, format: 'something-else' })), 'bad_file');
  const { answers, ...noAnswers } = file;
  assert.equal(codeOf(JSON.stringify(noAnswers)), 'bad_file');
  assert.equal(codeOf(JSON.stringify({ ...file, result: { ...file.result,
    questionnaire: { id: CUSTOM.id, version: CUSTOM.version } } })), 'wrong_questionnaire');
  for (const version of [LATEST - 1, LATEST + 1]) {
    assert.equal(codeOf(JSON.stringify({ ...file, result: { ...file.result,
      questionnaire: { id: 'crossroads', version } } })), 'wrong_questionnaire', `version ${version}`);
  }
  assert.equal(codeOf(JSON.stringify({ ...file, answers: [...answers.slice(0, 14), 11] })), 'out_of_range');
  assert.equal(codeOf(JSON.stringify({ ...file, answers: answers.slice(0, 14) })), 'answer_count');
  assert.equal(codeOf(JSON.stringify({ ...file, answers: [null, ...answers.slice(1)] })), 'missing_answer');
  // A file from a custom questionnaire imports with that questionnaire.
  const custom = JSON.stringify(CUSTOM);
  const out = api.importResult(custom, textOf(api.exportResult(custom, [1, 5, 3, 2], null, '')));
  assert.equal(out.ok, true);
  assert.deepStrictEqual(out.result, api.score(custom, [1, 5, 3, 2], null));
  assert.equal(api.importResult('', textOf(api.exportResult(custom, [1, 5, 3, 2], null, ''))).error.code,
    'wrong_questionnaire');
});

test('earlierVersions(): the built-in\'s earlier versions as JSON texts, oldest first', () => {
  const texts = engine.earlierVersions();
  assert.ok(Array.isArray(texts));
  assert.equal(texts.length, LATEST - 1);
  texts.forEach((text, i) => {
    assert.equal(typeof text, 'string');
    const file = JSON.parse(text);
    assert.equal(file.id, 'crossroads');
    assert.equal(file.version, i + 1);
    const loaded = engine.open(text);
    assert.equal(loaded.ok, true, JSON.stringify(loaded.problems));
    assert.equal(loaded.questionnaire.version, i + 1);
    loaded.handle.delete();
  });
  // Version 1 is the archived content file, and reverses nothing.
  const archived = fs.readFileSync(path.join(ROOT, 'assessment', 'content', 'archive', 'questionnaire-v1.json'), 'utf8');
  assert.deepStrictEqual(JSON.parse(texts[0]), JSON.parse(archived));
  assert.ok(JSON.parse(texts[0]).items.every((item) => !item.reverse));
  // A fresh list each call: changing one does not change the next.
  texts.push('x');
  assert.equal(engine.earlierVersions().length, LATEST - 1);
});

test('earlierVersions()[0] scores version 1\'s way: plain sums', () => {
  const v1 = engine.earlierVersions()[0];
  for (const set of corpus().valid) {
    const old = api.score(v1, set.answers, null);
    assert.equal(old.ok, true, set.name);
    assert.deepStrictEqual(old.questionnaire, { id: 'crossroads', version: 1 });
    assert.equal(old.total, sum(set.answers), set.name);
    assert.deepStrictEqual(old.items.map((item) => item.value), set.answers, set.name);
    // the latest version reverses some statements
    assert.equal(api.score('', set.answers, null).total, sum(scoredValues(set.answers)), set.name);
  }
});

test('a version 1 result file imports with earlierVersions()[0] and is refused by the latest', () => {
  const v1 = engine.earlierVersions()[0];
  const answers = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];  // 0 on version 1, 70 on version 2
  const oldFile = textOf(api.exportResult(v1, answers, 40, DATE));
  assert.equal(JSON.parse(oldFile).result.total, 0);
  const byLatest = api.importResult('', oldFile);
  assert.equal(byLatest.ok, false);
  assert.equal(byLatest.error.code, 'wrong_questionnaire');
  const byV1 = api.importResult(v1, oldFile);
  assert.equal(byV1.ok, true, JSON.stringify(byV1));
  assert.equal(byV1.result.total, 0);
  assert.equal(byV1.result.band.id, 'management');
  assert.deepStrictEqual(byV1.result, api.score(v1, answers, 40));
  // and a file of the latest version is not read as version 1
  assert.equal(api.importResult(v1, textOf(api.exportResult('', answers, 40, DATE))).error.code,
    'wrong_questionnaire');
  assert.equal(api.score('', answers, null).total, sum(scoredValues(answers)));
});
