// Saved progress: a reload keeps every answer and the current statement; a missing answer blocks the
// result and says which; stored data the page cannot read is set aside with a notice, never a crash.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');

test.before(h.setup);
test.after(h.teardown);

const FULL = h.answersFor([3, 8, 7, 2, 9, 4, 6, 1, 10, 5, 0, 7, 3, 8, 6]);  // 79: Both
const [A1, A2, A3] = FULL;  // the first three answers, given one by one below

test('reload in the middle keeps every answer and the current statement', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.start(page);
    await h.radio(page, 1, A1).check();
    await h.button(page, 'Next').click();
    await h.openQuestion(page, 2);
    await h.radio(page, 2, A2).check();
    await h.button(page, 'Next').click();
    await h.openQuestion(page, 3);
    await page.keyboard.press(String(A3));
    await h.expectAnswer(page, 3, A3);
    await h.expectProgress(page, 3);

    const saved = JSON.parse(await h.storage(page, h.PROGRESS_KEY));
    assert.equal(saved.v, 1);
    assert.deepStrictEqual(saved.answers, [A1, A2, A3, ...Array(12).fill(null)]);

    await page.reload();
    await h.visible(h.button(page, 'Start over'));
    await h.button(page, 'Continue').click();
    await h.openQuestion(page, 3);
    await h.expectAnswer(page, 3, A3);
    for (const v of [0, 6, 8, 10].filter((x) => x !== A3)) assert.equal(await h.radio(page, 3, v).isChecked(), false);
    await h.expectProgress(page, 3);

    await h.button(page, 'Back').click();
    await h.openQuestion(page, 2);
    await h.expectAnswer(page, 2, A2);
    await h.button(page, 'Back').click();
    await h.openQuestion(page, 1);
    await h.expectAnswer(page, 1, A1);

    // And the rest can be finished after the reload.
    await h.button(page, 'Next').click();
    await h.button(page, 'Next').click();
    await h.openQuestion(page, 3);
    await h.button(page, 'Next').click();
    await h.answerByMouse(page, FULL, 4);
    await h.expectResult(page, { total: 79, band: 'both' });
  }));

test('Start over forgets the saved answers', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.start(page);
    await h.radio(page, 1, 9).check();
    await h.button(page, 'Next').click();
    await h.openQuestion(page, 2);
    await page.reload();
    await h.button(page, 'Start over').click();
    await h.openQuestion(page, 1);
    await h.expectAnswer(page, 1, null);
    await h.expectProgress(page, 0);
  }));

test('a missing answer blocks the result and names the statement', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.start(page);
    const answers = FULL.slice();
    answers[3] = null;  // statement 4: Next without answering
    await h.answerByMouse(page, answers);

    const alert = page.getByRole('alert').filter({ hasText: 'Statement 4' });
    await h.visible(alert);
    assert.match(await alert.textContent(), /Statement 4 has no answer yet\./);
    await h.openQuestion(page, 4);
    await h.expectAnswer(page, 4, null);
    await h.eventually(async () => assert.ok(await h.isFocused(h.radio(page, 4, 0)), 'focus on statement 4\'s first radio'));
    assert.equal(await page.getByTestId('total-score').count(), 0, 'no result yet');

    // Answering it lets the result through.
    await page.keyboard.press('2');
    await h.expectAnswer(page, 4, 2);
    const seeResult = h.button(page, 'See my result');
    for (let i = 0; i < 15 && !(await seeResult.isVisible()); i++) await h.button(page, 'Next').click();
    await seeResult.click();
    answers[3] = 2;
    await h.expectResult(page, { total: h.totalOf(answers), band: 'both' });
  }));

const GARBAGE = [
  ['bad JSON', '{"v":1,"answers":[3,8,'],
  ['not JSON at all', '\u0000\u00ff garbage \ud83d'],
  ['wrong shape', JSON.stringify({ v: 1, answers: 'seven', current: 'x' })],
  ['another version', JSON.stringify({ v: 2, answers: Array(15).fill(5), current: 3, elapsedMs: 1000, startedAt: 1 })],
  ['answers out of range', JSON.stringify({ v: 1, answers: [99, ...Array(14).fill(null)], current: 0, elapsedMs: 0, startedAt: 1 })],
];

for (const [name, value] of GARBAGE) {
  test(`corrupted saved progress (${name}) is set aside with a notice`, { timeout: 30000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      await page.goto(url);
      await h.visible(h.button(page, 'Start'));
      await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [h.PROGRESS_KEY, value]);
      await page.reload();

      const notice = page.getByRole('status').filter({ hasText: /restore/i });
      await h.visible(notice);
      const keys = await page.evaluate(() => Object.keys(window.localStorage));
      const aside = keys.filter((k) => k.startsWith(`crossroads:setaside:${h.PROGRESS_KEY}:`));
      assert.equal(aside.length, 1, `set aside under crossroads:setaside:<key>:<timestamp>: ${keys.join(', ')}`);
      assert.equal(await h.storage(page, aside[0]), value, 'the unreadable text is kept as it was');
      assert.notEqual(await h.storage(page, h.PROGRESS_KEY), value);

      // The page works: a fresh start, and answers are saved in the documented shape again.
      await h.start(page);
      await h.radio(page, 1, 6).check();
      await h.eventually(async () => {
        const saved = JSON.parse(await h.storage(page, h.PROGRESS_KEY));
        assert.equal(saved.v, 1);
        assert.equal(saved.answers[0], 6);
        assert.equal(saved.answers.length, 15);
      });
    }));
}

test('corrupted history does not break the page and is not thrown away', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    const garbage = '{"v":1,"entries":[{"id":';
    await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [h.HISTORY_KEY, garbage]);
    await page.reload();
    await h.start(page);
    await h.answerByMouse(page, FULL);
    await h.expectResult(page, { total: 79, band: 'both' });
    const keys = await page.evaluate(() => Object.keys(window.localStorage));
    const kept = (await h.storage(page, h.HISTORY_KEY)) === garbage ||
      keys.some((k) => k.startsWith(`crossroads:setaside:${h.HISTORY_KEY}:`));
    assert.ok(kept, `the unreadable history is kept somewhere: ${keys.join(', ')}`);
    const history = JSON.parse(await h.storage(page, h.HISTORY_KEY));
    assert.equal(history.v, 1);
    assert.ok(history.entries.some((e) => JSON.stringify(e.answers) === JSON.stringify(FULL)), 'the new result is in history');
  }));
