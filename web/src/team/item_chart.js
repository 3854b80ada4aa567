// How many people gave each answer to one statement: a small bar per value of the scale, in the
// house style of the team's charts (horizontal positions in percent, vertical ones in ems; colours
// from the stylesheet, so the page's CSP holds and dark mode follows). The counts are the engine's.
import { svg } from '../dom.js';

const HEIGHT = 2;  // ems from the top to the baseline
const pct = (fraction) => `${(fraction * 100).toFixed(2)}%`;
const em = (value) => `${value.toFixed(2)}em`;

/**
 * @param counts people per scored value, the scale's lowest first
 * @param tallest the largest count of the statements shown together, so their bars compare
 * @param label the chart's accessible name: every value and its count, in words
 */
export function countsChart(counts, tallest, label) {
  const width = counts.length;
  return svg('svg', { class: 'chart team-counts', role: 'img', 'aria-label': label,
    width: em(Math.max(4, width * 0.75)), height: em(HEIGHT + 0.25) },
  counts.map((count, i) => {
    if (!count) return null;
    const height = Math.max(0.15, (HEIGHT * count) / Math.max(1, tallest));
    return svg('rect', { class: 'team-count-bar', x: pct((i + 0.12) / width), width: pct(0.76 / width),
      y: em(HEIGHT - height), height: em(height), rx: 1 });
  }),
  svg('line', { class: 'baseline', x1: 0, x2: '100%', y1: em(HEIGHT), y2: em(HEIGHT) }));
}
