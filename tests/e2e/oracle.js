// The engine under node, as the browser tests' oracle (not a test file itself): the one module
// build/wasm/wasm/engine.js, opened once per questionnaire source, seen through the calls these
// tests compare the page with: score(source, answers, seconds) and so on. Unknown seconds may be
// given as -1 or null (the engine takes null). scoreCsv turns the engine's columns back into one
// { ok, id, total, band: { id }, borderline } or { ok: false, id, error } per row, for counting.
'use strict';
const fs = require('fs');
const path = require('path');

const WASM_DIR = path.join(__dirname, '..', '..', 'build', 'wasm', 'wasm');

let loaded;
function loadEngine() {
  loaded ??= (async () => {
    const file = (name) => {
      const full = path.join(WASM_DIR, name);
      if (!fs.existsSync(full)) throw new Error(`${full} is missing: run ./build.sh first`);
      return full;
    };
    const engine = await require(file('engine.js'))({ wasmBinary: fs.readFileSync(file('engine.wasm')) });
    const handles = new Map();
    const open = (source) => {
      if (!handles.has(source)) handles.set(source, engine.open(source));
      return handles.get(source);
    };
    const handle = (source) => {
      const opened = open(source);
      if (!opened.ok) throw new Error(`the engine refuses the questionnaire: ${JSON.stringify(opened.problems)}`);
      return opened.handle;
    };
    const seconds = (s) => (s === null || s < 0 ? null : s);
    return {
      engine,
      open,
      earlierVersions: () => engine.earlierVersions(),
      questionnaire(source) {
        const { ok, questionnaire, problems } = open(source);
        return ok ? { ok, questionnaire } : { ok, problems };
      },
      score: (source, answers, s) => handle(source).score(answers, seconds(s)),
      encodeShare: (source, answers) => handle(source).encodeShare(answers),
      decodeShare: (source, code) => handle(source).decodeShare(code),
      exportResult(source, answers, s, date) {
        const file = handle(source).exportResult(answers, seconds(s), date);
        return file.ok ? file.text : '';
      },
      importResult: (source, text) => handle(source).importResult(text),
      scoreCsv(source, text) {
        const columns = handle(source).scoreCsv(text);
        const { bands } = open(source).questionnaire;
        const errors = new Map(columns.errors.map((e) => [e.row, e.error]));
        const rows = columns.ids.map((id, i) => (errors.has(i) ? { ok: false, id, error: errors.get(i) }
          : { ok: true, id, total: columns.total[i], band: { id: bands[columns.band[i]].id },
            borderline: columns.borderline[i] === 1 }));
        return { ok: true, rows };
      },
    };
  })();
  return loaded;
}

module.exports = { loadEngine };
