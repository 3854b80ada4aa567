// History entries written before the engine took null for "time not known": the build before
// issue 11 stored a shared result added to History with `seconds: -1`. Today's page must still
// list it and open it with the same total and band.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const v1 = require('./v1_fixtures');

test.before(h.setup);
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
