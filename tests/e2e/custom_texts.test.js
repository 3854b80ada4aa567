// A questionnaire of one's own that brings no shape or quality texts, no credit and no About
// paragraphs: the result still explains its shape and notes in plain words (the page's own, as the
// command line does), and nothing empty is shown.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const BARE = JSON.parse(fs.readFileSync(path.join(h.ROOT, 'docs', 'examples', 'team-lead.json'), 'utf8'));
for (const field of ['shapes', 'quality', 'credit', 'about']) delete BARE[field];

test('no shape or note texts of its own: the page says them in its own plain words', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const { S } = h.pageStrings();
    const answers = BARE.items.map(() => BARE.scale.min);  // all the same: the straight-line note
    const expected = engine.score(JSON.stringify(BARE), answers, -1);
    assert.ok(expected.quality.includes('straight_line'));
    await page.goto(url);
    await page.getByLabel('Use your own questionnaire (JSON)', { exact: true }).setInputFiles(
      { name: 'bare.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BARE)) });
    await h.visible(page.getByRole('heading', { name: BARE.title, level: 1 }));
    assert.equal(await page.getByRole('button', { name: S.about, exact: true }).count(), 0, 'no About without paragraphs');
    await h.button(page, 'Start').click();
    for (const [i, item] of BARE.items.entries()) {
      await page.getByRole('radiogroup', { name: item.prompt, exact: true })
        .getByRole('radio', { name: String(answers[i]), exact: true }).check();
      await h.button(page, i + 1 < BARE.items.length ? 'Next' : 'See my result').click();
    }
    await h.visible(page.getByTestId('total-score'));
    const shape = S.shapes[expected.shape];
    await h.visible(page.getByTestId('shape').getByText(shape.title, { exact: true }));
    await h.visible(page.getByTestId('shape').getByText(shape.explanation, { exact: true }));
    for (const note of expected.quality) {
      await h.visible(page.getByTestId('quality-note').getByText(S.qualityNotes[note], { exact: true }));
    }
    assert.equal(await page.getByTestId('credit').count(), 0, 'no credit line without a credit');
  }));
