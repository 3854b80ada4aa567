// How firm each person's band is, and what the privacy floor hides, in the team's summary: the
// engine's count of people whose total lies too close to a band's edge (within 1.96 × its
// standard error of measurement), each such person's mark in the table, and the notice that
// replaces every aggregate for a group smaller than the floor.
import { h } from '../dom.js';
import { TEAM as T, format, number, plural } from '../strings.js';
import { fixed } from './figures.js';

/** Beside the bands: how many bands are too close to call, and the SEM in a sentence. */
export function bandFirmness(view) {
  const { insight } = view;
  if (!insight || insight.suppressed) return null;
  if (insight.sem === null || insight.band_uncertain === null) {
    return h('div', { class: 'team-firmness' }, h('p', { class: 'team-hint' }, T.semNone));
  }
  const count = insight.band_uncertain;
  return h('div', { class: 'team-firmness', 'data-testid': 'band-uncertain', 'data-count': count },
    h('p', { class: 'team-firmness-count' }, plural(T.uncertain, count)),
    h('p', { class: 'team-hint' }, format(T.semNote, { sem: fixed(insight.sem, 1) }),
      view.anonymous || count === 0 ? null : [' ', T.semTable]));
}

/** Whether person k's band is too close to call (the engine's uncertain_totals, by total). */
export function isUncertain(view, tally, k) {
  const marks = view.insight && view.insight.uncertain_totals;
  const columns = tally.people.columns[k];
  if (!marks || !view.covers(columns)) return false;
  return marks[columns.total[tally.people.rows[k]] - columns.range.min] === 1;
}

/** Why no aggregate is shown: fewer people than the floor. */
export function suppressedNotice(view, people) {
  const values = { floor: number(view.minGroup), lowest: number(view.rules.floor.lowest),
    highest: number(view.rules.floor.highest) };
  // Below the lowest floor, no choice would show anything: the notice does not suggest one.
  const below = people < view.rules.floor.lowest;
  const text = people === 0 ? T.suppressedNone : plural(below ? T.suppressedBelow : T.suppressed, people, values);
  // The way to change it points at the controls, which are not printed: on screen only.
  const change = people > 0 && !below && h('span', { class: 'team-suppressed-change' }, ` ${format(T.suppressedChange, values)}`);
  return h('p', { class: 'team-suppressed', 'data-testid': 'suppressed' }, text, change || null);
}
