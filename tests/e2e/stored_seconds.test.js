// "Time not known" in History is stored as seconds -1, as the build before issue 11 stored it:
// - such an entry still lists and opens with the same total and band;
// - a result file without a time, added to History today, is stored the same way, never as null, which a page of
//   the earlier build (open in another tab, or an old offline copy) would take for damage and set
//   the whole history aside.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const v1 = require('./v1_fixtures');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const ALL_FIVES = Array(15).fill(5);  // 75 whatever the reversed statements: Both
const STORED = JSON.stringify({ v: 1, entries: [
  { id: 'shared-1', date: '2026-11-29T10:00:00.000Z', questionnaire: { id: 'crossroads', version: 2 },
    answers: ALL_FIVES, seconds: -1 },
] });

test('a History entry stored with seconds -1 (time not known) opens with its total and band',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, context, url }) => {
    await v1.seedOnce(context, { [v1.HISTORY.key]: STORED });
    await page.goto(url);
    await h.button(page, 'History').click();
    await h.visible(page.getByRole('heading', { name: 'History', exact: true, level: 1 }));
    const entries = page.getByRole('main').getByRole('listitem');
    assert.equal(await entries.count(), 1, 'the stored entry is listed');
    await entries.first().getByRole('button', { name: /^View / }).click();
    await h.visible(page.getByRole('heading', { name: 'Your result', exact: true, level: 1 }));
    await h.expectResult(page, { total: 75, band: 'both' });
  }));

test('a result file without a time, added to History, is stored with seconds -1, a number as before',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const text = engine.exportResult('', ALL_FIVES, null, '2026-11-29T10:00:00.000Z');
    assert.equal(JSON.parse(text).seconds, null, 'the file says the time is not known');
    const file = path.join(os.tmpdir(), `crossroads-no-time-${process.pid}.json`);
    fs.writeFileSync(file, text);
    await page.goto(url);
    await page.getByLabel('Import a result (JSON)', { exact: true }).setInputFiles(file);
    await h.expectResult(page, { total: 75, band: 'both' });
    await h.button(page, 'Add to my history').click();
    await h.visible(page.getByRole('heading', { name: 'History', exact: true, level: 1 }));
    const stored = JSON.parse(await h.storage(page, h.HISTORY_KEY));
    assert.equal(stored.entries.length, 1);
    assert.equal(stored.entries[0].seconds, -1);
  }));
