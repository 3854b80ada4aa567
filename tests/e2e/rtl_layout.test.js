// Layout in the languages that stretch it most, on a 320 px wide phone: Arabic (right to left: what
// overflows goes off the left edge) and the pseudo-locale en-XA (every text about 35% longer, with
// accents and brackets). On welcome, a statement, the result, history and the team view with example
// data nothing scrolls sideways (a wide table scrolls inside its own box, never the page), no
// heading is cut off, and nothing is drawn past either edge of the window.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const { screensIn } = require('./rtl_support');
const { settled } = require('./screens');

test.before(h.setup);
test.after(h.teardown);

const PHONE = { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' };

/** The page's sideways extent, and what is drawn outside the window (a box that a scroll container does not hold). */
function measure(page) {
  return page.evaluate(() => {
    const root = document.scrollingElement;
    const width = root.clientWidth;
    const scrolled = (el) => {
      for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) return true;
      }
      return false;
    };
    const outside = [...document.querySelectorAll('body *')].filter((el) => {
      if (!el.getClientRects().length || scrolled(el)) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < -1 || r.right > width + 1);
    }).map((el) => `${el.tagName.toLowerCase()}.${el.className && el.className.baseVal === undefined ? el.className : ''}: ` +
      `"${(el.textContent || '').trim().slice(0, 30)}"`);
    const cut = [...document.querySelectorAll('h1, h2, h3')].filter((el) => el.getClientRects().length &&
      el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent.trim().slice(0, 40));
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside: outside.slice(0, 10), cut };
  });
}

for (const code of ['ar', 'en-XA']) {
  test(`${code} at 320 px: no screen scrolls sideways or draws past an edge`, { timeout: 90000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      for (const screen of screensIn(code)) {
        await t.test(screen.name, async (st) => {
          await screen.open(page, url);
          await settled(page);
          assert.equal(await page.evaluate(() => document.documentElement.lang), code);
          const m = await measure(page);
          st.diagnostic(`${code} · ${screen.name}: scrollWidth ${m.scrollWidth}, clientWidth ${m.clientWidth}`);
          assert.ok(m.scrollWidth <= m.clientWidth, `${screen.name}: the page scrolls sideways (${m.scrollWidth} > ${m.clientWidth})`);
          assert.deepStrictEqual(m.outside, [], `${screen.name}: drawn past the window's edge`);
          assert.deepStrictEqual(m.cut, [], `${screen.name}: headings cut off`);
        });
      }
    }, { context: PHONE }));
}
