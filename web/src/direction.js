// Which way the page's language is written, for the pictures. CSS mirrors the page by itself (it is
// written in logical properties), but an SVG's x runs from the left whatever the language: a chart
// places each value along its scale from the reading start, so a right-to-left reader meets the low
// end first, at the right, as on the 0–10 answer scale.
import { svg } from './dom.js';
import { isolate } from './strings.js';

/** Whether the page is right to left now (<html dir="rtl">, set with the language). */
export const isRightToLeft = () => (document.documentElement.getAttribute('dir') || '').toLowerCase() === 'rtl';

/**
 * Placing along a horizontal scale for one direction: the picture's own `direction` attribute (so
 * text-anchor start/end and the text's own order follow the language, and the glyphs are never
 * mirrored) and, for a fraction of the way from the low end, the fraction from the left edge.
 */
export function horizontal(rtl = isRightToLeft()) {
  return {
    direction: rtl ? 'rtl' : 'ltr',
    fromLeft: (fraction) => (rtl ? 1 - fraction : fraction),
  };
}

/**
 * A questionnaire's text in a picture. In another language than the page's (attrs { lang, dir }, as
 * the screens mark such texts) it says its language and keeps its own letter order (isolated); its
 * dir is not passed on: an SVG text's direction would turn its anchor around, off the picture.
 */
export const pictureText = (attrs, props, text) =>
  svg('text', attrs.lang ? { ...props, lang: attrs.lang } : props, attrs.lang ? isolate(text) : text);
