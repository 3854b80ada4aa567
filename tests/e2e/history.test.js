// History: past results on this device, newest first, with dates, totals and bands; two of them
// compared side by side; one opened in full; one deleted, or everything the page stored.
// The engine under node says what each result must show.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const REF = { id: h.QUESTIONNAIRE.id, version: h.QUESTIONNAIRE.version };
const entry = (id, date, answers) => ({ id, date, questionnaire: REF, answers, seconds: 120 });
const ENTRIES = [
  entry('jan', '2026-01-05T09:30:00.000Z', [2, 3, 1, 4, 2, 3, 1, 2, 3, 4, 2, 1, 3, 2, 2]),
  entry('may', '2026-05-20T16:45:00.000Z', [9, 8, 10, 7, 9, 6, 8, 10, 9, 7, 8, 9, 10, 6, 8]),
  entry('mar', '2026-03-12T12:00:00.000Z', [5, 6, 4, 5, 7, 5, 6, 5, 4, 6, 5, 5, 6, 4, 5]),
];
const scored = (e) => engine.score('', e.answers, e.seconds);
const bandTitle = (id) => h.QUESTIONNAIRE.bands.find((b) => b.id === id).title;
const S = () => h.pageStrings().S;

// Dates as the page shows them (en-GB, in the browser's time zone, which is the machine's here).
const longDate = (iso) => new Date(iso).toLocaleString('en-GB',
  { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const shortDate = (iso) => new Date(iso).toLocaleString('en-GB',
  { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

async function seed(page, url, values) {
  await page.goto(url);
  await h.visible(h.button(page, 'Start'));
  await page.evaluate((pairs) => { for (const [k, v] of pairs) window.localStorage.setItem(k, v); },
    Object.entries(values));
  await page.reload();
}

async function openHistory(page) {
  await h.button(page, 'History').click();
  await h.visible(page.getByRole('heading', { name: 'History', exact: true, level: 1 }));
}

const items = (page) => page.getByRole('main').getByRole('listitem');
const itemFor = (page, e) => items(page).filter({ hasText: longDate(e.date) });

test('finished results are listed newest first, with date, total and band', { timeout: 90000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const first = h.answersFor([3, 8, 7, 2, 9, 4, 6, 1, 10, 5, 0, 7, 3, 8, 6]);   // 79: Both
    const second = h.answersFor([1, 0, 2, 1, 3, 2, 1, 0, 2, 3, 1, 2, 1, 0, 1]);  // 20: Management
    await page.goto(url);
    await h.start(page);
    await h.answerByMouse(page, first);
    await h.expectResult(page, { total: 79, band: 'both' });
    await h.button(page, 'Retake').click();
    await h.answerByMouse(page, second);
    await h.expectResult(page, { total: 20, band: 'management' });

    await openHistory(page);
    const texts = await items(page).allTextContents();
    assert.equal(texts.length, 2);
    assert.match(texts[0], /20 \/ 150 · Management/, 'newest first');
    assert.match(texts[1], /79 \/ 150 · Both/);
    const year = String(new Date().getFullYear());
    for (const text of texts) assert.ok(text.includes(year), `each entry shows its date: ${text}`);
    const stored = JSON.parse(await h.storage(page, h.HISTORY_KEY));
    assert.deepStrictEqual(stored.entries.map((e) => e.answers), [first, second]);
    assert.deepStrictEqual(stored.entries[0].questionnaire, REF);

    // Back returns to the result it came from; the welcome screen offers History too.
    await h.button(page, 'Back').click();
    await h.expectResult(page, { total: 20, band: 'management' });
  }));

test('two results compared side by side: dates, totals, bands, change in total and per theme', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await seed(page, url, { [h.HISTORY_KEY]: JSON.stringify({ v: 1, entries: ENTRIES }) });
    await openHistory(page);
    const order = await items(page).allTextContents();
    assert.ok(order[0].includes(longDate(ENTRIES[1].date)) && order[2].includes(longDate(ENTRIES[0].date)),
      `newest first by date, whatever the stored order: ${order.join(' | ')}`);

    // One ticked is not enough.
    await itemFor(page, ENTRIES[0]).getByRole('checkbox').check();
    await h.button(page, 'Compare').click();
    await h.visible(page.getByRole('alert').filter({ hasText: S().pickTwo }));

    // By keyboard: Space ticks the newest, Enter on Compare.
    const newest = itemFor(page, ENTRIES[1]).getByRole('checkbox');
    await h.tabTo(page, newest);
    await page.keyboard.press('Space');
    assert.equal(await newest.isChecked(), true);
    await h.tabTo(page, h.button(page, 'Compare'));
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Compare results', exact: true });
    await h.visible(heading);
    await h.eventually(async () => assert.ok(await h.isFocused(heading), 'focus on the new heading'));

    const [older, newer] = [scored(ENTRIES[0]), scored(ENTRIES[1])];
    const table = page.getByRole('table');
    const headers = await table.getByRole('columnheader').allTextContents();
    assert.deepStrictEqual(headers, [shortDate(ENTRIES[0].date), shortDate(ENTRIES[1].date), 'Change'], 'both dates, older first');
    const row = async (name) => (await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })
      .getByRole('cell').allTextContents()).map((c) => c.trim());
    const change = (a, b) => (b > a ? `+${b - a}` : b < a ? `\u2212${a - b}` : '0');
    assert.deepStrictEqual(await row('Total'), [`${older.total} / 150`, `${newer.total} / 150`, change(older.total, newer.total)]);
    assert.deepStrictEqual((await row('Your lean')).slice(0, 2), [bandTitle(older.band.id), bandTitle(newer.band.id)]);
    for (const theme of older.themes) {
      const later = newer.themes.find((x) => x.id === theme.id);
      assert.deepStrictEqual(await row(theme.title),
        [`${theme.score} / ${theme.max}`, `${later.score} / ${later.max}`, change(theme.score, later.score)], theme.title);
    }
    assert.ok(older.themes.some((theme) => newer.themes.find((x) => x.id === theme.id).score !== theme.score));

    await h.button(page, 'Back').click();
    await h.visible(page.getByRole('heading', { name: 'History', exact: true }));
  }));

