// Layout on small, zoomed and very large screens, and with reduced motion:
// - 320×640 (a small phone, and what 1280 px wide at 400% zoom gives): on every screen nothing
//   scrolls sideways and every button, link, radio, checkbox and file picker is at least 44×44 CSS px;
// - 200% zoom: a 640×480 window at device scale 2 (1280×960 at 200%), and CSS zoom 2 at 1280 px:
//   nothing scrolls sideways and no heading is cut off;
// - 3840×2160: the content is centred, no wider than a readable measure, in a larger type;
// - prefers-reduced-motion: reduce: no animation or transition runs.
// The runs through every screen ask for reduced motion too: the layout is the same, and no
// entrance animation holds up each click.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const { screens, settled, storageUnavailable } = require('./screens');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const TARGET = 44;

async function expectNoSidewaysScroll(page, where) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${where}: the page scrolls sideways (${scroll} > ${client})`);
}

/**
 * Every control a finger must hit that is smaller than TARGET×TARGET. A radio, checkbox or file input
 * inside its label is hit anywhere on the label (the page hides the radio and file input under it).
 */
async function smallTargets(page) {
  const small = [];
  for (const role of ['button', 'link', 'radio', 'checkbox']) {  // a file input's role is button
    const boxes = await page.getByRole(role).evaluateAll((els) => els.map((el) => {
      const target = el.matches('input') && el.closest('label') ? el.closest('label') : el;
      const r = target.getBoundingClientRect();
      return { name: (el.getAttribute('aria-label') || el.textContent || (el.labels && el.labels[0] && el.labels[0].textContent) ||
        el.value || '').trim().slice(0, 40), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
    }));
    for (const b of boxes) {
      if (b.width === 0 && b.height === 0) continue;  // not rendered (display: none)
      if (b.width < TARGET || b.height < TARGET) small.push(`${role} "${b.name}" ${b.width}×${b.height}`);
    }
  }
  return small;
}

/** Headings whose text is cut: wider than their box, or reaching outside the window. */
async function clippedHeadings(page) {
  return page.getByRole('heading').evaluateAll((els) => els.filter((el) => el.getClientRects().length).map((el) => {
    const r = el.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    return { text: el.textContent.trim().slice(0, 40), cut: el.scrollWidth > el.clientWidth + 1 || r.left < -1 || r.right > width + 1 };
  }).filter((x) => x.cut).map((x) => x.text));
}

async function eachScreen(t, page, url, check) {
  for (const screen of screens(engine)) {
    await t.test(screen.name, async () => {
      await screen.open(page, url);
      await settled(page);
      await check(page, screen.name);
    });
  }
}

test('320×640: no screen scrolls sideways, and every control is at least 44×44 CSS px', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, context, url }) => {
    const check = async (p, name) => {
      await expectNoSidewaysScroll(p, name);
      assert.deepStrictEqual(await smallTargets(p), [], `${name}: controls smaller than ${TARGET}×${TARGET}`);
      assert.deepStrictEqual(await clippedHeadings(p), [], `${name}: headings cut off`);
    };
    await eachScreen(t, page, url, check);
    await t.test('storage-unavailable notice', async () => {
      const other = await context.newPage();
      await storageUnavailable(other, url);
      await check(other, 'storage-unavailable notice');
      await other.close();
    });
  }, { context: { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' } }));

test('200% zoom (640×480 at device scale 2): no screen scrolls sideways, no heading is cut off', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    assert.equal(await page.evaluate(() => window.devicePixelRatio), 2);
    await eachScreen(t, page, url, async (p, name) => {
      await expectNoSidewaysScroll(p, name);
      assert.deepStrictEqual(await clippedHeadings(p), [], `${name}: headings cut off`);
    });
  }, { context: { viewport: { width: 640, height: 480 }, deviceScaleFactor: 2, reducedMotion: 'reduce' } }));

test('CSS zoom 2 at 1280×960: the statement, the result and the team view still fit', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const wanted = ['a statement, answered', 'result: Both (borderline)', 'team view with data'];
    for (const screen of screens(engine).filter((s) => wanted.includes(s.name))) {
      await screen.open(page, url);
      await page.evaluate(() => { document.body.style.zoom = '2'; });
      await settled(page);
      await expectNoSidewaysScroll(page, `${screen.name}, zoomed`);
      assert.deepStrictEqual(await clippedHeadings(page), [], `${screen.name}: headings cut off`);
    }
  }, { context: { viewport: { width: 1280, height: 960 } } }));

test('3840×2160: the content is centred, with a readable measure and larger type', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const wanted = ['welcome', 'a statement, answered', 'result: Mastery', 'history with entries', 'team view with data'];
    for (const screen of screens(engine).filter((s) => wanted.includes(s.name))) {
      await screen.open(page, url);
      await settled(page);
      const m = await page.getByRole('main').evaluate((main) => {
        const r = main.getBoundingClientRect();
        const text = main.querySelector('p, li');
        return { left: r.left, right: window.innerWidth - r.right, width: r.width,
          rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
          body: parseFloat(getComputedStyle(text).fontSize), line: text.getBoundingClientRect().width };
      });
      assert.ok(Math.abs(m.left - m.right) <= 2, `${screen.name}: centred (${m.left} px left, ${m.right} px right)`);
      assert.ok(m.width <= 64 * m.rem && m.width < 1600, `${screen.name}: ${m.width} px wide at ${m.rem} px type`);
      assert.ok(m.body >= 18, `${screen.name}: text of ${m.body} px on a 4K screen`);
      assert.ok(m.line / m.body <= 64, `${screen.name}: lines of about ${Math.round(m.line / m.body * 2)} characters`);
      t.diagnostic(`${screen.name}: ${Math.round(m.width)} px wide, centred, ${m.body} px text`);
    }
    await expectNoSidewaysScroll(page, '4K');
  }, { context: { viewport: { width: 3840, height: 2160 } } }));

// The screen's entrance (none), the progress bar's fill and the scale's colour change.
async function motion(page) {
  return page.evaluate(() => {
    const of = (selector) => {
      const style = getComputedStyle(document.querySelector(selector));
      const seconds = (list) => Math.max(...list.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1) || 0));
      return { animation: style.animationName === 'none' ? 0 : seconds(style.animationDuration), transition: seconds(style.transitionDuration) };
    };
    return { card: of('main.card'), bar: of('.bar-fill'), option: of('.option span'), running: document.getAnimations().length };
  });
}

for (const reduce of [false, true]) {
  test(`prefers-reduced-motion: ${reduce ? 'reduce → nothing moves' : 'no-preference → the page animates (the check sees motion)'}`,
    { timeout: 30000 }, (t) => h.withPage(t, async ({ page, url }) => {
      await page.goto(url);
      await h.start(page);
      await h.radio(page, 1, 6).check();
      const m = await motion(page);
      if (reduce) {
        assert.deepStrictEqual(m, { card: { animation: 0, transition: 0 }, bar: { animation: 0, transition: 0 },
          option: { animation: 0, transition: 0 }, running: 0 });
      } else {
        // No entrance animation at all (it would hold back a click); the bar and the options ease.
        assert.ok(m.card.animation === 0 && m.bar.transition > 0 && m.option.transition > 0, JSON.stringify(m));
      }
    }, { context: { reducedMotion: reduce ? 'reduce' : 'no-preference' } }));
}
