// The team view in another language, as a team lead meets it: the ids the page makes up ("Person 1",
// "Link 1") are plain text and named again in the language chosen later; a row left out says why
// in the reader's words, with the engine's own (English) words marked as English; the view ends in
// the language chosen while it was still loading; percentages are written as the language writes
// them; a file scored as version 1 says its texts are English only; an own questionnaire's texts,
// shown as written, are marked with their language in the charts and the column mapping too.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./harness');
const L = require('./languages_support');
const { loadEngine } = require('./oracle');
const { tableRows } = require('./team_support');

let engine;
let dir;
test.before(async () => {
  engine = await loadEngine();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-lang-team-'));
  await h.setup();
});
test.after(async () => {
  await h.teardown();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ISOLATES = /[\u2066-\u2069]/;
const TEAM_LEAD_FILE = path.join(h.ROOT, 'docs', 'examples', 'team-lead.json');
const TEAM_LEAD = JSON.parse(fs.readFileSync(TEAM_LEAD_FILE, 'utf8'));
const V1_CSV = path.join(h.ROOT, 'tests', 'fixtures', 'v1', 'team.csv');

const teamHeading = (page, code) => L.heading(page, L.words(code).S.teamView);
const teamButton = (page, code, key) => page.getByRole('button', { name: L.words(code).TEAM[key], exact: true });
const floor = (page, code) => page.getByRole('combobox', { name: L.words(code).TEAM.floorLabel, exact: true });
const csvInput = (page, code) => page.getByLabel(L.words(code).TEAM.csvLabel, { exact: true });
// The language a text is marked with: the lang of its nearest element that has one (SVG text too).
const langOf = (locator) => locator.first().evaluate((el) => {
  const marked = el.closest('[lang]');
  return marked ? marked.getAttribute('lang') : null;
});

/** The id the page gives the nth link or example person in a language, as it writes n. */
async function madeUpId(page, code, key, n) {
  const w = L.words(code);
  return w.formatPlain(w.TEAM[key], { n: await L.written(page, code, n) });
}

/** A reason cell as it must read: the sentence for the engine's code in `code`'s words, then the engine's. */
function reason(code, error) {
  const w = L.words(code);
  const row = w.TEAM.rowErrors[error.code];
  return `${row ? w.format(row, { item: w.number(error.item) }) : w.errorText(error)}${error.message}`;
}

test('in Arabic the ids of links carry no isolation marks and French names them anew; a broken link says why in each',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url, origin }) => {
    const answers = [[0, 1, 2, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], [7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6],
      [10, 10, 10, 10, 10, 8, 8, 8, 8, 8, 7, 7, 7, 7, 2]].map(h.answersFor);
    const links = answers.map((a) => `${origin}/#r=${engine.encodeShare('', a).code}`);
    const broken = links[1].slice(0, -4);
    const refusal = engine.decodeShare('', broken.split('#r=')[1]);
    assert.equal(refusal.ok, false);

    await page.goto(`${url}?lang=ar#team`);
    await h.visible(teamHeading(page, 'ar'));
    await floor(page, 'ar').selectOption('3');
    await page.getByLabel(L.words('ar').TEAM.linksLabel, { exact: true }).fill([links[0], links[1], broken, links[2]].join('\n'));
    await teamButton(page, 'ar', 'scoreLinks').click();
    await h.visible(page.getByTestId('team-count'));

    for (const code of ['ar', 'fr']) {
      if (code === 'fr') await L.choose(page, 'ar', 'fr');
      const w = L.words(code);
      const people = await tableRows(page, w.TEAM.peopleCaption);
      const ids = people.map(([id]) => id);
      assert.deepStrictEqual(ids, [await madeUpId(page, code, 'linkId', 1), await madeUpId(page, code, 'linkId', 2),
        await madeUpId(page, code, 'linkId', 4)], `the links' ids in ${code}`);
      for (const id of ids) assert.doesNotMatch(id, ISOLATES, `${JSON.stringify(id)}: no isolation marks in an id`);
      assert.deepStrictEqual(await tableRows(page, w.TEAM.problemsCaption),
        [[await madeUpId(page, code, 'linkId', 3), reason(code, refusal.error)]], `the reason in ${code}`);
      const table = page.getByRole('table', { name: w.TEAM.problemsCaption });
      assert.equal(await langOf(table.getByText(refusal.error.message, { exact: true })), 'en', 'the engine\'s words marked as English');
    }
  }));