test('View opens the full result, re-scored by the engine from the stored answers', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await seed(page, url, { [h.HISTORY_KEY]: JSON.stringify({ v: 1, entries: ENTRIES }) });
    await openHistory(page);
    const e = ENTRIES[2];
    await itemFor(page, e).getByRole('button', { name: `View ${longDate(e.date)}`, exact: true }).click();
    const r = scored(e);
    await h.expectResult(page, { total: r.total, band: r.band.id });
    await h.visible(page.getByText(`Taken on ${new Date(e.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`));
    await h.visible(page.getByRole('heading', { name: 'Why this result', exact: true }));
    assert.equal(await page.getByTestId('margin').getAttribute('data-toward'), r.margin.toward);
    await h.button(page, 'History').click();
    await h.visible(page.getByRole('heading', { name: 'History', exact: true }));
    assert.equal(await items(page).count(), 3, 'viewing adds nothing');
  }));

test('Delete asks once more, then removes only that result', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await seed(page, url, { [h.HISTORY_KEY]: JSON.stringify({ v: 1, entries: ENTRIES }) });
    await openHistory(page);
    const target = itemFor(page, ENTRIES[2]);
    await target.getByRole('button', { name: `Delete ${longDate(ENTRIES[2].date)}`, exact: true }).click();
    await h.visible(target.getByText('Delete this result?', { exact: true }));
    const yes = target.getByRole('button', { name: 'Yes, delete', exact: true });
    await h.eventually(async () => assert.ok(await h.isFocused(yes), 'focus on the confirming button'));
    await target.getByRole('button', { name: 'Cancel', exact: true }).click();
    assert.equal(await items(page).count(), 3, 'Cancel keeps it');
    assert.equal(JSON.parse(await h.storage(page, h.HISTORY_KEY)).entries.length, 3);

    await target.getByRole('button', { name: /^Delete / }).click();
    await target.getByRole('button', { name: 'Yes, delete', exact: true }).click();
    await h.visible(page.getByRole('status').filter({ hasText: S().deleted }));
    await h.eventually(async () => assert.equal(await items(page).count(), 2));
    assert.equal(await itemFor(page, ENTRIES[2]).count(), 0);
    const left = JSON.parse(await h.storage(page, h.HISTORY_KEY)).entries.map((e) => e.id);
    assert.deepStrictEqual(left, ['jan', 'may']);
  }));

