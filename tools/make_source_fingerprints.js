#!/usr/bin/env node
// Why this exists: the assessment is built on Mike Hawkins's article "Management vs Mastery",
// which is someone else's text. Our own texts must not copy it: no run of eight or more words may
// be shared with the source unless it is a marked quotation (“…”) credited to Hawkins. The source
// articles must not be stored in this repository, so this tool keeps only a one-way fingerprint
// of every eight-word run (FNV-1a 32-bit hashes, never the words), which
// tests/content/source_overlap.test.js checks our texts against.
//
//   node tools/make_source_fingerprints.js [SEEDS_DIR]   (default: ../shared/seeds from the repo)
//
// Writes tests/content/source_fingerprints.json. The test uses the same normalisation and hash.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_SEEDS = path.resolve(ROOT, '../shared/seeds');
const OUTPUT = path.join(ROOT, 'tests/content/source_fingerprints.json');
const WORDS = 8;

// Lowercase, curly apostrophes become ', and a word is a run of letters/digits with apostrophes
// only inside it; dashes and all other punctuation are word breaks.
function words(text) {
  const unified = text.toLowerCase().replace(/[’‘]/g, "'");
  return unified.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) || [];
}

// FNV-1a, 32-bit, over the UTF-8 bytes; 8 lowercase hex digits.
function fnv1a32(text) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

// Every run of WORDS consecutive words, as { run, hash }.
function shingles(text) {
  const list = words(text);
  const out = [];
  for (let i = 0; i + WORDS <= list.length; i++) {
    const run = list.slice(i, i + WORDS).join(' ');
    out.push({ run, hash: fnv1a32(run) });
  }
  return out;
}

function buildFingerprints(seedsDir) {
  const hashes = new Set();
  const files = fs.readdirSync(seedsDir).sort();
  for (const name of files) {
    const file = path.join(seedsDir, name);
    if (!fs.statSync(file).isFile()) continue;
    for (const { hash } of shingles(fs.readFileSync(file, 'utf8'))) hashes.add(hash);
  }
  return {
    about:
      'Made by tools/make_source_fingerprints.js from the source articles (not stored here): ' +
      'text lowercased, ’ and ‘ read as \', dashes and other punctuation as word breaks; ' +
      'FNV-1a 32-bit hash (hex) of every run of 8 words joined by single spaces; sorted, unique.',
    words: WORDS,
    hash: 'fnv1a32',
    fingerprints: [...hashes].sort(),
  };
}

function serialise(data) {
  return JSON.stringify(data, null, 1) + '\n';
}

module.exports = { WORDS, DEFAULT_SEEDS, OUTPUT, words, fnv1a32, shingles, buildFingerprints, serialise };

if (require.main === module) {
  const seedsDir = path.resolve(process.argv[2] || DEFAULT_SEEDS);
  if (!fs.existsSync(seedsDir)) {
    console.error(`make_source_fingerprints: no seeds folder at ${seedsDir}`);
    process.exit(2);
  }
  const data = buildFingerprints(seedsDir);
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, serialise(data));
  console.log(`${path.relative(ROOT, OUTPUT)}: ${data.fingerprints.length} fingerprints`);
}
