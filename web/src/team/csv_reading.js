// How the engine read a CSV file, in words: its separator, its header, where each statement's
// answers and each person's id came from, the columns left out. Every fact is the engine's layout
// (engine.d.ts, CsvLayout); this file only puts it into sentences. With a header, the person may
// choose another column for the ids, and the file is scored again with that choice. Another
// language puts the same reading into its words (relabel), with the choice kept.
import { h, inLanguage } from '../dom.js';
import { TEAM as T, fill, format, list, number, plural } from '../strings.js';

/**
 * @param onIdColumn () → the person chose another id column: score the same file again
 * @returns { element, idColumn() → the chosen column's name, or null for the engine's own choice,
 *   reset() for another input, show(layout, texts) once a file is scored (layout null: the file
 *   could not be used, so there is no reading to show), relabel(texts) → the reading shown in the
 *   language now in use; texts: { questionnaire, attrs } of the questionnaire that scores the file,
 *   in the language shown (attrs marks its texts when they are in another one) }
 */
export function csvReading(onIdColumn) {
  // The same select all along, so the keyboard stays on it while the file is scored again.
  const select = h('select', { id: 'team-id-column', class: 'team-select', 'aria-describedby': 'team-id-hint',
    onchange: onIdColumn });
  const words = {
    idLabel: h('label', { for: 'team-id-column' }),
    idHint: h('p', { id: 'team-id-hint', class: 'team-hint' }),
    readingHeading: h('h2', { id: 'team-reading-heading' }),
  };
  const choice = h('div', { class: 'team-id-choice', hidden: true }, words.idLabel, words.idHint, select);
  const facts = h('ul', { class: 'team-reading-facts' });
  const mapping = h('div', { class: 'team-mapping' });
  const element = h('section', { class: 'section team-reading', 'aria-labelledby': 'team-reading-heading', hidden: true },
    words.readingHeading, facts, choice, mapping);
  let choices = '';  // the options the select holds, to rebuild it only when they change
  let own = null;    // the engine's own choice for the ids: { name, label }, name null for line numbers
  let layoutShown = null;  // the layout whose reading is on show, for another language

  const idColumn = () => (choice.hidden ? null : select.value || null);

  function reset() {
    element.hidden = true;
    choice.hidden = true;
    select.replaceChildren();
    choices = '';
    own = null;
    layoutShown = null;
  }

  function show(layout, texts) {
    layoutShown = layout;
    if (!layout) {
      // With a column chosen, the choice stays, so the person can go back on it.
      element.hidden = !idColumn();
      facts.replaceChildren();
      mapping.replaceChildren();
      return;
    }
    element.hidden = false;
    facts.replaceChildren(...sentences(layout).map((text) => h('li', null, text)));
    const open = Boolean(mapping.querySelector('details[open]'));  // stays open when scored again
    mapping.replaceChildren(...(layout.byName ? [mappingTable(layout, texts, open)] : []));
    offerIds(layout);
  }

  // The engine's own choice first (learnt while no column is chosen), then every other named
  // column that holds no statement.
  function offerIds(layout) {
    const chosen = idColumn();
    if (chosen === null) {
      const field = layout.idField;
      // label() and not a text: in another language, "Line numbers" changes
      own = field === null ? { name: null, label: () => T.idLines }
        : { name: layout.names[field] || null, label: () => layout.names[field] || columnName(layout, field) };
    }
    const others = [...new Set(layout.names.filter((name, field) => name && name !== own.name
      && !layout.answerFields.includes(field)))];
    const next = JSON.stringify([own.name, own.label(), others]);
    if (next !== choices) {
      choices = next;
      select.replaceChildren(h('option', { value: '' }, own.label()),
        ...others.map((name) => h('option', { value: name }, name)));
      select.value = others.includes(chosen) ? chosen : '';
    }
    choice.hidden = others.length === 0;  // without a header there are no names, so no choice
  }

  function relabel(texts) {
    for (const [key, node] of Object.entries(words)) node.textContent = T[key];
    if (layoutShown) show(layoutShown, texts);
  }
  relabel();

  return { element, idColumn, reset, show, relabel };
}

const SHOWN_LEFT_OUT = 8;
const columnName = (layout, field) => (layout.names[field]
  ? format(T.columnName, { name: layout.names[field] }) : format(T.columnUnnamed, { number: number(field + 1) }));

/** The layout in sentences: separator, header, ids, columns left out. */
function sentences(layout) {
  const separator = T.separators[layout.separator] || layout.separator;
  const header = layout.headerLine === 0 ? T.headerNone
    : format(layout.byName ? T.headerByName : T.headerByPlace, { line: number(layout.headerLine) });
  let ids = T.idsFromLines;
  if (layout.idField !== null) {
    ids = layout.headerLine ? format(T.idsFromColumn, { name: columnName(layout, layout.idField) }) : T.idsFromFirst;
  }
  const left = layout.names.map((_, field) => field)
    .filter((field) => field !== layout.idField && !layout.answerFields.includes(field));
  // A wide export may have hundreds: the first few name the kind, the count the rest (then the
  // names are a plain series, as "and N more" follows them).
  const more = left.length > SHOWN_LEFT_OUT;
  let names = list(left.slice(0, SHOWN_LEFT_OUT).map((field) => columnName(layout, field)),
    { type: more ? 'unit' : 'conjunction' });
  if (more) names = format(T.ignoredMore, { names, count: number(left.length - SHOWN_LEFT_OUT) });
  return [
    format(layout.separatorDetected ? T.separatorDetected : T.separatorChosen, { separator }),
    header,
    ids,
    left.length > 0 && plural(T.ignored, left.length, { names }),
  ].filter(Boolean);
}

/** Statement → column, folded away: for checking, not for reading every time. */
function mappingTable(layout, { questionnaire, attrs }, open) {
  const c = T.mappingColumns;
  return h('details', { class: 'team-mapping-details', open },
    h('summary', null, T.mappingSummary),
    h('div', { class: 'team-wrap', role: 'region', tabindex: 0, 'aria-labelledby': 'team-mapping-caption' },
      h('table', { class: 'team-table' },
        h('caption', { id: 'team-mapping-caption' }, h('span', null, T.mappingCaption)),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, c.statement), h('th', { scope: 'col' }, c.column))),
        h('tbody', null, questionnaire.items.map((item, i) => h('tr', null,
          h('th', { scope: 'row' }, fill(T.mappingStatement, { number: number(i + 1), short: inLanguage(attrs, item.short) })),
          h('td', null, layout.names[layout.answerFields[i]] || columnName(layout, layout.answerFields[i]))))))));
}
