// Team view with CSV files as people really have them (issue 14, tests/fixtures/csv/): a team lead
// drops in a semicolon file from Excel or a forms export as it is, and the page says how it read
// it (the separator, the header, where the statements and the ids come from, the columns left out,
// and for a header by name which column each statement came from), and scores each person as the
// engine under node does, and as expected.json's answers score one by one. With a header that
// has other columns, the lead can take the ids from one of them, by mouse or keyboard. A file with
// no data rows says so, with no empty results.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./harness');
const { loadEngine } = require('./oracle');
const { withoutMark } = require('./team_support');

const FIXTURES = path.join(h.ROOT, 'tests', 'fixtures', 'csv');
const fixture = (name) => path.join(FIXTURES, name);
const EXPECTED = JSON.parse(fs.readFileSync(fixture('expected.json'), 'utf8'));
const CSV_LABEL = 'CSV file (one person per row)';
const EMAILS = ['ana@example.org', 'bruno@example.org', 'chloe@example.org', 'dmitri@example.org',
  'eun-ji@example.org', 'farah@example.org'];

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const strings = () => h.pageStrings();
const bandTitle = (id) => h.QUESTIONNAIRE.bands.find((band) => band.id === id).title;

// What the engine under node makes of a fixture: [id, total, band title] per person, and the
// problem of a file it cannot use. options: the CSV options the page passes.
function engineSays(name, options) {
  const out = engine.open('').handle.scoreCsv(fs.readFileSync(fixture(name), 'utf8'), options);
  assert.equal(out.ok, true);
  const { bands } = engine.questionnaire('').questionnaire;
  const people = [];
  for (let i = 0; i < out.count; i++) people.push([out.ids[i], String(out.total[i]), bands[out.band[i]].title]);
  return { people, problem: out.problem };
}

// The same people from expected.json's answers, each scored on its own: the truth for every file.
function expectedPeople(ids) {
  return ids.map((id, i) => {
    const result = engine.score('', EXPECTED.rows[i].answers, null);
    assert.equal(result.ok, true);
    return [id, String(result.total), bandTitle(result.band.id)];
  });
}

async function openTeam(page, url) {
  await page.goto(`${url}#team`);
  await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
  await h.visible(page.getByLabel(CSV_LABEL));
}

async function loadFile(page, name) {
  await page.getByLabel(CSV_LABEL).setInputFiles(fixture(name));
}

const reading = (page) => page.getByRole('region', { name: strings().TEAM.readingHeading, exact: true });
const idSelect = (page) => page.getByRole('combobox', { name: strings().TEAM.idLabel, exact: true });

// The sentences under "How the file was read", in order.
async function readingSentences(page) {
  await h.visible(reading(page));
  return reading(page).getByRole('listitem').allTextContents();
}

// The people table as a person reads it: id, total and band of each row.
async function people(page) {
  const table = page.getByRole('table', { name: strings().TEAM.peopleCaption });
  await h.visible(table);
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) =>
    [...row.children].slice(0, 3).map((cell) => cell.textContent.trim())))
    .then((rows) => rows.map(([id, total, band]) => [id, total, withoutMark(band)]));
}

async function expectPeople(page, truth) {
  await h.eventually(async () => assert.deepStrictEqual(await people(page), truth));
  await h.visible(page.getByTestId('team-count').filter({ hasText: new RegExp(`^${truth.length}$`) }));
  if (truth.length < 5) {  // fewer people than the default floor: no band counts, and a notice says why
    await h.visible(page.getByTestId('suppressed'));
    assert.equal(await page.getByTestId('band-count').count(), 0);
    if (truth.length < 3) {  // below the lowest floor: the notice does not offer a floor that cannot help
      const notice = await page.getByTestId('suppressed').textContent();
      assert.match(notice, /for fewer than 3 people/);
      assert.doesNotMatch(notice, /You can change/);
    }
    return;
  }
  for (const band of h.QUESTIONNAIRE.bands) {
    const n = truth.filter((row) => row[2] === band.title).length;
    assert.equal(await page.getByTestId('band-count').and(page.locator(`[data-band="${band.id}"]`))
      .getAttribute('data-count'), String(n), `${band.title} count`);
  }
}

