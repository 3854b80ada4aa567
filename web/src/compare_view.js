// Two results of one questionnaire side by side: dates, totals, bands and theme subtotals, with the
// change from the earlier to the later one. Every number is the engine's; this only subtracts two
// of them to show the difference.
import { h, inLanguage } from './dom.js';
import { S, dateTime, format, number } from './strings.js';

function change(from, to) {
  const difference = to - from;
  return difference ? format(difference > 0 ? S.up : S.down, { n: number(Math.abs(difference)) }) : number(0);
}
const outOf = ({ total, max }) => format(S.totalOf, { total: number(total), max: number(max) });
const themeValue = ({ score, max }) => format(S.themeValue, { score: number(score), max: number(max) });

const row = (label, ...cells) => h('tr', null, h('th', { scope: 'row' }, label), cells.map((cell) => h('td', null, cell)));

/**
 * @param older, newer history rows ({ entry, result }) of the same questionnaire
 * @param questionnaire that questionnaire, its texts in the language shown (bands and themes found
 *   there by id); attrs { lang, dir } when they are in another language than the page's, else {}
 * @param on { back }
 */
export function compareView({ older, newer, questionnaire, attrs = {} }, on) {
  const [a, b] = [older.result, newer.result];
  const tone = (id) => `tone-${(questionnaire.bands.findIndex((b) => b.id === id) % 3) + 1}`;
  const band = (result) => h('span', { class: `band-name ${tone(result.band.id)}`, 'data-band': result.band.id, ...attrs },
    questionnaire.bands.find((each) => each.id === result.band.id).title);
  const themeTitle = (id) => questionnaire.themes.find((theme) => theme.id === id).title;
  return h('main', { class: 'card compare' },
    h('h1', null, S.compareHeading),
    h('p', { class: 'muted', ...attrs }, questionnaire.title),
    h('div', { class: 'compare-wrap' }, h('table', null,
      h('thead', null, h('tr', null, h('td'),
        [older, newer].map(({ entry }) => h('th', { scope: 'col' }, dateTime(entry.date, 'short'))),
        h('th', { scope: 'col' }, S.change))),
      h('tbody', null,
        row(S.total, outOf(a), outOf(b), change(a.total, b.total)),
        row(S.bandLabel, band(a), band(b), ''),
        a.themes.map((theme) => {
          const later = b.themes.find((t) => t.id === theme.id);
          return row(inLanguage(attrs, themeTitle(theme.id)), themeValue(theme), themeValue(later),
            change(theme.score, later.score));
        })))),
    h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'btn', onclick: on.back }, S.back)));
}
