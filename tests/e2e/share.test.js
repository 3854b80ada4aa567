// Share links: #r=<code> shows the shared result read-only; a damaged or foreign code shows an error.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const { loadEngine } = require('./oracle');
const { CUSTOM } = require('../wasm/support');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const ANSWERS = h.answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6]);  // 97: Both, borderline

function codeFor(answers, source = '') {
  const out = engine.encodeShare(source, answers);
  assert.equal(out.ok, true);
  return out.code;
}

test('#r=<code> shows "Shared result", read-only, with the right total', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(`${url}#r=${codeFor(ANSWERS)}`);
    await h.visible(page.getByText('Shared result', { exact: true }));
    await h.expectResult(page, { total: 97, band: 'both' });
    assert.equal(await page.getByTestId('margin').getAttribute('data-toward'), 'mastery');
    // Read-only: nothing to answer, nothing saved as the visitor's own progress or history.
    assert.equal(await page.getByRole('radiogroup').count(), 0, 'no statements to answer');
    assert.equal(await page.getByRole('radio').count(), 0);
    assert.equal(await h.storage(page, h.PROGRESS_KEY), null, 'no progress saved');
    const history = await h.storage(page, h.HISTORY_KEY);
    assert.ok(history === null || JSON.parse(history).entries.length === 0, 'not added to history');
  }));

test('a second share link for other answers shows those answers', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const low = h.answersFor([0, 1, 2, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);  // 30
    await page.goto(`${url}#r=${codeFor(low)}`);
    await h.visible(page.getByText('Shared result', { exact: true }));
    await h.expectResult(page, { total: 30, band: 'management' });
  }));

const code = () => codeFor(ANSWERS);
const BAD_CODES = [
  ['a tampered answer', () => { const c = code(); const i = c.split('.').slice(0, 3).join('.').length + 3; return c.slice(0, i) + (c[i] === 'A' ? 'B' : 'A') + c.slice(i + 1); }],
  ['a truncated code', () => code().slice(0, -3)],
  ['garbage', () => 'hello'],
  ['a code from another questionnaire', () => codeFor([1, 5, 3, 2], JSON.stringify(CUSTOM))],
];

for (const [name, make] of BAD_CODES) {
  test(`${name} after #r= shows an error message, not a result`, { timeout: 30000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      const bad = make();
      const decoded = engine.decodeShare('', bad);
      assert.equal(decoded.ok, false, 'the engine refuses this code');
      // The page shows its own sentence for the engine's error code (web/src/strings.js).
      const sentence = h.pageStrings().errorText(decoded.error);
      await page.goto(`${url}#r=${bad}`);
      await h.visible(page.getByText(sentence, { exact: true }));
      assert.equal(await page.getByTestId('total-score').count(), 0, 'no total shown for a bad link');
      assert.equal(await page.getByTestId('band').count(), 0, 'no band shown for a bad link');
    }));
}
