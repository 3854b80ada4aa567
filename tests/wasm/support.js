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

// The page loads two modules (engine, engine-tools); the tests see them as one API, as the
// docs describe it, and api_surface checks that each function lives in the module it should.
let enginePromise;
function loadEngine() {
  enginePromise ??= Promise.all([loadModule('engine'), loadModule('engine-tools')]).then(
    ([core, tools]) => {
      const api = {};
      for (const m of [core, tools]) {
        for (const name of ['questionnaire', 'earlierVersions', 'score', 'encodeShare', 'decodeShare',
          'scoreBatch', 'scoreCsv', 'resultCsv', 'exportResult', 'importResult']) {
          if (typeof m[name] === 'function') api[name] = m[name].bind(m);
        }
      }
      api.core = core;
      api.tools = tools;
      return api;
    });
  return enginePromise;
}

// Runs the CLI; never throws on a non-zero exit. Returns { status, stdout, stderr }.
function cli(args, input) {
  requireBuilt(CLI);
  try {
    const stdout = execFileSync(CLI, args, {
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
  ROOT, CLI, WASM_DIR, CUSTOM, loadEngine, cli, cliErrorMessage, corpus, builtinQuestionnaire, tempFile, rng,
  scoredValues, answersFor, sum,
};
