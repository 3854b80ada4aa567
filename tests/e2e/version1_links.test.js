// Share links made with version 1 of the built-in questionnaire (tests/fixtures/v1/fixtures.json)
// still open with today's page exactly as they did: the same total, band, theme subtotals, margin
// and drivers, the version 1 statements on paper, and a note that they were made with an earlier
// version. The result files made at the same time (result-*.json) say what each showed then.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const v1 = require('./v1_fixtures');

test.before(h.setup);
test.after(h.teardown);

const S = () => h.pageStrings().S;
const format = (...args) => h.pageStrings().format(...args);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openLink(page, url, r) {
  await page.goto(new URL(r.share_link_path, url).href);
  await h.visible(page.getByRole('heading', { name: 'Shared result', exact: true, level: 1 }));
}

/** The note that the result was made with an earlier version, in the page's words. */
async function expectEarlierVersion(page) {
  const note = page.getByTestId('earlier-version');
  await h.visible(note);
  assert.equal((await note.textContent()).trim(), format(S().earlierVersion, { version: 1 }));
}

for (const r of v1.RESULTS) {
  test(`version 1 share link (${r.name}): ${r.total}, ${v1.bandTitle(r.band)}, as it showed then, marked as an earlier version`,
    { timeout: 30000 }, (t) => h.withPage(t, async ({ page, url }) => {
      await openLink(page, url, r);
      await h.expectResult(page, { total: r.total, band: r.band });
      await expectEarlierVersion(page);

      // What the result said when the link was made (its result file holds the engine's result then).
      const then = r.json.result;
      assert.equal(then.total, r.total, 'the fixture agrees with itself');
      // Band texts are version 1's as kept today: its scoring is frozen, but texts that were untrue
      // for some results ("clearly" at a borderline) were corrected in the archive.
      await h.visible(page.getByText(v1.V1.bands.find((b) => b.id === r.band).summary, { exact: true }));
      assert.equal(then.band.id, r.band);
      for (const theme of then.themes) {
        await h.visible(page.getByText(new RegExp(`^${escape(theme.title)}: ${theme.score} / ${theme.max}\\b`)));
      }
      const margin = page.getByTestId('margin');
      assert.equal(await margin.getAttribute('data-toward'), then.margin.toward);
      assert.match(await margin.textContent(), new RegExp(`\\b${then.margin.points} points? from ${escape(v1.bandTitle(then.margin.toward))}`));
      const drivers = await page.getByTestId('drivers').locator('[data-item]')
        .evaluateAll((els) => els.map((e) => `${e.dataset.pole} ${e.dataset.item}`));
      const expected = Object.entries(then.drivers).flatMap(([pole, items]) => items.map((item) => `${pole} ${item}`));
      assert.deepStrictEqual(drivers.sort(), expected.sort(), 'the same statements pulled hardest');

      // Nothing of the visitor's is made from it.
      assert.equal(await h.storage(page, h.PROGRESS_KEY), null, 'no progress saved');
      assert.equal(await h.storage(page, h.HISTORY_KEY), null, 'not added to history');
    }));
}

test('version 1 share links, printed: every statement as version 1 worded it, with the answer given', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const reworded = h.QUESTIONNAIRE.items.filter((item, i) => item.prompt !== v1.V1.items[i].prompt);
    assert.ok(reworded.length >= 5, `version 2 rewrote statements (${reworded.length})`);
    const { min, max } = v1.V1.scale;
    for (const r of v1.RESULTS) {
      await page.goto('about:blank');
      await openLink(page, url, r);
      await page.emulateMedia({ media: 'print' });
      await h.visible(page.getByRole('heading', { name: S().answersHeading, exact: true }));
      await h.visible(page.getByTestId('earlier-version'));
      for (const [i, item] of v1.V1.items.entries()) {
        const line = format(S().answerLine, { answer: r.answers[i], min, max, low: item.low, high: item.high });
        await h.visible(page.getByRole('listitem').filter({ hasText: item.prompt }).filter({ hasText: line }));
      }
      // The statements version 2 reworded are not put in their place.
      for (const item of reworded) {
        assert.equal(await page.getByText(item.prompt, { exact: true }).count(), 0, `${r.name}: not version 2's "${item.prompt}"`);
      }
      // Like any report, on one or two pages (print_report.test.js), the note on the version included.
      for (const paper of ['A4', 'Letter']) {
        const pages = ((await page.pdf({ format: paper, printBackground: true })).toString('latin1')
          .match(/\/Type\s*\/Page(?!s)/g) || []).length;
        assert.ok(pages >= 1 && pages <= 2, `${r.name}, ${paper}: ${pages} pages`);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  }));

test('version 1 share link: its share link stays the same, and "Take the assessment yourself" starts version 2',
  { timeout: 30000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const r = v1.RESULTS.find((x) => x.name === 'mastery');
    await openLink(page, url, r);
    await h.button(page, 'Copy share link').click();
    await h.visible(page.getByRole('status').getByText(S().linkCopied, { exact: true }));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(new URL(link).hash, `#r=${r.share_code}`, 'passed on, the link is the one that was sent');

    await h.button(page, 'Take the assessment yourself').click();
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true, level: 1 }));
    await h.start(page);
    await h.visible(page.getByText(h.QUESTIONNAIRE.items[0].high));  // as version 2 words it
    assert.equal(await h.button(page, 'Continue').count(), 0);
  }, { context: { permissions: ['clipboard-read', 'clipboard-write'] } }));
