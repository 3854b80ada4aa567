// The command line: scoring a large CSV file, against mawk doing the same job in the same run, and
// its peak memory on 1,000,000 and 10,000,000 rows (it streams, so both should be alike); and
// `team` against `score --jobs 1` on the same 100,000 rows.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { work, cli, median, report, respondents } = require('./common.js');

const RUNS = 5;  // per command, alternating, so a busy moment hits each alike
const TEAM_RUNS = 7;  // team and score --jobs 1, alternating; the best of each is kept
// mawk's version of the job: split on commas, sum the 15 answers, pick the band by the article's
// thresholds (> 100 Mastery, 50-100 Both, < 50 Management), print one line per row.
const MAWK = 'NR > 1 { s = 0; for (i = 2; i <= 16; i++) s += $i; '
  + 'print $1 "," s "," (s > 100 ? "mastery" : s >= 50 ? "both" : "management") }';

// The same respondents as common.js's respondents(), written in chunks: 10,000,000 rows are about
// 400 MB, more than one JavaScript string should hold. Made once and kept in build/bench/.
function writeRespondents(file, count) {
  if (fs.existsSync(file)) return;
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w');
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 11;
  fs.writeSync(fd, 'id,' + Array.from({ length: 15 }, (_, i) => `q${i + 1}`).join(',') + '\n');
  const chunk = 100000;
  for (let start = 0; start < count; start += chunk) {
    const lines = [];
    for (let i = start; i < Math.min(count, start + chunk); i += 1) {
      lines.push(`p${i},` + Array.from({ length: 15 }, next).join(','));
    }
    fs.writeSync(fd, lines.join('\n') + '\n');
  }
  fs.closeSync(fd);
  fs.renameSync(partial, file);
}

// Milliseconds for one run, its output sent to /dev/null (the same sink for every command).
function timed(command, args) {
  const devnull = fs.openSync('/dev/null', 'w');
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ['ignore', devnull, 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  fs.closeSync(devnull);
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  return ms;
}

// Peak resident memory in MB, as /usr/bin/time -v reports it.
function peakMb(args) {
  const run = spawnSync('/usr/bin/time', ['-v', cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`crossroads failed: ${run.stderr}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr.toString())[1]);
  return kb / 1024;
}

// Issue 12: analysing 100,000 rows (one pass keeping sums and cross-products) costs at most twice
// scoring them. Both read the same file on one thread; the best run of each is the figure least
// disturbed by the rest of the machine, and the two are shown side by side.
function benchTeam() {
  const file = path.join(work, 'respondents-100k.csv');
  if (!fs.existsSync(file)) fs.writeFileSync(file, respondents(100000));
  const times = { team: [], score: [] };
  for (let i = 0; i < TEAM_RUNS; i += 1) {
    times.score.push(timed(cli, ['score', '--csv', file, '--jobs', '1']));
    times.team.push(timed(cli, ['team', '--csv', file]));
  }
  const [team, score] = [Math.min(...times.team), Math.min(...times.score)];
  report(`CLI: team vs score --jobs 1, 100,000 CSV rows (best of ${TEAM_RUNS})`,
    `${team.toFixed(1)} ms vs ${score.toFixed(1)} ms`);
  report('CLI: team / score --jobs 1 (goal: at most 2)', (team / score).toFixed(3));
}

function benchCli() {
  fs.mkdirSync(work, { recursive: true });
  const file = path.join(work, 'respondents-1m.csv');
  if (!fs.existsSync(file)) fs.writeFileSync(file, respondents(1000000));
  const big = path.join(work, 'respondents-10m.csv');
  writeRespondents(big, 10000000);

  const times = { all: [], one: [], mawk: [] };
  for (let i = 0; i < RUNS; i += 1) {
    times.all.push(timed(cli, ['score', '--csv', file]));
    times.one.push(timed(cli, ['score', '--csv', file, '--jobs', '1']));
    times.mawk.push(timed('mawk', ['-F', ',', MAWK, file]));
  }
  const [all, one, mawk] = [median(times.all), median(times.one), median(times.mawk)];
  const s = (ms) => `${(ms / 1000).toFixed(3)} s`;
  const cores = os.cpus().length;
  report(`CLI: score 1,000,000 CSV rows, every core (${cores}) (median of ${RUNS})`, s(all));
  report(`CLI: the same with --jobs 1 (median of ${RUNS})`, s(one));
  report(`mawk: the same job on the same file (median of ${RUNS})`, s(mawk));
  report('CLI / mawk, every core (goal: at most 0.15)', (all / mawk).toFixed(3));
  report('CLI / mawk, --jobs 1', (one / mawk).toFixed(3));
  report('CLI peak memory, 1,000,000 rows (goal: at most 16 MB)',
    `${peakMb(['score', '--csv', file]).toFixed(1)} MB`);
  report('CLI peak memory, 10,000,000 rows (goal: at most 16 MB)',
    `${peakMb(['score', '--csv', big]).toFixed(1)} MB`);
  benchTeam();
}

module.exports = benchCli;
module.exports.benchTeam = benchTeam;
