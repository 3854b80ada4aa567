// The WebAssembly engine under node: batch scoring in columns (scoreCsv on an open handle), held
// against the native command line scoring the same rows on one thread in the same run.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { root, work, cli, median, report, respondents } = require('./common.js');

// The CLI's time for `score --csv FILE --jobs 1` (without --jobs if this build does not take it).
function nativeMs(file) {
  let args = ['score', '--csv', file, '--jobs', '1'];
  try {
    execFileSync(cli, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch {
    args = ['score', '--csv', file];
  }
  const times = [];
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    execFileSync(cli, args, { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
    times.push(performance.now() - start);
  }
  return { ms: median(times), jobs: args.includes('--jobs') };
}

async function benchWasm() {
  const factory = require(path.join(root, 'build/wasm/wasm/engine.js'));
  const engine = await factory({ wasmBinary: fs.readFileSync(path.join(root, 'build/wasm/wasm/engine.wasm')) });
  const { handle } = engine.open('');
  fs.mkdirSync(work, { recursive: true });
  for (const count of [10000, 100000]) {
    const csv = respondents(count);
    const times = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      const columns = handle.scoreCsv(csv);
      times.push(performance.now() - start);
      if (columns.count !== count) throw new Error(`scoreCsv read ${columns.count} rows of ${count}`);
    }
    const file = path.join(work, `wasm-bench-${count}.csv`);
    fs.writeFileSync(file, csv);
    const native = nativeMs(file);
    const wasm = median(times);
    const rows = count.toLocaleString('en');
    report(`WASM under node: scoreCsv ${rows} rows, in columns (median of 5)`, `${wasm.toFixed(0)} ms`);
    report(`CLI: score --csv ${rows} rows${native.jobs ? ' --jobs 1' : ' (no --jobs in this build)'} (median of 5, same run)`,
      `${native.ms.toFixed(0)} ms`);
    report(`WASM / CLI, ${rows} rows`, `${(wasm / native.ms).toFixed(2)}x`);
  }
  handle.delete();
}

module.exports = benchWasm;

if (require.main === module) benchWasm();
