// A screen that says one thing and offers one way on: a link that cannot be shown, or an engine
// that could not start.
import { h } from './dom.js';

export function messageView({ title, message, action, onAction }) {
  return h('main', { class: 'card message' },
    h('h1', null, title),
    h('p', null, message),
    h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'btn primary', onclick: onAction }, action)));
}
