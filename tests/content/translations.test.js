// Why this exists: a translation that lost a key, a placeholder or a plural form shows a broken or
// English sentence to someone who chose another language, and nothing else would notice. For every
// language the page offers, this checks its interface strings (web/strings/<code>.json) against the
// English ones, the command line's sentences (cli/strings/<code>.json, numbered placeholders {0})
// against English's, and its questionnaire texts (assessment/content/lang/<code>.json) against the
// questionnaire's English texts: every key present and none extra, the same placeholders, complete
// plural forms for the language, and no text left in English unless the language's glossary
// (docs/translations/<code>.md, "Kept as in English") says it is on purpose.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { questionnaireTexts } = require('../../tools/make_pseudo_locale.js');

const ROOT = path.resolve(__dirname, '../..');
const read = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const LANGUAGES = read('web/strings/languages.json');
const OFFERED = ['en', 'fr', 'de', 'es', 'pt-BR', 'ar'];  // the six
const TRANSLATED = LANGUAGES.map((l) => l.code).filter((code) => code !== 'en');
const PLACEHOLDER = /\{\w+\}/g;
const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
// A plural form for exactly one or two may say the number in words, so it may leave out {count}.
const MAY_SAY_IN_WORDS = new Set(['zero', 'one', 'two']);
// Too short to be a sentence someone forgot to translate ("Id", "–", "{n}").
const kShortestLeftover = 4;

const placeholders = (text) => [...new Set(text.match(PLACEHOLDER) || [])].sort();
const isPlural = (value) => value && typeof value === 'object' && !Array.isArray(value)
  && 'other' in value && Object.keys(value).every((k) => CATEGORIES.has(k));

// Every problem between an English value and its translation, as "path: what".
function compare(en, tr, where, { pluralCategories, kept }) {
  if (typeof en === 'string') {
    if (typeof tr !== 'string') return [`${where}: should be a text`];
    const out = [];
    if (en.trim() && !tr.trim()) out.push(`${where}: empty`);
    if (placeholders(en).join() !== placeholders(tr).join()) {
      out.push(`${where}: placeholders ${placeholders(tr).join(' ') || 'none'}, English has ${placeholders(en).join(' ') || 'none'}`);
    }
    if (en === tr && en.replace(PLACEHOLDER, '').trim().length >= kShortestLeftover && !kept.has(where)) {
      out.push(`${where}: still the English text (list it under "Kept as in English" if on purpose)`);
    }
    return out;
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(tr) || tr.length !== en.length) return [`${where}: should be a list of ${en.length}`];
    return en.flatMap((value, i) => compare(value, tr[i], `${where}[${i}]`, { pluralCategories, kept }));
  }
  if (pluralCategories && isPlural(en)) {
    if (!isPlural(tr)) return [`${where}: should be plural forms`];
    const want = [...pluralCategories].sort().join(' ');
    const out = Object.keys(tr).sort().join(' ') === want ? [] : [`${where}: plural forms ${Object.keys(tr).sort().join(' ')}, the language needs ${want}`];
    const english = placeholders(en.other).join();
    for (const [category, text] of Object.entries(tr)) {
      const own = placeholders(text);
      const fits = MAY_SAY_IN_WORDS.has(category) ? own.every((p) => english.includes(p)) : own.join() === english;
      if (!fits) out.push(`${where}.${category}: placeholders ${own.join(' ') || 'none'}, English has ${english}`);
    }
    return out;
  }
  if (!tr || typeof tr !== 'object' || Array.isArray(tr)) return [`${where}: should be an object`];
  return [
    ...Object.keys(en).filter((k) => !(k in tr)).map((k) => `${where}.${k}: missing`),
    ...Object.keys(tr).filter((k) => !(k in en)).map((k) => `${where}.${k}: extra`),
    ...Object.keys(en).filter((k) => k in tr).flatMap((k) => compare(en[k], tr[k], `${where}.${k}`, { pluralCategories, kept })),
  ];
}

