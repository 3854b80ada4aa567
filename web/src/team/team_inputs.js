// The team view's inputs: share links to paste, a CSV file (with, for the built-in questionnaire,
// the version its answers were given to) and example data.
import { h } from '../dom.js';
import { TEAM as T, format } from '../strings.js';

/**
 * @param scorers [{ source, questionnaire, handle }]: the questionnaire in use first, then its
 *   earlier versions (newest first) when it is the built-in one
 * @param on { links(text), file(File), version(), example() }
 * @returns { element, chosen() → the scorer chosen for a CSV file, clearFile(), focusLinks() }
 */
export function teamInputs(scorers, on) {
  const linksField = h('textarea', { id: 'team-links', class: 'team-field', rows: 4, spellcheck: 'false',
    autocomplete: 'off', 'aria-describedby': 'team-links-hint' });
  const fileField = h('input', { id: 'team-csv', type: 'file', class: 'team-file',
    accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain', 'aria-describedby': 'team-csv-hint',
    onchange: () => fileField.files[0] && on.file(fileField.files[0]) });
  const csvHint = h('p', { id: 'team-csv-hint', class: 'team-hint' });
  const describeCsv = ({ questionnaire: q }) => {
    csvHint.textContent = format(T.csvHint, { count: q.items.length, min: q.scale.min, max: q.scale.max });
  };
  // Only when there is a choice: the built-in questionnaire in use, with earlier versions.
  const versionField = scorers.length > 1 && h('select', { id: 'team-version', class: 'team-select',
    'aria-describedby': 'team-version-hint', onchange: () => {
      describeCsv(chosen());
      on.version();
    } },
  scorers.map((each, i) => h('option', { value: i },
    format(i === 0 ? T.versionCurrent : T.versionEarlier, { version: each.questionnaire.version }))));
  const chosen = () => (versionField ? scorers[Number(versionField.value)] : scorers[0]);
  describeCsv(scorers[0]);
  const element = h('div', { class: 'team-inputs' },
    h('div', { class: 'team-panel' },
      h('label', { for: 'team-links' }, T.linksLabel),
      h('p', { id: 'team-links-hint', class: 'team-hint' }, T.linksHint),
      linksField,
      h('button', { type: 'button', class: 'btn primary', onclick: () => on.links(linksField.value) }, T.scoreLinks)),
    h('div', { class: 'team-panel' },
      h('label', { for: 'team-csv' }, T.csvLabel),
      csvHint,
      fileField,
      versionField && h('div', { class: 'team-version' },
        h('label', { for: 'team-version' }, T.versionLabel),
        h('p', { id: 'team-version-hint', class: 'team-hint' }, T.versionHint),
        versionField),
      h('button', { type: 'button', class: 'btn quiet team-example', onclick: on.example }, T.example)));
  return {
    element,
    chosen,
    // so choosing the same file again (after an edit) loads it again
    clearFile: () => { fileField.value = ''; },
    focusLinks: () => linksField.focus(),
  };
}
