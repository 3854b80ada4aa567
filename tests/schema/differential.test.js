// docs/questionnaire.schema.json and the engine must agree on what a questionnaire is. Hundreds of
// mutated files (tests/schema/mutations.js) go to both: the bytes read as strict UTF-8, JSON.parse
// and Ajv against the schema on one side, `crossroads validate FILE` on the other. Where they
// differ, only the schema may be the one that accepts, and only when every problem the engine
// names is a rule JSON Schema cannot express (SCHEMA_CANNOT_EXPRESS below).
//   node --test tests/schema/
//   CROSSROADS_DIFF_CASES=20000 CROSSROADS_DIFF_SEED=random node --test tests/schema/
// CROSSROADS_CLI picks the binary (default build/native/crossroads). A failing file is saved in
// build/differential/ with the seed and case number in its name.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const Ajv2020 = require('ajv/dist/2020');
const { makeCase, BASES, ROOT } = require('./mutations');

const CLI = path.resolve(ROOT, process.env.CROSSROADS_CLI || 'build/native/crossroads');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'questionnaire.schema.json'), 'utf8'));
const CASES = Number(process.env.CROSSROADS_DIFF_CASES || 400);
const SEED = process.env.CROSSROADS_DIFF_SEED === 'random'
  ? Math.floor(Math.random() * 2 ** 32)
  : Number(process.env.CROSSROADS_DIFF_SEED || 1);
const SAVED = path.join(ROOT, 'build', 'differential');

// The rules the engine checks that the schema cannot express, as the engine words them. Keep in
// step with "Rules the schema cannot express" in docs/questionnaire-schema.md. (The other rules
// listed there, a NUL byte, bytes after the document and bytes that are not UTF-8, need no entry:
// any strict JSON reader refuses those too, so the schema side never accepts such a file.)
const SCHEMA_CANNOT_EXPRESS = [
  { rule: 'scale.max is greater than scale.min', message: /must be greater than scale\.min/ },
  { rule: 'the scale spans at most 100 points', message: /may span at most 100 points/ },
  { rule: 'theme ids are unique', message: /duplicate theme id/ },
  { rule: 'statement ids are unique', message: /duplicate statement id/ },
  { rule: 'band ids are unique', message: /duplicate band id/ },
  { rule: 'the two pole ids differ', message: /must differ from poles\.low\.id/ },
  { rule: "every item's theme is a theme", message: /is not one of the themes/ },
  { rule: 'every theme has a statement', message: /has no statements/ },
  { rule: "a band's max is at least its min", message: /must not be below min/ },
  {
    rule: 'the bands tile every possible total once',
    message: /gap: totals|overlap: totals|starts below the lowest possible total|must be the highest possible total/,
  },
  { rule: 'no duplicate key in an object', message: /duplicate key/ },
  { rule: 'nesting at most 64 levels deep', message: /nested more than 64 levels/ },
  { rule: 'no lone surrogate escape', message: /lone surrogate/ },
  { rule: 'no exponent above 308, even on zero', message: /written with an exponent above 308/ },
  {
    // Keyed by the questionnaire's own ids, optional texts and list lengths: only the texts it
    // has decide which keys a translation must have. (A key every translation needs, such as
    // title or an item's prompt, is the schema's: its path is not among these.)
    rule: "a translation has the questionnaire's texts: every key it has, no other, lists as long",
    message: /^translations\.[^.\s]+\.(intro|credit|about|shapes|quality|(poles|themes|items|bands)\.("(?:[^"\\]|\\.)*"|[^."\s]+)(\.(description|advice|next_steps|questions))?)(\[\d+\])?: (missing|extra)$/,
  },
  {
    rule: "a translated intro or description is not empty where the questionnaire's own is not",
    message: /^translations\.[^.\s]+\.(intro|themes\.[^.\s]+\.description): must not be empty$/,
  },
  { rule: "no translation in the questionnaire's own language", message: /is the questionnaire's own language/ },
  {
    // Compared as CSV header cells are (docs/csv-input.md): words meaning two statements.
    rule: 'no prompt or short label names another statement than the same words in another language',
    message: /^translations\.\S+\.(prompt|short): ".*" names statement \d+ here and statement \d+ at \S+\.(prompt|short): a CSV column headed with it could mean either$/,
  },
];

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);

// The schema's verdict on raw bytes. TextDecoder drops one leading BOM (ignoreBOM: false).
function schemaVerdict(bytes) {
  let value;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    return { accepted: false, why: `${err.name}: ${err.message}` };
  }
  if (validate(value)) return { accepted: true, why: '' };
  return { accepted: false, why: validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') };
}

// The engine's verdict: exit 0 accepted, 2 refused, anything else (a signal, an abort) a crash.
function engineVerdict(file) {
  return new Promise((resolve) => {
    execFile(CLI, ['validate', file], { maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const status = err ? (err.signal ? err.signal : err.code) : 0;
      // Problem lines are "FILE: path: message" or "FILE: message".
      const problems = stdout.split('\n').filter(Boolean).map((l) => (l.startsWith(`${file}: `) ? l.slice(file.length + 2) : l));
      resolve({ status, accepted: status === 0, problems, output: (stdout + stderr).trim() });
    });
  });
}

