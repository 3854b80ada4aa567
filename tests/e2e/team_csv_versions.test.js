// Team view with a CSV file of answers given to version 1 of the built-in questionnaire
// (tests/fixtures/v1/team.csv). A CSV file does not say which version it was answered with, so the
// team lead chooses it next to the file input: scored as version 1, every person gets the total and
// band the version-1 CLI gave them (tests/fixtures/v1/cli-team-out.csv), and the page says so; scored
// as the current version, the totals are the current engine's. With an own questionnaire in use
// there is nothing to choose. The engine under node says what the current version gives.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const { loadEngine } = require('./oracle');
const { withoutMark, setFloor } = require('./team_support');

const FIXTURES = path.join(h.ROOT, 'tests', 'fixtures', 'v1');
const TEAM_CSV = path.join(FIXTURES, 'team.csv');
const TEAM_TEXT = fs.readFileSync(TEAM_CSV, 'utf8');
const CSV_LABEL = 'CSV file (one person per row)';

let engine;
let current;  // the built-in questionnaire now (engine under node)
let v1;       // its version 1, as the engine keeps it
test.before(async () => {
  engine = await loadEngine();
  current = engine.questionnaire('').questionnaire;
  v1 = JSON.parse(engine.earlierVersions().find((text) => JSON.parse(text).version === 1));
  await h.setup();
});
test.after(h.teardown);

const strings = () => h.pageStrings();
const bandTitle = (q, id) => q.bands.find((band) => band.id === id).title;

// What the version-1 CLI said about team.csv: [id, total, band id] per person, in order.
function v1Truth() {
  const [header, ...rows] = fs.readFileSync(path.join(FIXTURES, 'cli-team-out.csv'), 'utf8').trim().split('\n')
    .map((line) => line.split(','));
  const col = (name) => header.indexOf(name);
  return rows.map((r) => [r[col('id')], r[col('total')], r[col('band')]]);
}

// What the current engine says about team.csv, in the same form.
function currentTruth() {
  const scored = engine.scoreCsv('', TEAM_TEXT);
  assert.equal(scored.ok, true);
  return scored.rows.map((r) => [r.id, String(r.total), r.band.id]);
}

async function openTeam(page, url) {
  await page.goto(`${url}#team`);
  await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
  await h.visible(page.getByLabel(CSV_LABEL));
  await setFloor(page, 3);  // team.csv holds 3 people: below the default floor of 5, no count would show
}

const versionSelect = (page) => page.getByRole('combobox', { name: strings().TEAM.versionLabel, exact: true });

// The people table as a person reads it: id, total and band of each row.
async function people(page) {
  const table = page.getByRole('table', { name: strings().TEAM.peopleCaption });
  await h.visible(table);
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) =>
    [...row.children].slice(0, 3).map((cell) => cell.textContent.trim())))
    .then((rows) => rows.map(([id, total, band]) => [id, total, withoutMark(band)]));
}

// The people table and the band counts say exactly `truth` ([id, total, band id]), in questionnaire q's words.
async function expectPeople(page, truth, q) {
  await h.eventually(async () => assert.deepStrictEqual(await people(page),
    truth.map(([id, total, band]) => [id, total, bandTitle(q, band)])));
  for (const band of q.bands) {
    const n = truth.filter((row) => row[2] === band.id).length;
    assert.equal(await page.getByTestId('band-count').and(page.locator(`[data-band="${band.id}"]`))
      .getAttribute('data-count'), String(n), `${band.title} count`);
  }
}

