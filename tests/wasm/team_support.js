// Shared by the team insight tests (not a test file itself): the pingouin reference data through
// a custom 1..7 questionnaire, random teams whose answers hang together, and a team as CSV text.
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT, answersFor } = require('./support');

// pingouin's documented data set (tests/fixtures/reference/README.md: alpha 0.5917188485995826,
// 95% CI [0.195, 0.840]): 15 people x 10 statements on 1..7, read here statement by statement.
const PINGOUIN_PEOPLE = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'reference', 'pingouin_cronbach_alpha.csv'),
  'utf8').trim().split('\n').slice(1).map((line) => line.split(',').slice(1).map(Number));
const PINGOUIN_COLUMNS = PINGOUIN_PEOPLE[0].map((_, i) => PINGOUIN_PEOPLE.map((person) => person[i]));
const PINGOUIN_ROWS = PINGOUIN_COLUMNS[0].map((_, person) => ({
  id: `person ${person}`, answers: PINGOUIN_COLUMNS.map((column) => column[person]),
}));

// Ten statements on 1..7 in two themes of five; three bands over the totals 10..70.
const band = (id, min, max) => ({ id, min, max, title: id, summary: `${id}.`, explanation: `${id}.`,
  advice: [], next_steps: [], questions: [] });
const PINGOUIN = {
  format: 1,
  id: 'pingouin-example',
  version: 1,
  title: 'pingouin example',
  intro: 'Ten statements on 1 to 7.',
  scale: { min: 1, max: 7 },
  poles: { low: { id: 'low', label: 'Low' }, high: { id: 'high', label: 'High' } },
  themes: [
    { id: 'a', title: 'A', description: 'Statements 1 to 5.' },
    { id: 'b', title: 'B', description: 'Statements 6 to 10.' },
  ],
  items: PINGOUIN_COLUMNS.map((_, i) => ({ id: `q${i + 1}`, theme: i < 5 ? 'a' : 'b', prompt: `Q${i + 1}?`,
    short: `Q${i + 1}`, low: 'Less', high: 'More' })),
  bands: [band('under', 10, 30), band('middle', 31, 50), band('over', 51, 70)],
};

// count people whose scored values lie around a level of their own, so the statements hang
// together; about `refused` of them have one answer that is not a number.
function randomRows(random, count, q, refused = 0.05) {
  const { min, max } = q.scale;
  return Array.from({ length: count }, (_, person) => {
    const level = min + random() * (max - min);
    const values = q.items.map(() => {
      const v = Math.round(level + (random() - 0.5) * (max - min) * 0.6);
      return Math.min(max, Math.max(min, v));
    });
    const answers = answersFor(values, q);
    if (random() < refused) answers[Math.floor(random() * answers.length)] = 'x';
    return { id: `p${person}`, answers };
  });
}

// The rows as a CSV with a header: id, then q1..qN.
function teamCsv(rows) {
  const width = rows[0].answers.length;
  const header = ['id', ...Array.from({ length: width }, (_, i) => `q${i + 1}`)].join(',');
  return [header, ...rows.map((r) => [r.id, ...r.answers].join(','))].join('\n') + '\n';
}

// The path of the first number in value that is NaN or infinite, or null.
function findNaN(value, where = '') {
  if (typeof value === 'number') return Number.isFinite(value) ? null : where;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, v] of Object.entries(value)) {
    const found = findNaN(v, `${where}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

module.exports = { PINGOUIN, PINGOUIN_ROWS, randomRows, teamCsv, findNaN };
