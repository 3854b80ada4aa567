// Measures what the README promises about speed and size. Run through `./build.sh bench`.
// Prints a Markdown table to paste into the README; nothing here asserts a time.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const work = path.join(root, 'build', 'bench');
const cli = path.join(root, 'build', 'native', 'crossroads');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];

// The same static server `./build.sh serve` runs, on a free port.
async function startServer(dir) {
  const port = 8600 + Math.floor(Math.random() * 300);
  const child = require('child_process').spawn('python3',
    ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, close: async () => child.kill() };
}

function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
const report = (what, figure) => {
  rows.push([what, figure]);
  console.log(`${what}: ${figure}`);
};

// A fixed pseudo-random generator, so every run scores the same respondents.
function respondents(count) {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 11;
  const lines = ['id,' + Array.from({ length: 15 }, (_, i) => `q${i + 1}`).join(',')];
  for (let i = 0; i < count; i += 1) {
    lines.push(`p${i},` + Array.from({ length: 15 }, next).join(','));
  }
  return lines.join('\n') + '\n';
}

function benchCli() {
  fs.mkdirSync(work, { recursive: true });
  const file = path.join(work, 'respondents-1m.csv');
  if (!fs.existsSync(file)) fs.writeFileSync(file, respondents(1000000));
  const times = [];
  for (let i = 0; i < 5; i += 1) {
    const start = process.hrtime.bigint();
    const run = spawnSync(cli, ['score', '--csv', file], { maxBuffer: 1 << 30 });
    if (run.status !== 0) throw new Error(`crossroads failed: ${run.stderr}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  report('CLI: score 1,000,000 CSV rows (median of 5)', `${(median(times) / 1000).toFixed(2)} s`);
}

async function benchWasm() {
  const factory = require(path.join(root, 'build/wasm/wasm/engine-tools.js'));
  const engine = await factory({ wasmBinary: fs.readFileSync(path.join(root, 'build/wasm/wasm/engine-tools.wasm')) });
  for (const count of [10000, 100000]) {
    const csv = respondents(count);
    const times = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      engine.scoreCsv('', csv);
      times.push(performance.now() - start);
    }
    report(`WASM under node: scoreCsv ${count.toLocaleString('en')} rows (median of 5)`, `${median(times).toFixed(0)} ms`);
  }
}

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

(async () => {
  console.log(`Crossroads benchmarks, ${new Date().toISOString().slice(0, 10)}, ${require('os').cpus().length} cores\n`);
  benchCli();
  await benchWasm();
  await benchPage();
  console.log('\n| measure | figure |\n|---|---|');
  for (const [what, figure] of rows) console.log(`| ${what} | ${figure} |`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