test('in French, rows left out and a file that cannot be used say why in French, the engine\'s words marked as English',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const fr = L.words('fr');
    const rows = [h.answersFor([1, 0, 2, 1, 3, 0, 2, 1, 0, 2, 1, 3, 2, 1, 0]), h.answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6])];
    const lines = ['id,' + h.QUESTIONNAIRE.items.map((item) => item.id).join(','),
      ...Array.from({ length: 5 }, (_, i) => `p${i + 1},${rows[i % 2].join(',')}`),
      `short,${Array(14).fill(5).join(',')}`, `high,5,5,11,${Array(12).fill(5).join(',')}`];
    const file = path.join(dir, 'equipe.csv');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const errors = engine.scoreCsv('', fs.readFileSync(file, 'utf8')).rows.filter((row) => !row.ok).map((row) => row.error);
    assert.deepStrictEqual(errors.map((error) => error.code), ['answer_count', 'out_of_range']);

    await page.goto(`${url}?lang=fr#team`);
    await h.visible(teamHeading(page, 'fr'));
    await csvInput(page, 'fr').setInputFiles(file);
    await h.visible(page.getByTestId('team-count'));
    assert.deepStrictEqual(await tableRows(page, fr.TEAM.problemsCaption),
      [['short', reason('fr', errors[0])], ['high', reason('fr', errors[1])]]);
    const table = page.getByRole('table', { name: fr.TEAM.problemsCaption });
    for (const error of errors) assert.equal(await langOf(table.getByText(error.message, { exact: true })), 'en');

    const empty = path.join(dir, 'en-tete.csv');
    fs.writeFileSync(empty, `${lines[0]}\n`);
    const { problem } = engine.open('').handle.scoreCsv(fs.readFileSync(empty, 'utf8'));
    await csvInput(page, 'fr').setInputFiles(empty);
    const status = page.getByRole('status').filter({ hasText: fr.TEAM.fileProblem });
    await h.visible(status);
    assert.deepStrictEqual(await status.getByRole('paragraph').allTextContents(), [fr.TEAM.fileProblem, problem.message]);
    assert.equal(await langOf(status.getByText(problem.message, { exact: true })), 'en');
  }));

// The team view's script, alone or with its English words, held on the way until French is chosen.
for (const held of [['team.js'], ['team.js', 'lang/en-team.js']]) {
  test(`French chosen while the team view loads (${held.join(' and ')} on the way): the team view comes in French`, { timeout: 60000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      let release;
      const gate = new Promise((resolve) => { release = resolve; });
      let asked;
      const reached = new Promise((resolve) => { asked = resolve; });
      await page.route((address) => held.includes(new URL(address).pathname.slice(1)), async (route) => {
        asked();
        await gate;
        await route.continue();
      });
      await page.goto(`${url}#team`, { waitUntil: 'commit' });  // its load event waits for the script held
      await reached;
      await L.choose(page, 'en', 'fr');
      release();
      await h.visible(teamHeading(page, 'fr'));
      const fr = L.words('fr');
      await h.visible(csvInput(page, 'fr'));
      await h.visible(teamButton(page, 'fr', 'example'));
      await h.visible(page.getByText(fr.TEAM.intro, { exact: true }));
      assert.equal(await page.getByText(L.words('en').TEAM.intro, { exact: true }).count(), 0, 'no English left');
    }));
}

