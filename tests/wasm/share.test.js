// encodeShare / decodeShare: round trips, and every damaged, truncated or foreign code is refused.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadEngine, opener, corpus, builtinQuestionnaire, CUSTOM } = require('./support');

let engine;
let api;  // the handle's functions by source (support.js opener)
test.before(async () => {
  engine = await loadEngine();
  api = opener(engine);
});

const { valid, invalid } = corpus();
// Codes name the questionnaire's version: the built-in's latest, as in its content file.
const VERSION = builtinQuestionnaire().version;
const PREFIX = `c1.crossroads.${VERSION}.`;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SAMPLE = [3, 7, 5, 2, 8, 6, 4, 9, 1, 10, 0, 5, 6, 7, 3];

// The documented format (assessment/include/crossroads/share_link.hpp): "c1.<id>.<version>.<answers>.<checksum>",
// checksum = FNV-1a 32 of everything before it, six base64url characters, low bits first. Used
// only to forge codes whose checksum is right but whose content is wrong.
function withChecksum(body) {
  let h = 2166136261;
  for (const byte of Buffer.from(body, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 16777619) >>> 0;
  }
  let out = '';
  for (let i = 0; i < 6; i++) {
    out += ALPHABET[h & 63];
    h >>>= 6;
  }
  return `${body}.${out}`;
}

function encode(answers, source = '') {
  const out = api.encodeShare(source, answers);
  assert.equal(out.ok, true, JSON.stringify(out));
  return out.code;
}

function refused(code, expected, source = '') {
  const out = api.decodeShare(source, code);
  assert.equal(out.ok, false, `accepted ${JSON.stringify(code)}`);
  assert.equal(out.error.code, expected, `${JSON.stringify(code)}: ${out.error.message}`);
  assert.equal(typeof out.error.message, 'string');
  assert.equal(out.answers, undefined);
  return out.error;
}

test('round trip: every valid corpus set decodes to its own answers', () => {
  for (const set of valid) {
    const code = encode(set.answers);
    assert.equal(encodeURIComponent(code), code, 'safe in a link fragment as it is');
    assert.ok(code.length < 64, `compact: ${code}`);
    assert.deepStrictEqual(api.decodeShare('', code), { ok: true, answers: set.answers }, set.name);
  }
});

test('the same answers always give the same code; different answers differ', () => {
  assert.equal(encode(SAMPLE), encode(SAMPLE.slice()));
  const codes = new Set(valid.map((v) => encode(v.answers)));
  assert.equal(codes.size, valid.length);
});

test('round trip with a custom questionnaire', () => {
  const source = JSON.stringify(CUSTOM);
  const code = encode([1, 5, 3, 2], source);
  assert.deepStrictEqual(api.decodeShare(source, code), { ok: true, answers: [1, 5, 3, 2] });
});

test('encodeShare refuses answers that would not score', () => {
  for (const set of invalid) {
    const out = api.encodeShare('', set.answers);
    assert.equal(out.ok, false, set.name);
    assert.equal(out.error.code, set.code, set.name);
  }
});

test('truncated codes: every prefix is bad_link', () => {
  const code = encode(SAMPLE);
  for (let n = 0; n < code.length; n++) refused(code.slice(0, n), 'bad_link');
  // Cut from the front, too.
  for (let n = 1; n < code.length; n++) refused(code.slice(n), 'bad_link');
});

test('altered codes: any one character changed is bad_link', () => {
  const code = encode(SAMPLE);
  for (let i = 0; i < code.length; i++) {
    for (const c of ['A', 'z', '9', '-', '.', '%']) {
      if (code[i] === c) continue;
      refused(code.slice(0, i) + c + code.slice(i + 1), 'bad_link');
    }
  }
  // Swapping two answers keeps the characters but not the checksum.
  const parts = code.split('.');
  const swapped = parts[3][1] + parts[3][0] + parts[3].slice(2);
  refused([...parts.slice(0, 3), swapped, parts[4]].join('.'), 'bad_link');
  // Extra characters anywhere.
  refused(`${code}A`, 'bad_link');
  refused(`${code}.`, 'bad_link');
  refused(` ${code}`, 'bad_link');
  refused(`#r=${code}`, 'bad_link');
});

test('garbage is bad_link, never a crash', () => {
  for (const code of ['', '.', '....', 'c1', 'c1....', 'abc', 'r=abc', '%00', '\u00e9\u00e9', 'c1.crossroads.1..',
    'c2.crossroads.1.FFFFFFFFFFFFFFF.AAAAAA', 'x'.repeat(5000)]) {
    refused(code, 'bad_link');
  }
});

test('a checksummed code with bad content is still refused', () => {
  const answers = ALPHABET.slice(0, 15);  // answers 0..14: 11..14 are out of range
  const error = refused(withChecksum(`${PREFIX}${answers}`), 'bad_link');
  assert.equal(error.item, 12);
  refused(withChecksum(`${PREFIX}AAAAAAAAAAAAAA`), 'bad_link');  // 14 answers
  refused(withChecksum(`${PREFIX}AAAAAAAAAAAAAAAA`), 'bad_link');  // 16 answers
  refused(withChecksum(`${PREFIX}AAAAAAAAAAAAAA*`), 'bad_link');  // not in the alphabet
  // The forging helper is right: a forged code for good answers decodes.
  assert.deepStrictEqual(api.decodeShare('', withChecksum(`${PREFIX}AAAAAAAAAAAAAAK`)),
    { ok: true, answers: [...Array(14).fill(0), 10] });
});

test('foreign codes: another questionnaire or version is wrong_questionnaire', () => {
  const custom = JSON.stringify(CUSTOM);
  const customCode = encode([1, 5, 3, 2], custom);
  refused(customCode, 'wrong_questionnaire');
  refused(encode(SAMPLE), 'wrong_questionnaire', custom);
  // Same id, another version: an earlier one (old saved links) or a later one.
  const body = encode(SAMPLE).split('.')[3];
  for (const version of [VERSION - 1, VERSION + 1]) {
    const other = refused(withChecksum(`c1.crossroads.${version}.${body}`), 'wrong_questionnaire');
    assert.match(other.message, new RegExp(`version ${version}\\b`));
  }
  refused(withChecksum(`c1.other.${VERSION}.${body}`), 'wrong_questionnaire');
});

test('a version 1 link opens with earlierVersions()[0] and is refused by the latest', () => {
  const v1 = engine.earlierVersions()[0];
  assert.equal(JSON.parse(v1).version, 1);
  const oldCode = encode(SAMPLE, v1);
  assert.ok(oldCode.startsWith('c1.crossroads.1.'), oldCode);
  assert.deepStrictEqual(api.decodeShare(v1, oldCode), { ok: true, answers: SAMPLE });
  assert.match(refused(oldCode, 'wrong_questionnaire').message, /version 1\b/);
  // and the other way round
  const newCode = encode(SAMPLE);
  assert.ok(newCode.startsWith(PREFIX), newCode);
  assert.match(refused(newCode, 'wrong_questionnaire', v1).message, new RegExp(`version ${VERSION}\\b`));
  // the answers are the same characters, only the version differs
  assert.equal(oldCode.split('.')[3], newCode.split('.')[3]);
});
