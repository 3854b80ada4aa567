// The source is credited: "About this questionnaire" is reachable from Welcome (by mouse and by
// keyboard), names Mike Hawkins and his article "Management vs Mastery", says it is not a validated
// psychometric test, and Back returns to Welcome. The result screen and the printed report carry the
// credit line.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const { ANSWERS, load, progress } = require('./screens');

test.before(h.setup);
test.after(h.teardown);

const S = () => h.pageStrings().S;
const Q = h.QUESTIONNAIRE;

async function expectAbout(page) {
  const heading = page.getByRole('heading', { name: S().aboutHeading, exact: true, level: 1 });
  await h.visible(heading);
  await h.eventually(async () => assert.ok(await h.isFocused(heading), 'focus on the heading'));
  assert.equal(await page.title(), `${S().aboutHeading} · Crossroads`);
  const text = await page.getByRole('main').textContent();
  for (const words of ['Mike Hawkins', '“Management vs Mastery”', 'not a validated psychometric test']) {
    assert.ok(text.includes(words), `About says "${words}"`);
  }
  for (const paragraph of Q.about) await h.visible(page.getByText(paragraph, { exact: true }));
}

async function expectWelcome(page) {
  const heading = page.getByRole('heading', { name: Q.title, exact: true, level: 1 });
  await h.visible(heading);
  await h.visible(h.button(page, 'Start'));
}

test('About this questionnaire: from Welcome, credits the source, says what it is not, and Back returns', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await expectWelcome(page);
    await h.button(page, S().about).click();
    await expectAbout(page);
    assert.equal(await page.getByRole('radiogroup').count(), 0);
    await h.button(page, 'Back').click();
    await expectWelcome(page);
  }));

test('About this questionnaire by keyboard: Tab to it, Enter, then Tab to Back and Enter', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await expectWelcome(page);
    await h.tabTo(page, h.button(page, S().about));
    await page.keyboard.press('Enter');
    await expectAbout(page);
    await h.tabTo(page, h.button(page, 'Back'));
    await page.keyboard.press('Enter');
    await expectWelcome(page);
    await h.eventually(async () => assert.ok(await h.isFocused(page.getByRole('heading', { name: Q.title, level: 1 }))));
  }));

test('the result screen and its printed report carry the credit line', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    assert.ok(Q.credit.includes('Mike Hawkins') && Q.credit.includes('“Management vs Mastery”'), Q.credit);
    await load(page, url, { storage: { [h.PROGRESS_KEY]: progress(ANSWERS.both, h.STATEMENTS - 1) } });
    await h.button(page, 'Continue').click();
    await h.openQuestion(page, h.STATEMENTS);
    await h.button(page, 'See my result').click();
    await h.expectResult(page, { total: 97, band: 'both' });
    const credit = page.getByTestId('credit');
    await h.visible(credit);
    assert.equal((await credit.textContent()).trim(), Q.credit);

    await page.emulateMedia({ media: 'print' });
    assert.ok(await credit.isVisible(), 'the credit is printed');
    assert.ok(await page.getByRole('heading', { name: S().answersHeading, exact: true }).isVisible(), 'this is the report');
    await page.emulateMedia({ media: 'screen' });
  }));

test('a shared result carries the credit line too', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.start(page);
    await h.answerByMouse(page, ANSWERS.mastery);
    await h.expectResult(page, { total: 120, band: 'mastery' });
    await h.visible(page.getByTestId('credit').filter({ hasText: Q.credit }));
    await h.button(page, 'Copy share link').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await page.goto('about:blank');
    await page.goto(link);
    await h.visible(page.getByRole('heading', { name: 'Shared result', exact: true }));
    await h.visible(page.getByTestId('credit').filter({ hasText: Q.credit }));
  }, { context: { permissions: ['clipboard-read', 'clipboard-write'] } }));
