// Past results kept on this device, newest first.
import { h } from './dom.js';
import { S, dateTime, format } from './strings.js';

/**
 * @param rows [{ date, result }] oldest first; result is the engine's Result, or null when the
 *   answers belong to another version of the questionnaire
 * @param on { back }
 */
export function historyView({ rows }, on) {
  return h('main', { class: 'card history' },
    h('h1', null, S.historyHeading),
    rows.length
      ? h('ol', { class: 'history-list', reversed: true }, [...rows].reverse().map(({ date, result }) => h('li', null,
        h('span', { class: 'history-date' }, dateTime(date)),
        h('span', null, result
          ? format(S.historyEntry, { total: result.total, max: result.max, band: result.band.title })
          : S.historyUnreadable))))
      : h('p', null, S.historyEmpty),
    h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'btn', onclick: on.back }, S.back)));
}