test('a semicolon file from Excel: the separator and a header read by place, the ids from its first column', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const { TEAM, format } = strings();
    await openTeam(page, url);
    await loadFile(page, 'semicolon.csv');
    const truth = expectedPeople(EXPECTED.rows.map((row) => row.id));
    assert.deepStrictEqual(engineSays('semicolon.csv').people, truth, 'the engine under node agrees');
    await expectPeople(page, truth);
    await h.visible(page.getByRole('status').getByText(format(TEAM.scored.other, { count: 6 }), { exact: true }));
    assert.deepStrictEqual(await readingSentences(page), [
      format(TEAM.separatorDetected, { separator: TEAM.separators[';'] }),
      format(TEAM.headerByPlace, { line: 1 }),
      format(TEAM.idsFromColumn, { name: format(TEAM.columnName, { name: 'Name' }) }),
    ]);
    assert.equal(await reading(page).getByText('Separator: semicolon, found in the file.', { exact: true }).count(), 1);
    // Nothing else to take the ids from, and no mapping to show for columns read by place.
    assert.equal(await idSelect(page).count(), 0);
    assert.equal(await page.getByText(TEAM.mappingSummary).count(), 0);
  }));

test('a comma file ending every line in a comma, and a tab file of one row without a header', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const { TEAM, format } = strings();
    await openTeam(page, url);
    await loadFile(page, 'trailing-comma.csv');
    await expectPeople(page, expectedPeople(EXPECTED.rows.map((row) => row.id)));
    assert.deepStrictEqual(await readingSentences(page), [
      format(TEAM.separatorDetected, { separator: 'comma' }),
      format(TEAM.headerByPlace, { line: 1 }),
      format(TEAM.idsFromColumn, { name: '“id”' }),
    ]);

    await loadFile(page, 'tab-one-row.tsv');
    await expectPeople(page, expectedPeople(['ana']));
    assert.deepStrictEqual(await readingSentences(page), [
      format(TEAM.separatorDetected, { separator: 'tab' }),
      TEAM.headerNone,
      TEAM.idsFromFirst,
    ]);
    await h.visible(page.getByRole('status').getByText(format(TEAM.scored.one, { count: 1 }), { exact: true }));
  }));

test('a forms export: statements by the header\'s names in any order, the other columns left out, ids chosen from a column', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const { TEAM, format, list } = strings();
    const quoted = (name) => format(TEAM.columnName, { name });
    await openTeam(page, url);
    await loadFile(page, 'forms-export.csv');
    const byLine = expectedPeople(['2', '3', '4', '5', '6', '7']);
    assert.deepStrictEqual(engineSays('forms-export.csv').people, byLine, 'the engine under node agrees');
    await expectPeople(page, byLine);
    assert.deepStrictEqual(await readingSentences(page), [
      format(TEAM.separatorDetected, { separator: 'comma' }),
      format(TEAM.headerByName, { line: 1 }),
      TEAM.idsFromLines,
      format(TEAM.ignored.other, { names: list(['Timestamp', 'Email address', 'Any comments?'].map(quoted)) }),
    ]);

    // Which column each statement came from: folded away until asked for.
    const mapping = page.getByRole('table', { name: TEAM.mappingCaption, exact: true });
    assert.equal(await mapping.isVisible(), false);
    await page.getByText(TEAM.mappingSummary, { exact: true }).click();
    await h.visible(mapping);
    const rows = await mapping.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
      [...tr.children].map((cell) => cell.textContent.trim())));
    assert.deepStrictEqual(rows, h.QUESTIONNAIRE.items.map((item, i) => [`${i + 1}. ${item.short}`, item.prompt]));
    assert.deepStrictEqual(await mapping.getByRole('columnheader').allTextContents(),
      [TEAM.mappingColumns.statement, TEAM.mappingColumns.column]);

    // The ids: line numbers, or any column that holds no statement.
    const select = idSelect(page);
    await h.visible(select);
    assert.deepStrictEqual(await select.getByRole('option').allTextContents(),
      [TEAM.idLines, 'Timestamp', 'Email address', 'Any comments?']);
    await h.visible(page.getByText(TEAM.idHint, { exact: true }));
    await select.selectOption({ label: 'Email address' });
    const byEmail = expectedPeople(EMAILS);
    assert.deepStrictEqual(engineSays('forms-export.csv', { idColumn: 'Email address' }).people, byEmail);
    await expectPeople(page, byEmail);
    await h.eventually(async () => assert.deepStrictEqual(await readingSentences(page), [
      format(TEAM.separatorDetected, { separator: 'comma' }),
      format(TEAM.headerByName, { line: 1 }),
      format(TEAM.idsFromColumn, { name: quoted('Email address') }),
      format(TEAM.ignored.other, { names: list(['Timestamp', 'Any comments?'].map(quoted)) }),
    ]));
    await h.visible(page.getByText(format(TEAM.fromFile, { name: 'forms-export.csv' }), { exact: true }));
    assert.equal(await page.getByText(/^(false|undefined|null)$/).count(), 0, 'no section left out written as a word');
    assert.equal(await mapping.isVisible(), true, 'the mapping stays open when the file is scored again');

    // And back to line numbers.
    await select.selectOption({ label: TEAM.idLines });
    await expectPeople(page, byLine);
    // Another file starts again from the engine's own choice.
    await loadFile(page, 'forms-export.csv');
    await expectPeople(page, byLine);
    assert.equal(await select.inputValue(), '');
  }));

