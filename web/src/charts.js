// Inline SVG pictures of a result. Horizontal positions are percentages and vertical ones ems, so
// the pictures fill any width while their text keeps the page's size. Numbers come from the engine;
// this only places them.
import { svg } from './dom.js';
import { S, format } from './strings.js';

const pct = (fraction) => `${(Math.min(1, Math.max(0, fraction)) * 100).toFixed(2)}%`;
const anchor = (fraction) => (fraction < 0.06 ? 'start' : fraction > 0.94 ? 'end' : 'middle');

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

/** The total on the whole scale, with every band marked and named. */
export function scaleChart(result, bands) {
  const spans = segments(bands, result.min, result.max);
  const at = (result.total - result.min) / (result.max - result.min);
  const label = format(S.scaleLabel, { total: result.total, max: result.max,
    bands: bands.map((band) => format(S.bandRange, band)).join('; ') });
  return svg('svg', { class: 'chart scale-chart', role: 'img', 'aria-label': label, width: '100%', height: '7em' },
    spans.map(({ band, tone, from, to }) => {
      const middle = pct((from + to) / 2);
      return [
        svg('rect', { class: `seg ${tone}${band.id === result.band.id ? ' current' : ''}`, x: pct(from),
          width: pct(to - from), y: '1.6em', height: '2.2em', rx: 6 }),
        svg('text', { class: 'seg-title', x: middle, y: '5.3em', 'text-anchor': 'middle' }, band.title),
        svg('text', { class: 'seg-range', x: middle, y: '6.5em', 'text-anchor': 'middle' },
          format(S.rangeText, band)),
      ];
    }),
    svg('line', { class: 'marker', x1: pct(at), x2: pct(at), y1: '1.3em', y2: '4.1em' }),
    svg('text', { class: 'marker-value', x: pct(at), y: '1em', 'text-anchor': anchor(at) }, result.total));
}

/** One bar per theme from its min to its max, the bands' stretches (scaled down) shaded behind it. */
export function themeChart(result, bands) {
  const shading = segments(bands, result.min, result.max);
  const label = format(S.themeChartLabel,
    { themes: result.themes.map((theme) => format(S.themeScore, theme)).join('; ') });
  const rows = result.themes.map((theme, row) => {
    const top = row * 3.6;
    const em = (offset) => `${(top + offset).toFixed(2)}em`;
    const at = (theme.score - theme.min) / (theme.max - theme.min);
    return [
      svg('text', { class: 'row-title', x: 0, y: em(1) }, theme.title),
      svg('text', { class: 'row-value', x: '100%', y: em(1), 'text-anchor': 'end' },
        format(S.themeValue, theme)),
      shading.map(({ tone, from, to }) =>
        svg('rect', { class: `seg soft ${tone}`, x: pct(from), width: pct(to - from), y: em(1.5), height: '1.1em' })),
      svg('rect', { class: 'value-bar', x: 0, width: pct(at), y: em(1.9), height: '0.3em', rx: 2 }),
      svg('line', { class: 'marker', x1: pct(at), x2: pct(at), y1: em(1.3), y2: em(2.8) }),
    ];
  });
  return svg('svg', { class: 'chart theme-chart', role: 'img', 'aria-label': label, width: '100%',
    height: `${(result.themes.length * 3.6 - 0.4).toFixed(2)}em` }, rows);
}
