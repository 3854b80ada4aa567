// A first visit: Welcome and the statements come with the page, without the engine, which loads in
// the background once the first statement is on screen (so the result is there at once) or when
// something needs it. A blocked engine never stops a person answering, and finishing then says what
// went wrong and offers Try again. No entrance animation holds back a click.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');

test.before(h.setup);
test.after(h.teardown);

const ANSWERS = h.answersFor([9, 8, 10, 7, 9, 6, 8, 10, 9, 7, 8, 9, 10, 6, 8]);  // 124: Mastery
const isEngine = (url) => /\/engine[^/]*$/.test(new URL(url).pathname);
const fileOf = (url) => new URL(url).pathname.replace(/^\//, '') || 'index.html';

// The browser's own "Failed to load resource" lines for the requests a test blocked on purpose.
function forgetBlocked(problems) {
  problems.consoleErrors = problems.consoleErrors.filter((line) => !/Failed to load resource/.test(line));
}

test('the first statement is answerable with no engine file requested, and the engine is blocked', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, url, problems }) => {
    // When the first statement's radios reach the page, by the clock node reads too.
    await page.addInitScript(() => new MutationObserver((_, observer) => {
      if (!document.querySelector('[role=radiogroup] input')) return;
      window.__firstStatementAt = Date.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true }));
    const requested = [];
    page.on('request', (request) => requested.push({ name: fileOf(request.url()), at: Date.now() }));
    await page.route(/\/engine[^/]*$/, (route) => route.abort());
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await page.waitForTimeout(300);  // Welcome, idle: still nothing of the engine
    const late = (name) => /engine|print\.css|team\.js/.test(name);
    assert.deepStrictEqual(requested.filter(({ name }) => late(name)), [], 'Welcome fetches no engine file');
    await h.start(page);
    await h.radio(page, 1, ANSWERS[0]).check();
    await h.expectAnswer(page, 1, ANSWERS[0]);
    const firstAt = await page.evaluate(() => window.__firstStatementAt);
    const early = requested.filter(({ name, at }) => late(name) && at <= firstAt).map(({ name }) => name);
    assert.deepStrictEqual(early, [], `until the first statement: ${requested.map(({ name }) => name).join(', ')}`);

    // Every statement can be answered; finishing needs the engine and says it could not load.
    await h.button(page, 'Next').click();
    await h.answerByMouse(page, ANSWERS, 2);
    await h.visible(page.getByRole('heading', { name: 'The assessment could not be loaded.', level: 1 }));
    await h.visible(page.getByText(/Check your connection and try again/));

    // The engine is back: Try again scores the same answers.
    await page.unroute(/\/engine[^/]*$/);
    await h.button(page, 'Try again').click();
    await h.expectResult(page, { total: 124, band: 'mastery' });
    assert.ok(requested.some(({ name }) => /^engine/.test(name)), 'the engine was requested at last');
    forgetBlocked(problems);
  }));

test('the engine loads in the background on the first statement, so the result shows at once', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, url }) => {
    const engineRequests = [];
    page.on('request', (request) => isEngine(request.url()) && engineRequests.push(fileOf(request.url())));
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    assert.deepStrictEqual(engineRequests, [], 'Welcome does not fetch the engine');
    await h.start(page);
    await h.eventually(() => assert.deepStrictEqual(engineRequests.sort(), ['engine.js', 'engine.wasm']));
    await page.waitForFunction(() => typeof globalThis.createCrossroadsEngine === 'function');
    for (let n = 1; n <= ANSWERS.length; n++) {
      await h.openQuestion(page, n);
      await h.radio(page, n, ANSWERS[n - 1]).check();
      if (n < ANSWERS.length) await h.button(page, 'Next').click();
    }
    // No "Loading…" in between: the click on See my result puts the result on screen.
    await page.evaluate(() => {
      window.__loadingSeen = false;
      new MutationObserver(() => { window.__loadingSeen ||= Boolean(document.querySelector('main.loading')); })
        .observe(document.getElementById('app'), { childList: true });
    });
    const clicked = Date.now();
    await h.button(page, 'See my result').click();
    await h.expectResult(page, { total: 124, band: 'mastery' });
    const took = Date.now() - clicked;
    assert.equal(await page.evaluate(() => window.__loadingSeen), false, 'no loading screen before the result');
    assert.ok(took < 2000, `result ${took} ms after the click`);
  }));

test('a click right after a screen shows lands: no entrance animation moves a button', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    // Pointer clicks at the spot the button has the moment it shows, with no wait for it to settle.
    const clickAtOnce = (name) => page.evaluate((label) => new Promise((resolve) => {
      const find = () => [...document.querySelectorAll('button')].find((b) => b.textContent === label);
      const seen = () => {
        const button = find();
        if (!button) return requestAnimationFrame(seen);
        const box = button.getBoundingClientRect();
        const card = button.closest('main');
        const moving = card.getAnimations({ subtree: true }).filter((a) => a.playState === 'running' &&
          (a.effect.getKeyframes() || []).some((k) => k.transform && k.transform !== 'none'));
        resolve({ x: box.x + box.width / 2, y: box.y + box.height / 2, moving: moving.length });
      };
      seen();
    }), name);
    // Welcome holds statement 1 above Start, so Start may be below the fold: scroll to it first.
    await h.button(page, 'Start').scrollIntoViewIfNeeded();
    const start = await clickAtOnce('Start');
    assert.equal(start.moving, 0, 'nothing on Welcome slides');
    await page.mouse.click(start.x, start.y);
    await h.openQuestion(page, 1);
    await h.radio(page, 1, 5).check();
    const next = await clickAtOnce('Next');
    assert.equal(next.moving, 0, 'nothing on the statement slides');
    await page.mouse.click(next.x, next.y);
    await h.openQuestion(page, 2);
    const again = await clickAtOnce('Next');
    await page.mouse.click(again.x, again.y);
    await h.openQuestion(page, 3);
  }));
