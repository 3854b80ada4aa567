// Builds DOM nodes from plain values. Text always goes in as text nodes, never as markup.
const SVG_NS = 'http://www.w3.org/2000/svg';

export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

function build(element, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  return append(element, children);
}

/** h('p', { class: 'note' }, 'text', childNode) → <p class="note">text…</p> */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** Same as h(), in the SVG namespace. */
export const svg = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

/** text in an element that says its language ({ lang, dir }), or the text itself when attrs has no lang. */
export const inLanguage = (attrs, text) => (attrs && attrs.lang ? h('span', attrs, text) : text);
