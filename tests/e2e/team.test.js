// The team view (#team): a coach loads a team's answers, from a CSV file or from pasted share
// links, and reads how many people fall in each band, the borderline results and shapes, the
// spread of totals, the theme averages, a table of people and the rows that could not be scored.
// The native CLI (`crossroads score --csv`) and the engine under node say what the page must show.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const h = require('./harness');
const { loadEngine } = require('./oracle');
const { cli } = require('../wasm/support');

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

// The team view's own sentences: the TEAM section of web/src/strings.js.
const T = (() => {
  const file = path.join(h.ROOT, 'web', 'src', 'strings.js');
  const source = fs.readFileSync(file, 'utf8').replace(/^export\s+(?=const|function|let)/gm, '');
  return vm.runInNewContext(`${source}\n;TEAM;`, {}, { filename: file });
})();

const CSV_LABEL = 'CSV file (one person per row)';
const num = (n) => n.toLocaleString('en');
const bandTitle = (id) => h.QUESTIONNAIRE.bands.find((b) => b.id === id).title;
const HEADER = ['id', ...h.QUESTIONNAIRE.items.map((item) => item.id)].join(',');

function writeCsv(name, lines) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

// A fixed pseudo-random team: `count` rows of answers from 0 to 10.
function answerRows(count, seed = 7) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) % 11;
  return Array.from({ length: count }, () => Array.from({ length: h.STATEMENTS }, next));
}

// One line of CSV into fields (the CLI quotes fields holding commas or quotes).
function fields(line) {
  const out = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      for (i += 1; i < line.length; i += 1) {
        if (line[i] === '"' && line[i + 1] === '"') { value += '"'; i += 1; } else if (line[i] === '"') break;
        else value += line[i];
      }
      out.push(value);
      i += 2;
    } else {
      const end = line.indexOf(',', i) < 0 ? line.length : line.indexOf(',', i);
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

// What the CLI says about a CSV file: the scored people and the refused rows, in order.
function cliTruth(file, questionnaire = h.QUESTIONNAIRE, args = []) {
  const run = cli(['score', ...args, '--csv', file]);
  const [header, ...rows] = run.stdout.trim().split('\n').map(fields);
  const col = (name) => header.indexOf(name);
  const people = rows.filter((r) => r[col('error')] === '');
  const problems = rows.filter((r) => r[col('error')] !== '').map((r) => ({ id: r[0], message: r[col('error')] }));
  // The CLI exits 1 when it refused some rows (and still printed them all), 0 when it refused none.
  assert.equal(run.status, problems.length ? 1 : 0, run.stderr);
  const bands = Object.fromEntries(questionnaire.bands.map((b) => [b.id, people.filter((r) => r[col('band')] === b.id).length]));
  const shapes = {};
  for (const r of people) shapes[r[col('shape')]] = (shapes[r[col('shape')]] || 0) + 1;
  const themes = questionnaire.themes.map((theme) => ({ title: theme.title,
    average: (people.reduce((sum, r) => sum + Number(r[col(theme.id)]), 0) / people.length).toFixed(1) }));
  return { people: people.map((r) => ({ id: r[0], total: Number(r[col('total')]), band: r[col('band')] })),
    problems, bands, shapes, themes };
}

async function openTeam(page, url) {
  await page.goto(`${url}#team`);
  await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
  await h.visible(page.getByLabel(CSV_LABEL));
}

// The summary as a person reads it: the count, each band's count, borderline and shape counts.
async function summary(page) {
  const text = (locator) => locator.textContent().then((t) => t.trim());
  const out = { count: await text(page.getByTestId('team-count')), bands: {}, shapes: {} };
  for (const band of h.QUESTIONNAIRE.bands) {
    const card = page.getByTestId('band-count').filter({ hasText: band.title });
    out.bands[band.id] = await text(card.locator('.team-band-count'));
    assert.equal(await card.getAttribute('data-band'), band.id);
  }
  out.borderline = await text(page.getByTestId('borderline-count').locator('dd'));
  for (const [shape, { title }] of Object.entries(h.QUESTIONNAIRE.shapes)) {
    const item = page.getByTestId('shape-count').filter({ hasText: title });
    assert.equal(await item.getAttribute('data-shape'), shape);
    out.shapes[shape] = await text(item.locator('dd'));
  }
  return out;
}

// The rows of a table (found by its caption) as arrays of cell texts, header row excluded.
async function tableRows(page, caption) {
  const table = page.getByRole('table', { name: caption });
  await h.visible(table);
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) =>
    [...row.children].map((cell) => cell.textContent.trim())));
}

