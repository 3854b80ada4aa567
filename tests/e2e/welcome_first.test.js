// Statement 1 on Welcome: a new person can answer at once. Answering there starts the run (saved like
// any answer) without moving the page; Next goes on to statement 2; once progress is saved, Welcome
// offers Continue instead.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');

test.before(h.setup);
test.after(h.teardown);

const title = (page) => page.getByRole('heading', { name: h.QUESTIONNAIRE.title, level: 1 });
const firstHeading = (page) => page.getByRole('heading', { name: `Statement 1 of ${h.STATEMENTS}`, level: 2 });
const box = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height, scrollY: window.scrollY };
});

test('a first visit answers statement 1 on Welcome, then Next goes to statement 2', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.visible(title(page));
    await h.eventually(async () => assert.ok(await h.isFocused(title(page)), 'focus on the heading'));
    await h.visible(firstHeading(page));
    await h.visible(h.group(page, 1));
    assert.equal(await h.group(page, 1).getByRole('radio').count(), 11);
    for (const other of ['Start', 'About this questionnaire']) await h.visible(h.button(page, other));
    await h.visible(page.getByRole('link', { name: 'Team view', exact: true }));
    assert.equal(await h.button(page, 'Continue').count(), 0);

    await h.radio(page, 1, 7).scrollIntoViewIfNeeded();
    const before = await box(h.radio(page, 1, 6));
    await h.radio(page, 1, 7).click();
    await h.expectAnswer(page, 1, 7);
    assert.deepStrictEqual(await box(h.radio(page, 1, 6)), before, 'nothing moved');
    await h.visible(title(page));  // still Welcome
    const saved = JSON.parse(await h.storage(page, h.PROGRESS_KEY));
    assert.deepStrictEqual(saved.answers, [7, ...Array(h.STATEMENTS - 1).fill(null)]);
    assert.equal(saved.current, 0);

    await h.button(page, 'Next').click();
    await h.openQuestion(page, 2);
    await h.expectProgress(page, 1);
    await h.button(page, 'Back').click();
    await h.openQuestion(page, 1);
    await h.expectAnswer(page, 1, 7);
  }));

test('after answering on Welcome, a reload offers Continue and no statement', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.radio(page, 1, 2).check();
    await h.eventually(async () => assert.ok(await h.storage(page, h.PROGRESS_KEY), 'progress saved'));
    await page.reload();
    await h.visible(h.button(page, 'Continue'));
    await h.visible(h.button(page, 'Start over'));
    await h.visible(page.getByText(`You have answered 1 of ${h.STATEMENTS} statements.`));
    assert.equal(await page.getByRole('radiogroup').count(), 0, 'no statement on Welcome');
    assert.equal(await firstHeading(page).count(), 0);
    await h.button(page, 'Continue').click();
    await h.openQuestion(page, 1);
    await h.expectAnswer(page, 1, 2);
  }));

test('Start after answering on Welcome keeps the answer', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.radio(page, 1, 9).check();
    await h.button(page, 'Start').click();
    await h.openQuestion(page, 1);
    await h.expectAnswer(page, 1, 9);
    await h.expectProgress(page, 1);
  }));

test('keyboard only: Tab to statement 1 on Welcome, type the answer, Enter goes on', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.eventually(async () => assert.ok(await h.isFocused(title(page)), 'focus on the heading'));
    await h.tabTo(page, h.radio(page, 1, 0));
    await page.keyboard.press('1');
    await page.keyboard.press('0');
    await h.expectAnswer(page, 1, 10);
    assert.ok(await h.isFocused(h.radio(page, 1, 10)), 'focus follows the answer');
    await page.keyboard.press('ArrowLeft');
    await h.expectAnswer(page, 1, 9);
    await page.keyboard.press('Enter');
    await h.openQuestion(page, 2);
    await h.expectProgress(page, 1);
    const saved = JSON.parse(await h.storage(page, h.PROGRESS_KEY));
    assert.equal(saved.answers[0], 9);
    assert.equal(saved.current, 1);
  }));