test('the id column by keyboard: each arrow scores the file again, and the keyboard stays on the choice', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const { TEAM } = strings();
    await openTeam(page, url);
    await loadFile(page, 'forms-export.csv');
    await expectPeople(page, expectedPeople(['2', '3', '4', '5', '6', '7']));
    const select = idSelect(page);
    await h.tabTo(page, select);
    assert.equal(await select.evaluate((el) => getComputedStyle(el).outlineStyle), 'solid',
      'the focused choice shows where the keyboard is');
    const timestamps = engineSays('forms-export.csv', { idColumn: 'Timestamp' }).people;
    assert.equal(timestamps[0][0], '2026/11/02 9:00:00 AM GMT+1');
    await page.keyboard.press('ArrowDown');  // Timestamp
    await expectPeople(page, timestamps);
    assert.ok(await h.isFocused(select), 'still on the choice after the file is scored again');
    await page.keyboard.press('ArrowDown');  // Email address
    await expectPeople(page, expectedPeople(EMAILS));
    assert.ok(await h.isFocused(select));
    assert.equal(await select.evaluate((el) => el.selectedOptions[0].textContent), 'Email address');
    // The mapping opens from the keyboard too.
    await h.tabTo(page, page.getByText(TEAM.mappingSummary, { exact: true }));
    await page.keyboard.press('Enter');
    await h.visible(page.getByRole('table', { name: TEAM.mappingCaption, exact: true }));
  }));

test('a file with no data rows, a header alone or nothing at all: our sentence, the engine\'s, and no empty results', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const { TEAM } = strings();
    await openTeam(page, url);
    for (const [name, message] of [['header-only.csv', 'The file has no data rows, only a header (line 1).'],
      ['empty.csv', 'The file has no data rows: it is empty.']]) {
      assert.equal(engineSays(name).problem.message, message, 'the engine under node says the same');
      // First a good file, so that its results are there to be replaced.
      await loadFile(page, 'semicolon.csv');
      await h.visible(page.getByTestId('team-count').filter({ hasText: /^6$/ }));
      await loadFile(page, name);
      await h.visible(page.getByRole('status').getByText(message, { exact: true }));
      assert.deepStrictEqual(await page.getByRole('status').getByRole('paragraph').allTextContents(),
        [TEAM.fileProblem, message], name);
      assert.equal(await page.getByRole('heading', { name: TEAM.summaryHeading }).count(), 0, `${name}: no results`);
      assert.equal(await page.getByTestId('team-count').count(), 0, name);
      assert.equal(await reading(page).count(), 0, `${name}: no reading of a file that could not be used`);
      assert.equal(await h.button(page, TEAM.print).isVisible(), false, `${name}: nothing to print`);
    }
  }));

test('a header that leaves a statement out: the engine\'s sentence naming it, and no row scored', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const { TEAM } = strings();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-csv-real-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'forms-renamed.csv');
    const prompt = h.QUESTIONNAIRE.items[2].prompt;
    fs.writeFileSync(file, fs.readFileSync(fixture('forms-export.csv'), 'utf8').replace(prompt, 'Something else'));
    const { problem } = engine.open('').handle.scoreCsv(fs.readFileSync(file, 'utf8'));
    assert.match(problem.message, /statement 3/);
    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByRole('status').getByText(problem.message, { exact: true }));
    await h.visible(page.getByRole('status').getByText(TEAM.fileProblem, { exact: true }));
    assert.equal(await page.getByRole('heading', { name: TEAM.summaryHeading }).count(), 0);
    assert.equal(await reading(page).count(), 0);
  }));

for (const scheme of ['light', 'dark']) {
  test(`axe, ${scheme}: the reading of a forms export, its mapping and id choice have no WCAG 2.1 A/AA violation`, { timeout: 60000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      const { TEAM } = strings();
      await openTeam(page, url);
      await loadFile(page, 'forms-export.csv');
      await h.visible(idSelect(page));
      await page.getByText(TEAM.mappingSummary, { exact: true }).click();
      await h.visible(page.getByRole('table', { name: TEAM.mappingCaption, exact: true }));
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await page.evaluate(() => window.axe.run(document,
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))));
      assert.deepStrictEqual(violations, []);
    }, { context: { colorScheme: scheme } }));
}
