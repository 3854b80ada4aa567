// The progress of a long file being scored: a bar with its percentage and lines done, and a Stop
// button. Its words are set in relabel(), so another language can set them again mid-way.
import { h } from '../dom.js';
import { TEAM as T, format, number, percent } from '../strings.js';

/**
 * Puts the bar in `container` (replacing what it held).
 * @param onStop () → the person asked to stop
 * @returns { update(done, total) → lines scored so far, relabel() → its words again }
 */
export function progressBar(container, onStop) {
  const fill = h('span', { class: 'bar-fill' });
  const bar = h('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100 }, fill);
  const text = h('span', { class: 'bar-text' });
  const stop = h('button', { type: 'button', class: 'btn', onclick: onStop });
  container.replaceChildren(h('div', { class: 'progress' }, bar, text, stop));
  let first = true;
  let last = null;  // [done, total] on show, to write again in another language

  function update(done, total) {
    last = [done, total];
    // Whole percents, rounded down: 100% only once every line is scored.
    const whole = total ? Math.floor((100 * done) / total) : 100;
    const words = format(T.progressText, { percent: percent(whole / 100), done: number(done), total: number(total) });
    bar.setAttribute('aria-valuenow', whole);
    bar.setAttribute('aria-valuetext', words);
    fill.style.width = `${whole}%`;
    text.textContent = words;
    if (first) container.scrollIntoView({ block: 'nearest' });  // on a small screen it may be out of sight
    first = false;
  }

  function relabel() {
    bar.setAttribute('aria-label', T.progress);
    stop.textContent = T.stop;
    if (last) update(...last);
  }
  relabel();
  return { update, relabel };
}
