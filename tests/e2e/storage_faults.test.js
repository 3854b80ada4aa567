// Storage that fails: localStorage missing, refusing writes, full, failing half-way, or holding
// garbage. The tool still works for the session, one role="status" notice says answers will not
// be kept, and nothing already held in memory is lost. Two tabs on one questionnaire never
// overwrite each other's answers silently.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');

test.before(h.setup);
test.after(h.teardown);

const FULL = h.answersFor([3, 8, 7, 2, 9, 4, 6, 1, 10, 5, 0, 7, 3, 8, 6]);  // 79: Both
const S = () => h.pageStrings().S;

// Run in the page before its own scripts.
const BREAKERS = {
  'localStorage itself throws (blocked by the browser)': () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  },
  'every write throws a SecurityError': () => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('Access is denied.', 'SecurityError'); };
  },
  'storage is full (QuotaExceededError)': () => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  },
};

async function expectOneNotice(page, text) {
  const notice = page.getByRole('status').getByText(text, { exact: true });
  await h.visible(notice);
  assert.equal(await notice.count(), 1, 'said once, not once per answer');
}

const RUNS = [...Object.entries(BREAKERS).map(([name, breaker]) => [name, breaker, {}]),
  ['opened from disk (file://), storage full', BREAKERS['storage is full (QuotaExceededError)'], { file: true }]];

for (const [name, breaker, options] of RUNS) {
  test(`${name}: the tool works for the session, with one notice`, { timeout: 60000 }, (t) =>
    h.withPage(t, async ({ page, context, url }) => {
      await context.addInitScript(breaker);
      await page.goto(url);
      const text = name.includes('full') ? S().storageFull : S().storageUnavailable;
      await expectOneNotice(page, text);
      await h.start(page);
      await h.answerByMouse(page, FULL);
      await h.expectResult(page, { total: 79, band: 'both' });
      await expectOneNotice(page, text);

      // History holds the result for this session, and it opens again in full.
      await h.button(page, 'History').click();
      const entry = page.getByRole('main').getByRole('listitem').filter({ hasText: '79 / 150 · Both' });
      await h.visible(entry);
      await entry.getByRole('button', { name: /^View / }).click();
      await h.expectResult(page, { total: 79, band: 'both' });
    }, options));
}

test('storage fills up half-way: answers in memory are kept, one notice, the result is right', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.start(page);
    for (let n = 1; n <= 4; n++) {
      await h.radio(page, n, FULL[n - 1]).check();
      await h.button(page, 'Next').click();
    }
    await h.openQuestion(page, 5);
    const before = JSON.parse(await h.storage(page, h.PROGRESS_KEY));
    assert.deepStrictEqual(before.answers.slice(0, 4), FULL.slice(0, 4));

    await page.evaluate(() => {
      Storage.prototype.setItem = function setItem() { throw new DOMException('full', 'QuotaExceededError'); };
    });
    for (let n = 5; n <= 8; n++) {
      await h.radio(page, n, FULL[n - 1]).check();
      await h.button(page, 'Next').click();
    }
    await expectOneNotice(page, S().storageFull);
    // Storage keeps what it had; the session keeps everything, back and forth.
    const stored = JSON.parse(await h.storage(page, h.PROGRESS_KEY)).answers;
    assert.deepStrictEqual(stored.slice(0, 5), [...FULL.slice(0, 4), null]);
    await h.button(page, 'Back').click();
    await h.expectAnswer(page, 8, FULL[7]);
    await h.button(page, 'Next').click();
    await h.answerByMouse(page, FULL, 9);
    await h.expectResult(page, { total: 79, band: 'both' });
    await expectOneNotice(page, S().storageFull);
    await h.button(page, 'History').click();
    await h.visible(page.getByRole('main').getByRole('listitem').filter({ hasText: '79 / 150 · Both' }));
  }));

test('garbage under every key: set aside with notices, and the page works', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    const garbage = {
      [h.PROGRESS_KEY]: '{"v":1,"answers":[3,8,',
      [h.HISTORY_KEY]: JSON.stringify({ v: 1, entries: [{ id: 7 }] }),
      'crossroads:active-questionnaire': 'mine',
      'crossroads:custom:mine': '\u0000 not a questionnaire',
    };
    await page.evaluate((pairs) => { for (const [k, v] of pairs) window.localStorage.setItem(k, v); }, Object.entries(garbage));
    await page.reload();

    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
    for (const text of [S().progressSetAside, S().historySetAside, S().customSetAside]) {
      await h.visible(page.getByRole('status').getByText(text, { exact: true }));
    }
    const keys = await page.evaluate(() => Object.keys(window.localStorage));
    for (const [key, value] of Object.entries(garbage)) {
      if (key === 'crossroads:active-questionnaire') continue;
      const aside = keys.filter((k) => k.startsWith(`crossroads:setaside:${key}:`));
      assert.equal(aside.length, 1, `${key} set aside: ${keys.join(', ')}`);
      assert.equal(await h.storage(page, aside[0]), value, 'kept as it was');
    }
    await h.start(page);
    await h.answerByMouse(page, FULL);
    await h.expectResult(page, { total: 79, band: 'both' });
    assert.equal(JSON.parse(await h.storage(page, h.HISTORY_KEY)).entries.length, 1);
  }));

