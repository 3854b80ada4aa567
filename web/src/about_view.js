// "About this questionnaire": where its rule comes from, what the tool adds and what it is not,
// in the questionnaire's own words (its "about" paragraphs), so a custom questionnaire brings its own.
import { h } from './dom.js';
import { S } from './strings.js';

/**
 * @param questionnaire the engine's questionnaire object, with its about paragraphs (absent when it has none)
 * @param on { back }
 */
export function aboutView({ questionnaire }, on) {
  return h('main', { class: 'card about' },
    h('h1', null, S.aboutHeading),
    h('p', { class: 'muted' }, questionnaire.title),
    questionnaire.about.map((paragraph) => h('p', null, paragraph)),
    h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'btn', onclick: on.back }, S.back)));
}
