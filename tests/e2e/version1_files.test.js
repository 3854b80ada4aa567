// Result files saved with version 1 of the built-in questionnaire (tests/fixtures/v1/result-*.json,
// from Download JSON) are imported with today's page: the same total and band, a note that they
// were made with an earlier version, and "Add to my history" keeps them as version 1, so they open
// the same way from History.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const v1 = require('./v1_fixtures');

test.before(h.setup);
test.after(h.teardown);

const S = () => h.pageStrings().S;
const format = (...args) => h.pageStrings().format(...args);

async function expectEarlierVersion(page) {
  const note = page.getByTestId('earlier-version');
  await h.visible(note);
  assert.equal((await note.textContent()).trim(), format(S().earlierVersion, { version: 1 }));
}

/** Imports fixture r's result file from Welcome: it opens with the total and band it had, marked. */
async function importFile(page, url, r) {
  await page.goto(url);
  await h.visible(h.button(page, 'Start'));
  await page.getByLabel(S().importResult, { exact: true }).setInputFiles(v1.file(r.files.json));
  await h.visible(page.getByRole('heading', { name: 'Imported result', exact: true, level: 1 }));
  await h.expectResult(page, { total: r.total, band: r.band });
  await expectEarlierVersion(page);
}

for (const r of v1.RESULTS) {
  test(`version 1 result file (${r.name}): imported with ${r.total}, ${v1.bandTitle(r.band)}, and kept as version 1 in history`,
    { timeout: 30000 }, (t) => h.withPage(t, async ({ page, url }) => {
      await importFile(page, url, r);
      // Band texts are version 1's as kept today (its scoring is frozen; untrue texts were corrected).
      assert.equal(r.json.result.band.id, r.band);
      await h.visible(page.getByText(v1.V1.bands.find((b) => b.id === r.band).summary, { exact: true }));
      assert.equal(await page.getByTestId('margin').getAttribute('data-toward'), r.json.result.margin.toward);
      assert.equal(await h.storage(page, h.HISTORY_KEY), null, 'not in history until added');

      await h.button(page, 'Add to my history').click();
      await h.visible(page.getByRole('heading', { name: 'History', exact: true, level: 1 }));
      await h.visible(page.getByRole('status').filter({ hasText: S().added }));
      const entries = JSON.parse(await h.storage(page, h.HISTORY_KEY)).entries;
      assert.equal(entries.length, 1);
      assert.deepStrictEqual(entries[0].questionnaire, { id: 'crossroads', version: 1 }, 'kept as version 1');
      assert.deepStrictEqual(entries[0].answers, r.answers, 'with the answers in the file');
      assert.equal(entries[0].date, r.json.date, 'and the date in the file');

      // Listed as an earlier version, and opened again from History the same way.
      const item = page.getByRole('main').getByRole('listitem').filter({ hasText: v1.historyLine(r) });
      await h.visible(item);
      await h.visible(item.getByText(format(S().earlierVersionShort, { version: 1 }), { exact: true }));
      await item.getByRole('button', { name: /^View / }).click();
      await h.visible(page.getByRole('heading', { name: 'Your result', exact: true, level: 1 }));
      await h.expectResult(page, { total: r.total, band: r.band });
      await expectEarlierVersion(page);
    }));
}

test('version 1 result file, opened from disk (file://): imported with the same total and band', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const r = v1.RESULTS.find((x) => x.name === 'both');
    await importFile(page, url, r);
  }, { file: true }));

test('Retake on a version 1 result starts version 2 from statement 1', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const r = v1.RESULTS.find((x) => x.name === 'management');
    await importFile(page, url, r);
    await h.button(page, 'Add to my history').click();
    await page.getByRole('main').getByRole('listitem').filter({ hasText: v1.historyLine(r) })
      .getByRole('button', { name: /^View / }).click();
    await h.expectResult(page, { total: r.total, band: r.band });
    await h.button(page, 'Retake').click();
    await h.openQuestion(page, 1);
    await h.visible(page.getByText(h.QUESTIONNAIRE.items[0].high));  // as version 2 words it
    await h.expectAnswer(page, 1, null);
    await h.expectProgress(page, 0);
    const saved = JSON.parse(await h.storage(page, h.PROGRESS_KEY));
    assert.ok(saved.answers.every((a) => a === null), 'a fresh start under version 2');
  }));
