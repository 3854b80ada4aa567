// "About this questionnaire": where its rule comes from, what the tool adds and what it is not,
// in the questionnaire's own words (its "about" paragraphs), so a custom questionnaire brings its own.
// The built-in questionnaire in any language but English says its words are the project's
// translation; an own questionnaire's words are its author's, in whatever language, so it does not.
import { h } from './dom.js';
import { S, currentLanguage } from './strings.js';

const SOURCE_LANGUAGE = 'en';  // the language Crossroads is written in

/**
 * @param questionnaire the engine's questionnaire object, with its about paragraphs (absent when it has none)
 * @param attrs { lang, dir } when its texts are in another language than the page's, else {}
 * @param builtin whether it is the built-in questionnaire (its current version, in the page's language)
 * @param on { back }
 */
export function aboutView({ questionnaire, attrs = {}, builtin = false }, on) {
  return h('main', { class: 'card about' },
    h('h1', null, S.aboutHeading),
    h('p', { class: 'muted', ...attrs }, questionnaire.title),
    questionnaire.about.map((paragraph) => h('p', attrs, paragraph)),
    builtin && currentLanguage().code !== SOURCE_LANGUAGE && h('p', { class: 'muted', 'data-testid': 'translation-note' },
      S.translationNote),
    h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'btn', onclick: on.back }, S.back)));
}
