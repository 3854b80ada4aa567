// A handle's lifetime: opening, scoring and deleting 10,000 times, or scoring 10,000 times on one
// handle, leaves the WASM heap where it was (engine.memoryInUse(): bytes allocated and not freed,
// and the memory's size). The same measure does catch a leak: skipping delete() shows one.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, corpus, CUSTOM } = require('./support');

const { valid } = corpus();
const CUSTOM_TEXT = JSON.stringify(CUSTOM);

// A fresh module per test, so no other test's allocations count.
async function measured(cycle, rounds = 10000) {
  const engine = await loadModule('engine');
  for (let i = 0; i < 200; i++) cycle(engine, i);  // warm up: caches, the heap's high mark
  const inUse = engine.memoryInUse();
  const size = engine.HEAP8.length;
  for (let i = 0; i < rounds; i++) cycle(engine, i);
  return { grew: engine.memoryInUse() - inUse, sizeGrew: engine.HEAP8.length - size };
}

function openScoreDelete(engine, i, keep) {
  const opened = engine.open(i % 2 ? '' : CUSTOM_TEXT);
  assert.equal(opened.ok, true);
  const answers = i % 2 ? valid[i % valid.length].answers : [1, 2, 3, 4];
  assert.equal(opened.handle.score(answers, i % 3 ? null : 40).ok, true);
  if (!keep) opened.handle.delete();
}

test('10,000 open / score / delete cycles do not grow the heap', async () => {
  const { grew, sizeGrew } = await measured((engine, i) => openScoreDelete(engine, i, false));
  assert.equal(grew, 0, `${grew} bytes still in use`);
  assert.equal(sizeGrew, 0, `memory grew by ${sizeGrew} bytes`);
});

test('the measure catches a leak: without delete() the heap grows', async () => {
  const { grew } = await measured((engine, i) => openScoreDelete(engine, i, true), 1000);
  assert.ok(grew > 1000 * 1000, `only ${grew} bytes for 1,000 undeleted handles`);
});

test('10,000 calls of every kind on one handle do not grow the heap', async () => {
  let handle;
  const { grew, sizeGrew } = await measured((engine, i) => {
    handle ??= engine.open('').handle;
    const answers = valid[i % valid.length].answers;
    assert.equal(handle.score(answers, i % 2 ? null : 95).ok, true);
    if (i % 10 === 0) {
      const { code } = handle.encodeShare(answers);
      assert.equal(handle.decodeShare(code).ok, true);
      assert.equal(handle.importResult(handle.exportResult(answers, 60, 'd').text).ok, true);
      assert.equal(handle.score([1, 'x', null], null).ok, false);
      assert.equal(handle.scoreRows([{ id: 'a', answers }, { id: 'b', answers: [1] }]).count, 2);
      assert.equal(handle.scoreCsv(`a,${answers.join(',')}\n`).count, 1);
      assert.equal(handle.resultCsv([{ id: 'a', answers }]).ok, true);
      const stream = handle.csvStream();
      // a is held until a second line settles the layout: b, which only finish() completes
      const fed = stream.feed(`a,${answers.join(',')}\nb,1,`).count;
      assert.equal(fed + stream.finish().count, 2);
      assert.equal(stream.insight(3).suppressed, true);
      stream.delete();
      assert.equal(handle.teamInsight(valid.slice(0, 6).map((v) => ({ id: v.name, answers: v.answers })), 5).n, 6);
    }
  });
  assert.equal(grew, 0, `${grew} bytes still in use`);
  assert.equal(sizeGrew, 0, `memory grew by ${sizeGrew} bytes`);
});

test('a stream outlives its handle, and a deleted handle says so instead of scoring', async () => {
  const engine = await loadModule('engine');
  const { handle } = engine.open('');
  const stream = handle.csvStream();
  handle.delete();
  assert.equal(stream.feed(`a,${valid[0].answers.join(',')}\n`).count, 0, 'one line cannot settle the layout');
  const out = stream.finish();
  assert.equal(out.count, 1);
  assert.equal(out.total[0], valid[0].total);
  stream.delete();
  assert.throws(() => handle.score(valid[0].answers, null), /deleted/);
});
