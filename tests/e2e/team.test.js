// The team view (#team): a coach loads a team's answers, from a CSV file or from pasted share
// links, and reads how many people fall in each band, the borderline results and shapes, the
// spread of totals, the theme averages, a table of people and the rows that could not be scored.
// The native CLI (`crossroads score --csv`) and the engine under node say what the page must show.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./harness');
const { loadEngine } = require('./oracle');
const { T, CSV_LABEL, bandTitle, HEADER, writeCsvIn, answerRows, cliTruth, openTeam, summary, tableRows,
  expectSummaryMatches, withoutMark, setFloor, reasonCell, problemRows } = require('./team_support');

let engine;
let dir;
test.before(async () => {
  engine = await loadEngine();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-team-'));
  await h.setup();
});
test.after(async () => {
  await h.teardown();
  fs.rmSync(dir, { recursive: true, force: true });
});
const writeCsv = (name, lines) => writeCsvIn(dir, name, lines);


const TWENTY = (() => {
  const rows = answerRows(18).map((answers, i) => `p${i + 1},${answers.join(',')}`);
  // The answers given for these scored values (reversed statements from the other end).
  rows[0] = `p1,${h.answersFor([1, 0, 2, 1, 3, 0, 2, 1, 0, 2, 1, 3, 2, 1, 0]).join(',')}`;      // 19: Management
  rows[1] = `p2,${h.answersFor([10, 9, 10, 8, 9, 10, 7, 9, 10, 8, 9, 10, 9, 8, 10]).join(',')}`;  // Mastery
  rows[2] = `p3,${h.answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6]).join(',')}`;        // 97: Both, borderline
  return [HEADER, ...rows.slice(0, 5),
    `p-short,${[5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5].join(',')}`,               // 14 answers
    ...rows.slice(5, 12),
    `p-high,${[5, 5, 11, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5].join(',')}`,            // 11 is off the scale
    ...rows.slice(12)];
})();

test('a CSV file of 20 people, 2 of them bad: the counts match the CLI and the bad rows are listed with reasons', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const file = writeCsv('team-20.csv', TWENTY);
    const truth = cliTruth(file);
    assert.equal(truth.people.length, 18);
    assert.equal(truth.problems.length, 2);
    assert.ok(Object.values(truth.bands).every((n) => n > 0), `every band has someone: ${JSON.stringify(truth.bands)}`);

    await openTeam(page, url);
    assert.ok(await h.isFocused(page.getByRole('heading', { name: 'Team view', level: 1 })), 'focus on the heading');
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByTestId('team-count').filter({ hasText: '18' }));
    await h.visible(page.getByText('From team-20.csv', { exact: true }));
    await h.visible(page.getByText('18 people scored.', { exact: true }));
    await h.visible(page.getByText('2 rows could not be scored; they are listed below.', { exact: true }));
    await expectSummaryMatches(page, truth, engine.scoreCsv('', fs.readFileSync(file, 'utf8')));

    // The bad rows: the CLI's id (or line), our sentence for the reason and the engine's, word for word.
    const problems = await tableRows(page, T.problemsCaption);
    assert.deepStrictEqual(problems, problemRows(truth, engine.scoreCsv('', fs.readFileSync(file, 'utf8'))));

    // The people: every scored row in input order, with the CLI's total and band (some marked as
    // too close to call: team_insight.test.js checks which).
    const people = await tableRows(page, T.peopleCaption);
    assert.deepStrictEqual(people.map(([id, total, band]) => [id, Number(total), withoutMark(band)]),
      truth.people.map((p) => [p.id, p.total, bandTitle(p.band)]));
    const borderlineRow = people.find(([id]) => id === 'p3');
    assert.deepStrictEqual(borderlineRow.slice(4), ['4 from Mastery', 'Yes']);

    // Theme averages with the questionnaire's titles, one decimal.
    for (const theme of truth.themes) {
      const item = page.getByTestId('theme-average').filter({ hasText: theme.title });
      assert.match(await item.textContent(), new RegExp(`${theme.average.replace('.', '\\.')} / 30$`), theme.title);
    }

    // The spread: a picture named with the numbers, and the same numbers as text.
    const chart = page.getByRole('img', { name: /^Totals of 18 people, in steps of 10: 0–9: \d+, / });
    await h.visible(chart);
    const label = await chart.getAttribute('aria-label');
    assert.match(label, /Bands: Management 0 to 49, Both 50 to 100, Mastery 101 to 150\.$/);
    const bins = label.match(/\d+–\d+: \d+/g);
    assert.equal(bins.length, 15);
    assert.equal(bins.reduce((sum, bin) => sum + Number(bin.split(': ')[1]), 0), 18);
    for (const bin of bins) await h.visible(page.getByText(bin, { exact: true }));
  }));

