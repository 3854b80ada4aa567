// What the numbers mean, said before the first statement and on every statement: Welcome explains
// 0, 5 and 10; each statement shows the key and labels the middle; the group's accessible description
// carries the key. On a wide screen the first answer sits over the 0 end of the scale and the second
// over the 10 end; on a small phone nothing scrolls sideways.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');

test.before(h.setup);
test.after(h.teardown);

const S = () => h.pageStrings().S;
const format = (...args) => h.pageStrings().format(...args);
const { min, max } = h.QUESTIONNAIRE.scale;
const mid = (min + max) / 2;
const KEY = () => format(S().scaleKey, { min, mid, max });

/** The group's accessible description: the texts of the elements its aria-describedby names. */
const description = (group) => group.evaluate((el) => (el.getAttribute('aria-describedby') || '').split(/\s+/)
  .map((id) => document.getElementById(id)?.textContent || '').join(' '));

/** The box a radio is hit in: its label (the number shown). */
const optionBox = (page, n, value) => h.radio(page, n, value).evaluate((el) => el.labels[0].getBoundingClientRect().toJSON());
const textBox = (group, text) => group.getByText(text).evaluate((el) => el.getBoundingClientRect().toJSON());

test('Welcome says what 0, 5 and 10 mean before the first statement', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    const how = format(S().howToAnswer, { min, mid, max });
    assert.ok(!/\{\w+\}/.test(how) && how.includes(`${mid} if both fit you equally`), how);
    await h.visible(page.getByText(how, { exact: true }));
    await h.visible(h.button(page, 'Start'));
  }));

test('every statement shows the key, labels the middle "Both equally", and its group is described by the key',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.start(page);
    for (let n = 1; n <= h.STATEMENTS; n++) {
      await h.openQuestion(page, n);
      const group = h.group(page, n);
      const item = h.QUESTIONNAIRE.items[n - 1];
      await h.visible(group.getByText(KEY(), { exact: true }));
      await h.visible(group.getByText(S().middleLabel));
      await h.visible(group.getByText(item.low));
      await h.visible(group.getByText(item.high));
      const described = await description(group);
      assert.ok(described.includes(KEY()), `statement ${n} is described by the key: ${described}`);
      assert.ok(described.includes(item.low) && described.includes(item.high), `and by both answers: ${described}`);
      if (n < h.STATEMENTS) await h.button(page, 'Next').click();
    }
  }));

test('1200 px wide: the first answer sits over the 0 end of the scale, the second over the 10 end', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.start(page);
    for (let n = 1; n <= h.STATEMENTS; n++) {
      await h.openQuestion(page, n);
      const group = h.group(page, n);
      const item = h.QUESTIONNAIRE.items[n - 1];
      const [first, second, zero, ten, five, both] = await Promise.all([textBox(group, item.low), textBox(group, item.high),
        optionBox(page, n, min), optionBox(page, n, max), optionBox(page, n, mid), textBox(group, S().middleLabel)]);
      const middle = (zero.left + ten.right) / 2;
      const where = `statement ${n}: first ${JSON.stringify(first)}, second ${JSON.stringify(second)}, ` +
        `0 ${JSON.stringify(zero)}, 10 ${JSON.stringify(ten)}`;
      // The first answer starts over the 0 option and stays on its half; the second ends over the 10 option.
      assert.ok(first.left >= zero.left - 1 && first.left - zero.left <= zero.width, `first answer over 0 — ${where}`);
      assert.ok(first.right <= middle, `first answer on the 0 half — ${where}`);
      assert.ok(second.right <= ten.right + 1 && ten.right - second.right <= ten.width, `second answer over 10 — ${where}`);
      assert.ok(second.left >= middle, `second answer on the 10 half — ${where}`);
      // Both above the scale, side by side.
      assert.ok(first.bottom <= zero.top && second.bottom <= ten.top, `both above the scale — ${where}`);
      assert.ok(first.top < second.bottom && second.top < first.bottom, `side by side — ${where}`);
      // "Both equally" is centred under the middle option.
      const centre = (both.left + both.right) / 2;
      assert.ok(centre >= five.left && centre <= five.right && both.top >= five.bottom,
        `"${S().middleLabel}" under ${mid}: ${JSON.stringify(both)}, ${mid} ${JSON.stringify(five)}`);
      if (n < h.STATEMENTS) await h.button(page, 'Next').click();
    }
  }, { context: { viewport: { width: 1200, height: 900 } } }));

test('320 px wide: Welcome and every statement fit without sideways scrolling, both answers in view', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const noSidewaysScroll = async (where) => {
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(scroll <= client, `${where}: the page scrolls sideways (${scroll} > ${client})`);
    };
    await page.goto(url);
    await h.visible(page.getByText(format(S().howToAnswer, { min, mid, max }), { exact: true }));
    await noSidewaysScroll('Welcome');
    await h.start(page);
    for (let n = 1; n <= h.STATEMENTS; n++) {
      await h.openQuestion(page, n);
      const group = h.group(page, n);
      const item = h.QUESTIONNAIRE.items[n - 1];
      await noSidewaysScroll(`statement ${n}`);
      const zero = await optionBox(page, n, min);
      for (const text of [item.low, item.high, KEY()]) {
        const box = await textBox(group, text);
        assert.ok(box.left >= 0 && box.right <= 320, `statement ${n}: "${text}" is in view (${box.left}–${box.right})`);
      }
      for (const text of [item.low, item.high]) {
        assert.ok((await textBox(group, text)).bottom <= zero.top, `statement ${n}: "${text}" above the scale`);
      }
      if (n < h.STATEMENTS) await h.button(page, 'Next').click();
    }
  }, { context: { viewport: { width: 320, height: 640 } } }));

test('an own questionnaire on a 1 to 5 scale gets the same instructions with its own numbers', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const file = path.join(h.ROOT, 'docs', 'examples', 'team-lead.json');
    const own = JSON.parse(fs.readFileSync(file, 'utf8'));
    const scale = { min: own.scale.min, mid: (own.scale.min + own.scale.max) / 2, max: own.scale.max };
    assert.deepStrictEqual(scale, { min: 1, mid: 3, max: 5 });
    await page.goto(url);
    await page.getByLabel(S().useOwn, { exact: true }).setInputFiles(file);
    await h.visible(page.getByRole('heading', { name: own.title, exact: true }));
    await h.visible(page.getByText(format(S().howToAnswer, scale), { exact: true }));
    await h.button(page, 'Start').click();
    const group = page.getByRole('radiogroup', { name: own.items[0].prompt, exact: true });
    await h.visible(group.getByText(format(S().scaleKey, scale), { exact: true }));
    await h.visible(group.getByText(S().middleLabel));
    assert.ok((await description(group)).includes(format(S().scaleKey, scale)));
  }));
