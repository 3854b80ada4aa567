// The team view's privacy: below the smallest group shown (5 unless changed, 3 to 10) no band
// counts, spread, averages or reliability figures are shown, on screen or in print, and a notice
// says why; the anonymous summary hides the table of people and every id, on screen and in the
// printed team report. Used as a person would: by labels, roles and the keyboard, on a small screen.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./harness');
const { T, CSV_LABEL, HEADER, writeCsvIn, openTeam, builtinRows, trustSection } = require('./team_insight_support');

let dir;
test.before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-privacy-'));
  await h.setup();
});
test.after(async () => {
  await h.teardown();
  fs.rmSync(dir, { recursive: true, force: true });
});
const writeCsv = (name, lines) => writeCsvIn(dir, name, lines);
const floorSelect = (page) => page.getByRole('combobox', { name: T.floorLabel, exact: true });
const anonymousSwitch = (page) => page.getByRole('switch', { name: T.anonymousLabel, exact: true });
const peopleTable = (page) => page.getByRole('table', { name: T.peopleCaption });
const suppressedText = (count, floor) => `${T.suppressed.other} ${T.suppressedChange}`.replace('{count}', count)
  .replace('{floor}', floor).replace('{lowest}', 3).replace('{highest}', 10);

/** What a person sees of the aggregates: how many of each there are on the page now. */
async function aggregates(page) {
  return {
    bands: await page.getByTestId('band-count').filter({ visible: true }).count(),
    spread: await page.getByRole('img', { name: /^Totals of / }).filter({ visible: true }).count(),
    themes: await page.getByTestId('theme-average').filter({ visible: true }).count(),
    reliability: await page.getByTestId('reliability').filter({ visible: true }).count(),
    firmness: await page.getByTestId('band-uncertain').filter({ visible: true }).count(),
  };
}
const NONE = { bands: 0, spread: 0, themes: 0, reliability: 0, firmness: 0 };
const ALL = { bands: 3, spread: 1, themes: 5, reliability: 1, firmness: 1 };

test('the floor: 4 people show no aggregate (screen and print), the floor set to 4 shows them; 5 people at the default', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await openTeam(page, url);
    assert.equal(await floorSelect(page).inputValue(), '5', 'the floor is 5 unless changed');
    assert.deepStrictEqual(await floorSelect(page).locator('option').allTextContents(),
      [3, 4, 5, 6, 7, 8, 9, 10].map((n) => `${n} people`));
    await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('four.csv', [HEADER, ...builtinRows(4)]));
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^4$/ }));
    await h.visible(page.getByTestId('suppressed'));
    assert.equal(await page.getByTestId('suppressed').textContent(), suppressedText(4, 5));
    assert.deepStrictEqual(await aggregates(page), NONE);
    assert.equal(await peopleTable(page).locator('tbody tr').count(), 4, 'the people table stays');

    await page.emulateMedia({ media: 'print' });
    await h.visible(page.getByTestId('suppressed'));
    assert.deepStrictEqual(await aggregates(page), NONE, 'nor in print');
    assert.equal(await floorSelect(page).isVisible(), false, 'the controls are not printed');
    await page.emulateMedia({ media: 'screen' });

    // A lower floor shows them again, from the engine's insight: nothing is scored again (the
    // status, which says "Scoring…" first whenever anything is scored, never says it).
    const status = page.getByRole('status').filter({ hasText: '4 people scored.' });
    await status.evaluate((region) => {
      window.statusTexts = [];
      new MutationObserver(() => window.statusTexts.push(region.textContent))
        .observe(region, { childList: true, subtree: true, characterData: true });
    });
    await floorSelect(page).selectOption({ label: '4 people' });
    await h.visible(page.getByTestId('band-count').first());
    assert.equal(await page.getByTestId('suppressed').count(), 0);
    assert.deepStrictEqual(await aggregates(page), ALL);
    assert.equal(await page.getByTestId('reliability').locator('[data-scale="total"]').getAttribute('data-n'), '4');
    await h.visible(status.getByText('Shown again for a smallest group of 4.', { exact: true }));
    const texts = await page.evaluate(() => window.statusTexts);
    assert.ok(texts.length > 0 && !texts.some((text) => text.includes(T.scoring)), `no new scoring: ${texts}`);

    // 5 people meet the default floor.
    await page.reload();
    await h.visible(page.getByLabel(CSV_LABEL));
    assert.equal(await floorSelect(page).inputValue(), '5');
    await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('five.csv', [HEADER, ...builtinRows(5)]));
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^5$/ }));
    await h.visible(trustSection(page));
    assert.deepStrictEqual(await aggregates(page), ALL);
    assert.equal(await page.getByTestId('suppressed').count(), 0);
    assert.equal(await page.getByTestId('reliability').locator('[data-scale="total"]').getAttribute('data-n'), '5');
  }));

