// The first screen: the questionnaire's title and intro, and how to begin or carry on.
import { h } from './dom.js';
import { S, format } from './strings.js';

/**
 * @param questionnaire the engine's questionnaire object
 * @param answered how many statements saved progress has answered, or null when there is none
 * @param hasHistory whether to offer the History screen
 * @param on { start, resume, history }
 */
export function welcomeView({ questionnaire, answered, hasHistory }, on) {
  const count = questionnaire.items.length;
  const { min, max } = questionnaire.scale;
  const resuming = answered !== null;
  const buttons = resuming
    ? [h('button', { type: 'button', class: 'btn primary', onclick: on.resume }, S.continue),
      h('button', { type: 'button', class: 'btn', onclick: on.start }, S.startOver)]
    : [h('button', { type: 'button', class: 'btn primary', onclick: on.start }, S.start)];
  return h('main', { class: 'card welcome' },
    h('h1', null, questionnaire.title),
    h('p', { class: 'lead' }, questionnaire.intro),
    h('p', null, format(S.facts, { count, min, max })),
    h('p', { class: 'privacy' }, S.privacy),
    resuming && h('p', { class: 'resume' }, format(S.resumeNote, { answered, count })),
    h('div', { class: 'buttons' }, buttons,
      hasHistory && h('button', { type: 'button', class: 'btn quiet', onclick: on.history }, S.history)));
}
