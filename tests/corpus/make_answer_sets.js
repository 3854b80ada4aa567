#!/usr/bin/env node
// Writes tests/corpus/answer_sets.json: the answer sets the WASM-vs-CLI parity tests run.
// Deterministic (fixed seed), so re-running it gives the same file: node tests/corpus/make_answer_sets.js
//
// Each valid set carries the total and band worked out here (bands <50 management, 50-100 both,
// >100 mastery) with its margin and borderline flag, so the tests check the engine against an
// independent oracle as well as CLI against WASM. Sets built for a particular shape carry that
// shape as well.
//
// The built-in questionnaire reverses some statements (`reverse: true` in
// assessment/content/questionnaire.json: scored 10 - answer). Most sets are built from the scored
// VALUES they are meant to have (a total of 49, a split shape, drivers...), and carry the ANSWERS a
// person gives to get them: answer = reverse ? 10 - value : value. Sets about the answers
// themselves (straight lines, mostly middle: the quality notes look at the answers as given) are
// built from answers, and carry the values they score. Either way `values` and `total` follow the
// reverse flags read here, so re-run this after a change to them.
'use strict';
const fs = require('fs');
const path = require('path');
const { rng } = require('../seeded_random');

const QUESTIONNAIRE = path.join(__dirname, '..', '..', 'assessment', 'content', 'questionnaire.json');
const questionnaire = JSON.parse(fs.readFileSync(QUESTIONNAIRE, 'utf8'));
const REVERSE = questionnaire.items.map((item) => item.reverse === true);
const N = 15;
if (REVERSE.length !== N || questionnaire.scale.min !== 0 || questionnaire.scale.max !== 10) {
  throw new Error('the corpus is built for 15 statements on 0-10');
}
// Reversing is its own inverse: the same turn maps values to answers and answers to values.
const turn = (list) => list.map((x, i) => (REVERSE[i] ? 10 - x : x));
const band = (total) => (total < 50 ? 'management' : total <= 100 ? 'both' : 'mastery');
// Fewest points to another band; equal distances go to the lower band. Borderline: at most 150/30.
function margin(total) {
  if (total < 50) return { points: 50 - total, toward: 'both' };
  if (total > 100) return { points: total - 100, toward: 'both' };
  const down = total - 49;
  const up = 101 - total;
  return down <= up ? { points: down, toward: 'management' } : { points: up, toward: 'mastery' };
}
const sum = (a) => a.reduce((x, y) => x + y, 0);
const fill = (v) => Array(N).fill(v);

const random = rng(20261123);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

// Spreads `total` over 15 answers as evenly as possible, the remainder on the first statements.
function even(total) {
  const base = Math.floor(total / N);
  const extra = total - base * N;
  return Array.from({ length: N }, (_, i) => base + (i < extra ? 1 : 0));
}

// Adjusts a list of values toward a target total, one point at a time from the end, within 0..10.
function toTotal(answers, total) {
  const a = answers.slice();
  let diff = total - sum(a);
  for (let guard = 0; diff !== 0 && guard < 10000; guard++) {
    const i = N - 1 - (guard % N);
    if (diff > 0 && a[i] < 10) { a[i]++; diff--; }
    if (diff < 0 && a[i] > 0) { a[i]--; diff++; }
  }
  if (sum(a) !== total) throw new Error(`cannot reach ${total}`);
  return a;
}

const valid = [];
function addSet(name, answers, values, extra) {
  if (values.length !== N || values.some((x) => !Number.isInteger(x) || x < 0 || x > 10)) {
    throw new Error(`bad valid set ${name}`);
  }
  if (valid.some((v) => v.answers.join() === answers.join())) throw new Error(`duplicate set ${name}`);
  const total = sum(values);
  const m = margin(total);
  valid.push({ name, answers, values, total, band: band(total), margin: m, borderline: m.points <= 5, ...extra });
}
// A set built from the scored values it should have.
const add = (name, values, extra = {}) => addSet(name, turn(values), values, extra);
// A set built from the answers as given.
const addAnswers = (name, answers, extra = {}) => addSet(name, answers, turn(answers), extra);

