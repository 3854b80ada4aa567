// Importing a result file: the page's own Download JSON reads back as a read-only "Imported result"
// that can be added to history; a broken file shows the sentence strings.js has for the engine's
// error code, never a crash. The engine under node is the oracle.
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

const IMPORT_LABEL = 'Import a result (JSON)';
const ANSWERS = h.answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6]);  // 97: Both, borderline
const TEAM_LEAD_FILE = path.join(h.ROOT, 'docs', 'examples', 'team-lead.json');
const TEAM_LEAD_TEXT = fs.readFileSync(TEAM_LEAD_FILE, 'utf8');
const jsonFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

// Takes the questionnaire, downloads the result as JSON and returns the file's text.
async function takeAndDownload(page, url) {
  await page.goto(url);
  await h.start(page);
  await h.answerByMouse(page, ANSWERS);
  await h.expectResult(page, { total: 97, band: 'both' });
  const [download] = await Promise.all([page.waitForEvent('download'), h.button(page, 'Download JSON').click()]);
  assert.match(download.suggestedFilename(), /^crossroads-result-\d{4}-\d\d-\d\d\.json$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text);
  assert.equal(file.format, 'crossroads-result');
  assert.deepStrictEqual(file.answers, ANSWERS);
  assert.equal(file.result.total, 97);
  return text;
}

// Tabs to a file input and opens its chooser with Space. If the screen is drawn again between the
// Tab and the Space (focus then goes back to its heading), no chooser opens: Tab and press again,
// rather than fail on a race the person would not notice (they would press again too).
async function chooseByKeyboard(page, input) {
  for (let attempt = 1; ; attempt++) {
    await h.tabTo(page, input);
    try {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 3000 }),
        page.keyboard.press('Space')]);
      return chooser;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function importAndAdd(page, text) {
  await h.button(page, 'History').click();
  await h.visible(page.getByRole('heading', { name: 'History', exact: true }));
  assert.equal(await page.getByRole('main').getByRole('listitem').count(), 1, 'the result just taken');
  // By keyboard: Tab to the file input, Space opens the file chooser.
  const chooser = await chooseByKeyboard(page, page.getByLabel(IMPORT_LABEL, { exact: true }));
  await chooser.setFiles(jsonFile('my-result.json', text));

  const heading = page.getByRole('heading', { name: 'Imported result', exact: true, level: 1 });
  await h.visible(heading);
  await h.eventually(async () => assert.ok(await h.isFocused(heading), 'focus on the new heading'));
  await h.expectResult(page, { total: 97, band: 'both' });
  await h.visible(page.getByRole('heading', { name: 'Why this result', exact: true }));
  assert.equal(await h.button(page, 'Retake').count(), 0, 'read-only: nothing to retake');
  assert.equal(JSON.parse(await h.storage(page, h.HISTORY_KEY)).entries.length, 1, 'not in history until added');

  await h.button(page, 'Add to my history').click();
  await h.visible(page.getByRole('heading', { name: 'History', exact: true }));
  await h.visible(page.getByRole('status').filter({ hasText: h.pageStrings().S.added }));
  const rows = await page.getByRole('main').getByRole('listitem').allTextContents();
  assert.equal(rows.length, 2);
  for (const row of rows) assert.match(row, /97 \/ 150 · Both/);
  const entries = JSON.parse(await h.storage(page, h.HISTORY_KEY)).entries;
  assert.equal(entries.length, 2);
  assert.deepStrictEqual(entries[1].answers, ANSWERS);
  assert.deepStrictEqual(entries[1].questionnaire, { id: h.QUESTIONNAIRE.id, version: h.QUESTIONNAIRE.version });
}

test('Download JSON, then import that file on the History screen and add it to history', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const text = await takeAndDownload(page, url);
    await importAndAdd(page, text);
  }));

test('opened from disk (file://): download and import work too', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const text = await takeAndDownload(page, url);
    await importAndAdd(page, text);
  }, { file: true }));

// A valid export to break in different ways.
const exported = () => engine.exportResult('', ANSWERS, 95, '2026-02-03T10:00:00.000Z');
const BROKEN = [
  ['not JSON', () => 'this is not JSON at all {'],
  ['JSON in the wrong format', () => JSON.stringify({ format: 'something-else', version: 1, answers: ANSWERS })],
  ['an answer out of range', () => { const f = JSON.parse(exported()); f.answers[2] = 42; return JSON.stringify(f); }],
  ['too few answers', () => { const f = JSON.parse(exported()); f.answers.pop(); return JSON.stringify(f); }],
  ['a result of another questionnaire', () => engine.exportResult(TEAM_LEAD_TEXT, [1, 2, 3, 4, 5, 1], -1, '2026-02-03')],
];

for (const [name, make] of BROKEN) {
  test(`a file with ${name} shows what is wrong, and the page carries on`, { timeout: 30000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      const text = make();
      const read = engine.importResult('', text);
      assert.equal(read.ok, false, 'the engine refuses this file');
      const sentence = h.pageStrings().errorText(read.error);
      await page.goto(url);
      await h.visible(h.button(page, 'Start'));
      await page.getByLabel(IMPORT_LABEL, { exact: true }).setInputFiles(jsonFile('broken.json', text));
      await h.visible(page.getByRole('alert').filter({ hasText: sentence }));
      if (read.error.item) assert.ok(sentence.includes(String(read.error.item)), `names the statement: ${sentence}`);
      assert.equal(await page.getByTestId('total-score').count(), 0, 'no result shown');
      await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
      await h.start(page);  // still works
    }));
}

test('a result of an own questionnaire imports while that questionnaire is loaded', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const answers = [1, 2, 3, 4, 5, 1];
    const text = engine.exportResult(TEAM_LEAD_TEXT, answers, 60, '2026-02-03T10:00:00.000Z');
    const expected = engine.score(TEAM_LEAD_TEXT, answers, 60);
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await page.getByLabel('Use your own questionnaire (JSON)', { exact: true }).setInputFiles(TEAM_LEAD_FILE);
    await h.visible(page.getByRole('heading', { name: JSON.parse(TEAM_LEAD_TEXT).title, exact: true }));
    // Back on the built-in questionnaire, the stored own questionnaire still reads its results.
    await h.button(page, 'Use the Crossroads questionnaire').click();
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
    await page.getByLabel(IMPORT_LABEL, { exact: true }).setInputFiles(jsonFile('team-lead-result.json', text));
    await h.visible(page.getByRole('heading', { name: 'Imported result', exact: true }));
    assert.equal((await page.getByTestId('total-score').textContent()).trim(), String(expected.total));
    assert.equal(await page.getByTestId('band').getAttribute('data-band'), expected.band.id);
    await h.button(page, 'Add to my history').click();
    const entries = JSON.parse(await h.storage(page, h.HISTORY_KEY)).entries;
    assert.deepStrictEqual(entries.map((e) => e.questionnaire), [{ id: 'team-lead-check', version: 1 }]);
    await h.visible(page.getByRole('main').getByRole('listitem').filter({ hasText: `${expected.total} / 30` }));
  }));
