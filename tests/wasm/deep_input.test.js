// Hostile JSON given to the WASM engine: a million nested lists or objects, duplicate keys, a NUL
// byte or text after the document, lone surrogates. Every function that reads JSON (questionnaire
// sources, result files, answers) answers ok:false with one clear sentence, as the native CLI does,
// and never throws (a RangeError from a recursive parser would leave the module unusable). After
// each such input the module still scores a known answer set exactly as the CLI does.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {
  loadEngine, opener, openedWithoutHandle, cli, cliErrorMessage, builtinQuestionnaire, tempFile, answersFor, CUSTOM,
} = require('./support');

let engine;
let api;  // the handle's functions by source (support.js opener)
const questionnaire = (source) => openedWithoutHandle(engine, source);
// Answered so the scored values are 7 7 7 7 7 7 7 6 6 6 6 6 6 6 6: 97, both, borderline.
const ANSWERS = answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6]);
let fromCli;  // the native CLI's `score ANSWERS --json`
test.before(async () => {
  engine = await loadEngine();
  api = opener(engine);
  const run = cli(['score', ...ANSWERS.map(String), '--json']);
  assert.equal(run.status, 0, run.stderr);
  fromCli = JSON.parse(run.stdout);
  assert.equal(fromCli.total, 97);
  assert.equal(fromCli.band.id, 'both');
});

const N = 1000000;
const DEEP = {
  'a million nested lists': { text: '['.repeat(N) + ']'.repeat(N), column: 65 },
  'a million nested objects': { text: '{"a":'.repeat(N) + '1' + '}'.repeat(N), column: 64 * 5 + 1 },
  'a million unclosed lists': { text: '['.repeat(N), column: 65 },
};
const depthMessage = (column) => `lists and objects nested more than 64 levels deep (line 1, column ${column})`;
const DUP_HINT = 'each key may appear once, since editors would keep only the last';
const CONTENT_TEXT = fs.readFileSync(
  path.join(__dirname, '..', '..', 'assessment', 'content', 'questionnaire.json'), 'utf8');
const DATE = '2026-11-23T08:00:00Z';

// The module is not disturbed: the built-in questionnaire scores ANSWERS as the CLI does, and a
// custom questionnaire still loads and scores.
function stillScores(after) {
  const out = api.score('', ANSWERS, null);
  assert.deepStrictEqual(out, fromCli, `after ${after}: score() differs from the CLI`);
  assert.equal(out.total, 97, after);
  assert.equal(out.band.id, 'both', after);
  assert.equal(questionnaire('').ok, true, after);
  const custom = api.score(JSON.stringify(CUSTOM), [1, 1, 5, 1], null);
  assert.equal(custom.total, 4, after);
  assert.equal(custom.band.id, 'tea', after);
}

// Calls fn, failing the test (not crashing it) if it throws, as a RangeError would.
function noThrow(fn, what) {
  let out;
  assert.doesNotThrow(() => { out = fn(); }, `${what} threw`);
  return out;
}

