// The WebAssembly engine under node: batch scoring.
'use strict';
const fs = require('fs');
const path = require('path');
const { root, dist, work, cli, median, gz, kb, report, respondents, startServer, launchBrowser } = require('./common.js');

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

module.exports = benchWasm;