// The keys a language's glossary lists under "Kept as in English", one `key` per line.
function keptAsInEnglish(code) {
  const file = path.join(ROOT, 'docs/translations', `${code}.md`);
  assert.ok(fs.existsSync(file), `docs/translations/${code}.md: each language keeps a glossary`);
  const section = fs.readFileSync(file, 'utf8').split(/^## Kept as in English\s*$/m)[1];
  assert.ok(section !== undefined, `docs/translations/${code}.md has a "## Kept as in English" section`);
  return new Set([...section.split(/^## /m)[0].matchAll(/^\s*[-*]?\s*`([^`]+)`/gm)].map((m) => m[1]));
}

const english = read('web/strings/en.json');
const englishCli = read('cli/strings/en.json');
const englishTexts = questionnaireTexts(read('assessment/content/questionnaire.json'));

test('the page offers the six languages, each with its own name and direction', () => {
  assert.deepEqual(LANGUAGES.map((l) => l.code), OFFERED);
  for (const { code, name, dir } of LANGUAGES) {
    const strings = read(`web/strings/${code}.json`);
    assert.deepEqual({ code: strings.meta.code, name: strings.meta.name, dir: strings.meta.dir }, { code, name, dir });
    assert.equal(dir, code === 'ar' ? 'rtl' : 'ltr', `${code}: direction`);
    assert.doesNotThrow(() => new Intl.PluralRules(strings.meta.locale), `${code}: a locale Intl knows`);
  }
});

test('the command line has sentences in the six languages, each built in (CMakeLists.txt)', () => {
  const files = fs.readdirSync(path.join(ROOT, 'cli/strings')).filter((n) => n.endsWith('.json'));
  assert.deepEqual(files.map((n) => n.replace(/\.json$/, '')).sort(), [...OFFERED].sort());
  const listed = fs.readFileSync(path.join(ROOT, 'CMakeLists.txt'), 'utf8').match(/^set\(CLI_LANGUAGES ([^)]*)\)/m);
  assert.ok(listed, 'CMakeLists.txt sets CLI_LANGUAGES');
  assert.deepEqual(listed[1].trim().split(/\s+/), OFFERED);
});

test('the checks find what they look for', () => {
  const kept = new Set(['$.kept']);
  const problems = compare(
    { a: 'Hello {name}', b: { one: '{count} person', other: '{count} people' }, c: ['x'], kept: 'Crossroads', d: 'Same words' },
    { a: 'Bonjour', b: { one: 'une personne', other: '{count} personnes' }, c: [], kept: 'Crossroads', d: 'Same words', e: 'extra' },
    '$', { pluralCategories: ['one', 'many', 'other'], kept });
  assert.deepEqual(problems, ['$.e: extra', '$.a: placeholders none, English has {name}',
    '$.b: plural forms one other, the language needs many one other', '$.c: should be a list of 1',
    '$.d: still the English text (list it under "Kept as in English" if on purpose)']);
});

for (const code of TRANSLATED) {
  test(`${code}: every interface string, with the same placeholders and the language's plural forms`, () => {
    const strings = read(`web/strings/${code}.json`);
    const pluralCategories = new Intl.PluralRules(strings.meta.locale).resolvedOptions().pluralCategories;
    const kept = new Set([...keptAsInEnglish(code)].map((key) => `$.${key}`));
    const problems = compare({ page: english.page, team: english.team }, { page: strings.page, team: strings.team }, '$',
      { pluralCategories, kept });
    assert.deepEqual(problems, [], `web/strings/${code}.json:\n  ${problems.join('\n  ')}`);
  });

  test(`${code}: every sentence of the command line, with the same numbered placeholders and plural forms`, () => {
    const cli = read(`cli/strings/${code}.json`);
    assert.equal(cli.meta.code, code);
    const locale = read(`web/strings/${code}.json`).meta.locale;
    const pluralCategories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const kept = new Set([...keptAsInEnglish(code)].map((key) => `$.${key}`));
    const problems = compare({ cli: englishCli.cli }, { cli: cli.cli }, '$', { pluralCategories, kept });
    assert.deepEqual(problems, [], `cli/strings/${code}.json:\n  ${problems.join('\n  ')}`);
  });

  test(`${code}: every questionnaire text, keyed by the questionnaire's ids`, () => {
    const file = read(`assessment/content/lang/${code}.json`);
    assert.equal(file.lang, code);
    const kept = new Set([...keptAsInEnglish(code)].filter((k) => k.startsWith('content.texts'))
      .map((key) => key.replace(/^content\.texts/, '$')));
    const problems = compare(englishTexts, file.texts, '$', { pluralCategories: null, kept });
    assert.deepEqual(problems, [], `assessment/content/lang/${code}.json:\n  ${problems.join('\n  ')}`);
  });
}

test('the engine accepts every built-in translation (crossroads validate)', (t) => {
  const cli = path.join(ROOT, 'build/native/crossroads');
  if (!fs.existsSync(cli)) {
    t.skip('build/native/crossroads is not built; ./build.sh test builds it before this runs');
    return;
  }
  // Its own sentences in English whatever the machine's language, to match "fr: ok".
  const out = execFileSync(cli, ['validate'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  for (const code of TRANSLATED) assert.match(out, new RegExp(`^${code}: ok$`, 'm'), `${code} in:\n${out}`);
});
