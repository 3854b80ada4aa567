// The command line: scoring a large CSV file.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { root, dist, work, cli, median, gz, kb, report, respondents, startServer, launchBrowser } = require('./common.js');

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

module.exports = benchCli;
