// What the team looks like: how many in each band, borderline results and shapes, the spread of
// totals, theme averages, how far to trust them, a table of people and the rows that could not be
// scored. Every number is the engine's, or a count or average of the engine's numbers (the tally,
// team_data.js). Below the privacy floor no aggregate is shown; an anonymous summary shows no id.
// Bands, shapes and themes are named from tally.questionnaire, found by id: the questionnaire that
// scored the rows, with its texts in the language shown (tally.attrs marks them when they are in
// another language than the page's).
import { h, inLanguage } from '../dom.js';
import { S, TEAM as T, errorText, fill, format, formatPlain, list, number, percent, plural, pluralForm } from '../strings.js';
import { personAt } from './team_data.js';
import { binsOf, histogram } from './team_chart.js';
import { pagedTable } from './team_table.js';
import { bandFirmness, isUncertain, suppressedNotice } from './firmness.js';
import { trustSection } from './trust_view.js';

const section = (name, title, ...content) => h('section', { class: `section ${name}`,
  'aria-labelledby': `${name}-heading` }, h('h2', { id: `${name}-heading` }, title), content);
// Bands, shapes and themes are those of the questionnaire that scored the tally.
const shapesOf = (tally) => tally.questionnaire.shapes || {};
const toneOf = (tally, bandId) =>
  `tone-${(tally.questionnaire.bands.findIndex((band) => band.id === bandId) % 3) + 1}`;
const bandTitle = (tally, bandId) =>
  inLanguage(tally.attrs, tally.questionnaire.bands.find((band) => band.id === bandId).title);
const own = (tally) => tally.attrs || {};

// Ids the page made up (links, example data) reach the engine as their number alone and are named
// here, when drawn, so that another language names them anew ("Person 1", then "Personne 1").
// Plain: an id stands alone in its cell, and it is what a person copies.
const idShown = (tally, id) => (tally.ids ? formatPlain(T[tally.ids], { n: number(Number(id)) }) : id);

/** The engine's own words (English; for a row of a file, its line and counts), marked so, under a sentence of ours. */
export const engineWords = (message) => h('span', { class: 'team-engine-words', lang: 'en', dir: 'ltr' }, message);

/**
 * Why a row was left out, in the language shown: the sentence for the engine's error code (a row
 * of a file has its own where the page's speaks of a result file), then the engine's words.
 */
function reasonOf(error) {
  const rowSentence = T.rowErrors && T.rowErrors[error.code];
  const sentence = rowSentence ? format(rowSentence, { item: number(error.item) }) : errorText(error);
  return [h('span', { class: 'team-reason' }, sentence), engineWords(error.message)];
}

/**
 * The status sentences for a tally: how many scored, stopped early, by which version, refused; or,
 * for an input the engine could not use at all (no data rows, a header that leaves a statement
 * out), our sentence saying so and the engine's own, which names what is wrong.
 */
export function statusOf(tally, complete, earlierVersion) {
  const people = tally.people.rows.length;
  const problems = tally.problems.length;
  const byVersion = earlierVersion && format(T.scoredByVersion, { version: number(earlierVersion) });
  if (tally.problem) return [T.fileProblem, engineWords(tally.problem.message), byVersion];
  if (!people && !problems) return [T.nothing, byVersion];
  return [complete ? null : format(T.stopped, { done: number(tally.lines), total: number(tally.total) }),
    plural(T.scored, people),
    byVersion,
    tally.earlier > 0 && plural(T.earlier, tally.earlier),
    problems > 0 && plural(T.refused, problems)];
}

/**
 * The results' sections, for a tally with at least one row; from: where the rows came from;
 * view: the engine's insight with the floor and switch chosen (insight_source.js, insightView).
 */
export function resultSections(tally, from, view) {
  const people = tally.people.rows.length;
  const aggregates = people > 0 && !view.suppressed;
  return [
    summary(tally, from, view),
    aggregates && spread(tally),
    aggregates && themes(tally),
    aggregates && trustSection(tally, view, { leftOut: tally.unread, earlier: tally.earlier }),
    people > 0 && !view.anonymous && peopleTable(tally, view),
    tally.problems.length > 0 && problemTable(tally, view),
  ];
}

