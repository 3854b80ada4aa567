// How many people gave each answer to one statement: a small bar per value of the scale, in the
// house style of the team's charts (horizontal positions in percent, vertical ones in ems; colours
// from the stylesheet, so the page's CSP holds and dark mode follows). The counts are the engine's.
// The lowest value is at the reading start: the left, or the right in a right-to-left language.
import { svg } from '../dom.js';
import { horizontal } from '../direction.js';

const HEIGHT = 2;  // ems from the top to the baseline
const pct = (fraction) => `${(fraction * 100).toFixed(2)}%`;
const em = (value) => `${value.toFixed(2)}em`;

/**
 * @param counts people per scored value, the scale's lowest first
 * @param tallest the largest count of the statements shown together, so their bars compare
 * @param label the chart's accessible name: every value and its count, in words
 */
export function countsChart(counts, tallest, label) {
  const way = horizontal();
  const width = counts.length;
  return svg('svg', { class: 'chart team-counts', role: 'img', 'aria-label': label,
    width: em(Math.max(4, width * 0.75)), height: em(HEIGHT + 0.25), direction: way.direction },
  counts.map((count, i) => {
    if (!count) return null;
    const height = Math.max(0.15, (HEIGHT * count) / Math.max(1, tallest));
    // The value's slot, whichever way the slots run; the bar fills its middle 76%.
    const left = Math.min(way.fromLeft(i / width), way.fromLeft((i + 1) / width));
    return svg('rect', { class: 'team-count-bar', x: pct(left + 0.12 / width), width: pct(0.76 / width),
      y: em(HEIGHT - height), height: em(height), rx: 1, 'data-slot': i });
  }),
  svg('line', { class: 'baseline', x1: 0, x2: '100%', y1: em(HEIGHT), y2: em(HEIGHT) }));
}