// True when the engine named problems and each is one the schema cannot express. (Lines are
// matched whole: when the schema accepts, paths hold only known field names, never these words.)
function onlyInexpressible(problems) {
  return problems.length > 0 && problems.every((p) => SCHEMA_CANNOT_EXPRESS.some((x) => x.message.test(p)));
}

// Why a case fails, or '' when schema and engine agree (as far as the documented rules allow).
function disagreement(schema, engine) {
  if (engine.status !== 0 && engine.status !== 2) return `the engine crashed (exit ${engine.status})`;
  if (schema.accepted === engine.accepted) return '';
  if (engine.accepted) return 'the schema refuses a file the engine accepts';
  if (onlyInexpressible(engine.problems)) return '';
  return 'the engine refuses for a rule the schema could express (or one not listed)';
}

// work(0) .. work(count - 1), at most `width` at a time.
async function pool(count, width, work) {
  let next = 0;
  const run = async () => { while (next < count) await work(next++); };
  await Promise.all(Array.from({ length: width }, run));
}

function report(c, schema, engine, why) {
  fs.mkdirSync(SAVED, { recursive: true });
  const saved = path.join(SAVED, `seed-${SEED}-case-${c.index}.json`);
  fs.writeFileSync(saved, c.bytes);
  return [`case ${c.index} (seed ${SEED}): ${why}`, `  mutation: ${c.name}`,
    `  schema: ${schema.accepted ? 'accepts' : `refuses (${schema.why.slice(0, 300)})`}`,
    `  engine: ${engine.accepted ? 'accepts' : `exit ${engine.status}`}: ${engine.output.slice(0, 600)}`,
    `  file: ${path.relative(ROOT, saved)}   (rerun: CROSSROADS_DIFF_SEED=${SEED})`].join('\n');
}

// Runs the engine on bytes written to a temporary file; returns both verdicts.
let tmp;
async function judge(bytes, name) {
  tmp ??= fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-schema-'));
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  const engine = await engineVerdict(file);
  fs.rmSync(file);
  return { schema: schemaVerdict(bytes), engine };
}
test.after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

