// What version 1 of the page left in localStorage (tests/fixtures/v1/), found by today's page:
// - the history of three results is listed with the same totals and bands, marked as an earlier
//   version, and each opens in full the same way;
// - progress saved half-way is neither mixed into version 2 nor dropped in silence: the page says
//   so, keeps the old answers aside, offers Start (not Continue), and "Start again" starts afresh.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const v1 = require('./v1_fixtures');

test.before(h.setup);
test.after(h.teardown);

const S = () => h.pageStrings().S;
const format = (...args) => h.pageStrings().format(...args);
const items = (page) => page.getByRole('main').getByRole('listitem');
const ASIDE = `crossroads:setaside:${v1.PROGRESS.key}:`;

async function openHistory(page) {
  await h.button(page, 'History').click();
  await h.visible(page.getByRole('heading', { name: 'History', exact: true, level: 1 }));
}

async function expectEarlierVersion(page) {
  const note = page.getByTestId('earlier-version');
  await h.visible(note);
  assert.equal((await note.textContent()).trim(), format(S().earlierVersion, { version: 1 }));
}

test('version 1 history: the three results listed with their totals and bands, marked as an earlier version',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, context, url }) => {
    await v1.seedOnce(context, { [v1.HISTORY.key]: v1.HISTORY.value });
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await openHistory(page);

    // Newest first: the fixture was made management, both, mastery.
    const texts = await items(page).allTextContents();
    assert.equal(texts.length, v1.MANIFEST.history.entries);
    const newestFirst = [...v1.RESULTS].reverse();
    for (const [i, r] of newestFirst.entries()) {
      assert.ok(texts[i].includes(v1.historyLine(r)), `entry ${i + 1} says "${v1.historyLine(r)}": ${texts[i]}`);
      assert.ok(texts[i].includes(format(S().earlierVersionShort, { version: 1 })), `marked as an earlier version: ${texts[i]}`);
    }

    // Each opens in full with the same total and band, and says it was made with version 1.
    for (const r of v1.RESULTS) {
      await items(page).filter({ hasText: v1.historyLine(r) }).getByRole('button', { name: /^View / }).click();
      await h.visible(page.getByRole('heading', { name: 'Your result', exact: true, level: 1 }));
      await h.expectResult(page, { total: r.total, band: r.band });
      await expectEarlierVersion(page);
      await h.button(page, 'History').click();
      await h.visible(page.getByRole('heading', { name: 'History', exact: true, level: 1 }));
    }

    // Two of them still compare, total by total.
    await items(page).filter({ hasText: v1.historyLine(v1.RESULTS[0]) }).getByRole('checkbox').check();
    await items(page).filter({ hasText: v1.historyLine(v1.RESULTS[1]) }).getByRole('checkbox').check();
    await h.button(page, 'Compare').click();
    await h.visible(page.getByRole('heading', { name: 'Compare results', exact: true }));
    const total = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) });
    const [a, b] = v1.RESULTS;
    assert.deepStrictEqual((await total.getByRole('cell').allTextContents()).map((c) => c.trim()),
      [`${a.total} / 150`, `${b.total} / 150`, `+${b.total - a.total}`]);

    // The stored history is read, not rewritten.
    assert.equal(await h.storage(page, v1.HISTORY.key), v1.HISTORY.value);
  }));

test('version 1 history next to a new result: both listed, only the old ones marked as an earlier version',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, context, url }) => {
    await v1.seedOnce(context, { [v1.HISTORY.key]: v1.HISTORY.value });
    await page.goto(url);
    await h.start(page);
    await h.answerByMouse(page, h.answersFor([3, 8, 7, 2, 9, 4, 6, 1, 10, 5, 0, 7, 3, 8, 6]));
    await h.expectResult(page, { total: 79, band: 'both' });
    assert.equal(await page.getByTestId('earlier-version').count(), 0, 'a version 2 result is not marked');
    await h.button(page, 'History').click();
    await h.eventually(async () => assert.equal(await items(page).count(), 4));
    const newest = await items(page).first().textContent();
    assert.ok(newest.includes('79 / 150 · Both') && !newest.includes(format(S().earlierVersionShort, { version: 1 })), newest);
    const stored = JSON.parse(await h.storage(page, h.HISTORY_KEY)).entries;
    assert.deepStrictEqual(stored.map((e) => e.questionnaire.version), [1, 1, 1, 2], 'the old entries keep version 1');
    assert.deepStrictEqual(stored.slice(0, 3), JSON.parse(v1.HISTORY.value).entries, 'and everything else they held');
  }));

