// What the team view's tests share: its strings, reading its summary and tables as a person does,
// and what the native CLI says about the same CSV file (team.test.js, team_large.test.js).
'use strict';
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const { cli } = require('../wasm/support');

// The team view's own sentences in English: the "team" part of web/strings/en.json.
const T = h.pageStrings().TEAM;

const CSV_LABEL = 'CSV file (one person per row)';
const num = (n) => n.toLocaleString('en');
const bandTitle = (id) => h.QUESTIONNAIRE.bands.find((b) => b.id === id).title;
const HEADER = ['id', ...h.QUESTIONNAIRE.items.map((item) => item.id)].join(',');

// Writes lines as a CSV file in dir, and returns its path.
function writeCsvIn(dir, name, lines) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

// A fixed pseudo-random team: `count` rows of answers from 0 to 10.
function answerRows(count, seed = 7) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) % 11;
  return Array.from({ length: count }, () => Array.from({ length: h.STATEMENTS }, next));
}

// One line of CSV into fields (the CLI quotes fields holding commas or quotes).
function fields(line) {
  const out = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      for (i += 1; i < line.length; i += 1) {
        if (line[i] === '"' && line[i + 1] === '"') { value += '"'; i += 1; } else if (line[i] === '"') break;
        else value += line[i];
      }
      out.push(value);
      i += 2;
    } else {
      const end = line.indexOf(',', i) < 0 ? line.length : line.indexOf(',', i);
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

// What the CLI says about a CSV file: the scored people and the refused rows, in order.
function cliTruth(file, questionnaire = h.QUESTIONNAIRE, args = []) {
  const run = cli(['score', ...args, '--csv', file]);
  const [header, ...rows] = run.stdout.trim().split('\n').map(fields);
  const col = (name) => header.indexOf(name);
  const people = rows.filter((r) => r[col('error')] === '');
  const problems = rows.filter((r) => r[col('error')] !== '').map((r) => ({ id: r[0], message: r[col('error')] }));
  // The CLI exits 1 when it refused some rows (and still printed them all), 0 when it refused none.
  assert.equal(run.status, problems.length ? 1 : 0, run.stderr);
  const bands = Object.fromEntries(questionnaire.bands.map((b) => [b.id, people.filter((r) => r[col('band')] === b.id).length]));
  const shapes = {};
  for (const r of people) shapes[r[col('shape')]] = (shapes[r[col('shape')]] || 0) + 1;
  const themes = questionnaire.themes.map((theme) => ({ title: theme.title,
    average: (people.reduce((sum, r) => sum + Number(r[col(theme.id)]), 0) / people.length).toFixed(1) }));
  return { people: people.map((r) => ({ id: r[0], total: Number(r[col('total')]), band: r[col('band')] })),
    problems, bands, shapes, themes };
}

// A row left out, as its reason cell reads in English: the page's sentence for the engine's error
// code (a row of a file has its own where the result-file one would not fit), then the engine's
// own words, which the CLI prints too.
function reasonCell(error) {
  const w = h.pageStrings();
  const row = w.TEAM.rowErrors[error.code];
  return `${row ? w.format(row, { item: w.number(error.item) }) : w.errorText(error)}${error.message}`;
}

// The table of rows left out as it must read: the CLI's ids and words (truth.problems), with our
// sentence for the code the engine under node gives the same row (scored: oracle scoreCsv).
function problemRows(truth, scored) {
  const errors = scored.rows.filter((row) => !row.ok).map((row) => row.error);
  assert.deepStrictEqual(errors.map((error) => error.message), truth.problems.map((p) => p.message), 'the CLI and the engine agree');
  return truth.problems.map((p, k) => [p.id, reasonCell(errors[k])]);
}

// A person's band in the table of people, without the mark of a band too close to call.
const withoutMark = (band) => band.replace(T.uncertainBand.replace('{band}', ''), '');

/** Sets the team view's smallest group shown (3 to 10), for teams smaller than its default 5. */
async function setFloor(page, count) {
  await page.getByRole('combobox', { name: T.floorLabel, exact: true }).selectOption(String(count));
}

async function openTeam(page, url) {
  await page.goto(`${url}#team`);
  await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
  await h.visible(page.getByLabel(CSV_LABEL));
}

// The summary as a person reads it: the count, each band's count, borderline and shape counts.
async function summary(page) {
  const text = (locator) => locator.textContent().then((t) => t.trim());
  const out = { count: await text(page.getByTestId('team-count')), bands: {}, shapes: {} };
  for (const band of h.QUESTIONNAIRE.bands) {
    const card = page.getByTestId('band-count').filter({ hasText: band.title });
    out.bands[band.id] = await text(card.locator('.team-band-count'));
    assert.equal(await card.getAttribute('data-band'), band.id);
  }
  out.borderline = await text(page.getByTestId('borderline-count').locator('dd'));
  for (const [shape, { title }] of Object.entries(h.QUESTIONNAIRE.shapes)) {
    const item = page.getByTestId('shape-count').filter({ hasText: title });
    assert.equal(await item.getAttribute('data-shape'), shape);
    out.shapes[shape] = await text(item.locator('dd'));
  }
  return out;
}

// The rows of a table (found by its caption) as arrays of cell texts, header row excluded.
async function tableRows(page, caption) {
  const table = page.getByRole('table', { name: caption });
  await h.visible(table);
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) =>
    [...row.children].map((cell) => cell.textContent.trim())));
}

async function expectSummaryMatches(page, truth, scored) {
  const shown = await summary(page);
  assert.equal(shown.count, num(truth.people.length), 'people counted');
  for (const [band, n] of Object.entries(truth.bands)) assert.equal(shown.bands[band], num(n), `${band} count`);
  for (const shape of Object.keys(h.QUESTIONNAIRE.shapes)) {
    assert.equal(shown.shapes[shape], num(truth.shapes[shape] || 0), `${shape} count`);
  }
  const borderline = scored.rows.filter((r) => r.ok && r.borderline).length;
  assert.equal(shown.borderline, num(borderline), 'borderline count');
}

module.exports = { T, CSV_LABEL, num, bandTitle, HEADER, writeCsvIn, answerRows, fields, cliTruth, openTeam,
  summary, tableRows, expectSummaryMatches, withoutMark, setFloor, reasonCell, problemRows };
