// One polite live region for status messages (storage problems, "link copied"). It sits after the
// screen and sticks to the bottom of the window while there is something to say.
import { h } from './dom.js';
import { S } from './strings.js';

export function createNotices() {
  const region = h('div', { class: 'notices', role: 'status' });

  /**
   * Shows text; a notice with a tag replaces the earlier one with the same tag. With choices
   * ([{ label, choose }]) the notice offers those instead of Dismiss, and goes once one is taken.
   */
  function say(text, tag = text, choices = [{ label: S.dismiss, choose() {} }]) {
    for (const old of region.children) if (old.dataset.tag === tag) old.remove();
    const notice = h('p', { class: 'notice', 'data-tag': tag },
      h('span', null, text),
      h('span', { class: 'choices' }, choices.map(({ label, choose }) =>
        h('button', { type: 'button', class: 'link', onclick: () => (notice.remove(), choose()) }, label))));
    region.append(notice);
  }

  /** Removes the notices that belong to one screen. */
  function clear(tag) {
    for (const old of [...region.children]) if (old.dataset.tag === tag) old.remove();
  }

  return { region, say, clear };
}
