// Inline SVG pictures of a result. Horizontal positions are percentages and vertical ones ems, so
// the pictures fill any width while their text keeps the page's size. Numbers come from the engine;
// this only places them. In a right-to-left language the low end is at the right (direction.js):
// positions are worked out from the right, never by flipping the picture, so text reads as written.
import { svg } from './dom.js';
import { S, format, list, number } from './strings.js';
import { horizontal, pictureText } from './direction.js';

const pct = (fraction) => `${(Math.min(1, Math.max(0, fraction)) * 100).toFixed(2)}%`;
// Near an end, a label runs inward from its point (start and end follow the picture's direction).
const anchor = (fraction) => (fraction < 0.06 ? 'start' : fraction > 0.94 ? 'end' : 'middle');
const range = (band) => format(S.rangeText, { min: number(band.min), max: number(band.max) });

/** Each band's stretch of a line from lo to hi, as fractions, split halfway between bands. */
function segments(bands, lo, hi) {
  const at = (value) => (value - lo) / (hi - lo);
  return bands.map((band, i) => ({
    band,
    tone: `tone-${(i % 3) + 1}`,
    from: i === 0 ? 0 : at((bands[i - 1].max + band.min) / 2),
    to: i === bands.length - 1 ? 1 : at((band.max + bands[i + 1].min) / 2),
  }));
}

/** A stretch from..to of the scale as a rect's x and width, whichever end the scale starts at. */
const stretch = ({ fromLeft }, from, to) => {
  const left = Math.min(fromLeft(from), fromLeft(to));
  return { x: pct(left), width: pct(Math.abs(to - from)) };
};

/**
 * The total on the whole scale, with every band marked and named.
 * @param attrs { lang, dir } when the bands' titles are in another language than the page's, else {}
 */
export function scaleChart(result, bands, attrs = {}) {
  const way = horizontal();
  const spans = segments(bands, result.min, result.max);
  const at = (result.total - result.min) / (result.max - result.min);
  const bandRanges = bands.map((band) => format(S.bandRange,
    { title: band.title, min: number(band.min), max: number(band.max) }));
  const label = format(S.scaleLabel,
    { total: number(result.total), max: number(result.max), bands: list(bandRanges, { type: 'unit' }) });
  return svg('svg', { class: 'chart scale-chart', role: 'img', 'aria-label': label, width: '100%', height: '7em',
    direction: way.direction },
    spans.map(({ band, tone, from, to }) => {
      const middle = pct(way.fromLeft((from + to) / 2));
      return [
        svg('rect', { class: `seg ${tone}${band.id === result.band.id ? ' current' : ''}`, ...stretch(way, from, to),
          y: '1.6em', height: '2.2em', rx: 6, 'data-band': band.id }),
        pictureText(attrs, { class: 'seg-title', x: middle, y: '5.3em', 'text-anchor': 'middle' }, band.title),
        svg('text', { class: 'seg-range', x: middle, y: '6.5em', 'text-anchor': 'middle' }, range(band)),
      ];
    }),
    svg('line', { class: 'marker', x1: pct(way.fromLeft(at)), x2: pct(way.fromLeft(at)), y1: '1.3em', y2: '4.1em' }),
    svg('text', { class: 'marker-value', x: pct(way.fromLeft(at)), y: '1em', 'text-anchor': anchor(at) },
      number(result.total)));
}

/**
 * One bar per theme from its min to its max, the bands' stretches (scaled down) shaded behind it.
 * @param attrs { lang, dir } when the themes' titles are in another language than the page's, else {}
 */
export function themeChart(result, bands, attrs = {}) {
  const way = horizontal();
  const shading = segments(bands, result.min, result.max);
  const label = format(S.themeChartLabel, { themes: list(result.themes.map((theme) => format(S.themeScore,
    { title: theme.title, score: number(theme.score), max: number(theme.max) })), { type: 'unit' }) });
  const rows = result.themes.map((theme, row) => {
    const top = row * 3.6;
    const em = (offset) => `${(top + offset).toFixed(2)}em`;
    const at = (theme.score - theme.min) / (theme.max - theme.min);
    return [
      pictureText(attrs, { class: 'row-title', x: pct(way.fromLeft(0)), y: em(1), 'text-anchor': 'start' },
        theme.title),
      svg('text', { class: 'row-value', x: pct(way.fromLeft(1)), y: em(1), 'text-anchor': 'end' },
        format(S.themeValue, { score: number(theme.score), max: number(theme.max) })),
      shading.map(({ tone, from, to }) =>
        svg('rect', { class: `seg soft ${tone}`, ...stretch(way, from, to), y: em(1.5), height: '1.1em' })),
      svg('rect', { class: 'value-bar', ...stretch(way, 0, at), y: em(1.9), height: '0.3em', rx: 2 }),
      svg('line', { class: 'marker', x1: pct(way.fromLeft(at)), x2: pct(way.fromLeft(at)), y1: em(1.3), y2: em(2.8) }),
    ];
  });
  return svg('svg', { class: 'chart theme-chart', role: 'img', 'aria-label': label, width: '100%',
    height: `${(result.themes.length * 3.6 - 0.4).toFixed(2)}em`, direction: way.direction }, rows);
}
