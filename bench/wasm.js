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

// A CSV text cut into pieces of about `size` characters, each ending after a '\n', as the page
// feeds its stream.
function slices(csv, size) {
  const out = [];
  for (let start = 0; start < csv.length;) {
    const cut = csv.indexOf('\n', Math.min(csv.length - 1, start + size));
    const end = cut < 0 ? csv.length : cut + 1;
    out.push(csv.slice(start, end));
    start = end;
  }
  return out;
}

// Issue 12's goal: a team's insight (every row tallied as it is scored, in one pass, then the
// figures at a floor) costs at most twice plain scoring. Team: the page's way, a csvStream fed in
// 1 MB slices, then insight(5). Scoring: scoreCsv, which tallies nothing. Runs alternate, so a
// slower moment of the machine counts against both alike.
function benchTeam(handle) {
  const count = 100000;
  const csv = respondents(count);
  const pieces = slices(csv, 1 << 20);
  const team = [];
  const plain = [];
  for (let i = 0; i < 7; i += 1) {
    let start = performance.now();
    const columns = handle.scoreCsv(csv);
    plain.push(performance.now() - start);
    if (columns.count !== count) throw new Error(`scoreCsv read ${columns.count} rows of ${count}`);
    start = performance.now();
    const stream = handle.csvStream();
    for (const piece of pieces) stream.feed(piece);
    stream.finish();
    const insight = stream.insight(5);
    stream.delete();
    team.push(performance.now() - start);
    if (insight.n + insight.excluded !== count) throw new Error(`insight counted ${insight.n} of ${count}`);
  }
  const t = median(team);
  const p = median(plain);
  report('WASM team insight: csvStream in 1 MB slices + insight(5), 100,000 rows (median of 7)', `${t.toFixed(0)} ms`);
  report('WASM scoring: scoreCsv, the same 100,000 rows (median of 7, same run)', `${p.toFixed(0)} ms`);
  report('WASM team insight / scoring, 100,000 rows (goal: at most 2)', `${(t / p).toFixed(2)}x`);
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
  benchTeam(handle);
  handle.delete();
}

module.exports = benchWasm;

if (require.main === module) benchWasm();
