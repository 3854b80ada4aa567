// What the team insight tests share (team_insight.test.js, team_privacy.test.js): a questionnaire
// of one's own on pingouin's 1-to-7 scale with its published data, CSV files of the built-in
// questionnaire, reading the "How far to trust this" section as a person does, and the engine's
// own insight under node to compare with. Not a test file itself.
'use strict';
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const { T, CSV_LABEL, HEADER, writeCsvIn, openTeam } = require('./team_support');
const { loadEngine } = require('./oracle');

// pingouin's documented data set (tests/fixtures/reference/README.md: alpha 0.5917188485995826,
// 95% CI [0.195, 0.840]): 15 people x 10 statements on 1..7, one row per person.
const PINGOUIN_PEOPLE = fs.readFileSync(path.join(h.ROOT, 'tests', 'fixtures', 'reference', 'pingouin_cronbach_alpha.csv'),
  'utf8').trim().split('\n').slice(1).map((line) => line.split(',').slice(1).map(Number));
const PINGOUIN_ROWS = PINGOUIN_PEOPLE;

// A questionnaire of one's own with pingouin's ten statements: two themes of five, three bands
// (tests/fixtures/reference/, shared with the WASM tests).
const PINGOUIN_Q = JSON.parse(fs.readFileSync(path.join(h.ROOT, 'tests', 'fixtures', 'reference', 'pingouin_questionnaire.json'), 'utf8'));
const PINGOUIN_CSV = ['id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10',
  ...PINGOUIN_ROWS.map((row, i) => `person-${i},${row.join(',')}`)];

/** `count` people of the built-in questionnaire, spread over its bands (scored values 1 to 9). */
function builtinRows(count, prefix = 'member') {
  return Array.from({ length: count }, (_, i) => {
    const lean = 1 + ((i * 7) % 9);
    return `${prefix}-${i + 1},${h.answersFor(Array.from({ length: h.STATEMENTS },
      (_, j) => Math.min(10, Math.max(0, lean + ((i + j) % 3) - 1)))).join(',')}`;
  });
}

/** Opens the page, loads a questionnaire file of one's own, then the team view. */
async function openOwnTeam(page, url, questionnaireFile) {
  await page.goto(url);
  await h.visible(h.button(page, 'Start'));
  await page.getByLabel('Use your own questionnaire (JSON)', { exact: true }).setInputFiles(questionnaireFile);
  const q = JSON.parse(fs.readFileSync(questionnaireFile, 'utf8'));
  await h.visible(page.getByRole('heading', { name: q.title, level: 1 }));
  await page.getByRole('link', { name: 'Team view', exact: true }).click();
  await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
}

/** The section, found by its heading as a person finds it. */
const trustSection = (page) => page.getByRole('region', { name: T.trustHeading, exact: true });

/** Each scale of the section: { scale, alpha (data-alpha or null), n, heading }. */
async function scales(page) {
  return page.getByTestId('reliability').locator('[data-scale]').evaluateAll((els) => els.map((el) => ({
    scale: el.dataset.scale, alpha: el.hasAttribute('data-alpha') ? el.dataset.alpha : null, n: el.dataset.n,
    heading: el.querySelector('h3').textContent })));
}

/** A statement table of the section, found by its caption: rows of cell texts, and each chart's name. */
async function statementRows(page, scaleTitle) {
  const table = page.getByRole('table', { name: T.itemsCaption.replace('{scale}', scaleTitle), exact: true });
  await h.visible(table);
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => ({
    cells: [...row.children].slice(0, 5).map((cell) => cell.textContent.trim()),
    chart: row.querySelector('svg[role="img"]').getAttribute('aria-label') })));
}

/** The engine's insight of a CSV text under node, as the page's stream gives it. */
async function engineInsight(source, text, minGroup = 5) {
  const engine = await loadEngine();
  const stream = engine.open(source).handle.csvStream();
  try {
    stream.feed(text);
    stream.finish();
    return stream.insight(minGroup);
  } finally {
    stream.delete();
  }
}

/** How the page writes a figure: 2 decimals, U+2212 for a minus, a dash for none. */
function shown(value, digits = 2) {
  if (value === null) return T.dash;
  const text = value.toFixed(digits);
  return text.startsWith('-') && Number(text) !== 0 ? `\u2212${text.slice(1)}` : text.replace(/^-/, '');
}

/** Fails when the page's visible text shows NaN, Infinity, undefined or null anywhere. */
async function expectNoBadNumbers(page) {
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, /NaN|Infinity|undefined|\bnull\b/, 'a figure the engine could not work out shows as a dash');
}

module.exports = { T, CSV_LABEL, HEADER, writeCsvIn, openTeam, PINGOUIN_Q, PINGOUIN_CSV, PINGOUIN_ROWS,
  builtinRows, openOwnTeam, trustSection, scales, statementRows, engineInsight, shown, expectNoBadNumbers };
