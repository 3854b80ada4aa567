// Why this exists: the assessment is built on Mike Hawkins's article "Management vs Mastery", and
// that text is not ours. Every text a person reads here (questionnaire content, current, archived
// and in every language; the page's strings in every language; the CLI's strings; README; docs)
// may share no run of 8 or more words with the source articles, except inside a marked quotation
// (“…”) in a text (JSON string, JS line, Markdown paragraph) that also credits Hawkins. The source
// is checked through the hashed 8-word runs in source_fingerprints.json (made by
// tools/make_source_fingerprints.js); the articles themselves are never stored in this repository.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const fp = require('../../tools/make_source_fingerprints.js');

const ROOT = path.resolve(__dirname, '../..');
const SEEDS = path.resolve(ROOT, '../shared/seeds'); // only the relative location, as in CI
const committed = JSON.parse(fs.readFileSync(fp.OUTPUT, 'utf8'));
const FINGERPRINTS = new Set(committed.fingerprints);

// The 8-word runs of `text` found in the source. A credited text's “quotations” are left out, and
// runs never span the gap a quotation leaves.
function overlaps(text) {
  const parts = /Hawkins/.test(text) ? text.split(/“[^”]*”/) : [text];
  return parts.flatMap((part) => fp.shingles(part).filter((s) => FINGERPRINTS.has(s.hash)).map((s) => s.run));
}

function jsonFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

function jsonStrings(value, where, out) {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => jsonStrings(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) jsonStrings(v, `${where}.${key}`, out);
  }
  return out;
}

// Markdown wraps sentences across lines, so its unit is the paragraph (blank-line separated).
function paragraphs(source) {
  const out = [];
  let start = 0;
  let lines = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      if (lines.length) out.push({ where: `paragraph at line ${start + 1}`, text: lines.join('\n') });
      lines = [];
    } else {
      if (!lines.length) start = i;
      lines.push(line);
    }
  });
  if (lines.length) out.push({ where: `paragraph at line ${start + 1}`, text: lines.join('\n') });
  return out;
}

// Every text a person reads, as { file, where, text }.
function textsToScan() {
  const texts = [];
  const add = (file, units) => units.forEach((u) => texts.push({ file: path.relative(ROOT, file), ...u }));
  for (const file of jsonFiles(path.join(ROOT, 'assessment/content'))) {
    add(file, jsonStrings(JSON.parse(fs.readFileSync(file, 'utf8')), '$', []));
  }
  // The page's strings, every language.
  for (const file of jsonFiles(path.join(ROOT, 'web/strings'))) {
    add(file, jsonStrings(JSON.parse(fs.readFileSync(file, 'utf8')), '$', []));
  }
  // The command line's own sentences, every language.
  for (const file of jsonFiles(path.join(ROOT, 'cli/strings'))) {
    add(file, jsonStrings(JSON.parse(fs.readFileSync(file, 'utf8')), '$', []));
  }
  const docs = fs.readdirSync(path.join(ROOT, 'docs')).filter((n) => n.endsWith('.md'));
  for (const file of [path.join(ROOT, 'README.md'), ...docs.map((n) => path.join(ROOT, 'docs', n))]) {
    add(file, paragraphs(fs.readFileSync(file, 'utf8')));
  }
  return texts;
}

test('the detector finds source text, and excuses it only when quoted and credited', () => {
  assert.equal(committed.words, fp.WORDS);
  assert.equal(committed.hash, 'fnv1a32');
  const phrase = 'do yourself and your team a favor, limit the number of people you manage to a few';
  assert.ok(overlaps(phrase).includes('limit the number of people you manage to'));
  assert.deepEqual(overlaps(`As the article puts it, “${phrase}” (Mike Hawkins).`), []);
  assert.ok(overlaps(`As the article puts it, “${phrase}”.`).length > 0, 'a quotation without credit');
  assert.ok(overlaps(`Mike Hawkins: ${phrase}.`).length > 0, 'a credit without quotation marks');
});

test('the scan covers the questionnaire, the page and CLI strings, the README and the docs', () => {
  const files = new Set(textsToScan().map((t) => t.file));
  const every = (dir) => ['en', 'fr', 'de', 'es', 'pt-BR', 'ar'].map((code) => `${dir}/${code}.json`);
  for (const f of ['assessment/content/questionnaire.json', ...every('web/strings'), ...every('cli/strings'), 'README.md']) {
    assert.ok(files.has(f), `${f} is scanned`);
  }
  assert.ok([...files].some((f) => f.startsWith('docs/')), 'docs/*.md are scanned');
});

test('no text shares 8 or more words with the source articles, unless quoted and credited', () => {
  const found = textsToScan().flatMap((t) => overlaps(t.text).map((run) => `${t.file} ${t.where}: "${run}"`));
  if (found.length) {
    assert.fail(`${found.length} uncredited runs of ${fp.WORDS} words from the source articles ` +
      `(rewrite them, or quote them in “…” and credit Hawkins in the same text):\n  ${found.join('\n  ')}`);
  }
});

test('the committed fingerprints match the source articles', (t) => {
  if (!fs.existsSync(SEEDS)) {
    t.skip(`no source articles at ${path.relative(ROOT, SEEDS)}; the committed fingerprints are used as they are`);
    return;
  }
  assert.equal(fp.serialise(fp.buildFingerprints(SEEDS)), fs.readFileSync(fp.OUTPUT, 'utf8'),
    'run: node tools/make_source_fingerprints.js');
});