test('version 1 progress saved half-way: kept aside with a notice, Start offered, and "Start again" starts afresh',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, context, url }) => {
    await v1.seedOnce(context, { [v1.PROGRESS.key]: v1.PROGRESS.value });
    await page.goto(url);

    // The page says what happened, with the number of answers kept aside.
    const text = format(S().progressReplaced, { answered: v1.PROGRESS.answered, count: v1.MANIFEST.questionnaire.statements });
    const notice = page.getByRole('status').getByText(text, { exact: true });
    await h.visible(notice);
    assert.ok(text.includes('7 of 15'), text);

    // Welcome offers a fresh start, not the old answers.
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true, level: 1 }));
    await h.visible(h.button(page, 'Start'));
    assert.equal(await h.button(page, 'Continue').count(), 0, 'no Continue');
    assert.equal(await page.getByText(/Welcome back/).count(), 0, 'no "welcome back"');

    // The old answers are kept, as they were, under a set-aside key; nothing was made of them for version 2.
    const keys = await page.evaluate(() => Object.keys(window.localStorage));
    const aside = keys.filter((k) => k.startsWith(ASIDE));
    assert.equal(aside.length, 1, `kept aside under ${ASIDE}<time>: ${keys.join(', ')}`);
    assert.equal(await h.storage(page, aside[0]), v1.PROGRESS.value, 'kept as it was');
    assert.equal(await h.storage(page, v1.PROGRESS.key), null, 'no longer under its own key');
    assert.equal(await h.storage(page, h.PROGRESS_KEY), null, 'no version 2 progress made from it');

    // "Start again" on the notice: statement 1, nothing answered.
    await page.getByRole('status').getByRole('button', { name: S().startAgain, exact: true }).click();
    await h.openQuestion(page, 1);
    await h.expectProgress(page, 0);
    for (let n = 1; n <= 3; n++) {
      await h.expectAnswer(page, n, null);
      if (n < 3) await h.button(page, 'Next').click();
    }
    assert.equal(await notice.count(), 0, 'the notice goes once chosen');
    const saved = JSON.parse(await h.storage(page, h.PROGRESS_KEY));
    assert.ok(saved.answers.length === h.STATEMENTS && saved.answers.every((a) => a === null), JSON.stringify(saved.answers));
    assert.equal(await h.storage(page, aside[0]), v1.PROGRESS.value, 'the old answers are still kept');
  }));

test('version 1 progress: after a reload it is still kept aside once, and still not taken into version 2', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, context, url }) => {
    await v1.seedOnce(context, { [v1.PROGRESS.key]: v1.PROGRESS.value });
    await page.goto(url);
    await h.visible(page.getByRole('status').getByRole('button', { name: S().startAgain, exact: true }));
    await page.reload();
    await h.visible(h.button(page, 'Start'));
    assert.equal(await h.button(page, 'Continue').count(), 0, 'no Continue');
    const keys = await page.evaluate(() => Object.keys(window.localStorage));
    assert.equal(keys.filter((k) => k.startsWith(ASIDE)).length, 1, keys.join(', '));
    assert.equal(await h.storage(page, h.PROGRESS_KEY), null);
  }));

// --- Edge cases: a move that fails, progress of version 2 already there, several old versions ---

const replacedText = (answered, count) => format(S().progressReplaced, { answered, count });
const asideKeys = async (page, key) => (await page.evaluate(() => Object.keys(window.localStorage)))
  .filter((k) => k.startsWith(`crossroads:setaside:${key}:`));
const progressOf = (answers, current) =>
  JSON.stringify({ v: 1, answers, current, startedAt: '2026-12-01T10:00:00.000Z', elapsedMs: 5000 });

test('version 1 progress when the set-aside copy cannot be written: it stays where it is and nothing says it was kept aside',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, context, url }) => {
    await v1.seedOnce(context, { [v1.PROGRESS.key]: v1.PROGRESS.value });
    // Only set-aside copies hit a full storage: the page's own progress still saves.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function guarded(key, value) {
        if (String(key).startsWith('crossroads:setaside:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    const replaced = replacedText(v1.PROGRESS.answered, v1.MANIFEST.questionnaire.statements);
    for (const load of ['first', 'after a reload']) {
      if (load === 'first') await page.goto(url);
      else await page.reload();
      await h.visible(page.getByRole('status').getByText(S().storageFull, { exact: true }));
      await h.visible(h.button(page, 'Start'));
      assert.equal(await page.getByRole('status').getByText(replaced, { exact: true }).count(), 0, `no "kept aside" (${load})`);
      assert.equal(await page.getByRole('status').getByRole('button', { name: S().startAgain, exact: true }).count(), 0);
      assert.equal(await h.button(page, 'Continue').count(), 0, `not taken into version 2 (${load})`);
      assert.equal(await h.storage(page, v1.PROGRESS.key), v1.PROGRESS.value, `still under its own key (${load})`);
      assert.deepStrictEqual(await asideKeys(page, v1.PROGRESS.key), []);
    }
    // Version 2 progress is saved under its own key; the old answers stay untouched beside it.
    await h.start(page);
    await h.radio(page, 1, 4).check();
    await h.button(page, 'Next').click();
    await h.openQuestion(page, 2);
    await h.eventually(async () => assert.equal(JSON.parse(await h.storage(page, h.PROGRESS_KEY)).answers[0], 4));
    assert.equal(await h.storage(page, v1.PROGRESS.key), v1.PROGRESS.value);
  }));

