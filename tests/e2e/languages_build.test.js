// The build of the language scripts (tools/make_language_scripts.js, run by assemble_dist): a
// translation that lacks a sentence English has fails the build, naming the language and every
// key it lacks, and nothing is written, so no language ships with English (or nothing) where its
// own words should be. The strings are a copy in a temporary folder, one key taken out of French
// and one out of Arabic. No browser: what a visitor would meet is decided here, at build time.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const h = require('./harness');

const TOOL = path.join(h.ROOT, 'tools', 'make_language_scripts.js');
const STRINGS = path.join(h.ROOT, 'web', 'strings');

function build(strings, out, work) {
  // A command line that fails if it is ever run: the words are checked before the questionnaire is asked for.
  return spawnSync(process.execPath, [TOOL, '/bin/false', out, work, strings], { encoding: 'utf8' });
}

test('a translation that lacks a key fails the build, naming the language and the keys, and writes nothing', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-lang-build-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const strings = path.join(dir, 'strings');
  fs.cpSync(STRINGS, strings, { recursive: true });
  const drop = (code, part, key) => {
    const file = path.join(strings, `${code}.json`);
    const words = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.ok(key in words[part], `${code}.json has ${part}.${key} to take out`);
    delete words[part][key];
    fs.writeFileSync(file, JSON.stringify(words));
  };
  drop('fr', 'page', 'languageChanged');
  drop('ar', 'team', 'stop');

  const out = path.join(dir, 'lang');
  const run = build(strings, out, dir);
  assert.notEqual(run.status, 0, 'the build stops');
  assert.match(run.stderr, /^make_language_scripts: fr \(/m, 'names French');
  assert.match(run.stderr, /page\.languageChanged: missing/, 'names the French key');
  assert.match(run.stderr, /^ar \(/m, 'names Arabic too, in the same run');
  assert.match(run.stderr, /team\.stop: missing/, 'names the Arabic key');
  assert.doesNotMatch(run.stderr, /English used/, 'nothing falls back to English');
  assert.equal(fs.existsSync(out), false, 'no language script is written');
});

test('complete translations pass the check (then the questionnaire is asked of the command line)', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-lang-build-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = build(STRINGS, path.join(dir, 'lang'), dir);
  // /bin/false as the command line: past the words, the first `questions --json` call is what fails.
  assert.notEqual(run.status, 0);
  assert.doesNotMatch(run.stderr, /missing|extra/, `the shipped words are complete:\n${run.stderr}`);
  assert.match(run.stderr, /bin\/false/, 'it got as far as asking for the questionnaire');
});
