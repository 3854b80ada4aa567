// The team view with big CSV files: 10,000 rows load quickly, every row of a big file keeps the id
// and line the CLI gives it, 100,000 rows show a progress bar while the page keeps responding, and
// Stop ends a long load. The native CLI and the engine under node say what the page must show.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./harness');
const { loadEngine } = require('./oracle');
const { T, CSV_LABEL, num, HEADER, writeCsvIn, answerRows, cliTruth, openTeam, tableRows,
  expectSummaryMatches, problemRows } = require('./team_support');

let engine;
let dir;
test.before(async () => {
  engine = await loadEngine();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-team-'));
  await h.setup();
});
test.after(async () => {
  await h.teardown();
  fs.rmSync(dir, { recursive: true, force: true });
});

const writeCsv = (name, lines) => writeCsvIn(dir, name, lines);

test('10,000 CSV rows load and render quickly', { timeout: 120000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const file = writeCsv('team-10k.csv', [HEADER, ...answerRows(10000).map((a, i) => `p${i},${a.join(',')}`)]);
    const truth = cliTruth(file);
    await openTeam(page, url);
    const start = Date.now();
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByTestId('team-count').filter({ hasText: '10,000' }), 30000);
    const ms = Date.now() - start;
    t.diagnostic(`10,000 rows: file chosen to count shown in ${ms} ms`);
    assert.ok(ms < 5000, `took ${ms} ms`);
    await expectSummaryMatches(page, truth, engine.scoreCsv('', fs.readFileSync(file, 'utf8')));

    // Only a page of the table is in the document; Show more adds the next page.
    assert.equal((await tableRows(page, T.peopleCaption)).length, 200);
    await h.visible(page.getByText('Showing 200 of 10,000.', { exact: true }));
    await h.button(page, 'Show 200 more').click();
    await h.visible(page.getByText('Showing 400 of 10,000.', { exact: true }));
    const rows = await tableRows(page, T.peopleCaption);
    assert.deepStrictEqual(rows[399].slice(0, 2), [truth.people[399].id, String(truth.people[399].total)]);
  }));

test('a big file without ids, bad rows in later chunks: every row keeps the id and line the CLI gives it', { timeout: 120000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    // The page scores a long file in chunks (the first is 500 lines); odd lines go where chunks may start.
    const lines = [HEADER.split(',').slice(1).join(','), ...answerRows(12000, 11).map((a) => a.join(','))];
    const words = Array(h.STATEMENTS).fill('x').join(',');   // no number in it: looks like a header
    for (let i = 500; i < lines.length; i += 500) {
      lines[i] = words;
      lines[i + 1] = '';                                     // a blank line: skipped, but counted
    }
    for (let i = 1250; i < lines.length; i += 1250) lines[i] = '1,2,3';
    lines[7777] = `${lines[7777]},9`;                        // 16 values: read as an id and 15 answers
    lines[11999] = lines[11999].replace(/^\d+/, '12');      // off the scale
    const file = writeCsv('team-12k-no-ids.csv', lines);
    const truth = cliTruth(file);
    assert.ok(truth.problems.length >= 25, `${truth.problems.length} bad rows`);

    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByTestId('team-count').filter({ hasText: num(truth.people.length) }), 30000);
    const scored = engine.scoreCsv('', fs.readFileSync(file, 'utf8'));
    assert.deepStrictEqual(await tableRows(page, T.problemsCaption), problemRows(truth, scored));
    await expectSummaryMatches(page, truth, scored);
  }));

