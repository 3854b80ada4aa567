// The page in headless Chromium: first visit, first statement, team view.
'use strict';
const fs = require('fs');
const path = require('path');
const { root, dist, work, cli, median, gz, kb, report, respondents, startServer, launchBrowser } = require('./common.js');

async function benchPage() {
  const server = await startServer(dist);
  const browser = await launchBrowser();
  try {
    // Which files does a first visit fetch? Ask the browser, then size them from dist/.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const fetched = new Set();
    page.on('request', (r) => fetched.add(new URL(r.url()).pathname.replace(/^\/$/, '/index.html')));
    await page.goto(server.url);
    await page.getByRole('button', { name: /^(Start|Continue)$/ }).first().waitFor();
    await context.close();
    let total = 0;
    for (const name of [...fetched].sort()) {
      const file = path.join(dist, name);
      if (!fs.existsSync(file)) continue;
      const bytes = gz(file);
      total += bytes;
      report(`first load: ${name.slice(1)} (gzip -9)`, `${kb(bytes)} KB`);
    }
    report('first load: total (gzip -9)', `${kb(total)} KB`);

    // Navigation start to the engine loaded and the welcome screen shown (the page's own
    // performance mark), then Start to the first statement on screen, cold cache each time.
    const ready = [];
    const toStatement = [];
    for (let i = 0; i < 9; i += 1) {
      const ctx = await browser.newContext({ serviceWorkers: 'block' });
      const p = await ctx.newPage();
      await p.goto(server.url);
      await p.getByRole('button', { name: 'Start' }).waitFor();
      ready.push(await p.evaluate(() => performance.getEntriesByName('crossroads-ready')[0].startTime));
      toStatement.push(await p.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start').click();
        requestAnimationFrame(() => resolve(document.querySelector('[role=radiogroup]') ? performance.now() - t0 : NaN));
      })));
      await ctx.close();
    }
    report('page: navigation to engine ready and welcome shown (median of 9, cold cache)', `${median(ready).toFixed(0)} ms`);
    report('page: Start to first statement on screen (median of 9)', `${median(toStatement).toFixed(1)} ms`);
    report('page: navigation to first statement ready to answer', `${(median(ready) + median(toStatement)).toFixed(0)} ms`);

    const teamTimes = [];
    const csvFile = path.join(work, 'team-10k.csv');
    fs.writeFileSync(csvFile, respondents(10000));
    for (let i = 0; i < 3; i += 1) {
      const ctx = await browser.newContext({ serviceWorkers: 'block' });
      const p = await ctx.newPage();
      await p.goto(`${server.url}#team`);
      const input = p.getByLabel(/CSV file/i);
      try {
        await input.waitFor({ timeout: 10000 });
      } catch {
        break;  // no team view in this build
      }
      const start = Date.now();
      await input.setInputFiles(csvFile);
      await p.getByTestId('team-count').filter({ hasText: '10,000' }).waitFor({ timeout: 60000 });
      teamTimes.push(Date.now() - start);
      await ctx.close();
    }
    if (teamTimes.length) report('team view: load and render 10,000 CSV rows (median of 3)', `${median(teamTimes)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = benchPage;