// Band boundaries, each reached more than one way.
add('total 0 (the management end of every statement)', fill(0));
add('total 49 even', even(49));
add('total 49 lumpy', toTotal([0, 0, 0, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0], 49));
add('total 50 even', even(50));
add('total 50 lumpy', toTotal([10, 10, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 50));
add('total 100 even', even(100));
add('total 100 lumpy', [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 0, 0, 0, 0]);
add('total 101 even', even(101));
add('total 101 lumpy', [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 1, 0, 0, 0, 0]);
add('total 150 (the mastery end of every statement)', fill(10));

// Borderline totals on both sides of each edge, and the 75 tie (equal distance: lower band wins).
for (const t of [44, 45, 46, 48, 51, 54, 55, 56, 74, 75, 76, 94, 95, 96, 97, 99, 102, 105, 106]) {
  add(`borderline total ${t}`, toTotal([0, 10, 2, 8, 4, 6, 5, 5, 3, 7, 1, 9, 5, 5, 5], t));
}

// Shapes.
add('split: three strong each way, both band', [0, 1, 2, 8, 9, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5], { shape: 'split' });
add('split: exactly 3 at 2 and 3 at 8', [2, 2, 2, 8, 8, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5], { shape: 'split' });
add('split in mastery band', [0, 0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10], { shape: 'split' });
add('split in management band', [10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { shape: 'split' });
add('not split: only 2 strong toward management', [0, 1, 8, 9, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], { shape: 'centred' });
add('centred: 9 answers in 4..6', [4, 5, 6, 4, 5, 6, 4, 5, 6, 3, 7, 3, 7, 3, 7], { shape: 'centred' });
add('not centred: 8 answers in 4..6', [4, 5, 6, 4, 5, 6, 4, 5, 3, 3, 7, 3, 7, 3, 7], { shape: 'consistent' });
add('consistent toward management', [1, 2, 3, 3, 2, 1, 3, 3, 3, 2, 3, 3, 3, 2, 3], { shape: 'consistent' });
add('consistent toward mastery', [7, 8, 7, 7, 7, 9, 7, 7, 7, 8, 7, 7, 7, 7, 7], { shape: 'consistent' });

// Straight lines and near-straight lines (quality notes), as answered: the same answer everywhere
// scores differently on reversed statements.
for (const v of [0, 1, 3, 5, 7, 9, 10]) addAnswers(`straight line of ${v}`, fill(v), { quality: v === 5 ? ['straight_line', 'mostly_middle'] : ['straight_line'] });
addAnswers('mostly middle: 12 fives', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 10, 3], { quality: ['mostly_middle'] });
addAnswers('not mostly middle: 11 fives', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 0, 10, 3], { quality: [] });

