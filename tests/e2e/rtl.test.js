// Right to left: the page in Arabic, as a person sees and uses it. The page says it is Arabic and
// right to left; the 0–10 scale runs from the right (0 at the right, the first answer over it); the
// arrow keys move the answer the way they point; digits answer, Arabic-Indic ones too; the pictures
// (band scale, theme bars, the team's charts) and the progress bar start at the right, with their
// text reading as written (never flipped); a share link reads left to right; choosing Arabic in the
// menu redraws a result mirrored; and axe finds nothing in Arabic or in French. The English page is
// the control: what is checked here of Arabic is false there, so the checks can fail.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const h = require('./harness');
const { pack, load, screenIn, heading } = require('./rtl_support');
const { ANSWERS } = require('./screens');

test.before(h.setup);
test.after(h.teardown);

const AR = pack('ar');
const WIDE = { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' };
const NARROW = { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' };
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A number as the page writes it in that language (the browser's own Intl). */
const shown = (page, language, value) => page.evaluate(([locale, v]) => new Intl.NumberFormat(locale).format(v),
  [language.meta.locale, value]);
const group = (page, language, n) => page.getByRole('radiogroup', { name: language.questionnaire.items[n - 1].prompt, exact: true });
async function option(page, language, value) {
  return group(page, language, 1).getByRole('radio', { name: await shown(page, language, value), exact: true });
}
const centre = async (locator) => {
  const b = await locator.boundingBox();
  return b.x + b.width / 2;
};
async function checkedValue(page, language) {
  for (let v = 0; v <= 10; v++) if (await (await option(page, language, v)).isChecked()) return v;
  return null;
}

test('Arabic from the address: <html lang="ar" dir="rtl">, and the language menu says Arabic', (t) =>
  h.withPage(t, async ({ page, url }) => {
    await load(page, url, 'ar');
    await h.visible(heading(page, AR.questionnaire.title));
    assert.deepStrictEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
    assert.equal(await page.getByRole('combobox', { name: AR.page.languageLabel, exact: true }).inputValue(), 'ar');
  }));

for (const [width, context] of [[1280, WIDE], [320, NARROW]]) {
  test(`Arabic, ${width} px: the scale runs from 0 at the right to 10 at the left, the first answer over 0`, (t) =>
    h.withPage(t, async ({ page, url }) => {
      await screenIn('ar', 'a statement').open(page, url);
      const boxes = [];
      for (let v = 0; v <= 10; v++) boxes.push(await (await option(page, AR, v)).boundingBox());
      t.diagnostic(`0 at x ${boxes[0].x.toFixed(0)}–${(boxes[0].x + boxes[0].width).toFixed(0)}, ` +
        `10 at x ${boxes[10].x.toFixed(0)}–${(boxes[10].x + boxes[10].width).toFixed(0)}`);
      assert.ok(boxes[0].x >= boxes[10].x + boxes[10].width, "the 0 option's box is right of the 10 option's");
      for (let v = 1; v <= 10; v++) {
        const [before, now] = [boxes[v - 1], boxes[v]];
        if (Math.abs(before.y - now.y) < 1) assert.ok(now.x + now.width <= before.x + 0.5, `${v} is left of ${v - 1} in their row`);
        else assert.ok(now.y > before.y, `${v} starts the next row`);
      }
      if (width === 1280) {  // side by side; on a narrow screen the two answers stack
        const item = AR.questionnaire.items[0];
        assert.ok(await centre(page.getByText(item.low)) > await centre(page.getByText(item.high)),
          'the first answer stands over the right-hand end (0), the second over the left-hand one (10)');
      }
    }, { context }));
}

test('Arabic: ArrowLeft and ArrowRight move the answer the way they point; digits and Enter as in English', (t) =>
  h.withPage(t, async ({ page, url }) => {
    await screenIn('ar', 'a statement').open(page, url);
    await (await option(page, AR, 5)).check();
    await (await option(page, AR, 5)).focus();
    const moves = [['ArrowLeft', 6], ['ArrowLeft', 7], ['ArrowRight', 6], ['ArrowRight', 5], ['ArrowRight', 4],
      ['ArrowDown', 5], ['ArrowUp', 4]];
    for (const [key, value] of moves) {
      const from = await checkedValue(page, AR);
      const before = await centre(await option(page, AR, from));
      await page.keyboard.press(key);
      await h.eventually(async () => assert.equal(await checkedValue(page, AR), value, `${key} from ${from}`));
      const after = await centre(await option(page, AR, value));
      if (key === 'ArrowLeft') assert.ok(after < before, `ArrowLeft moved the answer to the left (${before} → ${after})`);
      if (key === 'ArrowRight') assert.ok(after > before, `ArrowRight moved the answer to the right (${before} → ${after})`);
    }
    // Digits: the ASCII ones, and the Arabic-Indic ones an Arabic keyboard types (sent as the key itself).
    await page.keyboard.press('7');
    await h.eventually(async () => assert.equal(await checkedValue(page, AR), 7));
    const cdp = await page.context().newCDPSession(page);
    const type = async (key) => {
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, unmodifiedText: key });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
    };
    await type('٣');
    await h.eventually(async () => assert.equal(await checkedValue(page, AR), 3));
    await type('١');
    await type('٠');
    await h.eventually(async () => assert.equal(await checkedValue(page, AR), 10));
    await page.keyboard.press('Enter');
    await h.visible(group(page, AR, 2));
  }, { context: WIDE }));

test('English (the control): ArrowLeft goes down the scale, to the left', (t) =>
  h.withPage(t, async ({ page, url }) => {
    const EN = pack('en');
    await screenIn('en', 'a statement').open(page, url);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
    await (await option(page, EN, 5)).check();
    const before = await centre(await option(page, EN, 5));
    await page.keyboard.press('ArrowLeft');
    await h.eventually(async () => assert.equal(await checkedValue(page, EN), 4));
    assert.ok(await centre(await option(page, EN, 4)) < before);
  }, { context: WIDE }));

/** Where the result's pictures put their low end and their text, in the page's coordinates. */
function resultPictures(page, bands) {
  return page.evaluate(([low, high]) => {
    const box = (el) => el.getBoundingClientRect();
    const scale = document.querySelector('svg.scale-chart');
    const frame = box(scale);
    const rectOf = (id) => box(scale.querySelector(`rect[data-band="${id}"]`));
    const theme = document.querySelector('svg.theme-chart');
    const themeFrame = box(theme);
    const mirrored = [...document.querySelectorAll('svg[role="img"], svg[role="img"] *')]
      .filter((el) => getComputedStyle(el).transform !== 'none' || (el.getCTM && el.getCTM() && el.getCTM().a < 0)).length;
    return {
      frame: { left: frame.left, right: frame.right },
      low: rectOf(low), high: rectOf(high),
      marker: box(scale.querySelector('line.marker')).left,
      bars: [...theme.querySelectorAll('rect.value-bar')].map((bar) => ({ left: box(bar).left, right: box(bar).right })),
      titles: [...theme.querySelectorAll('text.row-title')].map((text) => box(text).right),
      themeFrame: { left: themeFrame.left, right: themeFrame.right },
      mirrored,
    };
  }, [bands[0].id, bands[bands.length - 1].id]);
}

test('Arabic: the band scale and the theme bars start at the right, their text as written', (t) =>
  h.withPage(t, async ({ page, url }) => {
    await screenIn('ar', 'the result').open(page, url);
    const p = await resultPictures(page, AR.questionnaire.bands);
    const total = h.totalOf(ANSWERS.both);  // the result screenIn() opens
    const { min, max } = h.QUESTIONNAIRE.scale;
    const [lowest, highest] = [min * h.STATEMENTS, max * h.STATEMENTS];
    t.diagnostic(`band scale ${p.frame.left.toFixed(0)}–${p.frame.right.toFixed(0)}: lowest band ${p.low.left.toFixed(0)}–` +
      `${p.low.right.toFixed(0)}, highest ${p.high.left.toFixed(0)}–${p.high.right.toFixed(0)}, marker at ${p.marker.toFixed(0)}`);
    assert.ok(Math.abs(p.low.right - p.frame.right) <= 1, 'the lowest band (0 end) is at the right');
    assert.ok(Math.abs(p.high.left - p.frame.left) <= 1, 'the highest band is at the left');
    const expected = p.frame.right - ((total - lowest) / (highest - lowest)) * (p.frame.right - p.frame.left);
    assert.ok(Math.abs(p.marker - expected) <= 3, `the marker for ${total} sits ${total} / ${highest} in from the right ` +
      `(${p.marker.toFixed(1)} px, expected ${expected.toFixed(1)} px)`);
    for (const bar of p.bars) assert.ok(Math.abs(bar.right - p.themeFrame.right) <= 1, 'each theme bar grows from the right');
    for (const right of p.titles) assert.ok(Math.abs(right - p.themeFrame.right) <= 1, 'each theme title starts at the right');
    assert.equal(p.mirrored, 0, 'no picture or text is flipped');
  }, { context: WIDE }));

test('Arabic: the progress bar fills from the right', (t) =>
  h.withPage(t, async ({ page, url }) => {
    await screenIn('ar', 'a statement').open(page, url);
    await (await option(page, AR, 4)).check();
    const [bar, fill] = await page.getByRole('progressbar').evaluate((el) => [el, el.firstElementChild]
      .map((e) => ({ left: e.getBoundingClientRect().left, right: e.getBoundingClientRect().right })));
    assert.ok(fill.right - fill.left > 1, 'something is filled');
    assert.ok(Math.abs(fill.right - bar.right) <= 1 && fill.left > bar.left + 1, `filled from the right: ${JSON.stringify({ bar, fill })}`);
  }, { context: WIDE }));

test("Arabic: the team's spread and each statement's answers start at the right", (t) =>
  h.withPage(t, async ({ page, url }) => {
    await screenIn('ar', 'the team view with example data').open(page, url);
    const bands = AR.questionnaire.bands;
    const p = await page.evaluate(([low, high]) => {
      const box = (el) => el.getBoundingClientRect();
      const chart = document.querySelector('svg.team-chart');
      const ticks = [...chart.querySelectorAll('text.seg-range')].map((text) => box(text).left + box(text).width / 2);
      const counts = [...document.querySelectorAll('svg.team-counts')].map((svg) => [...svg.querySelectorAll('rect[data-slot]')]
        .map((rect) => ({ slot: Number(rect.dataset.slot), centre: box(rect).left + box(rect).width / 2 })));
      return { low: box(chart.querySelector(`rect[data-band="${low}"]`)), high: box(chart.querySelector(`rect[data-band="${high}"]`)),
        frame: box(chart), ticks, counts };
    }, [bands[0].id, bands[bands.length - 1].id]);
    assert.ok(Math.abs(p.low.right - p.frame.right) <= 1 && Math.abs(p.high.left - p.frame.left) <= 1, 'lowest band at the right');
    assert.ok(p.ticks[0] > p.ticks[p.ticks.length - 1], 'the lowest total is written at the right');
    assert.ok(p.counts.length > 0, 'answer charts shown');
    for (const bars of p.counts) {
      for (let i = 1; i < bars.length; i++) assert.ok(bars[i].centre < bars[i - 1].centre, 'higher answers further left');
    }
  }, { context: WIDE }));

test('Arabic: a share link to copy by hand reads left to right', (t) =>
  h.withPage(t, async ({ page, url }) => {
    await screenIn('ar', 'the result').open(page, url);
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } }));
    await page.getByRole('button', { name: AR.page.copyLink, exact: true }).click();
    const field = page.getByLabel(AR.page.shareLinkLabel, { exact: true });
    await h.visible(field);
    assert.match(await field.inputValue(), /#r=/);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await field.evaluate((el) => getComputedStyle(el).direction), 'ltr', 'the address runs left to right');
  }, { context: WIDE }));

