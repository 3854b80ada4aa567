// The spread of a team's totals: one bar per bin over the whole scale, each band's stretch shaded
// behind the bars and its boundary marked. Horizontal positions are percentages and vertical ones
// ems, like the result's charts, and run from the right in a right-to-left language (direction.js).
// The counts come from the tally; the chart only places them.
import { svg } from '../dom.js';
import { number } from '../strings.js';
import { horizontal, pictureText } from '../direction.js';

const PLOT = 9;  // ems from the top line to the baseline
const pct = (fraction) => `${(Math.min(1, Math.max(0, fraction)) * 100).toFixed(2)}%`;
const em = (value) => `${value.toFixed(2)}em`;
// Near an end, a label runs inward from its point (start and end follow the picture's direction).
const anchor = (fraction) => (fraction < 0.04 ? 'start' : fraction > 0.96 ? 'end' : 'middle');

/** The tally's bins as [{ from, to, count }], totals from..to inclusive. */
export function binsOf(tally) {
  const { bins, step, range } = tally;
  return bins.map((count, i) => ({ from: range.min + i * step,
    to: i === bins.length - 1 ? range.max : range.min + (i + 1) * step - 1, count }));
}

/**
 * @param tally the team's tally (see team_data.js)
 * @param bands the questionnaire's bands
 * @param label the chart's accessible name (the same numbers are listed under it as text)
 * @param attrs { lang, dir } when the bands' titles are in another language than the page's, else {}
 */
export function histogram(tally, bands, label, attrs = {}) {
  const way = horizontal();
  const { min, max } = tally.range;
  const at = (value) => (value - min) / (max + 1 - min);
  const x = (fraction) => pct(way.fromLeft(fraction));
  // A stretch from..to (fractions from the low end) as a rect's x and width.
  const stretch = (from, to) => ({ x: pct(Math.min(way.fromLeft(from), way.fromLeft(to))), width: pct(to - from) });
  const bins = binsOf(tally);
  const tallest = Math.max(1, ...bins.map((bin) => bin.count));
  const ticks = [min, ...bands.slice(1).map((band) => band.min), max];
  return svg('svg', { class: 'chart team-chart', role: 'img', 'aria-label': label, width: '100%', height: '12.6em',
    direction: way.direction },
    bands.map((band, i) => {
      const from = at(band.min);
      const to = at(band.max + 1);
      return [
        svg('rect', { class: `seg soft tone-${(i % 3) + 1}`, ...stretch(from, to), y: '0.4em', height: em(PLOT),
          'data-band': band.id }),
        pictureText(attrs, { class: 'seg-title', x: x((from + to) / 2), y: '12.2em', 'text-anchor': 'middle' },
          band.title),
      ];
    }),
    bins.filter((bin) => bin.count > 0).map((bin) => {
      const height = Math.max(0.15, (PLOT * bin.count) / tallest);
      const width = at(bin.to + 1) - at(bin.from);
      return svg('rect', { class: 'team-bin', ...stretch(at(bin.from) + width * 0.1, at(bin.from) + width * 0.9),
        y: em(0.4 + PLOT - height), height: em(height), rx: 2 });
    }),
    bands.slice(1).map((band) => svg('line', { class: 'boundary', x1: x(at(band.min)), x2: x(at(band.min)),
      y1: 0, y2: em(0.4 + PLOT) })),
    svg('line', { class: 'baseline', x1: 0, x2: '100%', y1: em(0.4 + PLOT), y2: em(0.4 + PLOT) }),
    ticks.map((value, i) => {
      const along = i === ticks.length - 1 ? 1 : at(value);
      return svg('text', { class: 'seg-range', x: x(along), y: '10.8em', 'text-anchor': anchor(along) }, number(value));
    }));
}
