// What the team view holds after a file: a file being scored, or the file kept so a new floor
// needs no rescoring, is let go however the person leaves (its Back button or the browser's), and
// a file that gave nothing to show stays that way when the floor or the switch changes.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./harness');
const { T, CSV_LABEL, HEADER, writeCsvIn, openTeam, builtinRows } = require('./team_insight_support');

let dir;
test.before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-leaving-'));
  await h.setup();
});
test.after(async () => {
  await h.teardown();
  fs.rmSync(dir, { recursive: true, force: true });
});
const writeCsv = (name, lines) => writeCsvIn(dir, name, lines);

// Keeps the engine the page loads within reach, to ask how much of its memory is in use.
function keepEngine() {
  let made;
  Object.defineProperty(window, 'createCrossroadsEngine', { configurable: true,
    get() { return made && ((options) => made(options).then((engine) => { window.keptEngine = engine; return engine; })); },
    set(value) { made = value; } });
}
const inUse = (page) => page.evaluate(() => window.keptEngine.memoryInUse());

test('leaving by the browser’s back lets the kept file go, as the Back button does', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url, context }) => {
    await context.addInitScript(keepEngine);
    await page.goto(url);  // Welcome first, so the browser's back has somewhere to go
    await h.visible(page.getByRole('button', { name: 'Start' }));
    await openTeam(page, url);
    const before = await inUse(page);
    await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('six.csv', [HEADER, ...builtinRows(6)]));
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^6$/ }));
    assert.ok(await inUse(page) > before, 'the file is kept while its results are shown');
    await page.goBack();
    await h.visible(page.getByRole('button', { name: 'Start' }));
    await h.eventually(async () => assert.equal(await inUse(page), before));
  }));

test('a file with no data rows: changing the floor or the switch shows no summary', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('header-only.csv', [HEADER]));
    await h.visible(page.getByText(/no data rows/));
    await page.getByRole('switch', { name: T.anonymousLabel, exact: true }).check();
    await page.getByRole('combobox', { name: T.floorLabel, exact: true }).selectOption('3');
    assert.equal(await page.getByRole('heading', { name: T.summaryHeading }).count(), 0);
    assert.equal(await page.getByTestId('team-count').count(), 0);
    assert.equal(await page.getByTestId('suppressed').count(), 0);
  }));