test('3 pasted share links and a broken one: 3 people counted, the broken link listed', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url, origin }) => {
    const answers = [
      [0, 1, 2, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],        // 30: Management
      [7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6],        // 97: Both, borderline
      [10, 10, 10, 10, 10, 8, 8, 8, 8, 8, 7, 7, 7, 7, 2],   // 120: Mastery
    ].map(h.answersFor);
    const links = answers.map((a) => `${origin}/#r=${engine.encodeShare('', a).code}`);
    const broken = `${links[1].slice(0, -4)}`;
    const refusal = engine.decodeShare('', broken.split('#r=')[1]);
    assert.equal(refusal.ok, false);

    await openTeam(page, url);
    await setFloor(page, 3);  // 3 people: below the default floor of 5, no count would show
    await page.getByLabel('Share links (one per line)').fill([links[0], '', links[1], broken, `  ${links[2]}  `].join('\n'));
    await h.button(page, 'Score these links').click();
    await h.visible(page.getByTestId('team-count').filter({ hasText: '3' }));
    await h.visible(page.getByText('From pasted share links', { exact: true }));
    const shown = await summary(page);
    assert.deepStrictEqual(shown.bands, { management: '1', both: '1', mastery: '1' });
    assert.equal(shown.borderline, '1');
    const expected = answers.map((a) => engine.score('', a, -1));
    assert.deepStrictEqual(shown.shapes, Object.fromEntries(Object.keys(h.QUESTIONNAIRE.shapes)
      .map((shape) => [shape, String(expected.filter((r) => r.shape === shape).length)])));

    const people = await tableRows(page, T.peopleCaption);
    assert.deepStrictEqual(people.map(([id, total, band]) => [id, Number(total), withoutMark(band)]),
      [['Link 1', 30, 'Management'], ['Link 2', 97, 'Both'], ['Link 4', 120, 'Mastery']]);
    assert.deepStrictEqual(await tableRows(page, T.problemsCaption), [['Link 3', reasonCell(refusal.error)]]);
  }));

test('from the welcome screen by keyboard: Team view, example data, print without controls, and back', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    const link = page.getByRole('link', { name: 'Team view', exact: true });
    await h.tabTo(page, link);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Team view', level: 1 });
    await h.visible(heading);
    await h.eventually(async () => assert.ok(await h.isFocused(heading), 'focus moves to the heading'));
    assert.match(page.url(), /#team$/);
    assert.equal(await page.title(), 'Team view · Crossroads');

    // Nothing pasted yet: the page says what to do and puts the cursor in the field.
    await h.tabTo(page, h.button(page, 'Score these links'));
    await page.keyboard.press('Enter');
    await h.visible(page.getByText(T.noLinks, { exact: true }));
    assert.ok(await h.isFocused(page.getByLabel('Share links (one per line)')));

    await h.tabTo(page, h.button(page, 'Use example data'));
    await page.keyboard.press('Enter');
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^40$/ }));
    const people = await tableRows(page, T.peopleCaption);
    assert.equal(people.length, 40);
    await h.visible(page.getByRole('heading', { name: 'Theme averages' }));
    assert.equal(await page.getByTestId('theme-average').count(), h.QUESTIONNAIRE.themes.length);

    // Printed: the summary, chart and tables, and no controls.
    await page.emulateMedia({ media: 'print' });
    await h.visible(page.getByRole('heading', { name: 'The team' }));
    await h.visible(page.getByRole('img', { name: /^Totals of 40 people/ }));
    for (const control of ['Print summary', 'Back', 'Score these links', 'Use example data']) {
      assert.equal(await h.button(page, control).isVisible(), false, `${control} is not printed`);
    }
    assert.equal(await page.getByLabel(CSV_LABEL).isVisible(), false, 'the file input is not printed');
    await page.emulateMedia({ media: 'screen' });

    await h.tabTo(page, h.button(page, 'Back'));
    await page.keyboard.press('Enter');
    await h.visible(h.button(page, 'Start'));
    assert.doesNotMatch(page.url(), /#team/);
  }));

