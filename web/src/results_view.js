// The result screen: total, band, the scale and theme pictures, the band's texts, why and what
// next, the actions, and (for print only) every statement with its answer. The engine's result
// gives numbers and ids; every text is looked up by id in the questionnaire given, which is in the
// page's language (or, with attrs, in a language of its own, marked so).
import { h, inLanguage } from './dom.js';
import { S, fill, format, longDate, number } from './strings.js';
import { scaleChart, themeChart } from './charts.js';
import { whySection, whatNextSection } from './insight_view.js';

function section(className, title, ...content) {
  const id = `${className}-heading`;
  return h('section', { class: `section ${className}`, 'aria-labelledby': id }, h('h2', { id }, title), content);
}

const toneOf = (questionnaire, bandId) =>
  `tone-${(questionnaire.bands.findIndex((band) => band.id === bandId) % 3) + 1}`;

/** The band with this id, with its texts, in the questionnaire shown. */
export const bandOf = (questionnaire, id) => questionnaire.bands.find((band) => band.id === id);

function themes(result, questionnaire, attrs) {
  const own = (text) => inLanguage(attrs, text);
  const themeOf = (id) => questionnaire.themes.find((theme) => theme.id === id);
  // The chart names each theme: with its title in the language shown, found by id.
  const shown = { ...result, themes: result.themes.map((theme) => ({ ...theme, title: themeOf(theme.id).title })) };
  return section('themes', S.themesHeading,
    h('figure', null, themeChart(shown, questionnaire.bands, attrs)),
    h('ul', { class: 'theme-list' }, result.themes.map((theme) => h('li', null,
      h('span', { class: 'theme-line' }, fill(S.themeLine, { title: own(themeOf(theme.id).title),
        score: number(theme.score), max: number(theme.max), leaning: own(bandOf(questionnaire, theme.leaning).title) })),
      h('span', { class: 'muted', ...attrs }, themeOf(theme.id).description)))));
}

function answersForPrint(result, questionnaire, attrs) {
  const { min, max } = questionnaire.scale;
  const own = (text) => inLanguage(attrs, text);
  return h('section', { class: 'section print-only' },
    h('h2', null, S.answersHeading),
    h('ol', { class: 'answers' }, questionnaire.items.map((item, i) => h('li', null,
      h('span', attrs, item.prompt),
      h('span', { class: 'muted' }, fill(S.answerLine, { answer: number(result.items[i].answer),
        min: number(min), max: number(max), low: own(item.low), high: own(item.high) }))))));
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
 * @param result the engine's Result: numbers and ids
 * @param questionnaire the questionnaire it was made with, its texts in the language shown
 * @param attrs { lang, dir } when those texts are in another language than the page's, else {}
 * @param note the sentence saying why they are, or null
 * @param shared true for a result opened from a link (read-only)
 * @param imported true for a result read from a file, not yet in history (read-only)
 * @param date when the result was taken (ISO text), or null
 * @param earlier true when the questionnaire is an earlier version of the built-in one
 * @param on { retake, start, addToHistory, history, copyLink() → Promise<{copied, link}>, print, downloadJson,
 *   downloadCsv }
 */
export function resultsView({ result, questionnaire, attrs = {}, note = null, shared, imported, date, earlier }, on) {
  const band = bandOf(questionnaire, result.band.id);
  const taken = date && !Number.isNaN(Date.parse(date)) ? format(S.takenOn, { date: longDate(date) }) : '';
  const texts = (tag, className, list) => h(tag, { class: className, ...attrs }, list);
  return h('main', { class: 'card result' },
    h('p', { class: 'print-only print-title', ...attrs }, questionnaire.title),
    h('h1', null, shared ? S.sharedResult : imported ? S.importedResult : S.yourResult),
    h('p', { class: 'muted' }, shared ? S.sharedNote : imported ? [S.importedNote, ' ', taken] : taken),
    earlier && h('p', { class: 'earlier', 'data-testid': 'earlier-version' },
      format(S.earlierVersion, { version: number(questionnaire.version) })),
    note && h('p', { class: 'earlier', 'data-testid': 'content-language' }, note),
    h('div', { class: `hero ${toneOf(questionnaire, band.id)}` },
      h('p', { class: 'total' }, fill(S.totalOf,
        { total: h('span', { 'data-testid': 'total-score' }, number(result.total)), max: number(result.max) })),
      h('p', { class: 'band-line' }, h('span', { class: 'muted' }, S.bandLabel),
        h('strong', { class: 'band', 'data-testid': 'band', 'data-band': band.id, ...attrs }, band.title))),
    texts('p', 'lead', band.summary),
    h('figure', null, scaleChart(result, questionnaire.bands, attrs)),
    texts('p', null, band.explanation),
    band.advice.length > 0 && section('advice', S.adviceHeading,
      texts('ul', null, band.advice.map((text) => h('li', null, text)))),
    themes(result, questionnaire, attrs),
    whySection(result, questionnaire, attrs),
    whatNextSection(band, attrs),
    answersForPrint(result, questionnaire, attrs),
    questionnaire.credit && h('p', { class: 'credit muted', 'data-testid': 'credit', ...attrs }, questionnaire.credit),
    actions({ shared, imported }, on));
}
