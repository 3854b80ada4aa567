// What the team looks like: how many in each band, borderline results and shapes, the spread of
// totals, theme averages, a table of people and the rows that could not be scored. Every number is
// the engine's, or a count or average of the engine's numbers (the tally, team_data.js).
import { h } from '../dom.js';
import { S, TEAM as T, fill, format } from '../strings.js';
import { personAt } from './team_data.js';
import { binsOf, histogram } from './team_chart.js';
import { pagedTable } from './team_table.js';

const num = (value) => value.toLocaleString('en');
const count = (n, one, many) => format(n === 1 ? one : many, { count: num(n) });
const section = (name, title, ...content) => h('section', { class: `section ${name}`,
  'aria-labelledby': `${name}-heading` }, h('h2', { id: `${name}-heading` }, title), content);
// Bands, shapes and themes are those of the questionnaire that scored the tally.
const shapesOf = (tally) => tally.questionnaire.shapes || {};
const toneOf = (tally, bandId) =>
  `tone-${(tally.questionnaire.bands.findIndex((band) => band.id === bandId) % 3) + 1}`;
const bandTitle = (tally, bandId) =>
  (tally.questionnaire.bands.find((band) => band.id === bandId) || {}).title || bandId;

/**
 * The status sentences for a tally: how many scored, stopped early, by which version, refused; or
 * the engine's own sentence for an input it could not use at all (no data rows, a header that
 * leaves a statement out).
 */
export function statusOf(tally, complete, earlierVersion) {
  const people = tally.people.rows.length;
  const problems = tally.problems.length;
  const byVersion = earlierVersion && format(T.scoredByVersion, { version: earlierVersion });
  if (tally.problem) return [tally.problem.message, byVersion];
  if (!people && !problems) return [T.nothing, byVersion];
  return [complete ? null : format(T.stopped, { done: num(tally.lines), total: num(tally.total) }),
    count(people, T.scoredOne, T.scoredMany),
    byVersion,
    tally.earlier > 0 && count(tally.earlier, T.earlierOne, T.earlierMany),
    problems > 0 && count(problems, T.refusedOne, T.refusedMany)];
}

/** The results' sections, for a tally with at least one row; from: where the rows came from. */
export function resultSections(tally, from) {
  const people = tally.people.rows.length;
  return [
    summary(tally, from),
    people > 0 && spread(tally),
    people > 0 && themes(tally),
    people > 0 && peopleTable(tally),
    tally.problems.length > 0 && problemTable(tally),
  ];
}

function summary(tally, from) {
  const { bands } = tally.questionnaire;
  const shapes = shapesOf(tally);
  const people = tally.people.rows.length;
  const percent = (n) => (people ? Math.round((100 * n) / people) : 0);
  return section('team-summary', T.summaryHeading,
    h('p', { class: 'team-from muted' }, from),
    h('p', { class: 'team-total' }, fill(people === 1 ? T.countOne : T.countMany,
      { count: h('span', { class: 'team-number', 'data-testid': 'team-count' }, num(people)) })),
    h('ul', { class: 'team-bands' }, bands.map((band) => {
      const n = tally.bands[band.id] || 0;
      return h('li', { class: `team-band ${toneOf(tally, band.id)}`, 'data-testid': 'band-count', 'data-band': band.id,
        'data-count': n },
      h('span', { class: 'team-band-title' }, band.title),
      h('span', { class: 'team-band-count' }, num(n)),
      h('span', { class: 'team-band-note' }, format(T.bandNote, { percent: percent(n), min: band.min, max: band.max })));
    })),
    h('dl', { class: 'team-facts', 'aria-label': T.factsLabel },
      h('div', { 'data-testid': 'borderline-count', 'data-count': tally.borderline },
        h('dt', null, S.borderline), h('dd', null, num(tally.borderline))),
      Object.keys(shapes).map((shape) => h('div', { 'data-testid': 'shape-count', 'data-shape': shape,
        'data-count': tally.shapes[shape] || 0 },
      h('dt', null, shapes[shape].title), h('dd', null, num(tally.shapes[shape] || 0))))),
    h('p', { class: 'team-hint' }, T.factsNote));
}

function spread(tally) {
  const { bands } = tally.questionnaire;
  const bins = binsOf(tally).map((bin) => ({ ...bin,
    text: format(bin.from === bin.to ? T.binOne : T.bin, { ...bin, count: num(bin.count) }) }));
  const label = format(T.spreadLabel, {
    people: count(tally.people.rows.length, T.countOne, T.countMany), step: tally.step,
    bins: bins.map((bin) => bin.text).join('; '),
    bands: bands.map((band) => format(S.bandRange, band)).join('; '),
  });
  return section('team-spread', T.spreadHeading,
    h('figure', null, histogram(tally, bands, label),
      h('ul', { class: 'team-bins' }, bins.map((bin) => h('li', { class: bin.count ? null : 'muted' }, bin.text)))));
}

function themes(tally) {
  const { range, questionnaire: q } = tally;
  const people = tally.people.rows.length;
  return section('team-themes', T.themesHeading,
    h('p', { class: 'muted' }, format(T.themesIntro, range.themes[0])),
    h('ul', { class: 'team-theme-list' }, range.themes.map((theme, i) => {
      const average = tally.themeSums[i] / people;
      const bar = h('span', { class: 'team-theme-fill' });
      bar.style.width = `${(100 * (average - theme.min)) / (theme.max - theme.min)}%`;
      const title = (q.themes.find((t) => t.id === theme.id) || {}).title || theme.id;
      return h('li', { 'data-testid': 'theme-average', 'data-theme': theme.id },
        h('span', { class: 'team-theme-title' }, title),
        h('span', { class: 'team-theme-value' }, format(T.themeAverage, { average: average.toFixed(1), max: theme.max })),
        h('span', { class: 'team-theme-bar' }, bar));
    })));
}

function peopleTable(tally) {
  const c = T.columns;
  const shapes = shapesOf(tally);
  return section('team-people', T.peopleHeading, pagedTable('team-people', T.peopleCaption,
    [c.id, c.total, c.band, c.shape, c.margin, c.borderline], tally.people.rows.length, (k) => {
      const person = personAt(tally, k);
      return [
        h('th', { scope: 'row' }, person.id),
        h('td', { class: 'num' }, person.total),
        h('td', null, h('span', { class: `team-pill ${toneOf(tally, person.band)}` }, bandTitle(tally, person.band))),
        h('td', null, (shapes[person.shape] || {}).title || T.none),
        h('td', null, person.margin
          ? format(T.margin, { points: person.margin.points, band: bandTitle(tally, person.margin.toward) }) : T.none),
        h('td', { class: person.borderline ? 'team-yes' : 'muted' }, person.borderline ? T.yes : T.no),
      ];
    }));
}

function problemTable(tally) {
  const c = T.problemColumns;
  return section('team-problems', T.problemsHeading,
    pagedTable('team-problems', T.problemsCaption, [c.id, c.reason], tally.problems.length, (k) => [
      h('th', { scope: 'row' }, tally.problems[k].id),
      h('td', null, tally.problems[k].message),
    ]));
}