async function expectSummaryMatches(page, truth, scored) {
  const shown = await summary(page);
  assert.equal(shown.count, num(truth.people.length), 'people counted');
  for (const [band, n] of Object.entries(truth.bands)) assert.equal(shown.bands[band], num(n), `${band} count`);
  for (const shape of Object.keys(h.QUESTIONNAIRE.shapes)) {
    assert.equal(shown.shapes[shape], num(truth.shapes[shape] || 0), `${shape} count`);
  }
  const borderline = scored.rows.filter((r) => r.ok && r.borderline).length;
  assert.equal(shown.borderline, num(borderline), 'borderline count');
}

const TWENTY = (() => {
  const rows = answerRows(18).map((answers, i) => `p${i + 1},${answers.join(',')}`);
  // The answers given for these scored values (reversed statements from the other end).
  rows[0] = `p1,${h.answersFor([1, 0, 2, 1, 3, 0, 2, 1, 0, 2, 1, 3, 2, 1, 0]).join(',')}`;      // 19: Management
  rows[1] = `p2,${h.answersFor([10, 9, 10, 8, 9, 10, 7, 9, 10, 8, 9, 10, 9, 8, 10]).join(',')}`;  // Mastery
  rows[2] = `p3,${h.answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6]).join(',')}`;        // 97: Both, borderline
  return [HEADER, ...rows.slice(0, 5),
    `p-short,${[5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5].join(',')}`,               // 14 answers
    ...rows.slice(5, 12),
    `p-high,${[5, 5, 11, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5].join(',')}`,            // 11 is off the scale
    ...rows.slice(12)];
})();

test('a CSV file of 20 people, 2 of them bad: the counts match the CLI and the bad rows are listed with reasons', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const file = writeCsv('team-20.csv', TWENTY);
    const truth = cliTruth(file);
    assert.equal(truth.people.length, 18);
    assert.equal(truth.problems.length, 2);
    assert.ok(Object.values(truth.bands).every((n) => n > 0), `every band has someone: ${JSON.stringify(truth.bands)}`);

    await openTeam(page, url);
    assert.ok(await h.isFocused(page.getByRole('heading', { name: 'Team view', level: 1 })), 'focus on the heading');
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByTestId('team-count').filter({ hasText: '18' }));
    await h.visible(page.getByText('From team-20.csv', { exact: true }));
    await h.visible(page.getByText('18 people scored.', { exact: true }));
    await h.visible(page.getByText('2 rows could not be scored; they are listed below.', { exact: true }));
    await expectSummaryMatches(page, truth, engine.scoreCsv('', fs.readFileSync(file, 'utf8')));

    // The bad rows: the CLI's id (or line) and the engine's reason, word for word.
    const problems = await tableRows(page, T.problemsCaption);
    assert.deepStrictEqual(problems, truth.problems.map((p) => [p.id, p.message]));

    // The people: every scored row in input order, with the CLI's total and band.
    const people = await tableRows(page, T.peopleCaption);
    assert.deepStrictEqual(people.map(([id, total, band]) => [id, Number(total), band]),
      truth.people.map((p) => [p.id, p.total, bandTitle(p.band)]));
    const borderlineRow = people.find(([id]) => id === 'p3');
    assert.deepStrictEqual(borderlineRow.slice(4), ['4 from Mastery', 'Yes']);

    // Theme averages with the questionnaire's titles, one decimal.
    for (const theme of truth.themes) {
      const item = page.getByTestId('theme-average').filter({ hasText: theme.title });
      assert.match(await item.textContent(), new RegExp(`${theme.average.replace('.', '\\.')} / 30$`), theme.title);
    }

    // The spread: a picture named with the numbers, and the same numbers as text.
    const chart = page.getByRole('img', { name: /^Totals of 18 people, in steps of 10: 0–9: \d+;/ });
    await h.visible(chart);
    const label = await chart.getAttribute('aria-label');
    assert.match(label, /Bands: Management 0 to 49; Both 50 to 100; Mastery 101 to 150\.$/);
    const bins = label.match(/\d+–\d+: \d+/g);
    assert.equal(bins.length, 15);
    assert.equal(bins.reduce((sum, bin) => sum + Number(bin.split(': ')[1]), 0), 18);
    for (const bin of bins) await h.visible(page.getByText(bin, { exact: true }));
  }));