test('100,000 CSV rows: a progress bar, the page keeps responding, and all 100,000 are counted', { timeout: 180000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const file = writeCsv('team-100k.csv', [HEADER, ...answerRows(100000, 3).map((a, i) => `p${i},${a.join(',')}`)]);
    const truth = cliTruth(file);
    await openTeam(page, url);
    // What the page did while it loaded, by its own clock: a timer that notes the longest stretch
    // it could not run (the longest the page froze), every progress the bar showed, when a click
    // was handled and when the count appeared.
    await page.evaluate(() => {
      const seen = { longest: 0, progress: [], clicks: [], done: null };
      window.__seen = seen;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        seen.longest = Math.max(seen.longest, now - last);
        last = now;
      }, 10);
      document.addEventListener('click', (event) => seen.clicks.push([performance.now(), event.target.textContent]), true);
      new MutationObserver(() => {
        const bar = document.querySelector('[role=progressbar][aria-valuenow]');
        const text = bar && bar.getAttribute('aria-valuetext');
        if (text && text !== seen.progress[seen.progress.length - 1]) seen.progress.push(text);
        if (seen.done === null && document.querySelector('[data-testid=team-count]')) seen.done = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    // While it loads, a pointer click on a button is handled at once (before the count is there).
    // The window is tall enough that nothing scrolls, so the button stays where it was measured.
    const box = await h.button(page, 'Score these links').boundingBox();
    const start = Date.now();
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await page.evaluate(() => { window.__seen.chosen = performance.now(); });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const bar = page.getByRole('progressbar', { name: T.progress });

    await h.visible(page.getByTestId('team-count').filter({ hasText: '100,000' }), 120000);
    const ms = Date.now() - start;
    const seen = await page.evaluate(() => window.__seen);
    t.diagnostic(`100,000 rows: ${ms} ms in all; the page's longest freeze ${Math.round(seen.longest)} ms; ` +
      `${seen.progress.length} progress steps`);
    assert.ok(seen.clicks.length === 1 && seen.chosen < seen.clicks[0][0] && seen.clicks[0][0] < seen.done &&
      seen.clicks[0][1] === 'Score these links',
      `the click was handled before the count showed: clicks at ${seen.clicks}, count at ${seen.done}`);
    const steps = seen.progress.filter((text) => /^\d+% · [\d,]+ of 100,001 lines$/.test(text));
    assert.ok(steps.length >= 3, `read in slices, the bar moving: ${seen.progress.join(' / ')}`);
    assert.ok(seen.longest < 1000, `the page froze for ${seen.longest} ms`);  // a sanity bound; typically under 100 ms
    assert.equal(await bar.count(), 0, 'the progress bar is gone');
    await expectSummaryMatches(page, truth, engine.scoreCsv('', fs.readFileSync(file, 'utf8')));
    // (the people table's rows: "How far to trust this" has a short table per scale of its own)
    assert.ok(await page.getByRole('table', { name: T.peopleCaption }).locator('tr').count() <= 202,
      'only a page of the table is in the document');
  }, { context: { viewport: { width: 1280, height: 4000 } } }));

// 300,000 rows: long enough a load for a person to reach Stop.
test('Stop ends a long load and shows the rows read so far', { timeout: 120000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const file = writeCsv('team-300k-stop.csv', [HEADER, ...answerRows(300000, 5).map((a, i) => `p${i},${a.join(',')}`)]);
    await openTeam(page, url);
    // The engine reads 300,000 rows in a few hundred milliseconds on a quiet machine, which can
    // end the load before the click below lands; a slower CPU (as on an old laptop) leaves time.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByRole('progressbar', { name: T.progress }));
    // A pointer click where Stop is, at once (the window is tall, so nothing scrolls).
    const box = await h.button(page, 'Stop').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const note = page.getByText(/^Stopped after [\d,]+ of 300,001 lines, so the results cover those lines only\.$/);
    await h.visible(note, 30000);
    const done = Number((await note.textContent()).match(/after ([\d,]+)/)[1].replace(/,/g, ''));
    assert.ok(done < 300001, `stopped early (${done} lines)`);
    assert.equal(await page.getByTestId('team-count').textContent(), num(done - 1), 'the header line plus the people read');
    assert.ok(await h.isFocused(page.getByRole('heading', { name: 'The team' })), 'the keyboard lands on the results');
  }, { context: { viewport: { width: 1280, height: 4000 } } }));
