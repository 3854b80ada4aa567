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
