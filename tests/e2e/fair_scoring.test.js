// Scoring that cannot be pushed, and drivers in words. On some statements the people end is at 10
// (reverse: true), so answering 10 everywhere gives 80 (Both), not Mastery, and the page notes the
// straight line. Each driver names the end the person chose, in that statement's own words, and
// pulls toward the pole of its scored value: for a reversed statement, the other one.
// Expectations come from the content (assessment/content/questionnaire.json), not from the engine.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');

test.before(h.setup);
test.after(h.teardown);

const S = () => h.pageStrings().S;
const format = (...args) => h.pageStrings().format(...args);
const Q = h.QUESTIONNAIRE;
const { min, max } = Q.scale;
const mid = (min + max) / 2;
const REVERSED = Q.items.map((item, i) => (item.reverse ? i + 1 : null)).filter(Boolean);

/** The drivers shown: [{ item, pole, text }]. */
const drivers = (page) => page.getByTestId('drivers').locator('[data-item]')
  .evaluateAll((els) => els.map((e) => ({ item: Number(e.dataset.item), pole: e.dataset.pole, text: e.textContent })));

/** What a driver must say for an answer: the chosen end in the statement's own words. */
const chosen = (n, answer) => format(S().chosenEnd,
  { answer, end: answer > mid ? Q.items[n - 1].high : Q.items[n - 1].low });
/** The pole an answer pulls toward: that of its scored value (a reversed statement scores min + max - answer). */
const poleOf = (n, answer) => ((Q.items[n - 1].reverse ? min + max - answer : answer) > mid ? Q.poles.high.id : Q.poles.low.id);

async function take(page, url, answers) {
  await page.goto(url);
  await h.start(page);
  await h.answerByMouse(page, answers);
  await h.visible(page.getByRole('heading', { name: 'Why this result', exact: true }));
}

test('drivers name the chosen end in words, for a reversed statement too', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    assert.deepStrictEqual([1, 2, 3, 4].map((n) => REVERSED.includes(n)), [false, true, true, false]);
    // Strong answers on statements 1 to 4, the rest near the middle.
    const answers = [8, 8, 1, 1, 5, 5, 6, 4, 5, 5, 5, 5, 5, 5, 5];
    await take(page, url, answers);
    const shown = await drivers(page);
    const expected = [
      { item: 1, pole: 'mastery', answer: 8 },     // 8 toward the second answer, which is the mastery end
      { item: 2, pole: 'management', answer: 8 },  // reversed: 8 toward the second answer is the people end
      { item: 3, pole: 'mastery', answer: 1 },     // reversed: 1 toward the first answer is the mastery end
      { item: 4, pole: 'management', answer: 1 },
    ];
    for (const { item, pole, answer } of expected) {
      const d = shown.find((x) => x.item === item);
      assert.ok(d, `statement ${item} is a driver: ${JSON.stringify(shown)}`);
      assert.equal(d.pole, pole, `statement ${item} pulls toward ${pole}`);
      assert.equal(poleOf(item, answer), pole, 'as the content says');
      assert.ok(d.text.includes(Q.items[item - 1].prompt), `driver ${item} shows its statement: ${d.text}`);
      assert.ok(d.text.includes(chosen(item, answer)), `driver ${item} says "${chosen(item, answer)}": ${d.text}`);
    }
    // The example sentence in full, for the reversed statement 2.
    assert.ok(shown.find((x) => x.item === 2).text.includes(`You chose 8, toward “${Q.items[1].high}”`));
    // No driver shows a bare answer or names a pole label as the chosen end.
    for (const d of shown) {
      assert.doesNotMatch(d.text, /Your answer:/);
      assert.doesNotMatch(d.text, /toward “(Management|Mastery)”/);
    }
  }));

for (const value of [max, min]) {
  const total = h.STATEMENTS * mid + (value - mid) * (h.STATEMENTS - 2 * REVERSED.length);
  test(`answering ${value} on every statement gives ${total}, Both, not a strong result, with the straight-line note`,
    { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
      assert.ok(REVERSED.length >= 6 && REVERSED.length <= 8, `6 to 8 statements reversed: ${REVERSED}`);
      assert.equal(total, value === max ? 80 : 70, 'the sides are nearly balanced');
      await take(page, url, Array(h.STATEMENTS).fill(value));
      await h.expectResult(page, { total, band: 'both' });
      assert.notEqual(await page.getByTestId('band').getAttribute('data-band'), value === max ? 'mastery' : 'management');

      const note = page.getByTestId('quality-note');
      await h.visible(note);
      assert.ok((await note.getAttribute('data-quality')).split(' ').includes('straight_line'), await note.getAttribute('data-quality'));
      await h.visible(note.getByText(Q.quality.straight_line, { exact: true }));

      // Every driver names the end chosen; a reversed statement's pulls the other way.
      const shown = await drivers(page);
      assert.ok(shown.length > 0, 'strong answers pull both ways');
      for (const d of shown) {
        assert.equal(d.pole, poleOf(d.item, value), `statement ${d.item}`);
        assert.equal(d.pole === Q.poles.low.id, REVERSED.includes(d.item) === (value === max), `statement ${d.item}: reversed or not`);
        assert.ok(d.text.includes(chosen(d.item, value)), d.text);
      }
    }));
}

test('the team view\'s example team spreads from one end to the other, reversed statements included', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    // Made-up people lean from management to mastery; answered without turning the reversed
    // statements round, every one of them would land in Both.
    await page.goto(`${url}#team`);
    await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
    await h.button(page, 'Use example data').click();
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^40$/ }));
    for (const band of Q.bands) {
      const count = Number(await page.getByTestId('band-count').filter({ hasText: band.title }).getAttribute('data-count'));
      assert.ok(count >= 5, `${band.title}: ${count} of 40 example people`);
    }
  }));