test.before(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${path.relative(ROOT, CLI)} is missing: run ./build.sh first (or set CROSSROADS_CLI)`);
});

test('every shipped questionnaire is valid for the schema and for the engine', async () => {
  for (const base of BASES) {
    const { schema, engine } = await judge(fs.readFileSync(path.join(ROOT, base.file)), path.basename(base.file));
    assert.equal(schema.accepted, true, `${base.file}: ${schema.why}`);
    assert.equal(engine.status, 0, `${base.file}: ${engine.output}`);
  }
});

// Hand-written cases, each with the verdict both sides must reach (and, where given, the engine's
// words for it).
const minimal = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/examples/minimal.json'), 'utf8'));
// minimal.json on a 0..4 scale, so a 0 can be written another way.
const scaleFromZero = () => {
  const q = minimal();
  return { ...q, scale: { min: 0, max: 4 }, bands: [{ ...q.bands[0], min: 0, max: 3 }, { ...q.bands[1], min: 4, max: 8 }] };
};
const write = (q, edit = (t) => t) => Buffer.from(edit(JSON.stringify(q, null, 1)));
const languages = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/examples/two-languages.json'), 'utf8'));
const translated = (edit) => { const q = languages(); edit(q); return q; };
const FIXED = [
  { name: 'version written 1.0, scale.max 5e0', accepted: true, bytes: write(minimal(), (t) => t.replace('"version": 1', '"version": 1.0').replace('"max": 5', '"max": 5e0')) },
  { name: 'a "$schema" field at the top', accepted: true, bytes: write({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...minimal() }) },
  { name: 'a leading byte-order mark', accepted: true, bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), write(minimal())]) },
  { name: 'version 2147483647', accepted: true, bytes: write({ ...minimal(), version: 2147483647 }) },
  { name: 'version 2147483648', accepted: false, says: /at most 2147483647/, bytes: write({ ...minimal(), version: 2147483648 }) },
  { name: 'version 1.5', accepted: false, says: /must be a whole number/, bytes: write({ ...minimal(), version: 1.5 }) },
  { name: 'scale.min -1001', accepted: false, says: /between -1000 and 1000/, bytes: write({ ...minimal(), scale: { min: -1001, max: -1000 } }) },
  { name: 'a 64-character id', accepted: true, bytes: write({ ...minimal(), id: 'a'.repeat(64) }) },
  { name: 'a 65-character id', accepted: false, says: /at most 64 characters/, bytes: write({ ...minimal(), id: 'a'.repeat(65) }) },
  { name: 'an empty prompt', accepted: false, says: /prompt: must not be empty/, bytes: write(minimal(), (t) => t.replace(/"prompt": "[^"]*"/, '"prompt": ""')) },
  { name: 'an empty intro and theme description', accepted: true, bytes: write({ ...minimal(), intro: '', themes: [{ ...minimal().themes[0], description: '' }] }) },
  { name: 'an unknown field', accepted: false, says: /colour: is not a known field/, bytes: write({ ...minimal(), colour: 'blue' }) },
  { name: 'a NUL byte after the document', accepted: false, says: /NUL/, bytes: Buffer.concat([write(minimal()), Buffer.from('\0{}')]) },
  { name: '100000 nested arrays in an unknown field', accepted: false, says: /nested more than 64 levels/, bytes: write({ ...minimal(), deep: 0 }, (t) => t.replace('"deep": 0', `"deep": ${'['.repeat(1e5)}${']'.repeat(1e5)}`)) },
  // Refused by the engine only, for a listed rule.
  { name: '"format" twice', engineOnly: /duplicate key/, bytes: write(minimal(), (t) => t.replace('{', '{"format": 1,')) },
  { name: 'a lone \\ud800 in a title', engineOnly: /lone surrogate/, bytes: write(minimal(), (t) => t.replace('"title": "', '"title": "\\ud800')) },
  { name: 'the two pole ids the same', engineOnly: /must differ/, bytes: write({ ...minimal(), poles: { low: { id: 'x', label: 'X' }, high: { id: 'x', label: 'Y' } } }) },
  { name: 'scale 0..101', engineOnly: /span at most 100/, bytes: write({ ...minimal(), scale: { min: 0, max: 101 } }) },
  { name: 'scale.min written 0e400', engineOnly: /exponent above 308/, bytes: write(scaleFromZero(), (t) => t.replace('"min": 0', '"min": 0e400')) },
  // Languages (docs/examples/two-languages.json).
  { name: 'two languages', accepted: true, bytes: write(languages()) },
  { name: 'lang "pt-BR", a translation "en"', accepted: true, bytes: write(translated((q) => { q.lang = 'pt-BR'; q.translations.en = q.translations.fr; })) },
  { name: 'a translation keyed "fr_FR"', accepted: false, says: /not a language code/, bytes: write(translated((q) => { q.translations.fr_FR = q.translations.fr; })) },
  { name: 'a translated prompt left out', accepted: false, says: /items\.a\.prompt: missing/, bytes: write(translated((q) => { delete q.translations.fr.items.a.prompt; })) },
  { name: 'a translation without a statement', engineOnly: /items\.b: missing/, bytes: write(translated((q) => { delete q.translations.fr.items.b; })) },
  { name: 'a translation with a statement too many', engineOnly: /items\.c: extra/, bytes: write(translated((q) => { q.translations.fr.items.c = q.translations.fr.items.a; })) },
  { name: 'a translated advice list too long', engineOnly: /advice\[2\]: extra/, bytes: write(translated((q) => { q.translations.fr.bands.people.advice.push('Trois.'); })) },
  { name: 'a translation in its own language', engineOnly: /own language/, bytes: write(translated((q) => { q.translations.en = q.translations.fr; })) },
];

for (const c of FIXED) {
  test(`fixed case: ${c.name}`, async () => {
    const { schema, engine } = await judge(c.bytes, `fixed-${FIXED.indexOf(c)}.json`);
    assert.ok(engine.status === 0 || engine.status === 2, `the engine crashed (exit ${engine.status}): ${engine.output}`);
    if (c.engineOnly) {
      assert.equal(schema.accepted, true, `the schema should accept: ${schema.why}`);
      assert.equal(engine.accepted, false, 'the engine should refuse');
      assert.match(engine.problems.join('\n'), c.engineOnly);
      assert.ok(onlyInexpressible(engine.problems), `not a listed rule: ${engine.output}`);
    } else {
      assert.equal(schema.accepted, c.accepted, `schema: ${schema.why}`);
      assert.equal(engine.accepted, c.accepted, `engine: ${engine.output}`);
      if (c.says) assert.match(engine.output, c.says);
    }
  });
}

test(`mutated files: the schema and the engine agree (${CASES} cases, seed ${SEED})`, async (t) => {
  const width = Math.max(1, Math.min(8, os.availableParallelism?.() ?? os.cpus().length));
  const failures = [];
  const tally = { both: 0, neither: 0, 'engine only': 0 };
  await pool(CASES, width, async (index) => {
    const c = { index, ...makeCase(SEED, index) }; // made here, so a long run holds few in memory
    const { schema, engine } = await judge(c.bytes, `case-${index}.json`);
    const why = disagreement(schema, engine);
    if (why) failures.push(report(c, schema, engine, why));
    else tally[schema.accepted === engine.accepted ? (engine.accepted ? 'both' : 'neither') : 'engine only'] += 1;
  });
  t.diagnostic(`seed ${SEED}: accepted by both ${tally.both}, refused by both ${tally.neither}, ` +
    `refused by the engine only for a listed rule ${tally['engine only']}, disagreements ${failures.length}`);
  assert.equal(failures.length, 0, `${failures.length} of ${CASES} cases disagree:\n\n${failures.slice(0, 20).join('\n\n')}`);
});
