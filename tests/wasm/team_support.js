// Shared by the team insight tests (not a test file itself): the pingouin reference data through
// a custom 1..7 questionnaire, random teams whose answers hang together, and a team as CSV text.
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT, answersFor } = require('./support');

// pingouin's documented data set (tests/fixtures/reference/README.md: alpha 0.5917188485995826,
// 95% CI [0.195, 0.840]): 15 people x 10 statements on 1..7, one row per person.
const PINGOUIN_PEOPLE = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'reference', 'pingouin_cronbach_alpha.csv'),
  'utf8').trim().split('\n').slice(1).map((line) => line.split(',').slice(1).map(Number));
const PINGOUIN_ROWS = PINGOUIN_PEOPLE.map((answers, person) => ({ id: `person ${person}`, answers }));

// pingouin's ten statements on 1..7 as a questionnaire of one's own: two themes of five (first,
// second), three bands over the totals 10..70 (tests/fixtures/reference/, shared with the e2e tests).
const PINGOUIN = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'reference', 'pingouin_questionnaire.json'), 'utf8'));

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
