// The language menu in the page's header, on every screen: a labelled <select> of the languages
// offered, each named in its own language (and marked as such, so a screen reader says it right).
import { h } from './dom.js';
import { S } from './strings.js';
import { languages } from './language.js';

/**
 * @param onChoose (code) → the person chose another language
 * @returns { element, select, show(code) → the language in use chosen, the label in its words }
 */
export function languageMenu(onChoose) {
  const select = h('select', { id: 'language', class: 'language-select', onchange: () => onChoose(select.value) },
    languages.map(({ code, name, dir }) => h('option', { value: code, lang: code, dir }, name)));
  const label = h('label', { for: 'language', class: 'language-label' });
  function show(code) {
    label.textContent = S.languageLabel;
    select.value = code;
    // A language that is not offered (the test-only pseudo-locale) leaves nothing chosen.
    if (select.value !== code) select.selectedIndex = -1;
  }
  return { element: h('div', { class: 'language-menu' }, label, select), select, show };
}