test('answers given to version 1, chosen by keyboard: each person as the version-1 CLI scored them', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const { TEAM, format } = strings();
    await openTeam(page, url);
    const select = versionSelect(page);
    await h.visible(select);
    const options = await select.getByRole('option').allTextContents();
    assert.deepStrictEqual(options, [format(TEAM.versionCurrent, { version: current.version }),
      format(TEAM.versionEarlier, { version: 1 })], 'the current version first, then version 1');
    assert.equal(await select.evaluate((el) => el.selectedOptions[0].textContent), options[0], 'the current one by default');
    await h.visible(page.getByText(TEAM.versionHint, { exact: true }));

    await h.tabTo(page, select);
    const outline = await select.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, 'solid', 'the focused select shows where the keyboard is');
    await page.keyboard.press('ArrowDown');
    await h.eventually(async () => assert.equal(await select.evaluate((el) => el.selectedOptions[0].textContent), options[1]));

    await page.getByLabel(CSV_LABEL).setInputFiles(TEAM_CSV);
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^3$/ }));
    await expectPeople(page, v1Truth(), v1);
    await h.visible(page.getByRole('status').getByText(format(TEAM.scoredByVersion, { version: 1 }), { exact: true }));
    await h.visible(page.getByText(format(TEAM.fromFileVersion, { name: 'team.csv', version: 1 }), { exact: true }));
  }));

test('the same file as the current version, then version 1 chosen afterwards: scored again by it', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const { TEAM, format } = strings();
    const now = currentTruth();
    const old = v1Truth();
    assert.deepStrictEqual(now.map((row) => row[0]), old.map((row) => row[0]), 'the same people');
    assert.ok(now.some((row, i) => row[1] !== old[i][1]), 'the versions give at least one person another total');

    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(TEAM_CSV);
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^3$/ }));
    await expectPeople(page, now, current);
    await h.visible(page.getByText(format(TEAM.fromFile, { name: 'team.csv' }), { exact: true }));
    assert.equal(await page.getByRole('status').getByText(/version/).count(), 0, 'no version named for the current one');

    // The results no longer match once another version is chosen: the file is scored again by it.
    await versionSelect(page).selectOption({ label: format(TEAM.versionEarlier, { version: 1 }) });
    await h.visible(page.getByRole('status').getByText(format(TEAM.scoredByVersion, { version: 1 }), { exact: true }));
    await expectPeople(page, old, v1);

    // And back to the current version.
    await versionSelect(page).selectOption({ label: format(TEAM.versionCurrent, { version: current.version }) });
    await h.visible(page.getByText(format(TEAM.fromFile, { name: 'team.csv' }), { exact: true }));
    await expectPeople(page, now, current);
    assert.equal(await page.getByRole('status').getByText(/version/).count(), 0);

    // Example data is always the current version, whatever is chosen for files.
    await versionSelect(page).selectOption({ label: format(TEAM.versionEarlier, { version: 1 }) });
    await h.visible(page.getByRole('status').getByText(format(TEAM.scoredByVersion, { version: 1 }), { exact: true }));
    await h.button(page, TEAM.example).click();
    await h.visible(page.getByText(TEAM.fromExample, { exact: true }));
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^40$/ }));
    assert.equal(await page.getByRole('status').getByText(/version/).count(), 0);
  }));

test('with your own questionnaire in use there is no version to choose', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const own = path.join(h.ROOT, 'docs', 'examples', 'team-lead.json');
    const q = JSON.parse(fs.readFileSync(own, 'utf8'));
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await page.getByLabel('Use your own questionnaire (JSON)', { exact: true }).setInputFiles(own);
    await h.visible(page.getByRole('heading', { name: q.title, level: 1 }));
    await page.getByRole('link', { name: 'Team view', exact: true }).click();
    await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
    await h.visible(page.getByLabel(CSV_LABEL));
    assert.equal(await versionSelect(page).count(), 0, 'no version select');
    // In the team view (the header's language menu is on every screen, outside it)
    assert.deepStrictEqual(await page.getByRole('main').getByRole('combobox').evaluateAll((els) => els.map((el) => el.id)),
      ['team-min-group'], 'no select but the smallest group shown');
    assert.equal(await page.getByText(strings().TEAM.versionLabel).count(), 0);
  }));
