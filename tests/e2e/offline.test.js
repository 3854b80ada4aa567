// The page without a server: opened straight from disk (file://), and offline after one visit
// (the service worker serves it).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');

test.before(h.setup);
test.after(h.teardown);

const ANSWERS = h.answersFor([9, 8, 10, 7, 9, 6, 8, 10, 9, 7, 8, 9, 10, 6, 8]);  // 124: Mastery

test('opened from disk (file://): the quiz completes and shows a result', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    assert.match(url, /^file:\/\/\/.*\/index\.html$/);
    await page.goto(url);
    await h.start(page);
    await h.answerByMouse(page, ANSWERS);
    await h.expectResult(page, { total: 124, band: 'mastery' });
    assert.equal(await page.evaluate(() => location.protocol), 'file:');
  }, { file: true }));

test('offline after a first visit: the service worker serves the page and the quiz completes', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, context, url }) => {
    await page.goto(url);
    // The service worker starts with the engine, which loads once the first statement is on screen.
    await h.start(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const controlled = () => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    if (!(await controlled())) {
      await page.reload();
      await h.visible(h.button(page, 'Continue'));
    }
    await h.eventually(async () => assert.ok(await controlled(), 'the service worker controls the page'));

    await context.setOffline(true);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await page.reload();
    await h.button(page, 'Start over').click();
    await h.openQuestion(page, 1);
    await h.answerByMouse(page, ANSWERS);
    await h.expectResult(page, { total: 124, band: 'mastery' });
    assert.ok(await controlled());
    await context.setOffline(false);
  }));