test('Delete all my data removes everything the page stored, after a confirmation', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const custom = fs.readFileSync(path.join(h.ROOT, 'docs', 'examples', 'team-lead.json'), 'utf8');
    await seed(page, url, {
      [h.HISTORY_KEY]: JSON.stringify({ v: 1, entries: ENTRIES }),
      [h.PROGRESS_KEY]: JSON.stringify({ v: 1, answers: [4, ...Array(14).fill(null)], current: 1, elapsedMs: 900, startedAt: 1 }),
      'crossroads:progress:team-lead-check:1': JSON.stringify({ v: 1, answers: [1, null, null, null, null, null], current: 0, elapsedMs: 0, startedAt: 1 }),
      'crossroads:custom:team-lead-check': custom,
      'crossroads:setaside:crossroads:history:1700000000000': '{"broken',
      'someone-else:key': 'not ours',
    });
    await h.visible(h.button(page, 'Continue'));
    await openHistory(page);
    await h.button(page, 'Delete all my data').click();
    await h.visible(page.getByText(S().deleteAllOne, { exact: true }));
    await h.button(page, 'Cancel').click();
    assert.ok(await h.storage(page, h.HISTORY_KEY), 'Cancel deletes nothing');

    await h.button(page, 'Delete all my data').click();
    await h.button(page, 'Yes, delete all').click();
    await h.visible(page.getByRole('status').filter({ hasText: S().allDeleted }));
    const keys = await page.evaluate(() => Object.keys(window.localStorage));
    assert.deepStrictEqual(keys, ['someone-else:key'], 'only what another page stored is left');
    await h.visible(page.getByText(S().historyEmpty, { exact: true }));

    await h.button(page, 'Back').click();
    await h.visible(h.button(page, 'Start'));
    assert.equal(await h.button(page, 'Continue').count(), 0, 'no saved progress offered');
    await page.reload();
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
    await h.visible(h.button(page, 'Start'));
  }));

test('opened from disk (file://): history, compare and delete work', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await seed(page, url, { [h.HISTORY_KEY]: JSON.stringify({ v: 1, entries: ENTRIES }) });
    await openHistory(page);
    await itemFor(page, ENTRIES[0]).getByRole('checkbox').check();
    await itemFor(page, ENTRIES[2]).getByRole('checkbox').check();
    await h.button(page, 'Compare').click();
    await h.visible(page.getByRole('heading', { name: 'Compare results', exact: true }));
    const [a, b] = [scored(ENTRIES[0]), scored(ENTRIES[2])];
    await h.visible(page.getByRole('cell', { name: `+${b.total - a.total}`, exact: true }));
    await h.button(page, 'Back').click();
    await itemFor(page, ENTRIES[0]).getByRole('button', { name: /^Delete / }).click();
    await itemFor(page, ENTRIES[0]).getByRole('button', { name: 'Yes, delete', exact: true }).click();
    await h.eventually(async () => assert.equal(await items(page).count(), 2));
  }, { file: true }));

async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  return page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))));
}

test('History, a delete confirmation, Compare and a refused file pass an axe audit', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });  // no half-faded screen for the contrast check
    await seed(page, url, { [h.HISTORY_KEY]: JSON.stringify({ v: 1, entries: ENTRIES }) });
    await openHistory(page);
    await itemFor(page, ENTRIES[0]).getByRole('button', { name: /^Delete / }).click();
    await h.button(page, 'Compare').click();
    await h.visible(page.getByRole('alert'));
    assert.deepStrictEqual(await axeViolations(page), [], 'History');

    await itemFor(page, ENTRIES[0]).getByRole('checkbox').check();
    await itemFor(page, ENTRIES[1]).getByRole('checkbox').check();
    await h.button(page, 'Compare').click();
    await h.visible(page.getByRole('table'));
    assert.deepStrictEqual(await axeViolations(page), [], 'Compare');

    await h.button(page, 'Back').click();
    await h.button(page, 'Back').click();
    await page.getByLabel('Use your own questionnaire (JSON)', { exact: true })
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":1}') });
    await h.visible(page.getByRole('alert'));
    assert.deepStrictEqual(await axeViolations(page), [], 'Welcome with a refused questionnaire');
  }));