test('in Arabic, each band\'s share is a percentage as Arabic writes it, and the counts read in Arabic', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, url }) => {
    const ar = L.words('ar');
    await page.goto(`${url}?lang=ar#team`);
    await h.visible(teamHeading(page, 'ar'));
    const floors = await floor(page, 'ar').getByRole('option').allTextContents();
    assert.deepStrictEqual(floors, [3, 4, 5, 6, 7, 8, 9, 10].map((n) => ar.plural(ar.TEAM.floorOption, n)));
    const count = L.questionnaire('ar').items.length;
    const hint = ar.plural(ar.TEAM.csvHint, count, { count: await L.written(page, 'ar', count),
      min: await L.written(page, 'ar', 0), max: await L.written(page, 'ar', 10) });
    await h.visible(page.getByText(hint, { exact: true }));
    await teamButton(page, 'ar', 'example').click();
    await h.visible(page.getByTestId('team-count'));
    for (const band of L.questionnaire('ar').bands) {
      const card = page.getByTestId('band-count').and(page.locator(`[data-band="${band.id}"]`));
      const n = Number(await card.getAttribute('data-count'));
      const share = await page.evaluate((x) => new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 }).format(x), n / 40);
      const note = ar.format(ar.TEAM.bandNote, { percent: share, min: await L.written(page, 'ar', band.min),
        max: await L.written(page, 'ar', band.max) });
      await h.visible(card.getByText(note, { exact: true }));
    }
  }));

test('a file scored as version 1 in French says its texts are in English only, and marks them', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const fr = L.words('fr');
    await page.goto(`${url}?lang=fr#team`);
    await h.visible(teamHeading(page, 'fr'));
    await floor(page, 'fr').selectOption('3');
    const version = page.getByRole('combobox', { name: fr.TEAM.versionLabel, exact: true });
    await version.selectOption({ label: fr.format(fr.TEAM.versionEarlier, { version: 1 }) });
    await csvInput(page, 'fr').setInputFiles(V1_CSV);
    await h.visible(page.getByTestId('team-count'));
    const note = page.getByTestId('content-language');
    await h.visible(note);
    assert.equal((await note.textContent()).trim(), fr.format(fr.S.englishOnly, { version: await L.written(page, 'fr', 1) }));
    const v1 = JSON.parse(engine.earlierVersions().find((text) => JSON.parse(text).version === 1));
    for (const band of v1.bands) {
      const title = page.getByTestId('band-count').getByText(band.title, { exact: true });
      assert.equal(await langOf(title), 'en', `${band.title}: marked as English`);
    }
  }));

test('an own questionnaire shown in its English on a German page: the spread\'s bands and the column mapping are marked',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const de = L.words('de');
    const file = path.join(dir, 'team-lead.csv');
    const ids = TEAM_LEAD.items.map((item) => item.id);
    fs.writeFileSync(file, `${['name', ...ids.slice().reverse()].join(',')}\n${['ann', 'bob', 'cat', 'dan', 'eve', 'fay']
      .map((name, i) => [name, ...ids.map((_, k) => 1 + ((i + k) % 5))].join(',')).join('\n')}\n`);
    await page.goto(`${url}?lang=de`);
    await L.speaks(page, 'de');
    await page.getByLabel(de.S.useOwn, { exact: true }).setInputFiles(TEAM_LEAD_FILE);
    await h.visible(L.heading(page, TEAM_LEAD.title));
    await page.getByRole('link', { name: de.S.teamView, exact: true }).click();
    await h.visible(teamHeading(page, 'de'));
    await csvInput(page, 'de').setInputFiles(file);
    await h.visible(page.getByTestId('team-count'));
    await h.visible(page.getByTestId('content-language'));

    const spread = page.getByRole('region', { name: de.TEAM.spreadHeading });
    for (const band of TEAM_LEAD.bands) {
      assert.equal(await langOf(spread.getByRole('img').getByText(band.title, { exact: true })), 'en', `${band.title} in the chart`);
    }
    await page.getByText(de.TEAM.mappingSummary, { exact: true }).click();
    const mapping = page.getByRole('table', { name: de.TEAM.mappingCaption, exact: true });
    await h.visible(mapping);
    for (const item of TEAM_LEAD.items) {
      assert.equal(await langOf(mapping.getByRole('rowheader').getByText(item.short, { exact: true })), 'en', item.short);
    }
  }));