// --- Two tabs --------------------------------------------------------------------------------

const otherTabNotice = (page) => page.getByRole('status').filter({ hasText: S().otherTab });

for (const options of [{}, { file: true }]) {
  const where = options.file ? ' (file://)' : '';
  test(`two tabs${where}: a change in the other tab is never overwritten silently; the person chooses`, { timeout: 60000 }, (t) =>
    h.withPage(t, async ({ page: a, context, url }) => {
      await a.goto(url);
      await h.start(a);
      await h.radio(a, 1, 3).check();
      await h.button(a, 'Next').click();
      await h.radio(a, 2, 8).check();
      await h.button(a, 'Next').click();
      await h.openQuestion(a, 3);

      const b = await context.newPage();  // the person opens a second tab, which comes to the front
      await b.goto(url);
      await h.visible(b.getByText('You have answered 2 of 15 statements.', { exact: false }));
      await h.button(b, 'Continue').click();
      await h.openQuestion(b, 3);
      assert.equal(await otherTabNotice(a).count(), 0, 'same answers: nothing to say');
      await h.radio(b, 3, 7).check();

      // Tab A hears of it, and does not save over it while the person has not chosen.
      await a.bringToFront();
      await h.visible(otherTabNotice(a));
      await h.radio(a, 3, 1).check();
      await a.waitForTimeout(200);
      assert.equal(JSON.parse(await h.storage(a, h.PROGRESS_KEY)).answers[2], 7, 'B\'s answer is still saved');

      // "Keep mine here" saves A's answers again; now B hears of it and loads them.
      await otherTabNotice(a).getByRole('button', { name: 'Keep mine here', exact: true }).click();
      await h.eventually(async () => assert.deepStrictEqual(
        JSON.parse(await h.storage(a, h.PROGRESS_KEY)).answers.slice(0, 3), [3, 8, 1]));
      assert.equal(await otherTabNotice(a).count(), 0, 'the notice goes once chosen');
      await b.bringToFront();
      await h.visible(otherTabNotice(b));
      await otherTabNotice(b).getByRole('button', { name: 'Load the other tab\'s answers', exact: true }).click();
      await h.openQuestion(b, 3);
      await h.expectAnswer(b, 3, 1);
      await h.expectAnswer(a, 3, 1);

      // Both tabs agree now; B answers on and A's choice to load brings B's answer across.
      await h.radio(b, 3, 9).check();
      await a.bringToFront();
      await h.visible(otherTabNotice(a));
      await otherTabNotice(a).getByRole('button', { name: 'Load the other tab\'s answers', exact: true }).click();
      await h.expectAnswer(a, 3, 9);
      await h.button(a, 'Back').click();
      await h.expectAnswer(a, 2, 8);
      await b.close();
    }, options));
}

test('two tabs: a result finished in one tab shows in the other tab\'s History', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page: a, context, url }) => {
    await a.goto(url);
    await h.visible(h.button(a, 'Start'));
    const b = await context.newPage();
    await b.goto(url);
    await h.start(b);
    await h.radio(b, 1, 4).check();
    // A is not answering, so it simply shows B's progress on its welcome screen.
    await h.visible(a.getByText('You have answered 1 of 15 statements.', { exact: false }));
    assert.equal(await otherTabNotice(a).count(), 0);
    await h.answerByMouse(b, FULL);
    await h.expectResult(b, { total: 79, band: 'both' });
    await a.bringToFront();
    await h.visible(h.button(a, 'Start'));
    assert.equal(await otherTabNotice(a).count(), 0, 'nothing of A\'s was at stake');

    await h.start(a);
    await h.answerByMouse(a, FULL.map((v) => 10 - v));
    await h.expectResult(a, { total: 71, band: 'both' });
    // A's write kept B's entry, because A re-read history when B changed it.
    const entries = JSON.parse(await h.storage(a, h.HISTORY_KEY)).entries;
    assert.equal(entries.length, 2);
    await b.bringToFront();
    await h.button(b, 'History').click();
    await h.visible(b.getByRole('main').getByRole('listitem').filter({ hasText: '71 / 150' }));
    await b.close();
  }));

test('two tabs: finishing while the other tab\'s answers wait keeps the other tab\'s progress', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page: a, context, url }) => {
    await a.goto(url);
    await h.start(a);
    await h.radio(a, 1, FULL[0]).check();
    const b = await context.newPage();
    await b.goto(url);
    await h.button(b, 'Continue').click();
    await h.openQuestion(b, 1);
    await h.radio(b, 1, 9).check();

    await a.bringToFront();
    await h.visible(otherTabNotice(a));
    await h.button(a, 'Next').click();
    await h.answerByMouse(a, FULL, 2);
    await h.expectResult(a, { total: 79, band: 'both' });
    assert.equal(await otherTabNotice(a).count(), 0, 'nothing left to choose');
    const saved = JSON.parse(await h.storage(a, h.PROGRESS_KEY));
    assert.deepStrictEqual(saved.answers, [9, ...Array(14).fill(null)], 'B\'s answers are still saved for B');
    await b.close();
  }));
