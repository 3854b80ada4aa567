// CSV headers in another language through the module: the built-in questionnaire carries only
// English here, while the CLI reads headers in every built-in language. options.names gives the
// module the other languages' names (each language's prompts and short labels, as
// `crossroads questions --json --lang CODE` writes them), so the page reads a French-headed file
// as the CLI does. Without them a header of the statements' count that names none is read by
// place (docs/csv-input.md), which for columns in another order scores the wrong statements.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadEngine, cli, tempFile, rng } = require('./support');

let engine;
let handle;
test.before(async () => {
  engine = await loadEngine();
  handle = engine.open('').handle;
});
test.after(() => handle.delete());

// The built-in questionnaire in a language, as the build gets it for the page.
function questionnaireIn(lang) {
  const run = cli(['questions', '--json', '--lang', lang]);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

// What the page passes: every language's prompts and short labels.
const namesOf = (languages) => languages.flatMap((q) => [q.items.map((i) => i.prompt), q.items.map((i) => i.short)]);

// A CSV quoted for any text (French prompts hold commas, apostrophes, question marks).
const csvLine = (cells) => cells.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',');

// A team's CSV headed with these texts in reversed statement order, and each row's answers in
// questionnaire order.
function reversedCsv(texts, people) {
  const random = rng(2613);
  const order = texts.map((_, i) => i).reverse();
  const rows = [];
  const lines = [csvLine(['id', ...order.map((i) => texts[i])])];
  for (let p = 0; p < people; p++) {
    const answers = texts.map(() => Math.floor(random() * 11));
    rows.push(answers);
    lines.push(csvLine([`p${p}`, ...order.map((i) => answers[i])]));
  }
  return { text: `${lines.join('\n')}\n`, rows };
}

// The CLI's totals for a CSV: its score --csv output's total column, by id.
function cliTotals(text) {
  const run = cli(['score', '--csv', tempFile('team.csv', text)]);
  assert.equal(run.status, 0, run.stderr);
  const [header, ...lines] = run.stdout.trim().split('\n');
  const total = header.split(',').indexOf('total');
  return lines.map((line) => Number(line.split(',')[total]));
}

test('a French-headed CSV in reversed order: with the French names, the CLI\'s totals', () => {
  const fr = questionnaireIn('fr');
  const { text } = reversedCsv(fr.items.map((i) => i.prompt), 12);
  const expected = cliTotals(text);
  const out = handle.scoreCsv(text, { names: namesOf([fr]) });
  assert.equal(out.problem, null);
  assert.equal(out.layout.byName, true);
  assert.deepStrictEqual(out.layout.answerFields, fr.items.map((_, i) => fr.items.length - i));
  assert.deepStrictEqual([...out.total], expected);
  // The same in pieces, as the team view reads a file.
  const stream = handle.csvStream({ names: namesOf([fr]) });
  const totals = [];
  for (const piece of text.split(/(?<=\n)/)) totals.push(...stream.feed(piece).total);
  totals.push(...stream.finish().total);
  assert.deepStrictEqual(totals, expected);
  stream.delete();
});

test('without the names, the same file is read by place: other totals than the CLI\'s', () => {
  const fr = questionnaireIn('fr');
  const { text } = reversedCsv(fr.items.map((i) => i.prompt), 12);
  const out = handle.scoreCsv(text);
  assert.equal(out.layout.byName, false, 'a header naming nothing, of the statements\' count');
  assert.notDeepStrictEqual([...out.total], cliTotals(text));
});

test('every built-in language\'s names at once: headers of any of them, as the CLI reads them', () => {
  const languages = ['en', 'fr', 'de', 'es', 'pt-BR', 'ar'].map(questionnaireIn);
  const names = namesOf(languages);
  for (const q of languages) {
    for (const field of ['prompt', 'short']) {
      const { text, rows } = reversedCsv(q.items.map((i) => i[field]), 5);
      const out = handle.scoreCsv(text, { names });
      assert.equal(out.problem, null, `${q.lang} ${field}`);
      const totals = rows.map((answers) => handle.score(answers, null).total);
      assert.deepStrictEqual([...out.total], totals, `${q.lang} ${field}`);
      assert.deepStrictEqual([...out.total], cliTotals(text), `${q.lang} ${field}: the CLI's`);
    }
  }
});

test('a name that fits two statements names neither: no guess', () => {
  const en = questionnaireIn('en');
  const swapped = en.items.map((i) => i.short);
  [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
  // Statement 1's column is headed with its English label, which the names given make statement
  // 2's too; the others by id, after an email column (so the header is read by name).
  const header = ['id', 'Email', en.items[0].short, ...en.items.slice(1).map((i) => i.id)];
  const text = `${csvLine(header)}\n${csvLine(['p1', 'p1@example.org', ...en.items.map(() => 5)])}\n`;
  const own = handle.scoreCsv(text);
  assert.equal(own.problem, null, 'its own short label names statement 1');
  const out = handle.scoreCsv(text, { names: [swapped] });
  assert.match(out.problem.message, /^No column of the header names statement 1 /);
});

test('names that are not lists of one text per statement: a Failure, for scoreCsv and a stream', () => {
  const text = 'id,a\np1,5\n';
  const cases = [
    ['not a list', 'Focus'],
    ['a list too short', [['Focus']]],
    ['a list too long', [Array(16).fill('x')]],
    ['not texts', [Array(15).fill(1)]],
    ['texts, not lists', Array(15).fill('x')],
  ];
  for (const [name, names] of cases) {
    const out = handle.scoreCsv(text, { names });
    assert.equal(out.ok, false, name);
    assert.equal(out.error.code, 'bad_file', name);
    assert.equal(out.error.message, 'The names must be a list of lists of texts, each with one name '
      + 'per statement (15), in the questionnaire\'s order.', name);
    const stream = handle.csvStream({ names });
    assert.deepStrictEqual(stream.feed(text), out, name);
    stream.delete();
  }
  assert.equal(handle.scoreCsv(text, { names: [] }).problem, null, 'no lists: nothing more');
  assert.equal(handle.scoreCsv(text, { names: null }).problem, null, 'null: the default');
});
