// A questionnaire in several languages through the module: open() gives it in its own language
// with lang and languages, handle.questionnaireIn(lang) in another of them (the engine's
// in_language: the same ids, scale, reversals and bands, other texts), exactly as
// `crossroads questions --json --lang` writes it. The built-in questionnaire has only English here.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { ROOT, loadEngine, loadModule, cli } = require('./support');

const TWO_FILE = path.join(ROOT, 'docs', 'examples', 'two-languages.json');
const TWO = fs.readFileSync(TWO_FILE, 'utf8');

let engine;
test.before(async () => {
  engine = await loadEngine();
});

// The rules of a questionnaire object: everything but its texts.
const rules = (q) => ({
  id: q.id, version: q.version, scale: q.scale, poles: [q.poles.low.id, q.poles.high.id],
  themes: q.themes.map((t) => t.id), items: q.items.map((i) => [i.id, i.theme, i.reverse]),
  bands: q.bands.map((b) => [b.id, b.min, b.max]),
});

test('open(): the questionnaire in its own language, with every language it has', () => {
  const opened = engine.open(TWO);
  assert.equal(opened.ok, true, JSON.stringify(opened.problems));
  assert.equal(opened.questionnaire.lang, 'en');
  assert.deepStrictEqual(opened.questionnaire.languages, ['en', 'fr']);
  assert.equal(opened.questionnaire.title, 'Example');
  opened.handle.delete();
});

test('questionnaireIn(lang): every text in that language, the same rules', () => {
  const { handle, questionnaire: en } = engine.open(TWO);
  const fr = handle.questionnaireIn('fr');
  assert.notEqual(fr, null);
  assert.equal(fr.lang, 'fr');
  assert.deepStrictEqual(fr.languages, ['fr', 'en']);
  assert.equal(fr.title, 'Exemple');
  assert.equal(fr.items[1].low, 'L’accompagnement');
  assert.deepStrictEqual(fr.bands[0].advice, ['Essayez de mener une petite équipe.', 'Demandez des retours.']);
  assert.deepStrictEqual(rules(fr), rules(en));
  assert.equal(fr.items[1].reverse, true);
  // Its own language gives what open() gave.
  assert.deepStrictEqual(handle.questionnaireIn('en'), en);
  handle.delete();
});

test('questionnaireIn: null for a language it does not have, or a lang that is not a string', () => {
  const { handle } = engine.open(TWO);
  for (const lang of ['de', 'fr-FR', 'FR', '', undefined, null, 3, {}, ['fr']]) {
    assert.equal(handle.questionnaireIn(lang), null, JSON.stringify(lang));
  }
  handle.delete();
});

test('questionnaireIn gives what `crossroads questions --json --lang` writes', () => {
  const { handle } = engine.open(TWO);
  for (const lang of ['en', 'fr']) {
    const run = cli(['questions', '--json', '--lang', lang, '--questionnaire', TWO_FILE]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepStrictEqual(handle.questionnaireIn(lang), JSON.parse(run.stdout), lang);
  }
  handle.delete();
});

test('the built-in questionnaire has only English in the module (the page gets the rest from the build)', () => {
  const { handle, questionnaire } = engine.open('');
  assert.equal(questionnaire.lang, 'en');
  assert.deepStrictEqual(questionnaire.languages, ['en']);
  assert.equal(handle.questionnaireIn('fr'), null);
  assert.deepStrictEqual(handle.questionnaireIn('en'), questionnaire);
  handle.delete();
});

test('a file whose translation lacks a text does not open: each problem with its path', () => {
  const q = JSON.parse(TWO);
  delete q.translations.fr.items.b.low;
  q.translations.fr.items.extra = q.translations.fr.items.a;
  const opened = engine.open(JSON.stringify(q));
  assert.equal(opened.ok, false);
  assert.deepStrictEqual(opened.problems, [
    { path: 'translations.fr.items.extra', message: 'extra' },
    { path: 'translations.fr.items.b.low', message: 'missing' },
  ]);
});

test('10,000 calls of questionnaireIn leave the heap where it was', async () => {
  const module = await loadModule('engine');
  const { handle } = module.open(TWO);
  const cycle = (i) => assert.equal(handle.questionnaireIn(i % 3 ? 'fr' : 'de') === null, i % 3 === 0);
  for (let i = 0; i < 200; i++) cycle(i);
  const before = module.memoryInUse();
  for (let i = 0; i < 10000; i++) cycle(i);
  assert.equal(module.memoryInUse() - before, 0);
  handle.delete();
});
