// JSON files made to break a parser, as a stranger could send them: a questionnaire or a result
// file nested a million levels deep, with a key written twice (editors keep the last one, so
// the file would mean two things), or not in UTF-8. Each is refused with the engine's one problem, naming what is
// wrong and where; the page carries on, and the next good file works.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const h = require('./harness');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const S = () => h.pageStrings().S;
const TEAM_LEAD_FILE = path.join(h.ROOT, 'docs', 'examples', 'team-lead.json');
const MILLION = 1000000;
const jsonFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const deepArrays = () => '['.repeat(MILLION) + ']'.repeat(MILLION);
const deepObjects = () => '{"a":'.repeat(MILLION) + '1' + '}'.repeat(MILLION);

const QUESTIONNAIRES = [
  ['a million nested lists', deepArrays, /^lists and objects nested more than 64 levels deep \(line 1, column 65\)$/],
  ['a million nested objects', deepObjects, /^lists and objects nested more than 64 levels deep \(line 1, column \d+\)$/],
  ['a duplicate key', () => '{"format":1,"format":1}', /^duplicate key "format" in the top-level object \(line 1, column 21\)/],
];

for (const [name, make, message] of QUESTIONNAIRES) {
  test(`a questionnaire with ${name} is refused with one problem, and the page carries on`, { timeout: 60000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      const text = make();
      const { ok, problems } = engine.questionnaire(text);
      assert.equal(ok, false);
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, message);

      await page.goto(url);
      await h.visible(h.button(page, 'Start'));
      await page.getByLabel(S().useOwn, { exact: true }).setInputFiles(jsonFile('hostile.json', text));
      await h.visible(page.getByRole('alert').filter({ hasText: 'hostile.json' }));
      const shown = await page.getByRole('list').filter({ hasText: problems[0].message })
        .getByRole('listitem').allTextContents();
      assert.deepStrictEqual(shown, [`the file: ${problems[0].message}`]);

      // Still the built-in questionnaire, and a good file loads next.
      await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
      await page.getByLabel(S().useOwn, { exact: true }).setInputFiles(TEAM_LEAD_FILE);
      await h.visible(page.getByRole('heading', { name: 'Ready to lead a team?', exact: true }));
    }));
}

// A file can name a million unknown fields, each a problem; the page lists the first 100 and
// says how many more there are, rather than freezing on a list no one can read.
test('a questionnaire with 5,000 problems lists the first 100 and counts the rest', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const text = JSON.stringify(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field${i}`, i])));
    const { problems } = engine.questionnaire(text);
    assert.ok(problems.length > 5000, `${problems.length} problems`);
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await page.getByLabel(S().useOwn, { exact: true }).setInputFiles(jsonFile('wide.json', text));
    const list = page.getByRole('list').filter({ hasText: problems[0].message });
    await h.visible(list);
    const shown = await list.getByRole('listitem').allTextContents();
    assert.equal(shown.length, 101);
    assert.deepStrictEqual(shown.slice(0, 100), problems.slice(0, 100).map((p) => `${p.path || 'the file'}: ${p.message}`));
    // the count as the page writes numbers in English ("4,909")
    const { format, number } = h.pageStrings();
    assert.equal(shown[100], format(S().moreProblems, { count: number(problems.length - 100) }));
  }));

// file.text() would turn the byte into U+FFFD and the engine would accept what crossroads
// validate refuses; the page refuses it as the command line does.
test('a questionnaire saved in another encoding than UTF-8 is refused in words', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const latin1 = Buffer.concat([Buffer.from('{"format":1,"title":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await page.getByLabel(S().useOwn, { exact: true })
      .setInputFiles({ name: 'latin1.json', mimeType: 'application/json', buffer: latin1 });
    await h.visible(page.getByRole('alert').filter({ hasText: S().fileNotUtf8 }));
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
  }));

const exported = () => engine.exportResult('', h.answersFor(Array(15).fill(6)), 95, '2026-02-03T10:00:00.000Z');
const RESULTS = [
  ['a million nested lists', () => `{"format":"crossroads-result","extra":${deepArrays()}}`, 'nested more than 64 levels deep'],
  ['a duplicate key', () => exported().replace('{', '{"answers":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],'), 'duplicate key "answers"'],
];

for (const [name, make, problem] of RESULTS) {
  test(`a result file with ${name} is refused in words, and the page carries on`, { timeout: 60000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      const text = make();
      const read = engine.importResult('', text);
      assert.equal(read.ok, false);
      assert.ok(read.error.message.includes(problem), read.error.message);
      const sentence = h.pageStrings().errorText(read.error);

      await page.goto(url);
      await h.visible(h.button(page, 'Start'));
      await page.getByLabel(S().importResult, { exact: true }).setInputFiles(jsonFile('result.json', text));
      await h.visible(page.getByRole('alert').filter({ hasText: sentence }));
      assert.equal(await page.getByTestId('total-score').count(), 0, 'no result shown');

      // A good file still imports.
      await page.getByLabel(S().importResult, { exact: true }).setInputFiles(jsonFile('good.json', exported()));
      await h.expectResult(page, { total: 90, band: 'both' });
    }));
}
