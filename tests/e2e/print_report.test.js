// The printed report of a result (print media): everything a reader needs on paper (title, date,
// total, band, both pictures, the band's texts, Why this result, What next and every statement with
// its answer) and none of the controls. As a PDF it fits on one or two A4 or Letter pages; the
// same holds for a shared result.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const { ANSWERS, load, progress } = require('./screens');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const S = () => h.pageStrings().S;
const format = (...args) => h.pageStrings().format(...args);

/** Pages in a PDF: its page objects ("/Type /Page", and not "/Type /Pages"). */
const pdfPages = (bytes) => (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;

async function expectVisible(page, locator, what) {
  assert.ok(await locator.filter({ visible: true }).count() > 0, `${what} is printed`);
}

/** Everything the report must show, and no control, for the result of `answers`. */
async function expectReport(page, answers, { shared }) {
  const r = engine.score('', answers, -1);
  const q = h.QUESTIONNAIRE;
  await page.emulateMedia({ media: 'print' });
  await expectVisible(page, page.getByText(q.title, { exact: true }), 'the questionnaire title');
  await expectVisible(page, page.getByRole('heading', { name: shared ? 'Shared result' : 'Your result', level: 1 }), 'the heading');
  if (!shared) {
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    await expectVisible(page, page.getByText(format(S().takenOn, { date: today }), { exact: true }), 'the date');
  }
  await expectVisible(page, page.getByText(`${r.total} / ${r.max}`, { exact: true }), `"${r.total} / ${r.max}"`);
  await expectVisible(page, page.getByTestId('band').filter({ hasText: r.band.title }), 'the band');
  await expectVisible(page, page.getByRole('img', { name: new RegExp(`^Your total is ${r.total} out of ${r.max}\\.`) }),
    'the scale picture');
  await expectVisible(page, page.getByRole('img', { name: /^Theme scores: / }), 'the theme chart');
  for (const theme of r.themes) {
    await expectVisible(page, page.getByText(new RegExp(`^${theme.title}: ${theme.score} / ${theme.max}`)), `theme ${theme.title}`);
  }
  await expectVisible(page, page.getByText(r.band.explanation, { exact: true }), 'the explanation');
  for (const advice of r.band.advice) await expectVisible(page, page.getByText(advice, { exact: true }), 'advice');
  for (const name of ['Why this result', 'What next']) {
    await expectVisible(page, page.getByRole('heading', { name, exact: true }), `the section ${name}`);
  }
  await expectVisible(page, page.getByTestId('margin'), 'the margin');
  for (const step of r.band.next_steps) await expectVisible(page, page.getByText(step, { exact: true }), 'a next step');

  // All the statements, each with the answer given.
  await expectVisible(page, page.getByRole('heading', { name: S().answersHeading, exact: true }), 'the answers heading');
  for (const [i, item] of q.items.entries()) {
    const line = format(S().answerLine, { answer: answers[i], min: q.scale.min, max: q.scale.max, low: item.low, high: item.high });
    await expectVisible(page, page.getByRole('listitem').filter({ hasText: item.prompt }).filter({ hasText: line }),
      `statement ${i + 1} with its answer`);
  }

  // No controls on paper.
  for (const role of ['button', 'link', 'textbox', 'checkbox', 'radio', 'navigation']) {
    const all = page.getByRole(role);
    for (let i = 0; i < await all.count(); i++) {
      assert.equal(await all.nth(i).isVisible(), false, `${role} "${await all.nth(i).textContent()}" is printed`);
    }
  }
  assert.equal(await page.locator('input, select, textarea').filter({ visible: true }).count(), 0, 'no inputs printed');
  assert.equal(await page.getByRole('status').filter({ visible: true }).count(), 0, 'no notices printed');

  const pages = {};
  for (const paper of ['A4', 'Letter']) {
    pages[paper] = pdfPages(await page.pdf({ format: paper, printBackground: true }));
    assert.ok(pages[paper] >= 1 && pages[paper] <= 2, `${paper}: ${pages[paper]} pages`);
  }
  await page.emulateMedia({ media: 'screen' });
  return pages;
}

// The longest report: split answers (three drivers each way), borderline, and the note on a fast run.
const LONGEST = h.answersFor([0, 0, 1, 10, 10, 10, 8, 7, 7, 7, 7, 8, 7, 7, 8]);
const RUNS = [...Object.entries(ANSWERS).map(([band, answers]) => [`a ${band} result`, answers, 180000]),
  ['a split, borderline result answered fast (the longest report)', LONGEST, 20000]];

for (const [name, answers, elapsedMs] of RUNS) {
  test(`the printed report of ${name} has everything and no controls, on at most 2 A4 and Letter pages`,
    { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
      const saved = JSON.stringify({ ...JSON.parse(progress(answers, h.STATEMENTS - 1)), elapsedMs });
      await load(page, url, { storage: { [h.PROGRESS_KEY]: saved } });
      await h.button(page, 'Continue').click();
      await h.openQuestion(page, h.STATEMENTS);
      await h.button(page, 'See my result').click();
      await h.visible(page.getByTestId('total-score'));
      if (answers === LONGEST) {
        assert.equal(await page.getByTestId('shape').getAttribute('data-shape'), 'split');
        assert.equal(await page.getByTestId('quality-note').getAttribute('data-quality'), 'fast');
        assert.equal(await page.getByTestId('drivers').locator('[data-item]').count(), 6);
      }
      const pages = await expectReport(page, answers, { shared: false });
      t.diagnostic(`${name}: ${pages.A4} A4 page(s), ${pages.Letter} Letter page(s)`);
    }));
}

test('the printed report of a shared result has everything and no controls, on at most 2 A4 and Letter pages',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    await page.goto(`${url}#r=${engine.encodeShare('', ANSWERS.both).code}`);
    await h.visible(page.getByRole('heading', { name: 'Shared result', level: 1 }));
    const pages = await expectReport(page, ANSWERS.both, { shared: true });
    t.diagnostic(`shared result: ${pages.A4} A4 page(s), ${pages.Letter} Letter page(s)`);
  }));