test('the menu: a result shown in English is redrawn in Arabic, mirrored, and back', (t) =>
  h.withPage(t, async ({ page, url }) => {
    const EN = pack('en');
    await screenIn('en', 'the result').open(page, url);
    const lowAt = async (language) => {
      const p = await resultPictures(page, language.questionnaire.bands);
      return p.low.left - p.frame.left < p.frame.right - p.low.right ? 'left' : 'right';
    };
    assert.equal(await lowAt(EN), 'left');
    await page.getByRole('combobox', { name: EN.page.languageLabel, exact: true }).selectOption('ar');
    await h.visible(heading(page, AR.page.yourResult));
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await lowAt(AR), 'right');
    await page.getByRole('combobox', { name: AR.page.languageLabel, exact: true }).selectOption('en');
    await h.visible(heading(page, EN.page.yourResult));
    assert.equal(await lowAt(EN), 'left');
  }, { context: WIDE }));

async function audit(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
  return page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => ({
    rules: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
    violations: r.violations.map((rule) => ({ id: rule.id, nodes: rule.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) })),
  })), TAGS);
}

for (const code of ['ar', 'fr']) {
  test(`axe in ${code === 'ar' ? 'Arabic' : 'French'}: welcome, a statement and the result have no WCAG 2.1 A/AA violations`,
    { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
      for (const name of ['welcome', 'a statement', 'the result']) {
        await screenIn(code, name).open(page, url);
        assert.equal(await page.evaluate(() => document.documentElement.lang), code);
        const r = await audit(page);
        t.diagnostic(`axe ${code} · ${name}: ${r.rules} rules, ${r.violations.length} violations`);
        assert.deepStrictEqual(r.violations, [], `axe violations on ${name} (${code})`);
      }
    }, { context: WIDE }));
}