test('the anonymous summary hides the table of people and every id, on screen and in the printed report', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const rows = builtinRows(8, 'anon-id');
    const csv = writeCsv('team.csv', [HEADER, ...rows.slice(0, 4), 'anon-id-short,1,2,3', ...rows.slice(4),
      `anon-id-high,${'5,'.repeat(14)}11`]);
    const ids = [...rows.map((line) => line.split(',')[0]), 'anon-id-short', 'anon-id-high'];
    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(csv);
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^8$/ }));
    const text = () => page.locator('main').innerText();
    for (const id of ids) assert.ok((await text()).includes(id), `${id} is shown before`);
    assert.equal(await anonymousSwitch(page).isChecked(), false);

    await anonymousSwitch(page).check();
    await h.visible(page.getByTestId('anonymous'));
    assert.equal(await page.getByTestId('anonymous').textContent(), T.anonymousNote);
    assert.equal(await peopleTable(page).count(), 0, 'no table of people');
    const problems = page.getByRole('table', { name: T.problemsCaption });
    await h.visible(problems);
    assert.deepStrictEqual(await problems.getByRole('columnheader').allTextContents(), [T.problemColumns.reason]);
    assert.equal(await problems.locator('tbody tr').count(), 2, 'the rows left out are still listed');
    for (const id of ids) assert.ok(!(await text()).includes(id), `${id} is hidden`);
    // not in any attribute either (an aria-label, a chart's name, a data- attribute)
    const markup = await page.locator('main').evaluate((main) => main.outerHTML);
    for (const id of ids) assert.ok(!markup.includes(id), `${id} is in no attribute`);
    assert.deepStrictEqual(await aggregates(page), ALL, 'the summary stays');

    // Printed: the same, with the note saying so.
    await page.emulateMedia({ media: 'print' });
    await h.visible(page.getByTestId('anonymous'));
    assert.equal(await peopleTable(page).count(), 0);
    const printed = await page.locator('main').innerText();
    for (const id of ids) assert.ok(!printed.includes(id), `${id} is not printed`);
    assert.ok(printed.includes(T.trustHeading), 'the figures are printed');
    assert.equal(await anonymousSwitch(page).isVisible(), false, 'the switch is not printed');
    await page.emulateMedia({ media: 'screen' });

    await anonymousSwitch(page).uncheck();
    await h.visible(peopleTable(page));
    assert.equal(await peopleTable(page).locator('tbody tr').count(), 8);
    await page.emulateMedia({ media: 'print' });
    assert.ok((await page.locator('main').innerText()).includes(ids[0]), 'switched off, the table is printed');
    await page.emulateMedia({ media: 'screen' });
  }));

async function expectVisibleFocus(page, what) {
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { tag: document.activeElement.outerHTML.slice(0, 80), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.ok(ring.outline !== 'none' && ring.width >= 2, `${what} shows its focus (${JSON.stringify(ring)})`);
}

test('keyboard only: the floor and the switch, with visible focus, and the statement tables scroll by keyboard', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('four.csv', [HEADER, ...builtinRows(4)]));
    await h.visible(page.getByTestId('suppressed'));
    await page.getByRole('heading', { name: 'Team view', level: 1 }).focus();

    await h.tabTo(page, floorSelect(page));
    await expectVisibleFocus(page, 'the floor');
    await page.keyboard.press('ArrowUp');  // 5 → 4 people
    await h.eventually(async () => assert.equal(await floorSelect(page).inputValue(), '4'));
    await h.visible(trustSection(page));
    assert.ok(await h.isFocused(floorSelect(page)), 'the focus stays on the floor');

    await page.keyboard.press('Tab');
    assert.ok(await h.isFocused(anonymousSwitch(page)), 'Tab goes on to the switch');
    await expectVisibleFocus(page, 'the switch');
    await page.keyboard.press('Space');
    await h.eventually(async () => assert.equal(await anonymousSwitch(page).isChecked(), true));
    await h.eventually(async () => assert.equal(await peopleTable(page).count(), 0));
    assert.ok(await h.isFocused(anonymousSwitch(page)), 'the focus stays on the switch');

    // Each statement table is a region the keyboard can reach (to scroll it on a narrow screen).
    const region = page.getByRole('region', { name: T.itemsCaption.replace('{scale}', T.scaleTotal), exact: true });
    await h.tabTo(page, region, 60);
    await expectVisibleFocus(page, 'the statement table');
    await page.keyboard.press('Shift+Tab');
    await h.tabTo(page, anonymousSwitch(page), 80);
    await page.keyboard.press('Space');
    await h.visible(peopleTable(page));
  }));

for (const scheme of ['light', 'dark']) {
  test(`320 px wide, ${scheme}: nothing scrolls sideways, the switch is a 44 px target`, { timeout: 60000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      await openTeam(page, url);
      await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('nine.csv', [HEADER, ...builtinRows(9)]));
      await h.visible(trustSection(page));
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(await sideways() <= 0, 'no sideways scroll with the figures');
      const label = page.locator('label').filter({ has: anonymousSwitch(page) });
      const box = await label.boundingBox();
      assert.ok(box.height >= 44 && box.width >= 44, `the switch's label is its target (${box.width}×${box.height})`);
      const select = await floorSelect(page).boundingBox();
      assert.ok(select.height >= 44, `the floor is a 44 px target (${select.height})`);
      await anonymousSwitch(page).check();
      await floorSelect(page).selectOption('10');
      await h.visible(page.getByTestId('suppressed'));
      assert.ok(await sideways() <= 0, 'no sideways scroll with the notices');
    }, { context: { viewport: { width: 320, height: 640 }, colorScheme: scheme } }));
}
