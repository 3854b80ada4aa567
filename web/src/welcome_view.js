// The first screen: the questionnaire's title and intro, and how to begin or carry on. With nothing
// under way, statement 1 is right there to answer, as on its own screen: answering it starts the run
// without moving anything on the page, and Next goes on to statement 2.
import { h } from './dom.js';
import { S, format, number, plural } from './strings.js';
import { middleOf } from './scale.js';
import { filePicker } from './file_picker.js';
import { isEnterToGoOn, statementGroup } from './question_view.js';

// Statement 1, answerable on Welcome (the same group as the statement screen's).
function firstStatement(questionnaire, answers, attrs, on) {
  const count = questionnaire.items.length;
  const { group, onDigit } = statementGroup({ questionnaire, index: 0, answers, attrs }, on.answerFirst);
  const next = count > 1 ? on.next : on.start;  // a one-statement questionnaire finishes on its own screen
  function onKey(event) {
    if (onDigit(event)) return;
    if (isEnterToGoOn(event)) {
      event.preventDefault();
      next();
    }
  }
  return h('section', { class: 'first', 'aria-labelledby': 'first-heading', onkeydown: onKey },
    h('h2', { id: 'first-heading', class: 'eyebrow' }, format(S.statementOf, { n: number(1), count: number(count) })),
    group,
    count > 1 && h('div', { class: 'nav end' }, h('button', { type: 'button', class: 'btn primary', onclick: next }, S.next)),
    h('p', { class: 'hint' }, S.keyHint));
}

/**
 * @param questionnaire the engine's questionnaire object
 * @param answered how many statements saved progress has answered, or null when there is none
 * @param hasHistory whether to offer the History screen
 * @param custom whether the questionnaire is the person's own (then a way back to the built-in one)
 * @param answers the answers in memory (read, never written), for statement 1 when nothing is saved
 * @param attrs { lang, dir } when the questionnaire's texts are in another language than the page's
 *   (its own), else {}; note the sentence saying so, or null
 * @param on { start, resume, history, about, useOwn(text, fileName), importFile(text), useBuiltin,
 *   answerFirst(value), next() (to statement 2) }
 */
export function welcomeView({ questionnaire, answered, hasHistory, custom, answers, attrs = {}, note = null }, on) {
  const count = questionnaire.items.length;
  const resuming = answered !== null;
  const mid = middleOf(questionnaire.scale);
  const [min, max] = [questionnaire.scale.min, questionnaire.scale.max].map((n) => number(n));
  const scale = { min, max, mid: mid === null ? null : number(mid) };
  const buttons = resuming
    ? [h('button', { type: 'button', class: 'btn primary', onclick: on.resume }, S.continue),
      h('button', { type: 'button', class: 'btn', onclick: on.start }, S.startOver)]
    : [h('button', { type: 'button', class: 'btn', onclick: on.start }, S.start)];
  return h('main', { class: 'card welcome' },
    h('h1', attrs, questionnaire.title),
    note && h('p', { class: 'own', 'data-testid': 'content-language' }, note),
    h('p', { class: 'lead', ...attrs }, questionnaire.intro),
    h('p', null, plural(S.facts, count, { min, max })),
    h('p', { class: 'how' }, format(mid === null ? S.howToAnswerNoMiddle : S.howToAnswer, scale)),
    !resuming && firstStatement(questionnaire, answers, attrs, on),
    h('p', { class: 'privacy' }, S.privacy),
    resuming && h('p', { class: 'resume' }, format(S.resumeNote, { answered: number(answered), count: number(count) })),
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
