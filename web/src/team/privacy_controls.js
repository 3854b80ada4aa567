// The team view's privacy controls: the smallest group whose figures are shown (the engine's
// floor, engine.teamRules().floor: kLowestMinGroup..kHighestMinGroup, kDefaultMinGroup) and the
// anonymous summary, which leaves out the table of people and every id, on screen and in print.
// Changing either shows the results again from the engine's insight, with no new scoring.
import { h } from '../dom.js';
import { TEAM as T, format } from '../strings.js';

/**
 * @param floor { lowest, highest, usual }: the floors the engine accepts, and the one it suggests
 * @param onChange () → the floor or the switch changed
 * @returns { element, minGroup() → the floor chosen, anonymous() → whether the switch is on }
 */
export function privacyControls({ lowest, highest, usual }, onChange) {
  const floor = h('select', { id: 'team-min-group', class: 'team-select', 'aria-describedby': 'team-min-group-hint',
    onchange: onChange },
  Array.from({ length: highest - lowest + 1 }, (_, i) => lowest + i).map((count) =>
    h('option', { value: count, selected: count === usual }, format(T.floorOption, { count }))));
  const anonymous = h('input', { type: 'checkbox', role: 'switch', class: 'team-switch',
    'aria-describedby': 'team-anonymous-hint', onchange: onChange });
  const element = h('fieldset', { class: 'team-privacy' },
    h('legend', null, T.privacyLegend),
    h('div', { class: 'team-privacy-choice' },
      h('label', { for: 'team-min-group' }, T.floorLabel),
      h('p', { id: 'team-min-group-hint', class: 'team-hint' }, T.floorHint),
      floor),
    h('div', { class: 'team-privacy-choice' },
      // the whole label is the switch's target, 44 px high at least
      h('label', { class: 'team-switch-line' }, anonymous, h('span', null, T.anonymousLabel)),
      h('p', { id: 'team-anonymous-hint', class: 'team-hint' }, T.anonymousHint)));
  return {
    element,
    minGroup: () => Number(floor.value),
    anonymous: () => anonymous.checked,
  };
}
