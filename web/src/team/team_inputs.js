// The team view's inputs: share links to paste, a CSV file (with, for the built-in questionnaire,
// the version its answers were given to) and example data. Their words are set in relabel(), so
// another language sets them again with the links typed and the choices made kept as they are.
import { h } from '../dom.js';
import { TEAM as T, format, number, plural } from '../strings.js';

/**
 * @param scorers [{ source, questionnaire, handle }]: the questionnaire in use first, then its
 *   earlier versions (newest first) when it is the built-in one
 * @param on { links(text), file(File), version(), example() }
 * @returns { element, chosen() → the scorer chosen for a CSV file, clearFile(), focusLinks(),
 *   relabel() → every word again, in the language now in use }
 */
export function teamInputs(scorers, on) {
  const linksField = h('textarea', { id: 'team-links', class: 'team-field', rows: 4, spellcheck: 'false',
    autocomplete: 'off', 'aria-describedby': 'team-links-hint' });
  const fileField = h('input', { id: 'team-csv', type: 'file', class: 'team-file',
    accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain', 'aria-describedby': 'team-csv-hint',
    onchange: () => fileField.files[0] && on.file(fileField.files[0]) });
  const csvHint = h('p', { id: 'team-csv-hint', class: 'team-hint' });
  const describeCsv = ({ questionnaire: q }) => {
    csvHint.textContent = plural(T.csvHint, q.items.length, { min: number(q.scale.min), max: number(q.scale.max) });
  };
  // Only when there is a choice: the built-in questionnaire in use, with earlier versions.
  const options = scorers.map((_, i) => h('option', { value: i }));
  const versionField = scorers.length > 1 && h('select', { id: 'team-version', class: 'team-select',
    'aria-describedby': 'team-version-hint', onchange: () => {
      describeCsv(chosen());
      on.version();
    } }, options);
  const chosen = () => (versionField ? scorers[Number(versionField.value)] : scorers[0]);
  const words = {
    linksLabel: h('label', { for: 'team-links' }),
    linksHint: h('p', { id: 'team-links-hint', class: 'team-hint' }),
    scoreLinks: h('button', { type: 'button', class: 'btn primary', onclick: () => on.links(linksField.value) }),
    csvLabel: h('label', { for: 'team-csv' }),
    versionLabel: h('label', { for: 'team-version' }),
    versionHint: h('p', { id: 'team-version-hint', class: 'team-hint' }),
    example: h('button', { type: 'button', class: 'btn quiet team-example', onclick: on.example }),
  };
  const element = h('div', { class: 'team-inputs' },
    h('div', { class: 'team-panel' }, words.linksLabel, words.linksHint, linksField, words.scoreLinks),
    h('div', { class: 'team-panel' },
      words.csvLabel,
      csvHint,
      fileField,
      versionField && h('div', { class: 'team-version' }, words.versionLabel, words.versionHint, versionField),
      words.example));

  function relabel() {
    for (const [key, node] of Object.entries(words)) node.textContent = T[key];
    options.forEach((option, i) => {
      option.textContent = format(i === 0 ? T.versionCurrent : T.versionEarlier,
        { version: number(scorers[i].questionnaire.version) });
    });
    describeCsv(chosen());
  }
  relabel();

  return {
    element,
    chosen,
    // so choosing the same file again (after an edit) loads it again
    clearFile: () => { fileField.value = ''; },
    focusLinks: () => linksField.focus(),
    relabel,
  };
}
