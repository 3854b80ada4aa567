// Every feature with the keyboard alone: Tab, Shift+Tab, Enter, Space and the arrow keys, no mouse
// and no digit shortcuts. A person takes the questionnaire twice, copies a share link (and the
// copied link opens the same result), downloads the result as JSON and CSV, opens History,
// compares the two results, deletes one, opens the team view with example data and goes back.
// Along the way the focused control always shows a visible focus indicator.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const h = require('./harness');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const FIRST = h.answersFor([3, 8, 7, 2, 9, 4, 6, 1, 10, 5, 0, 7, 3, 8, 6]);   // 79: Both
const SECOND = h.answersFor([9, 8, 10, 7, 9, 6, 8, 10, 9, 7, 8, 9, 10, 6, 8]); // 124: Mastery
const CSV_HEADER = 'id,total,band,impact,energy,style,life,growth,shape,margin,error';
const S = () => h.pageStrings().S;
const shown = (result) => ({ total: result.total, band: result.band.id });

/** Shift+Tab until `locator` has focus. */
async function shiftTabTo(page, locator, maxPresses = 20) {
  for (let i = 0; i < maxPresses; i++) {
    if (await h.isFocused(locator)) return;
    await page.keyboard.press('Shift+Tab');
  }
  assert.ok(await h.isFocused(locator), `Shift+Tab never reached ${locator}`);
}

/** The focused element, or the element that draws its focus ring, shows an outline or a shadow. */
async function expectVisibleFocus(page, what) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    // A radio is hidden under its number: the number's box draws the ring; a file input's label does.
    const drawn = el.matches('.option input') ? el.nextElementSibling : el.matches('.file-input') ? el.closest('.file') : el;
    const style = getComputedStyle(drawn);
    return { tag: el.outerHTML.slice(0, 80), outline: `${style.outlineStyle} ${style.outlineWidth}`, shadow: style.boxShadow };
  });
  const outlined = !ring.outline.startsWith('none') && parseFloat(ring.outline.split(' ')[1]) >= 2;
  assert.ok(outlined || ring.shadow !== 'none', `${what} shows its focus (${JSON.stringify(ring)})`);
}

/** From the statement's heading: Tab into the scale, Space picks the first value, arrows move to `value`. */
async function answerWithArrows(page, n, value) {
  await h.openQuestion(page, n);
  await h.tabTo(page, h.radio(page, n, 0), 3);
  await page.keyboard.press('Space');
  await h.expectAnswer(page, n, 0);
  // The arrows wrap around the scale: go whichever way is shorter.
  const right = value <= 5;
  for (let i = 0; i < (right ? value : 11 - value); i++) await page.keyboard.press(right ? 'ArrowRight' : 'ArrowLeft');
  await h.expectAnswer(page, n, value);
  assert.ok(await h.isFocused(h.radio(page, n, value)), 'focus stays on the answer');
}

async function takeQuestionnaire(page, answers, { checkFocus = false } = {}) {
  for (let n = 1; n <= answers.length; n++) {
    await answerWithArrows(page, n, answers[n - 1]);
    if (checkFocus && n === 1) await expectVisibleFocus(page, 'a radio of the scale');
    if (n < answers.length) {
      await page.keyboard.press('Enter');  // Enter on the scale goes to the next statement
    } else {
      await h.tabTo(page, h.button(page, 'See my result'));
      if (checkFocus) await expectVisibleFocus(page, 'the See my result button');
      await page.keyboard.press('Enter');
    }
  }
}

async function press(page, locator, key = 'Enter') {
  await h.visible(locator);
  await h.tabTo(page, locator);
  await page.keyboard.press(key);
}

