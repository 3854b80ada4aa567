// Shared by the WASM tests (not a test file itself): loads the built engine under node and runs
// the native CLI, so each test can hold one against the other.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { rng } = require('../seeded_random');

const ROOT = path.resolve(__dirname, '..', '..');
const WASM_DIR = path.join(ROOT, 'build', 'wasm', 'wasm');
const CLI = path.join(ROOT, 'build', 'native', 'crossroads');
const CORPUS = path.join(ROOT, 'tests', 'corpus', 'answer_sets.json');
const QUESTIONNAIRE = path.join(ROOT, 'assessment', 'content', 'questionnaire.json');

function requireBuilt(file) {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run ./build.sh first`);
  return file;
}

// The factory fetches its .wasm by path under node 18+ and fails, so hand it the bytes.
function loadModule(name) {
  const factory = require(requireBuilt(path.join(WASM_DIR, `${name}.js`)));
  return factory({ wasmBinary: fs.readFileSync(requireBuilt(path.join(WASM_DIR, `${name}.wasm`))) });
}

// The one module, loaded once per test file (the factory fetches nothing: the bytes are given).
let enginePromise;
function loadEngine() {
  enginePromise ??= loadModule('engine');
  return enginePromise;
}

// Opens each questionnaire source once and keeps its handle, as the page does; fails the test if
// the source does not open. The shortcuts call the handle's function for that source.
function opener(engine) {
  const handles = new Map();
  const open = (source = '') => {
    if (!handles.has(source)) {
      const out = engine.open(source);
      if (!out.ok) throw new Error(`the questionnaire does not open: ${JSON.stringify(out.problems)}`);
      handles.set(source, out.handle);
    }
    return handles.get(source);
  };
  return {
    open,
    score: (source, answers, seconds = null) => open(source).score(answers, seconds),
    encodeShare: (source, answers) => open(source).encodeShare(answers),
    decodeShare: (source, code) => open(source).decodeShare(code),
    exportResult: (source, answers, seconds, date) => open(source).exportResult(answers, seconds, date),
    importResult: (source, text) => open(source).importResult(text),
    resultCsv: (source, rows) => open(source).resultCsv(rows),
    scoreRows: (source, rows) => open(source).scoreRows(rows),
    scoreCsv: (source, text) => open(source).scoreCsv(text),
    close: () => {
      for (const handle of handles.values()) handle.delete();
      handles.clear();
    },
  };
}

// engine.open(source) without its handle (deleted at once): what a questionnaire check returns.
function openedWithoutHandle(engine, source) {
  const { handle, ...rest } = engine.open(source);
  if (handle) handle.delete();
  return rest;
}

// Columns (engine.d.ts) back to one plain object per row, for comparing with score() results.
function rowsOf(columns, q) {
  const rows = [];
  for (let i = 0; i < columns.count; i++) {
    rows.push({
      id: columns.ids[i],
      total: columns.total[i],
      band: columns.band[i] < 0 ? null : q.bands[columns.band[i]].id,
      themes: columns.themes.map((t) => t[i]),
      shape: columns.shape[i] < 0 ? null : columns.shapeNames[columns.shape[i]],
      margin: columns.margin && columns.band[i] >= 0
        ? { points: columns.margin[i], toward: q.bands[columns.toward[i]].id } : null,
      borderline: columns.borderline[i] === 1,
    });
  }
  for (const e of columns.errors) rows[e.row].error = e.error;
  return rows;
}

// The same fields of a score() result (or failure), for rowsOf.
function rowOfResult(id, result, q) {
  if (!result.ok) {
    return { id, total: 0, band: null, themes: q.themes.map(() => 0), shape: null, margin: null,
      borderline: false, error: result.error };
  }
  return { id, total: result.total, band: result.band.id, themes: result.themes.map((t) => t.score),
    shape: result.shape, margin: result.margin, borderline: result.borderline };
}

// Runs the CLI; never throws on a non-zero exit. Returns { status, stdout, stderr }.
function cli(args, input) {
  requireBuilt(CLI);
  try {
    const stdout = execFileSync(CLI, args, {
      // The CLI's texts follow the environment's language; the module's built-in one is English.
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
      input: input === undefined ? '' : input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    if (typeof err.status !== 'number') throw err;
    return { status: err.status, stdout: String(err.stdout), stderr: String(err.stderr) };
  }
}

// The CLI's one stderr line for bad input, without its "crossroads: " prefix. Asserts the shape.
function cliErrorMessage(run) {
  const lines = run.stderr.split('\n');
  if (run.status !== 2) throw new Error(`expected exit status 2, got ${run.status} (${run.stderr})`);
  if (lines.length !== 2 || lines[1] !== '') throw new Error(`expected one stderr line, got ${JSON.stringify(run.stderr)}`);
  if (!lines[0].startsWith('crossroads: ')) throw new Error(`stderr lacks the prefix: ${lines[0]}`);
  if (run.stdout !== '') throw new Error(`expected no stdout on error, got ${JSON.stringify(run.stdout)}`);
  return lines[0].slice('crossroads: '.length);
}

function corpus() {
  return JSON.parse(fs.readFileSync(CORPUS, 'utf8'));
}

function builtinQuestionnaire() {
  return JSON.parse(fs.readFileSync(QUESTIONNAIRE, 'utf8'));
}

// The built-in questionnaire's reversed statements (scored min + max - answer), read from the
// content file, so tests work out totals independently of the engine.
// scoredValues: the values these answers score. answersFor: the answers that score these values
// (the same turn, since reversing twice gives the answer back).
function scoredValues(answers, q = builtinQuestionnaire()) {
  return answers.map((a, i) => (q.items[i].reverse ? q.scale.min + q.scale.max - a : a));
}
const answersFor = scoredValues;
const sum = (list) => list.reduce((a, b) => a + b, 0);

// Writes text to a fresh temporary file (for the CLI's --questionnaire); returns its path.
function tempFile(name, text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-wasm-test-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}


// A small valid custom questionnaire: 4 statements on 1..5 (one reversed), three bands over 4..20.
const CUSTOM = {
  format: 1,
  id: 'tea-or-coffee',
  version: 3,
  title: 'Tea or coffee?',
  intro: 'Four statements.',
  scale: { min: 1, max: 5 },
  poles: { low: { id: 'tea', label: 'Tea' }, high: { id: 'coffee', label: 'Coffee' } },
  themes: [
    { id: 'morning', title: 'Mornings', description: 'How the day starts.' },
    { id: 'rest', title: 'The rest of the day', description: 'Everything after.' },
  ],
  items: [
    { id: 'm1', theme: 'morning', prompt: 'First drink of the day?', short: 'First drink', low: 'A pot of tea', high: 'An espresso' },
    { id: 'm2', theme: 'morning', prompt: 'Which smell wakes you up?', short: 'Smell', low: 'Bergamot', high: 'Roasting beans' },
    { id: 'r1', theme: 'rest', prompt: 'Afternoon slump?', short: 'Slump', low: 'Another coffee', high: 'A cup of green tea', reverse: true },
    { id: 'r2', theme: 'rest', prompt: 'What do you carry?', short: 'Carry', low: 'A thermos of tea', high: 'A keep-cup' },
  ],
  bands: [
    { id: 'tea', min: 4, max: 9, title: 'Tea', summary: 'Tea.', explanation: 'Tea person.', advice: ['Steep it.'], next_steps: [], questions: [] },
    { id: 'either', min: 10, max: 14, title: 'Either', summary: 'Either.', explanation: 'Both.', advice: [], next_steps: ['Try both.'], questions: ['Which?'] },
    { id: 'coffee', min: 15, max: 20, title: 'Coffee', summary: 'Coffee.', explanation: 'Coffee person.', advice: [], next_steps: [], questions: [] },
  ],
};

module.exports = {
  ROOT, CLI, WASM_DIR, CUSTOM, loadEngine, loadModule, opener, openedWithoutHandle, rowsOf, rowOfResult, cli, cliErrorMessage, corpus, builtinQuestionnaire, tempFile, rng,
  scoredValues, answersFor, sum,
};
