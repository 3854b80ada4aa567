// Real-world CSV through the WASM module (issue 14): the files in tests/fixtures/csv/ score the
// answers in expected.json, whole (handle.scoreCsv) or in pieces (handle.csvStream), with the
// layout the engine decided (separator, header, names, id column) and the input's problem; the
// CSV options ({ delimiter, idColumn, names }) reach the engine, and options of the wrong type or
// value are a Failure, never a crash. The CLI reads the same files the same way.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { ROOT, loadEngine, rowsOf, rowOfResult, cli, cliErrorMessage } = require('./support');

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'csv');
const fixture = (name) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const EXPECTED = JSON.parse(fixture('expected.json'));
const STATEMENTS = 15;
const places = Array.from({ length: STATEMENTS }, (_, i) => i + 1);  // fields 1..15: after the id
// forms-export.csv: Timestamp, Email address, the statements in forms_order, Any comments?
const FORMS_FIELDS = places.map((n) => 2 + EXPECTED.forms_order.indexOf(n));
const EMAILS = ['ana@example.org', 'bruno@example.org', 'chloe@example.org', 'dmitri@example.org',
  'eun-ji@example.org', 'farah@example.org'];
const HEADER_ONLY = 'The file has no data rows, only a header (line 1).';
const EMPTY = 'The file has no data rows: it is empty.';

let engine;
let handle;
let q;
test.before(async () => {
  engine = await loadEngine();
  ({ handle, questionnaire: q } = engine.open(''));
  assert.equal(q.items.length, STATEMENTS, 'the fixtures answer the built-in questionnaire\'s statements');
});
test.after(() => handle.delete());

// What each fixture must give: its layout, and the ids of the rows of expected.json in order.
const CASES = {
  'semicolon.csv': {
    layout: { separator: ';', separatorDetected: true, headerLine: 1, byName: false,
      names: ['Name', ...places.map((n) => `Q${n}`)], idField: 0, answerFields: places },
    ids: EXPECTED.rows.map((row) => row.id),
  },
  'trailing-comma.csv': {
    layout: { separator: ',', separatorDetected: true, headerLine: 1, byName: false,
      names: ['id', ...places.map((n) => `q${n}`)], idField: 0, answerFields: places },
    ids: EXPECTED.rows.map((row) => row.id),
  },
  'tab-one-row.tsv': {
    layout: { separator: '\t', separatorDetected: true, headerLine: 0, byName: false, names: [], idField: 0,
      answerFields: places },
    ids: ['ana'],
  },
  'forms-export.csv': {
    layout: { separator: ',', separatorDetected: true, headerLine: 1, byName: true, idField: null,
      answerFields: FORMS_FIELDS },
    ids: ['2', '3', '4', '5', '6', '7'],  // no column for ids: line numbers
  },
};

// The rows the engine must give for these ids: expected.json's answers, scored one by one.
function expectedRows(ids) {
  return ids.map((id, i) => rowOfResult(id, handle.score(EXPECTED.rows[i].answers, null), q));
}

function checkLayout(layout, want, name) {
  for (const [key, value] of Object.entries(want)) assert.deepStrictEqual(layout[key], value, `${name}: layout.${key}`);
}

for (const [name, want] of Object.entries(CASES)) {
  test(`${name}: scoreCsv scores expected.json's people, and says how it read the file`, () => {
    const out = handle.scoreCsv(fixture(name));
    assert.equal(out.ok, true, JSON.stringify(out));
    assert.equal(out.problem, null);
    assert.deepStrictEqual(out.errors, []);
    assert.deepStrictEqual(rowsOf(out, q), expectedRows(want.ids));
    checkLayout(out.layout, want.layout, name);
  });
}

test('forms-export.csv: the header in the statements\' own words names every column; the rest are left out', () => {
  const { layout } = handle.scoreCsv(fixture('forms-export.csv'));
  assert.equal(layout.names.length, 18);
  assert.deepStrictEqual([layout.names[0], layout.names[1], layout.names[17]],
    ['Timestamp', 'Email address', 'Any comments?']);
  // each statement's column is headed with its prompt
  q.items.forEach((item, i) => assert.equal(layout.names[layout.answerFields[i]], item.prompt, `statement ${i + 1}`));
});

