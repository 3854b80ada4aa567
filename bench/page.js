// The page in headless Chromium: what a first visit downloads, how soon the first statement can be
// answered (alone, and against the SurveyJS peer of ../shared/bench), and the team view on large
// CSV files.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { root, dist, work, median, gz, kb, report, respondents, startServer, launchBrowser } = require('./common.js');

// Records, from navigation start, when the first statement's radio group is in the page.
const WATCH_FIRST_STATEMENT = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[role=radiogroup] input[type=radio]')) {
      window.__firstStatement = performance.now();
      window.__firstStatementAt = Date.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** Opens the page cold (statement 1 is on Welcome); returns the files requested until it can be answered. */
async function firstVisit(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(WATCH_FIRST_STATEMENT);
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push({ name: new URL(r.url()).pathname.replace(/^\/$/, '/index.html'), at: Date.now() }));
  await page.goto(url);
  await page.locator('[role=radiogroup] input[type=radio]').first().waitFor({ state: 'attached' });
  const { ms, at } = await page.evaluate(() => ({ ms: window.__firstStatement, at: window.__firstStatementAt }));
  const files = fetched.filter((r) => r.at <= at).map((r) => r.name);  // by the same wall clock
  await context.close();
  return { files, ms };
}

function firstVisitBytes(files) {
  let total = 0;
  for (const name of [...new Set(files)].sort()) {
    const file = path.join(dist, name);
    if (!fs.existsSync(file)) continue;
    const bytes = gz(file);
    total += bytes;
    report(`first visit: ${name.slice(1)} (gzip -9)`, `${kb(bytes)} KB`);
  }
  report('first visit: total until the first statement is answerable (gzip -9)', `${kb(total)} KB`);
  // Off the first visit: fetched when needed, or in the background once a statement shows. (The
  // first visit's own language, lang/<code>.js, is among the files requested above.)
  const later = ['engine.wasm', 'engine.js', 'print.css', 'team.js', 'lang/en-team.js']
    .map((name) => `${name} ${kb(gz(path.join(dist, name)))} KB`);
  report('loaded when needed (gzip -9)', later.join(', '));
}

// ../shared/bench/compare.mjs, copied to build/peer-bench and installed there on first use.
function peerRatio() {
  const bench = path.join(root, 'build', 'peer-bench');
  const shared = path.join(root, '..', 'shared', 'bench');
  if (!fs.existsSync(path.join(bench, 'node_modules', 'playwright-core'))) {
    if (!fs.existsSync(shared)) return report('first statement against SurveyJS', 'skipped (no ../shared/bench)');
    fs.cpSync(shared, bench, { recursive: true });
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: bench, stdio: 'inherit' });
    if (install.status !== 0) return report('first statement against SurveyJS', 'skipped (npm install failed)');
  }
  const run = spawnSync('node', ['compare.mjs', dist, '11'], { cwd: bench, encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop();
  let out;
  try {
    out = JSON.parse(line);
  } catch {
    return report('first statement against SurveyJS', `failed: ${run.stderr.slice(0, 200)}`);
  }
  report('first statement answerable, ratio to the SurveyJS peer (compare.mjs, median of 11 alternating)',
    `${out.ratio_ms_median} (${out.project.median_ms} ms against ${out.surveyjs.median_ms} ms)`);
  report('first visit, bytes as served gzip, ratio to the SurveyJS peer',
    `${out.ratio_bytes} (${kb(out.project.bytes)} KB against ${kb(out.surveyjs.bytes)} KB)`);
}

/**
 * setInputFiles to the count shown, for a CSV of `count` rows; median of 3, each in a fresh page.
 * Twice: right after the team view opens (the WebAssembly still runs its first, baseline-compiled
 * code while the browser optimises it in the background), and with the view open for a second,
 * as when a person picks a file in the file dialog.
 */
const PERSON_PICKS_FILE_MS = 1000;
async function teamView(browser, url, count) {
  const file = path.join(work, `team-${count}.csv`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, respondents(count));
  for (const wait of [0, PERSON_PICKS_FILE_MS]) {
    const times = [];
    for (let i = 0; i < 3; i += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${url}#team`);
      const input = page.getByLabel(/CSV file/i);
      await input.waitFor({ timeout: 10000 });
      if (wait) await page.waitForTimeout(wait);
      const start = Date.now();
      await input.setInputFiles(file);
      await page.getByTestId('team-count').filter({ hasText: count.toLocaleString('en') })
        .waitFor({ timeout: 60000 });
      times.push(Date.now() - start);
      await context.close();
    }
    const when = wait ? `the view open ${wait / 1000} s` : 'right after the view opens';
    report(`team view: load and render ${count.toLocaleString('en')} CSV rows, ${when} (median of 3)`,
      `${median(times)} ms`);
  }
}

async function benchPage() {
  fs.mkdirSync(work, { recursive: true });
  const server = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const visits = [];
    for (let i = 0; i < 9; i += 1) visits.push(await firstVisit(browser, server.url));
    firstVisitBytes(visits[0].files);
    report('page: navigation to statement 1 answerable on Welcome (median of 9, cold cache)',
      `${median(visits.map((v) => v.ms)).toFixed(0)} ms`);
    for (const count of [10000, 100000]) await teamView(browser, server.url, count);
  } finally {
    await browser.close();
    await server.close();
  }
  peerRatio();
}

module.exports = benchPage;
if (require.main === module) {
  benchPage().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