test('3 pasted share links and a broken one: 3 people counted, the broken link listed', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url, origin }) => {
    const answers = [
      [0, 1, 2, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],        // 30: Management
      [7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6],        // 97: Both, borderline
      [10, 10, 10, 10, 10, 8, 8, 8, 8, 8, 7, 7, 7, 7, 2],   // 120: Mastery
    ].map(h.answersFor);
    const links = answers.map((a) => `${origin}/#r=${engine.encodeShare('', a).code}`);
    const broken = `${links[1].slice(0, -4)}`;
    const refusal = engine.decodeShare('', broken.split('#r=')[1]);
    assert.equal(refusal.ok, false);

    await openTeam(page, url);
    await page.getByLabel('Share links (one per line)').fill([links[0], '', links[1], broken, `  ${links[2]}  `].join('\n'));
    await h.button(page, 'Score these links').click();
    await h.visible(page.getByTestId('team-count').filter({ hasText: '3' }));
    await h.visible(page.getByText('From pasted share links', { exact: true }));
    const shown = await summary(page);
    assert.deepStrictEqual(shown.bands, { management: '1', both: '1', mastery: '1' });
    assert.equal(shown.borderline, '1');
    const expected = answers.map((a) => engine.score('', a, -1));
    assert.deepStrictEqual(shown.shapes, Object.fromEntries(Object.keys(h.QUESTIONNAIRE.shapes)
      .map((shape) => [shape, String(expected.filter((r) => r.shape === shape).length)])));

    const people = await tableRows(page, T.peopleCaption);
    assert.deepStrictEqual(people.map(([id, total, band]) => [id, Number(total), band]),
      [['Link 1', 30, 'Management'], ['Link 2', 97, 'Both'], ['Link 4', 120, 'Mastery']]);
    assert.deepStrictEqual(await tableRows(page, T.problemsCaption), [['Link 3', refusal.error.message]]);
  }));

test('from the welcome screen by keyboard: Team view, example data, print without controls, and back', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    const link = page.getByRole('link', { name: 'Team view', exact: true });
    await h.tabTo(page, link);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Team view', level: 1 });
    await h.visible(heading);
    await h.eventually(async () => assert.ok(await h.isFocused(heading), 'focus moves to the heading'));
    assert.match(page.url(), /#team$/);
    assert.equal(await page.title(), 'Team view · Crossroads');

    // Nothing pasted yet: the page says what to do and puts the cursor in the field.
    await h.tabTo(page, h.button(page, 'Score these links'));
    await page.keyboard.press('Enter');
    await h.visible(page.getByText(T.noLinks, { exact: true }));
    assert.ok(await h.isFocused(page.getByLabel('Share links (one per line)')));

    await h.tabTo(page, h.button(page, 'Use example data'));
    await page.keyboard.press('Enter');
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^40$/ }));
    const people = await tableRows(page, T.peopleCaption);
    assert.equal(people.length, 40);
    await h.visible(page.getByRole('heading', { name: 'Theme averages' }));
    assert.equal(await page.getByTestId('theme-average').count(), h.QUESTIONNAIRE.themes.length);

    // Printed: the summary, chart and tables, and no controls.
    await page.emulateMedia({ media: 'print' });
    await h.visible(page.getByRole('heading', { name: 'The team' }));
    await h.visible(page.getByRole('img', { name: /^Totals of 40 people/ }));
    for (const control of ['Print summary', 'Back', 'Score these links', 'Use example data']) {
      assert.equal(await h.button(page, control).isVisible(), false, `${control} is not printed`);
    }
    assert.equal(await page.getByLabel(CSV_LABEL).isVisible(), false, 'the file input is not printed');
    await page.emulateMedia({ media: 'screen' });

    await h.tabTo(page, h.button(page, 'Back'));
    await page.keyboard.press('Enter');
    await h.visible(h.button(page, 'Start'));
    assert.doesNotMatch(page.url(), /#team/);
  }));