function summary(tally, from, view) {
  const { bands } = tally.questionnaire;
  const shapes = shapesOf(tally);
  const people = tally.people.rows.length;
  const total = h('p', { class: 'team-total' }, fill(pluralForm(T.count, people),
    { count: h('span', { class: 'team-number', 'data-testid': 'team-count' }, number(people)) }));
  const anonymous = view.anonymous && h('p', { class: 'team-anonymous-note', 'data-testid': 'anonymous' }, T.anonymousNote);
  // Texts in another language than the page's (version 1, in English only): said so, as on a result.
  const note = tally.note && h('p', { class: 'team-hint', 'data-testid': 'content-language' }, tally.note);
  if (view.suppressed) {
    return section('team-summary', T.summaryHeading, h('p', { class: 'team-from muted' }, from), note, total,
      suppressedNotice(view, people), anonymous);
  }
  return section('team-summary', T.summaryHeading,
    h('p', { class: 'team-from muted' }, from),
    note,
    total,
    anonymous,
    h('ul', { class: 'team-bands' }, bands.map((band) => {
      const n = tally.bands[band.id] || 0;
      return h('li', { class: `team-band ${toneOf(tally, band.id)}`, 'data-testid': 'band-count', 'data-band': band.id,
        'data-count': n },
      h('span', { class: 'team-band-title', ...own(tally) }, band.title),
      h('span', { class: 'team-band-count' }, number(n)),
      h('span', { class: 'team-band-note' }, format(T.bandNote,
        { percent: percent(people ? n / people : 0), min: number(band.min), max: number(band.max) })));
    })),
    bandFirmness(view),
    h('dl', { class: 'team-facts', 'aria-label': T.factsLabel },
      h('div', { 'data-testid': 'borderline-count', 'data-count': tally.borderline },
        h('dt', null, S.borderline), h('dd', null, number(tally.borderline))),
      Object.keys(shapes).map((shape) => h('div', { 'data-testid': 'shape-count', 'data-shape': shape,
        'data-count': tally.shapes[shape] || 0 },
      h('dt', own(tally), shapes[shape].title), h('dd', null, number(tally.shapes[shape] || 0))))),
    h('p', { class: 'team-hint' }, T.factsNote));
}

function spread(tally) {
  const { bands } = tally.questionnaire;
  const bins = binsOf(tally).map((bin) => ({ ...bin, text: format(bin.from === bin.to ? T.binOne : T.bin,
    { from: number(bin.from), to: number(bin.to), count: number(bin.count) }) }));
  const label = format(T.spreadLabel, {
    people: plural(T.count, tally.people.rows.length), step: number(tally.step),
    bins: list(bins.map((bin) => bin.text), { type: 'unit' }),
    bands: list(bands.map((band) => format(S.bandRange, { title: band.title, min: number(band.min), max: number(band.max) })),
      { type: 'unit' }),
  });
  return section('team-spread', T.spreadHeading,
    h('figure', null, histogram(tally, bands, label, own(tally)),
      h('ul', { class: 'team-bins' }, bins.map((bin) => h('li', { class: bin.count ? null : 'muted' }, bin.text)))));
}

function themes(tally) {
  const { range, questionnaire: q } = tally;
  const people = tally.people.rows.length;
  return section('team-themes', T.themesHeading,
    h('p', { class: 'muted' }, format(T.themesIntro, { min: number(range.themes[0].min), max: number(range.themes[0].max) })),
    h('ul', { class: 'team-theme-list' }, range.themes.map((theme, i) => {
      const average = tally.themeSums[i] / people;
      const bar = h('span', { class: 'team-theme-fill' });
      bar.style.width = `${(100 * (average - theme.min)) / (theme.max - theme.min)}%`;
      const title = q.themes.find((t) => t.id === theme.id).title;
      // rounded as before (toFixed), written with the language's decimal sign
      const shown = number(Number(average.toFixed(1)), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return h('li', { 'data-testid': 'theme-average', 'data-theme': theme.id },
        h('span', { class: 'team-theme-title', ...own(tally) }, title),
        h('span', { class: 'team-theme-value' }, format(T.themeAverage, { average: shown, max: number(theme.max) })),
        h('span', { class: 'team-theme-bar' }, bar));
    })));
}

function peopleTable(tally, view) {
  const c = T.columns;
  const shapes = shapesOf(tally);
  return section('team-people', T.peopleHeading, pagedTable('team-people', T.peopleCaption,
    [c.id, c.total, c.band, c.shape, c.margin, c.borderline], tally.people.rows.length, (k) => {
      const person = personAt(tally, k);
      return [
        h('th', { scope: 'row' }, idShown(tally, person.id)),
        h('td', { class: 'num' }, number(person.total)),
        h('td', null, bandCell(tally, person.band, isUncertain(view, tally, k))),
        h('td', null, shapes[person.shape] ? inLanguage(own(tally), shapes[person.shape].title) : T.none),
        h('td', null, person.margin
          ? fill(T.margin, { points: number(person.margin.points), band: bandTitle(tally, person.margin.toward) }) : T.none),
        h('td', { class: person.borderline ? 'team-yes' : 'muted' }, person.borderline ? T.yes : T.no),
      ];
    }));
}

// A band in the table of people; one too close to call is marked so.
function bandCell(tally, bandId, uncertain) {
  const pill = h('span', { class: `team-pill ${toneOf(tally, bandId)}` }, bandTitle(tally, bandId));
  return uncertain ? fill(T.uncertainBand, { band: pill }) : pill;
}

// The rows left out, with the reason; an anonymous summary leaves their ids out.
function problemTable(tally, view) {
  const c = T.problemColumns;
  const columns = view.anonymous ? [c.reason] : [c.id, c.reason];
  return section('team-problems', T.problemsHeading,
    pagedTable('team-problems', T.problemsCaption, columns, tally.problems.length, (k) => [
      !view.anonymous && h('th', { scope: 'row' }, idShown(tally, tally.problems[k].id)),
      h('td', null, reasonOf(tally.problems[k].error)),
    ]));
}
