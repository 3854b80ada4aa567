// tools/make_pseudo_locale.js texts: a questionnaire's own texts in a translation's shape, to
// translate from, labelled with the language they are in (the questionnaire's `lang`, "en" when
// it names none), never "en" for texts that are not English.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const TOOL = path.join(ROOT, 'tools', 'make_pseudo_locale.js');
const EXAMPLE = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'examples', 'two-languages.json'), 'utf8'));

// The texts mode's output for a questionnaire.
function textsOf(questionnaire) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-texts-'));
  const input = path.join(dir, 'q.json');
  const output = path.join(dir, 'texts.json');
  fs.writeFileSync(input, JSON.stringify(questionnaire));
  execFileSync(process.execPath, [TOOL, 'texts', input, output]);
  const out = JSON.parse(fs.readFileSync(output, 'utf8'));
  fs.rmSync(dir, { recursive: true });
  return out;
}

test('texts: lang is the questionnaire\'s own', () => {
  const { translations, ...french } = { ...EXAMPLE, lang: 'fr' };
  const out = textsOf(french);
  assert.equal(out.lang, 'fr');
  assert.equal(out.texts.title, 'Example');
  assert.equal(translations.fr.title, 'Exemple');  // the file had one; the tool writes its own texts
});

test('texts: "en" when the questionnaire names no language', () => {
  const { lang, translations, ...unnamed } = EXAMPLE;
  assert.equal(lang, 'en');
  assert.ok(translations);
  assert.equal(textsOf(unnamed).lang, 'en');
});
