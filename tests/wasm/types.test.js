// wasm/engine.d.ts is the interface's reference: tests/wasm/types/usage.ts type-checks against it
// (tsc --noEmit), and the built module exposes exactly the functions it declares, with results
// and columns holding exactly the fields it declares (read with the TypeScript compiler API).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const ts = require('typescript');
const { ROOT, loadEngine, corpus } = require('./support');

const DTS = path.join(ROOT, 'wasm', 'engine.d.ts');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const TYPES = path.join(__dirname, 'types');

// interface name -> its member names, as engine.d.ts declares them
function declared() {
  const source = ts.createSourceFile(DTS, fs.readFileSync(DTS, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out = new Map();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    out.set(node.name.text, node.members.filter((m) => m.name).map((m) => m.name.getText(source)).sort());
  });
  return out;
}

// What every Embind module and class carries besides what a project binds.
const EMSCRIPTEN_RUNTIME = new Set(['inspect', 'run', 'getInheritedInstanceCount', 'getLiveInheritedInstances',
  'flushPendingDeletes', 'setDelayFunction', 'count_emval_handles', 'get_first_emval']);
const EMBIND_OBJECT = new Set(['constructor', 'isAliasOf', 'clone', 'isDeleted', 'deleteLater']);

function tsc(project) {
  try {
    execFileSync(process.execPath, [TSC, '--noEmit', '-p', project], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (err) {
    return String(err.stdout) + String(err.stderr) || 'tsc failed';
  }
}

test('usage.ts type-checks against engine.d.ts (tsc --noEmit)', () => {
  assert.equal(tsc(path.join(TYPES, 'tsconfig.json')), '');
});

test('tsc does catch a misuse (the check above can fail)', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-types-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const usage = fs.readFileSync(path.join(TYPES, 'usage.ts'), 'utf8')
    .replaceAll('../../../wasm/engine', DTS.replace(/\.d\.ts$/, ''))
    .replace('handle.score(answers, 95);', 'handle.score(answers, -1).total;');
  fs.writeFileSync(path.join(dir, 'usage.ts'), usage);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), fs.readFileSync(path.join(TYPES, 'tsconfig.json')));
  assert.match(tsc(path.join(dir, 'tsconfig.json')), /Property 'total' does not exist/);
});

test('the module and a handle expose exactly the functions engine.d.ts declares', async () => {
  const types = declared();
  const engine = await loadEngine();
  const functions = Object.keys(engine).filter((k) => typeof engine[k] === 'function');
  const classes = functions.filter((k) => engine[k].prototype && typeof engine[k].prototype.isAliasOf === 'function');
  const bound = functions.filter((k) => !k.startsWith('_') && !EMSCRIPTEN_RUNTIME.has(k) && !classes.includes(k)
    && !/Error$/.test(k)).sort();
  assert.deepStrictEqual(bound, types.get('Engine'), 'engine.js functions vs interface Engine');
  // Each bound class is an interface of the same name, with the same functions.
  assert.deepStrictEqual(classes.sort(), ['CsvStream', 'Opened']);
  for (const name of classes) {
    const proto = engine[name].prototype;
    const own = Object.getOwnPropertyNames(proto).filter((k) => !EMBIND_OBJECT.has(k));
    const base = Object.getOwnPropertyNames(Object.getPrototypeOf(proto)).filter((k) => !EMBIND_OBJECT.has(k));
    assert.deepStrictEqual([...own, ...base].sort(), types.get(name), `class ${name} vs interface ${name}`);
  }
  const opened = engine.open('');
  assert.deepStrictEqual(Object.keys(opened).sort(), ['handle', 'ok', 'questionnaire']);
  opened.handle.delete();
});

test('a Result, Columns and the questionnaire hold exactly the declared fields', async () => {
  const types = declared();
  const engine = await loadEngine();
  const { handle, questionnaire } = engine.open('');
  const keys = (o) => Object.keys(o).sort();
  for (const set of corpus().valid.slice(0, 5)) {
    assert.deepStrictEqual(keys(handle.score(set.answers, 40)), types.get('Result'), 'Result');
  }
  assert.deepStrictEqual(keys(handle.score([1], null)), types.get('Failure'), 'Failure');
  assert.deepStrictEqual(keys(handle.score([1], null).error), types.get('EngineError'), 'EngineError');
  assert.deepStrictEqual(keys(handle.scoreRows([{ id: 'a', answers: [1] }])), types.get('Columns'), 'Columns');
  assert.deepStrictEqual(keys(questionnaire), types.get('QuestionnaireData'), 'QuestionnaireData');
  assert.deepStrictEqual(keys(questionnaire.bands[0]), types.get('Band'), 'Band');
  handle.delete();
});

test('a TeamInsight, its reliabilities and statements hold exactly the declared fields', async () => {
  const types = declared();
  const engine = await loadEngine();
  const { handle } = engine.open('');
  const keys = (o) => Object.keys(o).sort();
  const rows = corpus().valid.slice(0, 12).map((set, i) => ({ id: `p${i}`, answers: set.answers }));
  const insight = handle.teamInsight(rows, 5);
  assert.deepStrictEqual(keys(insight), types.get('TeamInsight'), 'TeamInsight');
  assert.deepStrictEqual(keys(insight.reliability), types.get('TeamReliability'), 'TeamReliability');
  assert.deepStrictEqual(keys(insight.reliability.total), types.get('Reliability'), 'Reliability');
  const theme = [...types.get('Reliability'), ...types.get('ThemeReliability')].sort();
  for (const t of insight.reliability.themes) assert.deepStrictEqual(keys(t), theme, 'ThemeReliability');
  assert.deepStrictEqual(keys(insight.reliability.total.items[0]), types.get('ItemReliability'), 'ItemReliability');
  assert.deepStrictEqual(keys(handle.teamInsight(rows.slice(0, 2), 5)), types.get('TeamInsight'), 'suppressed');
  handle.delete();
});
