// The WASM module and the native CLI are the same engine: for every answer set in the corpus they
// must give the same result object, or the same error sentence. Valid sets are also checked against
// the corpus's own arithmetic (total, band, margin, borderline, and shape where a set was built for one).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadEngine, opener, cli, cliErrorMessage, corpus, builtinQuestionnaire, scoredValues } = require('./support');

const { questionnaire: builtFor, valid, invalid, tokens, seconds } = corpus();
let engine;
let api;  // the handle's functions by source (support.js opener)
test.before(async () => {
  engine = await loadEngine();
  api = opener(engine);
});

test('the corpus covers what the parity tests promise', () => {
  // built for the built-in questionnaire as it is now: the same version and reversed statements
  const file = builtinQuestionnaire();
  assert.equal(builtFor.version, file.version, 'run node tests/corpus/make_answer_sets.js');
  assert.deepStrictEqual(builtFor.reversed,
    file.items.flatMap((item, i) => (item.reverse ? [i + 1] : [])), 'run node tests/corpus/make_answer_sets.js');
  for (const set of valid) assert.deepStrictEqual(set.values, scoredValues(set.answers), set.name);
  const totals = new Set(valid.map((v) => v.total));
  for (const t of [0, 49, 50, 100, 101, 150]) assert.ok(totals.has(t), `no set with total ${t}`);
  for (const shape of ['split', 'centred', 'consistent']) {
    assert.ok(valid.some((v) => v.shape === shape), `no set built for shape ${shape}`);
  }
  assert.ok(valid.length >= 55, `only ${valid.length} valid sets`);
  assert.ok(invalid.length >= 20, `only ${invalid.length} invalid sets`);
  for (const code of ['answer_count', 'missing_answer', 'not_a_number', 'not_an_integer', 'out_of_range']) {
    assert.ok(invalid.some((v) => v.code === code), `no invalid set for ${code}`);
  }
});

test('valid answer sets: CLI --json deep-equals WASM score()', async (t) => {
  for (const set of valid) {
    await t.test(set.name, () => {
      const run = cli(['score', ...set.answers.map(String), '--json']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
      const fromCli = JSON.parse(run.stdout);
      const fromWasm = api.score('', set.answers, null);
      assert.deepStrictEqual(fromWasm, fromCli);

      assert.equal(fromWasm.ok, true);
      assert.equal(fromWasm.total, set.total);
      assert.equal(fromWasm.band.id, set.band);
      assert.deepStrictEqual(fromWasm.margin, set.margin);
      assert.equal(fromWasm.borderline, set.borderline);
      if (set.shape) assert.equal(fromWasm.shape, set.shape);
      assert.deepStrictEqual(fromWasm.items.map((i) => i.answer), set.answers);
      assert.deepStrictEqual(fromWasm.items.map((i) => i.value), set.values, 'scored values');
      if (set.quality) assert.deepStrictEqual(fromWasm.quality, set.quality);
      assert.equal(fromWasm.themes.reduce((s, th) => s + th.score, 0), set.total, 'theme subtotals add up');
      assert.ok(!fromWasm.quality.includes('fast'), 'no time given, so never "fast"');
    });
  }
});

test('invalid answer sets: CLI exits 2 with one line; WASM gives ok:false and the same message', async (t) => {
  for (const set of invalid) {
    await t.test(set.name, () => {
      const fromWasm = api.score('', set.answers, null);
      assert.equal(fromWasm.ok, false, JSON.stringify(fromWasm).slice(0, 200));
      assert.equal(fromWasm.error.code, set.code);
      assert.equal(fromWasm.error.item, set.item);
      assert.equal(typeof fromWasm.error.message, 'string');
      assert.ok(fromWasm.error.message.length > 0);
      if (set.argv === null) return;  // true / false / a list / an object: no argv spelling
      const message = cliErrorMessage(cli(['score', ...set.argv, '--json']));
      assert.equal(fromWasm.error.message, message);
      if (set.item > 0) assert.match(message, new RegExp(`^Statement ${set.item}\\b`));
    });
  }
});

test('argument tokens: CLI and WASM accept or refuse the same strings', async (t) => {
  for (const set of tokens) {
    await t.test(set.name, () => {
      const run = cli(['score', ...set.answers, '--json']);
      const fromWasm = api.score('', set.answers, null);
      if (run.status === 0) {
        assert.deepStrictEqual(fromWasm, JSON.parse(run.stdout));
      } else {
        assert.equal(fromWasm.ok, false, `CLI refused (${run.stderr.trim()}) but WASM scored it`);
        assert.equal(fromWasm.error.message, cliErrorMessage(run));
      }
    });
  }
});

test('--seconds N and score(..., N) give the same result and quality notes', async (t) => {
  const sets = [valid[0], valid.find((v) => v.total === 97), valid.find((v) => /mostly middle: 12/.test(v.name)),
    valid.find((v) => /random uniform #1$/.test(v.name))];
  for (const set of sets) {
    for (const s of seconds) {
      await t.test(`${set.name}, ${s} s`, () => {
        const run = cli(['score', ...set.answers.map(String), '--json', '--seconds', String(s)]);
        assert.equal(run.status, 0, run.stderr);
        const fromCli = JSON.parse(run.stdout);
        const fromWasm = api.score('', set.answers, s);
        assert.deepStrictEqual(fromWasm.quality, fromCli.quality);
        assert.deepStrictEqual(fromWasm, fromCli);
        // Under 2 seconds per statement (30 s for 15) is "fast".
        assert.equal(fromWasm.quality.includes('fast'), s < 30, `fast note at ${s} s`);
      });
    }
  }
});

test('--seconds 12 on the brief\'s example: same notes both ways', () => {
  const answers = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
  const fromCli = JSON.parse(cli(['score', ...answers.map(String), '--seconds', '12', '--json']).stdout);
  const fromWasm = api.score('', answers, 12);
  assert.deepStrictEqual(fromWasm.quality, ['straight_line', 'mostly_middle', 'fast']);
  assert.deepStrictEqual(fromWasm.quality, fromCli.quality);
});
