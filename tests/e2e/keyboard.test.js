// A keyboard-only person takes the whole questionnaire and reads the result: one run per band, and
// runs whose "Why this result" section must show a split shape, a centred shape and a borderline total.
// The engine (loaded here under node) is the oracle for what the page must show.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

// Each run's answers are given for the scored values listed (reversed statements from the other end).
const RUNS = [
  { name: 'total 30: Management', values: [0, 1, 2, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], total: 30, band: 'management', checkProgress: true },
  { name: 'total 75: Both, centred', values: [4, 5, 6, 5, 5, 5, 4, 6, 5, 5, 5, 5, 6, 4, 5], total: 75, band: 'both', shape: 'centred' },
  { name: 'total 120: Mastery (several 10s: "1" then "0")', values: [10, 10, 10, 10, 10, 8, 8, 8, 8, 8, 7, 7, 7, 7, 2], total: 120, band: 'mastery' },
  { name: 'total 70: Both, split', values: [0, 0, 1, 10, 10, 9, 5, 5, 5, 5, 5, 5, 5, 5, 0], total: 70, band: 'both', shape: 'split' },
  { name: 'total 97: Both, borderline, 4 points from Mastery', values: [7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6], total: 97, band: 'both',
    margin: { points: 4, toward: 'mastery' }, borderline: true },
].map((run) => ({ ...run, answers: h.answersFor(run.values) }));

const bandTitle = (id) => h.QUESTIONNAIRE.bands.find((b) => b.id === id).title;

// Everything the contract says the result screen shows, checked against the engine's result.
async function expectInsight(page, r) {
  await h.visible(page.getByRole('heading', { name: 'Your result', exact: true }));
  await h.visible(page.getByText(new RegExp(`^\\s*${r.total}\\s*/\\s*${r.max}\\s*$`)));
  await h.visible(page.getByText(r.band.summary, { exact: true }));

  // The scale picture and the theme chart, and the visible list of theme subtotals.
  const pictures = page.getByRole('img');
  assert.ok(await pictures.count() >= 2, 'a scale picture and a theme chart');
  const names = await pictures.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ||
    (e.getAttribute('aria-labelledby') || '').split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ') ||
    e.querySelector('title')?.textContent || ''));
  assert.ok(names.some((n) => n.includes(String(r.total))), `a picture is named with the total: ${JSON.stringify(names)}`);
  for (const t of r.themes) {
    await h.visible(page.getByText(new RegExp(`${t.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s*${t.score}\\s*/\\s*${t.max}`)));
  }

  await h.visible(page.getByRole('heading', { name: 'Why this result', exact: true }));
  const margin = page.getByTestId('margin');
  assert.equal(await margin.getAttribute('data-toward'), r.margin.toward);
  const marginText = await margin.textContent();
  assert.match(marginText, new RegExp(`\\b${r.margin.points}\\b`), `margin text has the points: ${marginText}`);
  assert.ok(marginText.includes(bandTitle(r.margin.toward)), `margin text names ${bandTitle(r.margin.toward)}: ${marginText}`);

  const badge = page.getByText('Borderline', { exact: true }).filter({ visible: true });
  assert.equal(await badge.count(), r.borderline ? 1 : 0, `Borderline badge ${r.borderline ? 'shown' : 'absent'}`);

  assert.equal(await page.getByTestId('shape').getAttribute('data-shape'), r.shape);

  const drivers = page.getByTestId('drivers').locator('[data-item]');
  const shown = await drivers.evaluateAll((els) => els.map((e) => ({ item: Number(e.dataset.item), pole: e.dataset.pole, text: e.textContent })));
  const expected = Object.entries(r.drivers).flatMap(([pole, items]) => items.map((item) => ({ item, pole })));
  assert.deepStrictEqual(shown.map(({ item, pole }) => ({ item, pole })).sort((a, b) => a.item - b.item),
    expected.sort((a, b) => a.item - b.item), 'one element per driver, with its pole');
  for (const d of shown) {
    const item = h.QUESTIONNAIRE.items[d.item - 1];
    assert.ok(d.text.includes(item.prompt) || d.text.includes(item.short), `driver ${d.item} shows its statement: ${d.text}`);
    assert.match(d.text, new RegExp(`\\b${r.items[d.item - 1].answer}\\b`), `driver ${d.item} shows its answer: ${d.text}`);
  }

  const note = page.getByTestId('quality-note');
  if (r.quality.length) {
    assert.equal(await note.getAttribute('data-quality'), r.quality.join(' '));
  } else {
    assert.equal(await note.count(), 0, 'no quality note without notes');
  }

  await h.visible(page.getByRole('heading', { name: 'What next', exact: true }));
  for (const name of ['Retake', 'Copy share link', 'Print report', 'Download JSON', 'Download CSV']) {
    await h.visible(h.button(page, name));
  }
  await h.visible(page.getByRole('link', { name: 'History', exact: true }).or(h.button(page, 'History')));
}

for (const run of RUNS) {
  test(`keyboard only: ${run.name}`, { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const expected = engine.score('', run.answers, -1);
    assert.equal(expected.total, run.total, 'the answer set adds up as intended');
    assert.equal(expected.band.id, run.band);
    if (run.shape) assert.equal(expected.shape, run.shape);
    if (run.margin) assert.deepStrictEqual(expected.margin, run.margin);
    if (run.borderline !== undefined) assert.equal(expected.borderline, run.borderline);

    await page.goto(url);
    const startButton = h.button(page, 'Start');
    await h.visible(startButton);
    await h.tabTo(page, startButton);
    const started = Date.now();
    await page.keyboard.press('Enter');
    await h.answerByKeyboard(page, run.answers, { checkProgress: run.checkProgress });
    const seconds = (Date.now() - started) / 1000;

    await h.expectResult(page, run);
    // The page's own timing decides "fast"; compare everything else with the engine.
    const shown = await page.getByTestId('quality-note').getAttribute('data-quality').catch(() => null);
    const withoutFast = (list) => list.filter((q) => q !== 'fast');
    assert.deepStrictEqual(withoutFast(shown ? shown.split(' ') : []), withoutFast(expected.quality));
    if (seconds < 25) assert.ok(shown && shown.split(' ').includes('fast'), `answered in ${seconds.toFixed(1)} s: "fast" note`);
    await expectInsight(page, { ...expected, quality: shown ? shown.split(' ') : [] });
  }));
}

test('each statement shows its two poles next to 0 and 10, tied to the group', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.start(page);
    for (const n of [1, 15]) {
      if (n === 15) {
        for (let i = 1; i < 15; i++) await h.button(page, 'Next').click();
        await h.openQuestion(page, 15);
      }
      const item = h.QUESTIONNAIRE.items[n - 1];
      const group = h.group(page, n);
      // The pole texts may sit next to their scale number ("0 ... low", "10 ... high").
      await h.visible(page.getByText(item.low));
      await h.visible(page.getByText(item.high));
      const described = await group.evaluate((el) => (el.getAttribute('aria-describedby') || '').split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent || '').join(' | '));
      assert.ok(described.includes(item.low) && described.includes(item.high), `aria-describedby: ${described}`);
      const names = await group.getByRole('radio').evaluateAll((els) => els.length);
      assert.equal(names, 11, 'eleven radios');
    }
    await h.visible(h.button(page, 'See my result'));
    await h.visible(h.button(page, 'Back'));
  }));
