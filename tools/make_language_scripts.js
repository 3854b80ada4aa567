// Writes one classic script per language for the page (called by build.sh's assemble_dist):
//   OUT/<code>.js       self.crossroadsLanguage({ meta, page, questionnaire })
//   OUT/<code>-team.js  self.crossroadsLanguage({ meta, team })
// meta and the words from web/strings/<code>.json; questionnaire from `crossroads questions --json
// --lang <code>` (the engine localizes it; the page merges nothing). Scripts, not JSON: a page
// opened from disk (file://) may run classic scripts but may not fetch. The pseudo-locale en-XA
// (tests only) is made the same way, its words from make_pseudo_locale.js.
// Every language's words are checked before anything is written: a key missing or extra in any of
// them fails the build, naming the language and the keys, so no language ships with a sentence
// in English (or none at all) where its own should be.
// Usage: node make_language_scripts.js CROSSROADS_CLI OUT_DIR WORK_DIR [STRINGS_DIR]
//   STRINGS_DIR: where <code>.json and languages.json are (web/strings; tests give another)
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const PSEUDO = 'en-XA';
const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
// A plural is an object of CLDR categories; its forms differ by language, so it is one key here.
const isPlural = (value) => isObject(value) && Object.keys(value).every((key) => PLURAL_CATEGORIES.has(key));

/** Every key path of the words, a plural counted as one key. */
function keysOf(words, prefix = '') {
  return Object.entries(words).flatMap(([key, value]) => (isObject(value) && !isPlural(value)
    ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

/**
 * The language's words and what is wrong with them against English: { words, problems }. A key it
 * lacks (a sentence added to English and not yet translated) is a problem, as is a key English
 * does not have: neither is filled in from English, so a translation cannot fall behind unseen.
 */
function wordsOf(code, file, english) {
  const words = readJson(file);
  const problems = [];
  if (!words.meta || words.meta.code !== code) problems.push(`meta.code is not ${code}`);
  for (const part of ['page', 'team']) {
    const theirs = new Set(keysOf(words[part] || {}));
    const ours = new Set(keysOf(english[part]));
    for (const key of ours) if (!theirs.has(key)) problems.push(`${part}.${key}: missing (not translated)`);
    for (const key of theirs) if (!ours.has(key)) problems.push(`${part}.${key}: extra`);
  }
  return { words, problems };
}

const script = (part) => `self.crossroadsLanguage(${JSON.stringify(part)});\n`;

function main([cli, out, work, strings = path.join(ROOT, 'web', 'strings')]) {
  if (!cli || !out || !work) throw new Error('usage: make_language_scripts.js CROSSROADS_CLI OUT_DIR WORK_DIR [STRINGS_DIR]');
  const languages = readJson(path.join(strings, 'languages.json'));
  const english = readJson(path.join(strings, 'en.json'));
  const pseudoFile = path.join(work, `strings-${PSEUDO}.json`);
  execFileSync(process.execPath, [path.join(__dirname, 'make_pseudo_locale.js'), 'strings',
    path.join(strings, 'en.json'), pseudoFile]);
  const all = [...languages.map(({ code }) => ({ code, file: path.join(strings, `${code}.json`) })),
    { code: PSEUDO, file: pseudoFile }];
  // Every language checked first, and every problem of each named, before a file is written.
  const checked = all.map(({ code, file }) => ({ code, file, ...wordsOf(code, file, english) }));
  const wrong = checked.filter(({ problems }) => problems.length);
  if (wrong.length) {
    throw new Error(wrong.map(({ code, file, problems }) =>
      `${code} (${path.relative(ROOT, file)}):\n  ${problems.join('\n  ')}`).join('\n'));
  }
  fs.mkdirSync(out, { recursive: true });
  for (const { code, words: { meta, page, team } } of checked) {
    const listed = languages.find((each) => each.code === code);
    if (listed && (listed.dir !== meta.dir || listed.name !== meta.name)) {
      throw new Error(`web/strings/languages.json: ${code} says ${listed.name} (${listed.dir}), ` +
        `its strings ${meta.name} (${meta.dir})`);
    }
    const questionnaire = JSON.parse(execFileSync(cli, ['questions', '--json', '--lang', code],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    fs.writeFileSync(path.join(out, `${code}.js`), script({ meta, page, questionnaire }));
    fs.writeFileSync(path.join(out, `${code}-team.js`), script({ meta, team }));
  }
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`make_language_scripts: ${error.message}\n`);
    process.exit(1);
  }
}