async function download(page, name) {
  const locator = h.button(page, name);
  await h.tabTo(page, locator);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('keyboard only, every feature: quiz, share link, JSON and CSV, history, compare, delete, team view',
  { timeout: 90000 }, (t) => h.withPage(t, async ({ page, context, url }) => {
    const first = engine.score('', FIRST, -1);
    const second = engine.score('', SECOND, -1);
    assert.deepStrictEqual([first.total, first.band.id, second.total, second.band.id], [79, 'both', 124, 'mastery']);

    await page.goto(url);
    const startButton = h.button(page, 'Start');
    await press(page, startButton);
    await takeQuestionnaire(page, FIRST, { checkFocus: true });
    await h.expectResult(page, shown(first));
    await h.eventually(async () => assert.ok(await h.isFocused(page.getByRole('heading', { name: 'Your result' })),
      'focus on the result heading'));

    // Copy share link: the clipboard holds a link that opens the same result.
    await press(page, h.button(page, 'Copy share link'));
    await expectVisibleFocus(page, 'the Copy share link button');
    await h.visible(page.getByRole('status').getByText(S().linkCopied, { exact: true }));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /#r=[^#\s]+$/, `the copied link: ${link}`);
    const shared = await context.newPage();
    await shared.goto(link);
    await h.visible(shared.getByRole('heading', { name: 'Shared result', exact: true }));
    await h.expectResult(shared, shown(first));
    await shared.close();
    await page.bringToFront();

    // Download CSV, then Shift+Tab back to Download JSON.
    const csv = await download(page, 'Download CSV');
    assert.match(csv.name, /^crossroads-result-\d{4}-\d\d-\d\d\.csv$/);
    const [header, row] = csv.text.trim().split(/\r?\n/);
    assert.equal(header, CSV_HEADER, 'the CLI\'s CSV header');
    assert.deepStrictEqual(row.split(',').slice(0, 3), ['me', String(first.total), first.band.id]);
    await shiftTabTo(page, h.button(page, 'Download JSON'));
    const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
    assert.equal(file.format, 'crossroads-result');
    assert.equal(file.result.total, first.total, 'the same total');
    assert.deepStrictEqual(file.answers, FIRST);

    // A second attempt, so that History has two results to compare.
    await press(page, h.button(page, 'Retake'));
    await takeQuestionnaire(page, SECOND);
    await h.expectResult(page, shown(second));

    await press(page, h.button(page, 'History'));
    await h.visible(page.getByRole('heading', { name: 'History', exact: true, level: 1 }));
    const items = page.getByRole('main').getByRole('listitem');
    await h.eventually(async () => assert.equal(await items.count(), 2));
    const boxes = page.getByRole('main').getByRole('checkbox');
    await press(page, boxes.nth(0), 'Space');
    await expectVisibleFocus(page, 'a history checkbox');
    await press(page, boxes.nth(1), 'Space');
    assert.deepStrictEqual([await boxes.nth(0).isChecked(), await boxes.nth(1).isChecked()], [true, true]);
    await press(page, h.button(page, 'Compare'));
    await h.visible(page.getByRole('heading', { name: 'Compare results', exact: true }));
    const total = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) });
    assert.deepStrictEqual((await total.getByRole('cell').allTextContents()).map((c) => c.trim()),
      [`${first.total} / 150`, `${second.total} / 150`, `+${second.total - first.total}`], 'older first, then the change');
    await press(page, h.button(page, 'Back'));
    await h.visible(page.getByRole('heading', { name: 'History', exact: true, level: 1 }));

    // Delete the older result: the question comes with focus on "Yes, delete".
    const older = items.filter({ hasText: `${first.total} / 150` });
    await press(page, older.getByRole('button', { name: /^Delete / }));
    const yes = h.button(page, 'Yes, delete');
    await h.visible(yes);
    assert.ok(await h.isFocused(yes), 'focus on Yes, delete');
    await expectVisibleFocus(page, 'the Yes, delete button');
    await page.keyboard.press('Enter');
    await h.visible(page.getByRole('status').getByText(S().deleted, { exact: true }));
    await h.eventually(async () => assert.equal(await items.count(), 1));
    assert.match(await items.first().textContent(), new RegExp(`${second.total} / 150`));

    // Back to the result, then to Welcome (Retake, and Back from the first statement).
    await press(page, h.button(page, 'Back'));
    await h.expectResult(page, shown(second));
    await press(page, h.button(page, 'Retake'));
    await h.openQuestion(page, 1);
    await press(page, h.button(page, 'Back'));
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, level: 1 }));

    // The team view with example data, and back.
    const teamLink = page.getByRole('link', { name: 'Team view', exact: true });
    await h.tabTo(page, teamLink);
    await expectVisibleFocus(page, 'the Team view link');
    await page.keyboard.press('Enter');
    await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
    await press(page, h.button(page, 'Use example data'));
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^40$/ }));
    await h.visible(page.getByRole('table', { name: /^Each person/ }));
    await press(page, h.button(page, 'Back'));
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, level: 1 }));
    assert.doesNotMatch(page.url(), /#team/);
  }, { context: { permissions: ['clipboard-read', 'clipboard-write'] } }));
