// The result screen: total, band, the scale and theme pictures, the band's texts, why and what
// next, the actions, and (for print only) every statement with its answer.
import { h } from './dom.js';
import { S, fill, format, longDate } from './strings.js';
import { scaleChart, themeChart } from './charts.js';
import { whySection, whatNextSection } from './insight_view.js';

function section(className, title, ...content) {
  const id = `${className}-heading`;
  return h('section', { class: `section ${className}`, 'aria-labelledby': id }, h('h2', { id }, title), content);
}

const toneOf = (questionnaire, bandId) =>
  `tone-${(questionnaire.bands.findIndex((band) => band.id === bandId) % 3) + 1}`;

function themes(result, questionnaire) {
  const titleOf = (id) => (questionnaire.bands.find((band) => band.id === id) || {}).title || id;
  const descriptionOf = (id) => (questionnaire.themes.find((theme) => theme.id === id) || {}).description;
  return section('themes', S.themesHeading,
    h('figure', null, themeChart(result, questionnaire.bands)),
    h('ul', { class: 'theme-list' }, result.themes.map((theme) => h('li', null,
      h('span', { class: 'theme-line' }, format(S.themeLine, { ...theme, leaning: titleOf(theme.leaning) })),
      h('span', { class: 'muted' }, descriptionOf(theme.id))))));
}

function answersForPrint(result, questionnaire) {
  const { min, max } = questionnaire.scale;
  return h('section', { class: 'section print-only' },
    h('h2', null, S.answersHeading),
    h('ol', { class: 'answers' }, questionnaire.items.map((item, i) => h('li', null,
      h('span', null, item.prompt),
      h('span', { class: 'muted' }, format(S.answerLine,
        { answer: result.items[i].answer, min, max, low: item.low, high: item.high }))))));
}

function actions({ shared, imported }, on) {
  const slot = h('div', { class: 'share-slot' });
  async function copy() {
    const outcome = await on.copyLink();
    slot.replaceChildren();
    if (outcome.copied) return;
    const id = 'share-link';
    const field = h('input', { id, type: 'text', readonly: true, value: outcome.link, class: 'link-field' });
    slot.append(h('label', { for: id }, S.shareLinkLabel), field);
    field.focus();
    field.select();
  }
  const button = (text, onclick, kind = '') => h('button', { type: 'button', class: `btn ${kind}`, onclick }, text);
  return [
    h('div', { class: 'buttons actions', role: 'group', 'aria-label': S.actionsLabel },
      shared ? button(S.takeIt, on.start, 'primary')
        : imported ? button(S.addToHistory, on.addToHistory, 'primary') : button(S.retake, on.retake, 'primary'),
      button(S.copyLink, copy),
      button(S.printReport, on.print),
      button(S.downloadJson, on.downloadJson),
      button(S.downloadCsv, on.downloadCsv),
      !shared && button(S.history, on.history, 'quiet')),
    slot,
  ];
}

/**
 * @param result the engine's Result
 * @param questionnaire the engine's questionnaire object
 * @param shared true for a result opened from a link (read-only)
 * @param imported true for a result read from a file, not yet in history (read-only)
 * @param date when the result was taken (ISO text), or null
 * @param earlier true when the questionnaire is an earlier version of the built-in one
 * @param on { retake, start, addToHistory, history, copyLink() → Promise<{copied, link}>, print, downloadJson,
 *   downloadCsv }
 */
export function resultsView({ result, questionnaire, shared, imported, date, earlier }, on) {
  const { band } = result;
  const taken = date && !Number.isNaN(Date.parse(date)) ? format(S.takenOn, { date: longDate(date) }) : '';
  return h('main', { class: 'card result' },
    h('p', { class: 'print-only print-title' }, questionnaire.title),
    h('h1', null, shared ? S.sharedResult : imported ? S.importedResult : S.yourResult),
    h('p', { class: 'muted' }, shared ? S.sharedNote : imported ? [S.importedNote, ' ', taken] : taken),
    earlier && h('p', { class: 'earlier', 'data-testid': 'earlier-version' },
      format(S.earlierVersion, { version: questionnaire.version })),
    h('div', { class: `hero ${toneOf(questionnaire, band.id)}` },
      h('p', { class: 'total' }, fill(S.totalOf,
        { total: h('span', { 'data-testid': 'total-score' }, result.total), max: result.max })),
      h('p', { class: 'band-line' }, h('span', { class: 'muted' }, S.bandLabel),
        h('strong', { class: 'band', 'data-testid': 'band', 'data-band': band.id }, band.title))),
    h('p', { class: 'lead' }, band.summary),
    h('figure', null, scaleChart(result, questionnaire.bands)),
    h('p', null, band.explanation),
    band.advice.length > 0 && section('advice', S.adviceHeading,
      h('ul', null, band.advice.map((text) => h('li', null, text)))),
    themes(result, questionnaire),
    whySection(result, questionnaire),
    whatNextSection(result),
    answersForPrint(result, questionnaire),
    questionnaire.credit && h('p', { class: 'credit muted', 'data-testid': 'credit' }, questionnaire.credit),
    actions({ shared, imported }, on));
}