test('version 1 progress next to version 2 progress: the notice offers Dismiss, not Start again, and Continue keeps the version 2 answers',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, context, url }) => {
    const answers = [2, 5, 8, ...Array(h.STATEMENTS - 3).fill(null)];
    const v2 = progressOf(answers, 3);
    await v1.seedOnce(context, { [v1.PROGRESS.key]: v1.PROGRESS.value, [h.PROGRESS_KEY]: v2 });
    await page.goto(url);

    const notice = page.getByRole('status').locator('.notice')
      .filter({ hasText: replacedText(v1.PROGRESS.answered, v1.MANIFEST.questionnaire.statements) });
    await h.visible(notice);
    assert.equal(await notice.getByRole('button', { name: S().startAgain, exact: true }).count(), 0, 'no Start again');
    await h.visible(notice.getByRole('button', { name: S().dismiss, exact: true }));
    const aside = await asideKeys(page, v1.PROGRESS.key);
    assert.equal(aside.length, 1, 'the version 1 answers were kept aside');
    assert.equal(await h.storage(page, aside[0]), v1.PROGRESS.value);
    assert.equal(await h.storage(page, v1.PROGRESS.key), null);
    assert.equal(await h.storage(page, h.PROGRESS_KEY), v2, 'version 2 progress untouched');

    await notice.getByRole('button', { name: S().dismiss, exact: true }).click();
    assert.equal(await notice.count(), 0, 'the notice goes once dismissed');
    await h.button(page, 'Continue').click();
    await h.openQuestion(page, 4);
    await h.expectProgress(page, 3);
    for (let n = 4; n >= 1; n--) {
      await h.openQuestion(page, n);
      await h.expectAnswer(page, n, answers[n - 1]);
      if (n > 1) await h.button(page, 'Back').click();
    }
  }));

// Two old versions (1 and 3), each way round, so that reporting whichever key comes last cannot pass.
for (const [name, v3answers] of [
  ['more answers under version 3', [1, 2, 3, 4, 5, 6, 7, 8, 9, null, null, null]],
  ['fewer answers under version 3', [1, 2, ...Array(13).fill(null)]],
]) {
  test(`version 1 and version 3 progress (${name}): both kept aside, the notice names the larger set`,
    { timeout: 60000 }, (t) => h.withPage(t, async ({ page, context, url }) => {
      const v3key = `crossroads:progress:${h.QUESTIONNAIRE.id}:3`;
      const v3 = progressOf(v3answers, 2);
      await v1.seedOnce(context, { [v1.PROGRESS.key]: v1.PROGRESS.value, [v3key]: v3 });
      await page.goto(url);

      const v3answered = v3answers.filter((a) => a !== null).length;
      const [answered, count] = v3answered > v1.PROGRESS.answered ? [v3answered, v3answers.length]
        : [v1.PROGRESS.answered, v1.MANIFEST.questionnaire.statements];
      await h.visible(page.getByRole('status').getByText(replacedText(answered, count), { exact: true }));
      assert.equal(await page.getByRole('status').locator('.notice', { hasText: /kept aside/ }).count(), 1, 'one notice');
      await h.visible(page.getByRole('status').getByRole('button', { name: S().startAgain, exact: true }));
      for (const [key, value] of [[v1.PROGRESS.key, v1.PROGRESS.value], [v3key, v3]]) {
        const aside = await asideKeys(page, key);
        assert.equal(aside.length, 1, `${key} kept aside`);
        assert.equal(await h.storage(page, aside[0]), value, `${key} kept as it was`);
        assert.equal(await h.storage(page, key), null, `${key} no longer under its own key`);
      }
      assert.equal(await h.storage(page, h.PROGRESS_KEY), null, 'no version 2 progress made from either');
      assert.equal(await h.button(page, 'Continue').count(), 0);
    }));
}