test('forms-export.csv with idColumn "Email address": the emails are the ids, the scores the same', () => {
  for (const idColumn of ['Email address', 'email ADDRESS', 'emailaddress']) {  // compared as names are
    const out = handle.scoreCsv(fixture('forms-export.csv'), { idColumn });
    assert.equal(out.problem, null, idColumn);
    assert.deepStrictEqual(rowsOf(out, q), expectedRows(EMAILS), idColumn);
    checkLayout(out.layout, { byName: true, idField: 1, answerFields: FORMS_FIELDS }, idColumn);
  }
});

test('no data rows: a header alone, an empty or blank file: the problem, and no rows', () => {
  const cases = [['header-only.csv', fixture('header-only.csv'), HEADER_ONLY],
    ['empty.csv', fixture('empty.csv'), EMPTY], ['blank lines', '\n \r\n,,\n', EMPTY]];
  for (const [name, text, message] of cases) {
    const out = handle.scoreCsv(text);
    assert.equal(out.ok, true, name);
    assert.equal(out.count, 0, name);
    assert.deepStrictEqual(out.errors, [], name);
    assert.deepStrictEqual(out.problem, { code: out.problem.code, item: 0, message }, name);
    assert.equal(typeof out.problem.code, 'string');
  }
  assert.equal(handle.scoreCsv('').layout, null, 'nothing to decide from');
  checkLayout(handle.scoreCsv(fixture('header-only.csv')).layout, { headerLine: 1, byName: false, idField: 0 }, 'header only');
});

test('a layout problem: known as soon as the layout is, with no row read, and no layout', () => {
  const forms = fixture('forms-export.csv');
  const cases = [
    ['an id column the header lacks', forms, { idColumn: 'Name' }],
    ['a statement\'s column as the ids', forms, { idColumn: q.items[0].prompt }],
    ['an id column without a header', fixture('tab-one-row.tsv'), { idColumn: 'id' }],
    ['a statement no column names', forms.replace(q.items[2].prompt, 'Something else'), {}],
  ];
  for (const [name, text, options] of cases) {
    const out = handle.scoreCsv(text, options);
    assert.equal(out.ok, true, name);
    assert.equal(out.count, 0, `${name}: no row read`);
    assert.ok(out.problem && out.problem.message.length > 0, name);
    assert.equal(out.layout, null, name);
    // In pieces: the problem is there once the layout is decided (the second line), before finish().
    const stream = handle.csvStream(options);
    const lines = text.split(/(?<=\n)/);
    assert.equal(stream.feed(lines[0]).count, 0);
    assert.equal(stream.problem(), null, `${name}: undecided after one line`);
    if (lines.length > 1) {
      assert.equal(stream.feed(lines.slice(1).join('')).count, 0);
      assert.deepStrictEqual(stream.problem(), out.problem, `${name}: known before finish()`);
    }
    assert.equal(stream.finish().count, 0);
    assert.deepStrictEqual(stream.problem(), out.problem, name);
    stream.delete();
  }
  assert.match(handle.scoreCsv(cases[3][1]).problem.message, /3/, 'the unnamed statement is named');
});

test('options.delimiter chooses the separator; the layout says it was chosen', () => {
  const out = handle.scoreCsv(fixture('semicolon.csv'), { delimiter: ';' });
  assert.deepStrictEqual(rowsOf(out, q), expectedRows(CASES['semicolon.csv'].ids));
  checkLayout(out.layout, { ...CASES['semicolon.csv'].layout, separatorDetected: false }, 'chosen ;');
  // The wrong one: every line is then one value, a row the engine refuses and reports.
  const commas = handle.scoreCsv(fixture('semicolon.csv'), { delimiter: ',' });
  checkLayout(commas.layout, { separator: ',', separatorDetected: false, headerLine: 0 }, 'chosen ,');
  assert.equal(commas.count, 7);
  assert.equal(commas.errors.length, 7);
  const tabs = handle.scoreCsv(fixture('tab-one-row.tsv'), { delimiter: '\t', idColumn: null });
  assert.deepStrictEqual(rowsOf(tabs, q), expectedRows(['ana']));
});

test('undefined or null options, as a whole or one by one, are the defaults', () => {
  const text = fixture('forms-export.csv');
  const plain = rowsOf(handle.scoreCsv(text), q);
  for (const options of [undefined, null, {}, { delimiter: undefined, idColumn: undefined },
    { delimiter: null, idColumn: null }]) {
    const out = handle.scoreCsv(text, options);
    assert.deepStrictEqual(rowsOf(out, q), plain, JSON.stringify(options));
    const stream = handle.csvStream(options);
    const rows = [...rowsOf(stream.feed(text), q), ...rowsOf(stream.finish(), q)];
    assert.deepStrictEqual(rows, plain, `stream ${JSON.stringify(options)}`);
    stream.delete();
  }
});