test('the team view passes an axe accessibility audit with results shown', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('team-20.csv', TWENTY));
    await h.visible(page.getByTestId('team-count').filter({ hasText: '18' }));
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))));
    assert.deepStrictEqual(violations, []);
  }));

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
    assert.deepStrictEqual(await tableRows(page, T.problemsCaption), truth.problems.map((p) => [p.id, p.message]));
    await expectSummaryMatches(page, truth, engine.scoreCsv('', fs.readFileSync(file, 'utf8')));
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
    assert.ok(await page.locator('tr').count() <= 202, 'only a page of the table is in the document');
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

test('with your own questionnaire (team-lead.json): the team view reads and scores CSV files in its format', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const own = path.join(h.ROOT, 'docs', 'examples', 'team-lead.json');
    const q = JSON.parse(fs.readFileSync(own, 'utf8'));
    const file = writeCsv('team-lead.csv', ['name,a,b,c,d,e,f', 'ann,1,2,1,2,5,1', 'bob,5,5,5,4,1,5', 'cat,3,3,3,3,3,3',
      'dan,2,2,1,1,4,2', 'eve,4,4,5,5,2,4', 'fay,1,2,3', 'gus,2,9,2,2,2,2']);
    const truth = cliTruth(file, q, ['--questionnaire', own]);
    assert.equal(truth.problems.length, 2);

    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await page.getByLabel('Use your own questionnaire (JSON)', { exact: true }).setInputFiles(own);
    await h.visible(page.getByRole('heading', { name: q.title, level: 1 }));
    await page.getByRole('link', { name: 'Team view', exact: true }).click();
    await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
    await h.visible(page.getByText(`the ${q.items.length} answers from ${q.scale.min} to ${q.scale.max}`, { exact: false }));
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByTestId('team-count').filter({ hasText: String(truth.people.length) }));
    for (const band of q.bands) {
      const card = page.getByTestId('band-count').filter({ hasText: band.title });
      assert.equal(await card.getAttribute('data-count'), String(truth.bands[band.id]), band.title);
    }
    assert.equal(await page.getByTestId('band-count').count(), q.bands.length);
    for (const theme of truth.themes) {
      const item = page.getByTestId('theme-average').filter({ hasText: theme.title });
      assert.match(await item.textContent(), new RegExp(`${theme.average.replace('.', '\\.')} / 15$`), theme.title);
    }
    assert.deepStrictEqual(await tableRows(page, T.problemsCaption), truth.problems.map((p) => [p.id, p.message]));
    await h.visible(page.getByRole('img', { name: new RegExp(`^Totals of ${truth.people.length} people, in steps of 2: 6–7: `) }));
  }));

test('opened from disk (file://): the team view loads a CSV file', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    assert.match(url, /^file:/);
    const file = writeCsv('team-20.csv', TWENTY);
    const truth = cliTruth(file);
    await openTeam(page, url);
    await page.getByLabel(CSV_LABEL).setInputFiles(file);
    await h.visible(page.getByTestId('team-count').filter({ hasText: '18' }));
    await expectSummaryMatches(page, truth, engine.scoreCsv('', fs.readFileSync(file, 'utf8')));
  }, { file: true }));

test('offline after a first visit: the team view and its engine tools come from the service worker', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, context, url }) => {
    // The service worker starts once the engine has loaded: here, for the team view.
    await openTeam(page, url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const controlled = () => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await h.eventually(async () => assert.ok(await controlled(), 'the service worker controls the page'));

    await context.setOffline(true);
    await page.reload();
    await h.visible(h.button(page, 'Start'));
    await page.getByRole('link', { name: 'Team view' }).click();
    await h.visible(page.getByLabel(CSV_LABEL));
    await page.getByLabel(CSV_LABEL).setInputFiles(writeCsv('team-20.csv', TWENTY));
    await h.visible(page.getByTestId('team-count').filter({ hasText: '18' }));
    await context.setOffline(false);
  }));