// Drivers: ties in statement order, at most three per pole, and the 2-point threshold (3 and 7).
add('drivers: many ties toward management', [3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
add('drivers: threshold 4 and 6 are not drivers', [4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 5]);

// Random sets with a fixed seed: uniform, and leaning each way.
for (let i = 0; i < 12; i++) add(`random uniform #${i + 1}`, Array.from({ length: N }, () => int(0, 10)));
for (let i = 0; i < 4; i++) add(`random low #${i + 1}`, Array.from({ length: N }, () => int(0, 6)));
for (let i = 0; i < 4; i++) add(`random high #${i + 1}`, Array.from({ length: N }, () => int(4, 10)));

// Invalid sets. `answers` is what WASM gets. `argv` is what the CLI gets (null when a value cannot
// be written as one argument). `code` and `item` are the expected engine error.
const invalid = [];
const base = [3, 7, 5, 2, 8, 6, 4, 9, 1, 10, 0, 5, 6, 7, 3];
function put(i, value) {
  const a = base.slice();
  a[i - 1] = value;
  return a;
}
function bad(name, answers, code, item, argv) {
  invalid.push({ name, answers, argv: argv === undefined ? answers.map(String) : argv, code, item });
}
bad('14 answers', base.slice(0, 14), 'answer_count', 0);
bad('16 answers', [...base, 5], 'answer_count', 0);
bad('no answers', [], 'answer_count', 0);
bad('1 answer', [5], 'answer_count', 0);
bad('30 answers', [...base, ...base], 'answer_count', 0);
for (const i of [1, 8, 15]) bad(`null at statement ${i}`, put(i, null), 'missing_answer', i, put(i, null).map((x) => (x === null ? '' : String(x))));
for (const i of [3, 15]) bad(`empty string at statement ${i}`, put(i, ''), 'missing_answer', i);
bad('11 at statement 1', put(1, 11), 'out_of_range', 1);
bad('11 at statement 15', put(15, 11), 'out_of_range', 15);
bad('100 at statement 7', put(7, 100), 'out_of_range', 7);
bad('-1 at statement 2', put(2, -1), 'out_of_range', 2);
bad('-1 at statement 9', put(9, -1), 'out_of_range', 9);
bad('7.5 at statement 5', put(5, 7.5), 'not_an_integer', 5);
bad('0.5 at statement 15', put(15, 0.5), 'not_an_integer', 15);
bad('"abc" at statement 1', put(1, 'abc'), 'not_a_number', 1);
bad('"abc" at statement 12', put(12, 'abc'), 'not_a_number', 12);
bad('true at statement 3', put(3, true), 'not_a_number', 3, null);
bad('false at statement 10', put(10, false), 'not_a_number', 10, null);
bad('nested list at statement 7', put(7, [7]), 'not_a_number', 7, null);
bad('object at statement 4', put(4, { a: 1 }), 'not_a_number', 4, null);
bad('first of two problems wins (11 at 1, null at 3)', put(3, null).map((x, i) => (i === 0 ? 11 : x)), 'out_of_range', 1,
  put(3, null).map((x, i) => (i === 0 ? '11' : x === null ? '' : String(x))));
bad('first of two problems wins (abc at 2, 7.5 at 14)', put(14, 7.5).map((x, i) => (i === 1 ? 'abc' : x)), 'not_a_number', 2);

// Argument tokens: the same strings go to the CLI and (as JSON strings) to WASM; the two must agree,
// whether they accept the token or not.
const tokens = [];
for (const t of [' 5', '5 ', '+5', '05', '5.0', '-0', '10.0', 'NaN', 'Infinity', '0x5', '1e1', '1,5', '٥']) {
  const a = base.map(String);
  a[5] = t;
  tokens.push({ name: `token ${JSON.stringify(t)} at statement 6`, answers: a });
}

const out = {
  about: 'Generated by tests/corpus/make_answer_sets.js (fixed seed). Built-in questionnaire: 15 statements, 0-10. '
    + '"answers" are as given, "values" as scored (10 - answer on a reversed statement).',
  questionnaire: { id: questionnaire.id, version: questionnaire.version, reversed: REVERSE.flatMap((r, i) => (r ? [i + 1] : [])) },
  valid,
  invalid,
  tokens,
  seconds: [0, 12, 29.9, 30, 31, 600],
};
// One set per line keeps the file readable and its diffs small.
const lines = Object.entries(out).map(([key, value]) => {
  const body = Array.isArray(value) && value.length && typeof value[0] === 'object'
    ? `[\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`
    : JSON.stringify(value);
  return `  ${JSON.stringify(key)}: ${body}`;
});
fs.writeFileSync(path.join(__dirname, 'answer_sets.json'), `{\n${lines.join(',\n')}\n}\n`);
console.log(`${valid.length} valid, ${invalid.length} invalid, ${tokens.length} token sets`);
