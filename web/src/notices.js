// One polite live region for status messages (storage problems, "link copied"). It sits after the
// screen and sticks to the bottom of the window while there is something to say. Each notice keeps
// how to say itself, not the words it said, so another language says it again (relabel) with its
// choices still waiting: a person who has not yet answered "Load the other tab's answers / Keep
// mine here" can still answer it, in the words they now read.
import { h } from './dom.js';
import { S } from './strings.js';

// A notice's text or a choice's label: a function of the words in use, or a text as it is.
const say = (words) => (typeof words === 'function' ? words() : words);

export function createNotices() {
  const region = h('div', { class: 'notices', role: 'status' });
  const shown = new Map();  // notice element → () → its words and choices' labels, set again

  /**
   * Shows a notice; one with a tag replaces the earlier one with the same tag.
   * @param words () → the text in the words in use (or a text, for one that is the same in every language)
   * @param choices [{ label: () → text, choose }]: offered instead of Dismiss; the notice goes
   *   once one is taken
   */
  function show(words, tag, choices = [{ label: () => S.dismiss, choose() {} }]) {
    clear(tag);
    const text = h('span');
    const buttons = choices.map(({ choose }) =>
      h('button', { type: 'button', class: 'link', onclick: () => (forget(notice), choose()) }));
    const notice = h('p', { class: 'notice', 'data-tag': tag }, text, h('span', { class: 'choices' }, buttons));
    const write = () => {
      text.textContent = say(words);
      buttons.forEach((button, i) => { button.textContent = say(choices[i].label); });
    };
    write();
    shown.set(notice, write);
    region.append(notice);
  }

  function forget(notice) {
    notice.remove();
    shown.delete(notice);
  }

  /** Removes the notices that belong to one screen. */
  function clear(tag) {
    for (const old of [...region.children]) if (old.dataset.tag === tag) forget(old);
  }

  /** Every notice on show, said again in the language now in use. */
  function relabel() {
    for (const write of shown.values()) write();
  }

  return { region, say: show, clear, relabel };
}
