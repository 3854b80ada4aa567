// A team's form exported in French heads its columns with the French statements, in the form's own
// order. The page's engine carries only the English names of the built-in statements, so the page
// hands it the names in the language shown: each column must be read as the statement it names,
// not by its place.
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
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-headers-'));
  await h.setup();
});
test.after(async () => {
  await h.teardown();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PEOPLE = [
  [1, 7, 10, 2, 6, 1, 8, 0, 7, 5, 2, 1, 4, 8, 3],
  [7, 7, 0, 5, 4, 4, 2, 2, 5, 4, 7, 3, 9, 6, 6],
  [9, 2, 0, 7, 1, 6, 0, 8, 3, 1, 8, 10, 6, 1, 8],
];

const quoted = (text) => `"${text.replaceAll('"', '""')}"`;

test('in French, a form exported in French with its columns in another order is read statement by statement',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const fr = L.words('fr');
    const items = L.questionnaire('fr').items;
    const order = items.map((_, i) => i).reverse();  // the form's columns, last statement first
    const lines = [['Nom', ...order.map((i) => quoted(items[i].prompt))].join(','),
      ...PEOPLE.map((answers, p) => [`p${p + 1}`, ...order.map((i) => answers[i])].join(','))];
    const file = path.join(dir, 'formulaire.csv');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const truth = PEOPLE.map((answers) => engine.score('', answers));
    // Read by place instead, the totals would differ: the test could not pass by accident.
    const byPlace = PEOPLE.map((answers) => engine.score('', order.map((i) => answers[i])));
    assert.notDeepStrictEqual(byPlace.map((r) => r.total), truth.map((r) => r.total));

    await page.goto(`${url}?lang=fr#team`);
    await h.visible(L.heading(page, fr.S.teamView));
    await page.getByLabel(fr.TEAM.csvLabel, { exact: true }).setInputFiles(file);
    await h.visible(page.getByTestId('team-count'));
    const rows = await tableRows(page, fr.TEAM.peopleCaption);
    assert.deepStrictEqual(rows.map((row) => [row[0], row[1]]),
      truth.map((r, p) => [`p${p + 1}`, fr.number(r.total)]));
  }));
