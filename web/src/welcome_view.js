// The first screen: the questionnaire's title and intro, and how to begin or carry on.
import { h } from './dom.js';
import { S, format } from './strings.js';
import { middleOf } from './scale.js';
import { filePicker } from './file_picker.js';

/**
 * @param questionnaire the engine's questionnaire object
 * @param answered how many statements saved progress has answered, or null when there is none
 * @param hasHistory whether to offer the History screen
 * @param custom whether the questionnaire is the person's own (then a way back to the built-in one)
 * @param on { start, resume, history, about, useOwn(text, fileName), importFile(text), useBuiltin }
 */
export function welcomeView({ questionnaire, answered, hasHistory, custom }, on) {
  const count = questionnaire.items.length;
  const { min, max } = questionnaire.scale;
  const resuming = answered !== null;
  const mid = middleOf(questionnaire.scale);
  const buttons = resuming
    ? [h('button', { type: 'button', class: 'btn primary', onclick: on.resume }, S.continue),
      h('button', { type: 'button', class: 'btn', onclick: on.start }, S.startOver)]
    : [h('button', { type: 'button', class: 'btn primary', onclick: on.start }, S.start)];
  return h('main', { class: 'card welcome' },
    h('h1', null, questionnaire.title),
    h('p', { class: 'lead' }, questionnaire.intro),
    h('p', null, format(S.facts, { count, min, max })),
    h('p', { class: 'how' }, format(mid === null ? S.howToAnswerNoMiddle : S.howToAnswer, { min, mid, max })),
    h('p', { class: 'privacy' }, S.privacy),
    resuming && h('p', { class: 'resume' }, format(S.resumeNote, { answered, count })),
    h('div', { class: 'buttons' }, buttons,
      hasHistory && h('button', { type: 'button', class: 'btn quiet', onclick: on.history }, S.history),
      questionnaire.about && h('button', { type: 'button', class: 'btn quiet', onclick: on.about }, S.about),
      h('a', { class: 'btn quiet', href: '#team' }, S.teamView)),
    h('div', { class: 'more' },
      custom && h('p', { class: 'own' }, S.ownNote,
        h('button', { type: 'button', class: 'link', onclick: on.useBuiltin }, S.useBuiltin)),
      h('div', { class: 'file-pickers' },
        filePicker(S.useOwn, on.useOwn),
        filePicker(S.importResult, on.importFile))));
}
