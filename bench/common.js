// What the bench scripts share: paths, the report table, medians, sizes, a static server, the
// browser and the respondents every measure scores.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
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


module.exports = { root, dist, work, cli, median, gz, kb, rows, report, respondents, startServer, launchBrowser };
