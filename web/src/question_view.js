// One statement: a native radio group from scale.min to scale.max, the statement's two answers over
// their ends of the scale, what the numbers mean, progress and Back / Next. Digits answer directly
// ("1" then "0" within 700 ms is 10); Enter goes on.
// Right to left, the scale runs from the right (min) to the left (max) by itself: the options are in
// a grid, which follows the page's direction, and each answer stands over its own end. The arrow
// keys are the browser's own and follow what is seen: Chromium moves a radio group's ArrowRight to
// the previous radio when it is right to left (ArrowLeft to the next, higher one); ArrowUp and
// ArrowDown stay previous and next. So nothing here handles arrows.
import { h, inLanguage } from './dom.js';
import { S, format, number } from './strings.js';
import { middleOf } from './scale.js';

const JOIN_DIGITS_MS = 700;
// Options per row, evened out so a scale of any length breaks into rows of about the same size.
const columns = (options, most) => Math.ceil(options / Math.ceil(options / most));

// The zeros of the digits a keyboard may type besides the ones the page writes numbers in: ASCII,
// Arabic-Indic ("٣", Arabic keyboards) and Extended Arabic-Indic ("۳", Persian and Urdu ones).
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0];

/** The digit a key types, 0 to 9, or null; each set of digits runs from its zero to its nine. */
function digitOf(key) {
  if ([...key].length !== 1) return null;
  const code = key.codePointAt(0);
  const zero = [...DIGIT_ZEROS, number(0).codePointAt(0)].find((z) => code >= z && code <= z + 9);
  return zero === undefined ? null : code - zero;
}

/**
 * One statement's answer group, as both the statement screen and Welcome show it: the prompt as the
 * legend of a native radio group, the two answers over their ends, the middle and the key.
 * @param answers the answers so far; read, never written
 * @param attrs { lang, dir } when the questionnaire's texts are in another language than the
 *   page's (an own questionnaire shown as written), so the prompt and its two answers say so
 * @param answer(value) called on every choice
 * @returns { group, choose(value, byKey), onDigit(event) (true when a digit answered) }
 */
export function statementGroup({ questionnaire, index, answers, attrs = {} }, answer) {
  const { items, scale: { min, max } } = questionnaire;
  const item = items[index];
  const promptId = `prompt-${index + 1}`;
  const lowId = `low-${index + 1}`;
  const highId = `high-${index + 1}`;

  const radios = [];
  for (let value = min; value <= max; value++) {
    radios.push(h('input', { type: 'radio', name: promptId, value, checked: answers[index] === value,
      onchange: () => choose(value) }));
  }
  function choose(value, byKey) {
    const radio = radios[value - min];
    if (byKey) {
      radio.checked = true;
      radio.focus();
    }
    answer(value);
  }

  const scale = h('div', { class: 'scale' }, radios.map((radio, i) =>
    h('label', { class: 'option' }, radio, h('span', null, number(min + i)))));
  scale.style.setProperty('--columns', columns(radios.length, 11));
  scale.style.setProperty('--narrow-columns', columns(radios.length, 6));

  let pending = null;
  function onDigit(event) {
    const digit = event.altKey || event.ctrlKey || event.metaKey ? null : digitOf(event.key);
    if (digit === null) return false;
    const joined = pending && event.timeStamp - pending.time <= JOIN_DIGITS_MS ? pending.text + digit : '';
    const text = joined && Number(joined) <= max ? joined : String(digit);
    const value = Number(text);
    pending = { text, time: event.timeStamp };
    if (value < min || value > max) return true;
    event.preventDefault();
    choose(value, true);
    return true;
  }

  // What the numbers mean, on every screen: the first answer at min, the second at max.
  const mid = middleOf(questionnaire.scale);
  const keyId = `key-${index + 1}`;
  const key = format(mid === null ? S.scaleKeyNoMiddle : S.scaleKey,
    { min: number(min), mid: mid === null ? null : number(mid), max: number(max) });

  const group = h('fieldset', { role: 'radiogroup', 'aria-labelledby': promptId,
    'aria-describedby': `${lowId} ${highId} ${keyId}` },
  h('legend', { id: promptId, class: 'prompt', ...attrs }, item.prompt),
  h('div', { class: 'poles' },
    h('p', { id: lowId, class: 'pole' }, h('span', { class: 'pole-num' }, number(min)),
      h('span', { class: 'pole-text' }, h('span', { class: 'pole-name' }, S.firstAnswer), inLanguage(attrs, item.low))),
    h('p', { id: highId, class: 'pole high' }, h('span', { class: 'pole-num' }, number(max)),
      h('span', { class: 'pole-text' }, h('span', { class: 'pole-name' }, S.secondAnswer), inLanguage(attrs, item.high)))),
  scale,
  mid !== null && h('p', { class: 'scale-middle', 'aria-hidden': 'true' },
    h('span', { class: 'pole-num' }, number(mid)), S.middleLabel),
  h('p', { id: keyId, class: 'scale-key' }, key));
  return { group, choose, onDigit };
}

/** Enter goes on, unless a button, link or text field has it. */
export const isEnterToGoOn = (event) => event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey
  && !event.target.closest('button, a, input[type=text]');

/**
 * @param questionnaire the engine's questionnaire object
 * @param index the statement shown, from 0
 * @param answers the answers so far (one per statement, null when unanswered); read, never written
 * @param alert a message to announce on arrival, or null
 * @param attrs { lang, dir } when the questionnaire's texts are in another language than the page's, else {}
 * @param on { answer(value), back(), next(), finish() }
 */
export function questionView({ questionnaire, index, answers, alert, attrs = {} }, on) {
  const count = questionnaire.items.length;
  const last = index === count - 1;

  const fill = h('span', { class: 'bar-fill' });
  const bar = h('div', { class: 'bar', role: 'progressbar', 'aria-label': S.progress,
    'aria-valuemin': 0, 'aria-valuemax': count }, fill);
  const barText = h('span', { class: 'bar-text' });
  function showProgress() {
    const answered = answers.filter((a) => a !== null).length;
    const text = format(S.answeredOf, { answered: number(answered), count: number(count) });
    bar.setAttribute('aria-valuenow', answered);
    bar.setAttribute('aria-valuetext', text);
    fill.style.width = `${(100 * answered) / count}%`;
    barText.textContent = text;
  }
  showProgress();

  const { group, onDigit } = statementGroup({ questionnaire, index, answers, attrs }, (value) => {
    on.answer(value);
    showProgress();
  });
  function onKey(event) {
    if (onDigit(event)) return;
    if (isEnterToGoOn(event)) {
      event.preventDefault();
      (last ? on.finish : on.next)();
    }
  }

  return h('main', { class: 'card question', onkeydown: onKey },
    h('div', { class: 'progress' }, bar, barText),
    h('h1', { class: 'eyebrow' }, format(S.statementOf, { n: number(index + 1), count: number(count) })),
    group,
    alert && h('p', { class: 'alert', role: 'alert' }, alert),
    h('div', { class: 'nav' },
      h('button', { type: 'button', class: 'btn', onclick: on.back }, S.back),
      last
        ? h('button', { type: 'button', class: 'btn primary', onclick: on.finish }, S.seeResult)
        : h('button', { type: 'button', class: 'btn primary', onclick: on.next }, S.next)),
    h('p', { class: 'hint' }, S.keyHint));
}