test('options of the wrong type or value: a Failure (bad_file) that says what is expected, never a throw', () => {
  const text = fixture('semicolon.csv');
  const cases = [
    ['a text', ';', /options must be an object/],
    ['a number', 5, /options must be an object/],
    ['a list', [';'], /options must be an object/],
    ['a function', () => ';', /options must be an object/],
    ['true', true, /options must be an object/],
    ['an unknown delimiter', { delimiter: '|' }, /delimiter must be ",", ";" or a tab/],
    ['a delimiter by name', { delimiter: 'tab' }, /delimiter must be/],
    ['an empty delimiter', { delimiter: '' }, /delimiter must be/],
    ['a number as delimiter', { delimiter: 44 }, /delimiter must be/],
    ['a number as idColumn', { idColumn: 1 }, /id column must be a text/],
    ['a list as idColumn', { idColumn: ['Email address'] }, /id column must be a text/],
    ['a misspelt option', { idcolumn: 'Email address' }, /^Unknown CSV option "idcolumn": the options are delimiter, idColumn and names\.$/],
    ['a long unknown option', { ['é'.repeat(30)]: 1 }, new RegExp(`^Unknown CSV option "${'é'.repeat(20)}…"`)],
  ];
  for (const [name, options, message] of cases) {
    const out = handle.scoreCsv(text, options);
    assert.equal(out.ok, false, name);
    assert.equal(out.error.code, 'bad_file', name);
    assert.equal(out.error.item, 0, name);
    assert.match(out.error.message, message, name);
    // A stream made with them: every feed() and finish() is that Failure; nothing is read.
    const stream = handle.csvStream(options);
    assert.deepStrictEqual(stream.feed(text), out, `${name}: feed`);
    assert.deepStrictEqual(stream.finish(), out, `${name}: finish`);
    assert.equal(stream.layout(), null, name);
    assert.equal(stream.problem(), null, name);
    stream.delete();
  }
  assert.equal(handle.scoreCsv(5, { delimiter: '|' }).error.message, 'Expected a text.', 'the text is checked first');
});

test('in pieces of any size: the same rows, layout and problem as the whole text', () => {
  const inputs = [...Object.keys(CASES), 'header-only.csv', 'empty.csv'].map((name) => [name, fixture(name), {}]);
  inputs.push(['forms-export.csv by email', fixture('forms-export.csv'), { idColumn: 'Email address' }]);
  for (const [name, text, options] of inputs) {
    const whole = handle.scoreCsv(text, options);
    for (const size of [1, 2, 7, 64, text.length + 1]) {
      const stream = handle.csvStream(options);
      const rows = [];
      for (let at = 0; at < text.length; at += size) rows.push(...rowsOf(stream.feed(text.slice(at, at + size)), q));
      rows.push(...rowsOf(stream.finish(), q));
      assert.deepStrictEqual(rows, rowsOf(whole, q), `${name} in pieces of ${size}`);
      assert.deepStrictEqual(stream.layout(), whole.layout, `${name} in pieces of ${size}: layout`);
      assert.deepStrictEqual(stream.problem(), whole.problem, `${name} in pieces of ${size}: problem`);
      stream.delete();
    }
  }
});

test('the layout is decided at the second usable line, or at finish(); until then, null', () => {
  const lines = fixture('semicolon.csv').split(/(?<=\n)/);
  const stream = handle.csvStream();
  assert.equal(stream.layout(), null);
  assert.equal(stream.feed(lines[0]).count, 0);
  assert.equal(stream.layout(), null, 'one line cannot settle it');
  assert.equal(stream.feed(lines[1]).count, 1, 'the header, then the first row');
  checkLayout(stream.layout(), CASES['semicolon.csv'].layout, 'after two lines');
  stream.delete();

  const one = handle.csvStream();
  one.feed(fixture('tab-one-row.tsv'));  // one line, ending in a newline
  assert.equal(one.layout(), null);
  assert.equal(one.problem(), null);
  assert.equal(one.finish().count, 1);
  checkLayout(one.layout(), CASES['tab-one-row.tsv'].layout, 'at finish');
  assert.equal(one.problem(), null);
  one.delete();

  const header = handle.csvStream();
  header.feed(fixture('header-only.csv'));
  assert.equal(header.problem(), null, 'no data rows is known only at the end');
  header.finish();
  assert.equal(header.problem().message, HEADER_ONLY);
  header.delete();
});

