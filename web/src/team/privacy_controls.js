// The team view's privacy controls: the smallest group whose figures are shown (the engine's
// floor, engine.teamRules().floor: kLowestMinGroup..kHighestMinGroup, kDefaultMinGroup) and the
// anonymous summary, which leaves out the table of people and every id, on screen and in print.
// Changing either shows the results again from the engine's insight, with no new scoring. Their
// words are set in relabel(), so another language keeps the choices made.
import { h } from '../dom.js';
import { TEAM as T, plural } from '../strings.js';

/**
 * @param floor { lowest, highest, usual }: the floors the engine accepts, and the one it suggests
 * @param onChange () → the floor or the switch changed
 * @returns { element, minGroup() → the floor chosen, anonymous() → whether the switch is on,
 *   relabel() → every word again, in the language now in use }
 */
export function privacyControls({ lowest, highest, usual }, onChange) {
  const counts = Array.from({ length: highest - lowest + 1 }, (_, i) => lowest + i);
  const options = counts.map((count) => h('option', { value: count, selected: count === usual }));
  const floor = h('select', { id: 'team-min-group', class: 'team-select', 'aria-describedby': 'team-min-group-hint',
    onchange: onChange }, options);
  const anonymous = h('input', { type: 'checkbox', role: 'switch', class: 'team-switch',
    'aria-describedby': 'team-anonymous-hint', onchange: onChange });
  const words = {
    privacyLegend: h('legend'),
    floorLabel: h('label', { for: 'team-min-group' }),
    floorHint: h('p', { id: 'team-min-group-hint', class: 'team-hint' }),
    anonymousLabel: h('span'),
    anonymousHint: h('p', { id: 'team-anonymous-hint', class: 'team-hint' }),
  };
  const element = h('fieldset', { class: 'team-privacy' },
    words.privacyLegend,
    h('div', { class: 'team-privacy-choice' }, words.floorLabel, words.floorHint, floor),
    h('div', { class: 'team-privacy-choice' },
      // the whole label is the switch's target, 44 px high at least
      h('label', { class: 'team-switch-line' }, anonymous, words.anonymousLabel),
      words.anonymousHint));

  function relabel() {
    for (const [key, node] of Object.entries(words)) node.textContent = T[key];
    options.forEach((option, i) => { option.textContent = plural(T.floorOption, counts[i]); });
  }
  relabel();

  return {
    element,
    minGroup: () => Number(floor.value),
    anonymous: () => anonymous.checked,
    relabel,
  };
}
