// Past results kept on this device, newest first: view one, pick two to compare, delete one or
// everything, or import a result file.
import { h, inLanguage } from './dom.js';
import { S, dateTime, fill, format, number } from './strings.js';
import { filePicker } from './file_picker.js';

const button = (text, onclick, attrs) => h('button', { type: 'button', class: 'btn', onclick, ...attrs }, text);

// Deleting takes a second, deliberate click on a button that names what goes; a dialog would
// take the person out of the page.
function confirmStep(label, question, yes, onYes, attrs) {
  const slot = h('span', { class: 'confirm' });
  const ask = button(label, () => {
    slot.replaceChildren(h('span', { class: 'confirm-question' }, question), sure, button(S.cancel, () => {
      slot.replaceChildren(ask);
      ask.focus();
    }));
    sure.focus();
  }, attrs);
  const sure = button(yes, onYes, { class: 'btn danger' });
  slot.append(ask);
  return slot;
}

const newestFirst = (rows) => [...rows].sort((a, b) => Date.parse(b.entry.date) - Date.parse(a.entry.date));

/**
 * @param rows [{ entry, result, questionnaire, earlier }]: the stored entry, the engine's Result for its
 *   answers and the questionnaire it was made with (earlier: an earlier version of the built-in one);
 *   result is null when that questionnaire is not known here
 * @param textsOf (row) → { questionnaire, attrs }: the row's questionnaire with its texts in the
 *   language shown (flow/content.js); the result's band is found there by id
 * @param current the questionnaire in use (a row of another one shows its title)
 * @param picked the rows ticked (kept by the caller, so a new drawing keeps them ticked)
 * @param on { back, view(row), compare(older, newer), remove(row), removeAll, importFile(text) }
 */
export function historyView({ rows, textsOf, current, picked = new Set() }, on) {
  const compareProblem = h('div');
  function compare() {
    const chosen = newestFirst(rows.filter((row) => picked.has(row))).reverse();
    const [a, b] = chosen;
    const problem = chosen.length !== 2 ? S.pickTwo
      : a.result.questionnaire.id !== b.result.questionnaire.id ||
        a.result.questionnaire.version !== b.result.questionnaire.version ? S.pickSame : null;
    compareProblem.replaceChildren(problem ? h('p', { class: 'alert', role: 'alert' }, problem) : '');
    if (!problem) on.compare(a, b);
  }

  // The score line: numbers from the engine's result, the band's title by its id.
  function score(row) {
    const { questionnaire: q, attrs } = textsOf(row);
    const band = q.bands.find((b) => b.id === row.result.band.id);
    return fill(S.historyEntry, { total: number(row.result.total), max: number(row.result.max),
      band: inLanguage(attrs, band.title) });
  }

  const item = (row) => {
    const { entry, result, questionnaire } = row;
    const date = dateTime(entry.date);
    return h('li', null,
      h('label', { class: 'pick' },
        h('input', { type: 'checkbox', disabled: !result, checked: Boolean(result) && picked.has(row),
          onchange: (event) => (event.target.checked ? picked.add(row) : picked.delete(row)) }),
        h('span', { class: 'history-date' }, date),
        h('span', { class: 'history-score' }, result ? score(row) : S.historyUnreadable),
        questionnaire && questionnaire.id !== current.id && h('span', { class: 'muted', ...textsOf(row).attrs },
          textsOf(row).questionnaire.title),
        row.earlier && h('span', { class: 'muted' }, format(S.earlierVersionShort, { version: number(questionnaire.version) }))),
      h('span', { class: 'row-actions' },
        result && button(S.view, () => on.view(row), { 'aria-label': format(S.viewOf, { date }) }),
        confirmStep(S.delete, S.deleteOne, S.deleteYes, () => on.remove(row),
          { 'aria-label': format(S.deleteOf, { date }) })));
  };

  return h('main', { class: 'card history' },
    h('h1', null, S.historyHeading),
    rows.length
      ? [h('ul', { class: 'history-list' }, newestFirst(rows).map(item)),
        h('div', { class: 'buttons' }, button(S.compare, compare, { class: 'btn primary' })),
        compareProblem]
      : h('p', null, S.historyEmpty),
    h('h2', null, S.yourData),
    h('div', { class: 'file-pickers' }, filePicker(S.importResult, on.importFile),
      confirmStep(S.deleteAll, S.deleteAllOne, S.deleteAllYes, on.removeAll)),
    h('div', { class: 'buttons' }, button(S.back, on.back)));
}