// interface name -> its member names, as engine.d.ts declares them (as types.test.js reads them)
function declared() {
  const file = path.join(ROOT, 'wasm', 'engine.d.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out = new Map();
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) out.set(node.name.text, node.members.map((m) => m.name.getText(source)).sort());
  });
  return out;
}

test('scoreCsv\'s columns, layout and problem hold exactly the fields engine.d.ts declares', () => {
  const types = declared();
  const keys = (o) => Object.keys(o).sort();
  const out = handle.scoreCsv(fixture('forms-export.csv'));
  assert.deepStrictEqual(keys(out), [...types.get('Columns'), ...types.get('CsvColumns')].sort(), 'CsvColumns');
  assert.deepStrictEqual(keys(out.layout), types.get('CsvLayout'), 'CsvLayout');
  assert.deepStrictEqual(keys(handle.scoreCsv('').problem), types.get('EngineError'), 'problem');
  assert.deepStrictEqual(types.get('CsvOptions'), ['delimiter', 'idColumn', 'names'], 'CsvOptions');
  const stream = handle.csvStream();
  stream.feed(fixture('forms-export.csv'));
  assert.deepStrictEqual(keys(stream.feed('')), types.get('Columns'), 'a stream\'s Columns');
  assert.deepStrictEqual(keys(stream.layout()), types.get('CsvLayout'), 'stream.layout()');
  stream.delete();
});

test('streams with options, good or bad, leak nothing once deleted', () => {
  const text = fixture('forms-export.csv');
  const run = () => {
    for (const options of [{ idColumn: 'Email address' }, { delimiter: '|' }, { idColumn: 'Nope' }, undefined]) {
      const stream = handle.csvStream(options);
      stream.feed(text);
      stream.finish();
      stream.layout();
      stream.problem();
      stream.delete();
      handle.scoreCsv(text, options);
    }
  };
  run();  // the allocator's first growth is not a leak
  const before = engine.memoryInUse();
  for (let i = 0; i < 20; i++) run();
  assert.ok(engine.memoryInUse() <= before, `${engine.memoryInUse() - before} bytes more`);
});

// The CLI's output CSV as [id, total, band] for scored rows, [id, error] for refused ones.
function cliRows(stdout) {
  const split = (line) => {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') field += line[++i];
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        fields.push(field);
        field = '';
      } else field += c;
    }
    return [...fields, field];
  };
  const [header, ...rows] = stdout.trim().split('\n').map(split);
  const col = (name) => header.indexOf(name);
  return rows.map((r) => (r[col('error')] ? [r[col('id')], r[col('error')]] : [r[col('id')], Number(r[col('total')]), r[col('band')]]));
}

function wasmRows(out) {
  return rowsOf(out, q).map((r) => (r.error ? [r.id, r.error.message] : [r.id, r.total, r.band]));
}

test('the CLI reads the fixtures the same way: the same rows, or the same problem (exit 2)', () => {
  const runs = [...Object.keys(CASES).map((name) => [name, [], {}]),
    ['forms-export.csv', ['--id-column', 'Email address'], { idColumn: 'Email address' }],
    ['semicolon.csv', ['--delimiter', ';'], { delimiter: ';' }],
    ['tab-one-row.tsv', ['--delimiter', 'tab'], { delimiter: '\t' }]];
  for (const [name, args, options] of runs) {
    const run = cli(['score', '--csv', path.join(FIXTURES, name), ...args]);
    assert.equal(run.status, 0, `${name} ${args.join(' ')}: ${run.stderr}`);
    assert.deepStrictEqual(cliRows(run.stdout), wasmRows(handle.scoreCsv(fixture(name), options)), `${name} ${args.join(' ')}`);
  }
  for (const name of ['header-only.csv', 'empty.csv']) {
    const run = cli(['score', '--csv', path.join(FIXTURES, name)]);
    assert.equal(cliErrorMessage(run), handle.scoreCsv(fixture(name)).problem.message, name);
  }
  const run = cli(['score', '--csv', path.join(FIXTURES, 'forms-export.csv'), '--id-column', 'Nope']);
  assert.equal(cliErrorMessage(run), handle.scoreCsv(fixture('forms-export.csv'), { idColumn: 'Nope' }).problem.message);
});