// The CLI's `validate` problem line for the same text, without the file name: the same sentence.
function cliProblem(text) {
  const file = tempFile('q.json', text);
  try {
    const run = cli(['validate', file]);
    assert.equal(run.status, 2, run.stdout);
    const lines = run.stdout.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, run.stdout);
    assert.ok(lines[0].startsWith(`${file}: `), lines[0]);
    return lines[0].slice(file.length + 2);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

// The built-in questionnaire's text with RAW written as given in place of `"format": 1,` (the first
// member), so the file holds what JSON.stringify never writes.
function builtinWith(raw) {
  assert.equal(CONTENT_TEXT.split('"format": 1,').length, 2, 'the content file starts with "format": 1');
  return CONTENT_TEXT.replace('"format": 1,', raw);
}

for (const [name, { text, column }] of Object.entries(DEEP)) {
  test(`questionnaire(${name}): ok:false with one problem naming the nesting limit, no throw`, () => {
    const out = noThrow(() => questionnaire(text), 'questionnaire()');
    assert.deepStrictEqual(out, { ok: false, problems: [{ path: '', message: depthMessage(column) }] });
    stillScores(name);
  });

  test(`open(${name}): no handle, no throw; the engine opens and scores after`, () => {
    const out = noThrow(() => engine.open(text), 'open()');
    assert.equal(out.ok, false);
    assert.equal(out.handle, undefined);
    assert.equal(out.problems[0].message, depthMessage(column));
    stillScores(name);
  });

  test(`importResult('', ${name}): bad_file naming the nesting limit, no throw`, () => {
    const out = noThrow(() => api.importResult('', text), 'importResult()');
    assert.deepStrictEqual(out, {
      ok: false, error: {
        code: 'bad_file', item: 0,
        message: `The file is not a Crossroads result: ${depthMessage(column)}.`,
      },
    });
    stillScores(name);
  });
}

test('the native CLI says the same sentence for the million-level questionnaires', () => {
  for (const [name, { text, column }] of Object.entries(DEEP)) {
    assert.equal(cliProblem(text), depthMessage(column), name);
    const file = tempFile('q.json', text);
    try {
      const run = cli(['score', '--questionnaire', file, ...ANSWERS.map(String)]);
      assert.equal(cliErrorMessage(run),
        `questionnaire '${file}' is not valid: ${depthMessage(column)} (crossroads validate lists every problem)`);
      assert.equal(questionnaire(text).problems[0].message, depthMessage(column), name);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }
});

test('the limit is 64 levels: 64 are read, 65 are not', () => {
  const nested = (levels) => '['.repeat(levels) + ']'.repeat(levels);
  assert.deepStrictEqual(questionnaire(nested(64)).problems,
    [{ path: '', message: 'a questionnaire must be a JSON object' }]);
  assert.deepStrictEqual(questionnaire(nested(65)).problems,
    [{ path: '', message: depthMessage(65) }]);
  stillScores('64 and 65 levels');
});

test('questionnaire() with a duplicate key: ok:false, the key and its object named, as the CLI says', () => {
  const cases = [
    [builtinWith('"format": 1, "format": 1,'),
      /^duplicate key "format" in the top-level object \(line 2, column \d+\): /],
    // the second "title" is the content file's own, on line 5
    [builtinWith('"format": 1, "title": "x",'),
      /^duplicate key "title" in the top-level object \(line 5, column \d+\): /],
  ];
  // a duplicate inside items[2], written into the content file's own text
  const lines = CONTENT_TEXT.split('\n');
  const idLine = lines.findIndex((l) => l.includes(`"id": "${builtinQuestionnaire().items[2].id}"`));
  assert.ok(idLine > 0, 'items[2] has its own id line');
  lines[idLine] = lines[idLine].replace('"id":', '"id": "again", "id":');
  cases.push([lines.join('\n'),
    new RegExp(`^duplicate key "id" in the object at items\\[2\\] \\(line ${idLine + 1}, column \\d+\\): `)]);
  for (const [text, pattern] of cases) {
    const out = noThrow(() => questionnaire(text), 'questionnaire()');
    assert.equal(out.ok, false);
    assert.equal(out.problems.length, 1, JSON.stringify(out.problems));
    const [{ path: at, message }] = out.problems;
    assert.equal(at, '');
    assert.match(message, pattern);
    assert.ok(message.endsWith(`: ${DUP_HINT}`), message);
    assert.equal(cliProblem(text), message, 'the CLI says the same');
    assert.equal(engine.open(text).handle, undefined);
    stillScores(message);
  }
});

test('questionnaire(): NUL, text after the end, lone surrogates: one sentence each, as the CLI says', () => {
  const end = CONTENT_TEXT.split('\n').length;  // the line after the last newline
  const cases = [
    [`${CONTENT_TEXT}\u0000garbage`, `a NUL (zero) byte, which JSON text cannot contain (line ${end}, column 1)`],
    [`${CONTENT_TEXT}garbage`, `more text after the end of the JSON value (line ${end}, column 1)`],
    [builtinWith('"format": 1, "$schema": "a\\ud800b",'),
      /^a lone surrogate escape \(\\uD800 to \\uDBFF\) in a text or key \(line 2, column \d+\): /],
    [builtinWith('"format": 1, "$schema": "a\\udc00b",'),
      /^a lone surrogate escape \(\\uDC00 to \\uDFFF\) in a text or key \(line 2, column \d+\): /],
  ];
  for (const [text, expected] of cases) {
    const out = noThrow(() => questionnaire(text), 'questionnaire()');
    assert.equal(out.ok, false);
    assert.equal(out.problems.length, 1, JSON.stringify(out.problems));
    const { message } = out.problems[0];
    if (typeof expected === 'string') assert.equal(message, expected);
    else assert.match(message, expected);
    assert.equal(cliProblem(text), message, 'the CLI says the same');
    stillScores(message);
  }
  // the accepted sides: a leading BOM, whole numbers written 1.0 and 1e0, "$schema"
  for (const text of [`\ufeff${CONTENT_TEXT}`, builtinWith('"format": 1.0,'), builtinWith('"format": 1e0,'),
    builtinWith('"format": 1, "$schema": "https://example.org/s.json",')]) {
    const out = questionnaire(text);
    assert.equal(out.ok, true, JSON.stringify(out.problems));
    assert.deepStrictEqual(api.score(text, ANSWERS, null), fromCli);
  }
});

test('importResult() with a duplicate key, nesting inside, NUL or text after: bad_file, named', () => {
  const exported = api.exportResult('', ANSWERS, 40, DATE).text;
  assert.ok(exported.startsWith('{"format":"crossroads-result",'), exported.slice(0, 60));
  assert.equal(api.importResult('', exported).ok, true);
  const file = JSON.parse(exported);
  const answers = JSON.stringify(file.answers);
  const body = exported.slice(1);  // without the opening brace
  let deepNote = 0;
  for (let i = 0; i < 200; i++) deepNote = [deepNote];
  const cases = [
    [`{"format":"crossroads-result",${body}`,
      /^duplicate key "format" in the top-level object \(line 1, column \d+\): /],
    // two answer lists: which one would be scored? Neither.
    [`{"answers":${JSON.stringify(answersFor(Array(15).fill(0)))},${body}`,
      /^duplicate key "answers" in the top-level object \(line 1, column \d+\): /],
    [exported.replace('"questionnaire":{', '"questionnaire":{"id":"other",'),
      /^duplicate key "id" in the object at result\.questionnaire \(line 1, column \d+\): /],
    [exported.replace(`"answers":${answers}`, `"answers":${answers},"note":${JSON.stringify(deepNote)}`),
      /^lists and objects nested more than 64 levels deep \(line 1, column \d+\)$/],
    [`${exported}\u0000`, /^a NUL \(zero\) byte, which JSON text cannot contain \(line 1, column \d+\)$/],
    [`${exported}{}`, /^more text after the end of the JSON value \(line 1, column \d+\)$/],
    [exported.replace(`"date":"${DATE}"`, '"date":"\\udc00"'),
      /^a lone surrogate escape \(\\uDC00 to \\uDFFF\) in a text or key \(line 1, column \d+\): /],
  ];
  for (const [text, pattern] of cases) {
    assert.notEqual(text, exported, pattern.source);
    const out = noThrow(() => api.importResult('', text), 'importResult()');
    assert.equal(out.ok, false, pattern.source);
    assert.equal(out.error.code, 'bad_file', pattern.source);
    const prefix = 'The file is not a Crossroads result: ';
    assert.ok(out.error.message.startsWith(prefix), out.error.message);
    assert.ok(out.error.message.endsWith('.'), out.error.message);
    assert.match(out.error.message.slice(prefix.length, -1), pattern);
    stillScores(pattern.source);
  }
});

test('answers nested deeper than 64 levels: not_a_number ("a list"), no throw', () => {
  let nested = 5;
  for (let i = 0; i < 100000; i++) nested = [nested];
  const out = noThrow(() => api.score('', [nested, ...ANSWERS.slice(1)], null), 'score()');
  assert.equal(out.ok, false);
  assert.equal(out.error.code, 'not_a_number');
  assert.equal(out.error.item, 1);
  assert.match(out.error.message, /^Statement 1: "a list" is not a number/);
  const batch = noThrow(() => api.scoreRows('', [{ id: 'a', answers: [nested, ...ANSWERS.slice(1)] }]), 'scoreRows()');
  assert.equal(batch.ok, true);
  assert.deepStrictEqual(batch.errors.map((e) => [e.row, e.id, e.error.code]), [[0, 'a', 'not_a_number']]);
  assert.equal(api.exportResult('', [nested, ...ANSWERS.slice(1)], null, DATE).error.code, 'not_a_number');
  for (const rows of ['rows', 42, null, undefined, { length: 3 }]) {
    const refused = noThrow(() => api.scoreRows('', rows), 'scoreRows()');
    assert.equal(refused.ok, false);
    assert.equal(refused.error.code, 'bad_file');
  }
  stillScores('deeply nested answers');
});

test('many hostile inputs in a row: the module keeps scoring, and its memory stops growing', () => {
  const duplicate = builtinWith('"format": 1, "format": 1,');
  const round = () => {
    assert.equal(questionnaire(DEEP['a million nested lists'].text).ok, false);
    assert.equal(api.importResult('', DEEP['a million nested objects'].text).ok, false);
    assert.equal(engine.open(DEEP['a million unclosed lists'].text).ok, false);
    assert.equal(api.score('', [DEEP['a million nested lists'].text, ...ANSWERS.slice(1)], null).ok, false);
    assert.equal(questionnaire(duplicate).ok, false);
  };
  for (let i = 0; i < 2; i++) round();  // warm up: the heap grows to what one round needs
  const heap = engine.HEAP8.length;
  const inUse = engine.memoryInUse();
  for (let i = 0; i < 8; i++) round();
  assert.equal(engine.HEAP8.length, heap, 'the module\'s memory kept growing');
  assert.equal(engine.memoryInUse(), inUse, 'memory in use kept growing');
  stillScores('10 rounds of hostile inputs');
});

// A wide file costs memory in proportion to its keys: 12 MB of keys once grew the heap to 194 MB,
// and 170 MB broke the module ("memory access out of bounds"). Texts over 16 MB are refused unread.
test('a questionnaire or result file over 16 MB is refused unread, and the module still scores', () => {
  const keys = (count) => `{"x":{${Array.from({ length: count }, (_, i) => `"k${i}":0`).join(',')}}}`;
  const big = keys(1700000);
  assert.ok(big.length > 16 * 1024 * 1024, `${big.length} bytes`);
  const out = noThrow(() => questionnaire(big), 'questionnaire(17 MB)');
  assert.deepStrictEqual(out, { ok: false, problems: [{ path: '', message: `a JSON text of ${big.length >> 20} MB, larger than the 16 MB this tool reads` }] });
  const read = noThrow(() => api.importResult('', big), 'importResult(17 MB)');
  assert.equal(read.ok, false);
  assert.match(read.error.message, /larger than the 16 MB this tool reads/);
  stillScores('a 17 MB file');
});
