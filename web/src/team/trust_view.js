// "How far to trust this": the engine's reliability figures for the whole questionnaire and each
// theme (Cronbach's alpha, its 95% interval, the people and statements counted, the reading in
// plain words) and, for each statement, its fit with the rest, alpha without it, mean, SD and how
// many gave each answer. Every figure is the engine's insight (team_insight.hpp); this file only
// writes it down. A figure the engine could not work out is null, shown as a dash with a note.
import { h, inLanguage } from '../dom.js';
import { TEAM as T, fill, format, list, number, plural } from '../strings.js';
import { alphaText, anyMissing, fixed } from './figures.js';
import { countsChart } from './item_chart.js';

/**
 * The section, for a group at or above the floor.
 * @param view insightView() with the engine's rules: { insight, minGroup, rules }; leftOut rows refused before the engine saw
 *   them (links that could not be read); earlier links scored by an earlier version, not counted
 */
export function trustSection(tally, view, { leftOut = 0, earlier = 0 } = {}) {
  const { insight } = view;
  const q = tally.questionnaire;
  const attrs = tally.attrs || {};
  const counted = insight && [
    plural(T.counted, insight.n),
    insight.excluded + leftOut > 0 && plural(T.leftOut, insight.excluded + leftOut),
    earlier > 0 && plural(T.earlierLeftOut, earlier),
  ].filter(Boolean).join(' ');
  let body;
  if (!insight) body = h('p', null, T.trustFailed);
  else if (insight.suppressed || !insight.reliability) {
    body = h('p', null, format(T.trustTooFew, { count: number(insight.n), floor: number(view.minGroup) }));
  } else {
    const { total, themes } = insight.reliability;
    const titleOf = (id) => (q.themes.find((theme) => theme.id === id) || {}).title || id;
    const edges = view.rules.readingEdges;
    // A theme's title is the questionnaire's (marked when in another language); the whole is ours.
    body = [scale(q, total, 'total', { text: T.scaleTotal, attrs: {} }, 0, edges, attrs),
      ...themes.map((theme, i) => scale(q, theme, theme.id, { text: titleOf(theme.id), attrs }, i + 1, edges, attrs))];
  }
  return h('section', { class: 'section team-trust', 'aria-labelledby': 'team-trust-heading', 'data-testid': 'reliability' },
    h('h2', { id: 'team-trust-heading' }, T.trustHeading),
    h('p', { class: 'muted' }, T.trustIntro),
    counted && h('p', { class: 'team-counted' }, counted),
    Array.isArray(body) && h('p', { class: 'team-hint' }, T.itemsNote),
    body);
}

/**
 * One scale: its figures, its reading and its statements.
 * @param title { text, attrs }: its name, and { lang, dir } when that is in another language
 * @param attrs the same for the questionnaire's texts (the statements' short labels)
 */
function scale(q, rel, id, title, index, edges, attrs) {
  const name = `team-scale-${index}`;
  const fact = (term, value) => h('div', null, h('dt', null, term), h('dd', null, value));
  const ci = rel.ci ? format(T.interval, { lo: fixed(rel.ci[0], 2), hi: fixed(rel.ci[1], 2) }) : T.dash;
  return h('div', { class: 'team-scale', 'data-scale': id, 'data-alpha': rel.alpha === null ? null : rel.alpha.toFixed(3),
    'data-n': rel.n, 'data-reading': rel.reading },
  h('h3', { id: `${name}-heading` }, inLanguage(title.attrs, title.text)),
  h('dl', { class: 'team-scale-facts', 'aria-label': format(T.scaleFacts, { scale: title.text }) },
    fact(T.facts.alpha, alphaText(rel.alpha, edges)), fact(T.facts.interval, ci),
    fact(T.facts.statements, number(rel.k)), fact(T.facts.people, number(rel.n))),
  h('p', { class: `team-reading reading-${rel.reading}` }, T.readings[rel.reading] || T.readings.undefined),
  items(q, rel, title, name, attrs));
}

/** The scale's statements, one row each. */
function items(q, rel, title, name, attrs) {
  const c = T.itemColumns;
  const { min, max } = q.scale;
  const tallest = Math.max(1, ...rel.items.flatMap((item) => item.counts));
  const pair = rel.items.length === 2;  // alpha without one of two statements is not defined
  const missing = rel.alpha === null || rel.items.some((item) =>
    anyMissing([item.item_total, item.sd]) || (!pair && item.alpha_if_deleted === null));
  const captionId = `${name}-caption`;
  return [
    h('div', { class: 'team-wrap team-items-wrap', role: 'region', tabindex: 0, 'aria-labelledby': captionId },
      h('table', { class: 'team-table team-items' },
        h('caption', { id: captionId }, h('span', null,
          fill(T.itemsCaption, { scale: inLanguage(title.attrs, title.text) }))),
        h('thead', null, h('tr', null, [c.statement, c.itemTotal, c.alphaIfDeleted, c.mean, c.sd,
          format(c.counts, { min: number(min), max: number(max) })].map((text) => h('th', { scope: 'col' }, text)))),
        h('tbody', null, rel.items.map((item) => {
          const statement = q.items[item.number - 1] || {};
          const counts = list(item.counts.map((n, i) => format(T.countsItem, { value: number(min + i), count: number(n) })),
            { type: 'unit' });
          return h('tr', null,
            h('th', { scope: 'row' }, fill(T.itemStatement,
              { number: number(item.number), short: inLanguage(attrs, statement.short || '') })),
            h('td', { class: 'num' }, fixed(item.item_total, 2)),
            h('td', { class: 'num' }, fixed(item.alpha_if_deleted, 2)),
            h('td', { class: 'num' }, fixed(item.mean, 2)),
            h('td', { class: 'num' }, fixed(item.sd, 2)),
            h('td', { class: 'team-counts-cell' },
              countsChart(item.counts, tallest, format(T.countsLabel, { number: number(item.number), counts }))));
        })))),
    (missing || pair) && h('p', { class: 'team-hint team-items-note' },
      [missing && (rel.k < 2 ? T.singleNote : T.undefinedNote), pair && T.pairNote].filter(Boolean).join(' ')),
  ];
}