test('the team view passes an axe accessibility audit with results shown', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('team-20.csv', TWENTY));
    await h.visible(page.getByTestId('team-count').filter({ hasText: '18' }));
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))));
    assert.deepStrictEqual(violations, []);
  }));

test('with your own questionnaire (team-lead.json): the team view reads and scores CSV files in its format', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const own = path.join(h.ROOT, 'docs', 'examples', 'team-lead.json');
    const q = JSON.parse(fs.readFileSync(own, 'utf8'));
    const file = writeCsv('team-lead.csv', ['name,a,b,c,d,e,f', 'ann,1,2,1,2,5,1', 'bob,5,5,5,4,1,5', 'cat,3,3,3,3,3,3',
      'dan,2,2,1,1,4,2', 'eve,4,4,5,5,2,4', 'fay,1,2,3', 'gus,2,9,2,2,2,2']);
    const truth = cliTruth(file, q, ['--questionnaire', own]);
    assert.equal(truth.problems.length, 2);

    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await page.getByLabel('Use your own questionnaire (JSON)', { exact: true }).setInputFiles(own);
    await h.visible(page.getByRole('heading', { name: q.title, level: 1 }));
    await page.getByRole('link', { name: 'Team view', exact: true }).click();
    await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
    await h.visible(page.getByText(`the ${q.items.length} answers from ${q.scale.min} to ${q.scale.max}`, { exact: false }));
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByTestId('team-count').filter({ hasText: String(truth.people.length) }));
    for (const band of q.bands) {
      const card = page.getByTestId('band-count').filter({ hasText: band.title });
      assert.equal(await card.getAttribute('data-count'), String(truth.bands[band.id]), band.title);
    }
    assert.equal(await page.getByTestId('band-count').count(), q.bands.length);
    for (const theme of truth.themes) {
      const item = page.getByTestId('theme-average').filter({ hasText: theme.title });
      assert.match(await item.textContent(), new RegExp(`${theme.average.replace('.', '\\.')} / 15$`), theme.title);
    }
    const scored = engine.scoreCsv(fs.readFileSync(own, 'utf8'), fs.readFileSync(file, 'utf8'));
    assert.deepStrictEqual(await tableRows(page, T.problemsCaption), problemRows(truth, scored));
    await h.visible(page.getByRole('img', { name: new RegExp(`^Totals of ${truth.people.length} people, in steps of 2: 6–7: `) }));
  }));

test('opened from disk (file://): the team view loads a CSV file', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    assert.match(url, /^file:/);
    const file = writeCsv('team-20.csv', TWENTY);
    const truth = cliTruth(file);
    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByTestId('team-count').filter({ hasText: '18' }));
    await expectSummaryMatches(page, truth, engine.scoreCsv('', fs.readFileSync(file, 'utf8')));
  }, { file: true }));

test('offline after a first visit: the team view and its engine tools come from the service worker', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, context, url }) => {
    // The service worker starts once the engine has loaded: here, for the team view.
    await openTeam(page, url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const controlled = () => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await h.eventually(async () => assert.ok(await controlled(), 'the service worker controls the page'));

    await context.setOffline(true);
    await page.reload();
    await h.visible(h.button(page, 'Start'));
    await page.getByRole('link', { name: 'Team view' }).click();
    await h.visible(page.getByLabel(CSV_LABEL));
    await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('team-20.csv', TWENTY));
    await h.visible(page.getByTestId('team-count').filter({ hasText: '18' }));
    await context.setOffline(false);
  }));
