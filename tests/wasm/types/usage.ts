// Uses every function and field wasm/engine.d.ts declares, the way the page does; type-checked by
// tests/wasm/types.test.js (tsc --noEmit). Never run.
import createCrossroadsEngine from '../../../wasm/engine';
import type {
  Answer, Columns, CsvColumns, CsvLayout, CsvOptions, CsvStream, Engine, EngineError, ErrorCode,
  Failure, ItemReliability, Opened, Problem, QuestionnaireData, Reading, Reliability, Result, Row,
  TeamInsight, TeamReliability, ThemeReliability,
} from '../../../wasm/engine';

function describe(error: EngineError): string {
  const code: ErrorCode = error.code;
  return `${code} at ${error.item}: ${error.message}`;
}

function fail(out: Failure): never {
  throw new Error(describe(out.error));
}

function showQuestionnaire(q: QuestionnaireData): string[] {
  const lines: string[] = [q.title, q.intro, String(q.format), q.id, String(q.version), q.lang,
    ...q.languages];
  if (q.credit !== undefined) lines.push(q.credit);
  if (q.about) lines.push(...q.about);
  lines.push(`${q.scale.min}..${q.scale.max}`, q.poles.low.id, q.poles.low.label, q.poles.high.id,
    q.poles.high.label);
  for (const t of q.themes) lines.push(t.id, t.title, t.description);
  for (const i of q.items) lines.push(i.id, i.theme, i.prompt, i.short, i.low, i.high, String(i.reverse));
  for (const b of q.bands) {
    lines.push(b.id, String(b.min), String(b.max), b.title, b.summary, b.explanation, ...b.advice,
      ...b.next_steps, ...b.questions);
  }
  if (q.shapes) {
    for (const s of [q.shapes.split, q.shapes.centred, q.shapes.consistent]) lines.push(s.title, s.explanation);
  }
  if (q.quality) lines.push(q.quality.straight_line, q.quality.mostly_middle, q.quality.fast);
  return lines;
}

function showResult(r: Result): string[] {
  const lines: string[] = [r.id, r.questionnaire.id, String(r.questionnaire.version),
    `${r.total} of ${r.min}..${r.max}`, r.band.id, r.band.title, r.shape, ...r.quality];
  for (const t of r.themes) lines.push(`${t.id} ${t.title} ${t.score} ${t.min} ${t.max} ${t.leaning}`);
  for (const i of r.items) lines.push(`${i.number} ${i.id} ${i.answer} ${i.value} ${i.end}`);
  if (r.margin !== null) lines.push(`${r.margin.points} toward ${r.margin.toward}`);
  if (r.borderline) lines.push('borderline');
  for (const [pole, numbers] of Object.entries(r.drivers)) lines.push(pole, ...numbers.map(String));
  return lines;
}

function showColumns(c: Columns): string[] {
  const lines: string[] = [String(c.ok), String(c.count), `${c.range.min}..${c.range.max}`];
  for (const t of c.range.themes) lines.push(`${t.id} ${t.min}..${t.max}`);
  for (let i = 0; i < c.count; i++) {
    const themes = c.themes.map((column) => column[i] ?? 0);
    const shape = c.shape[i] ?? -1;
    lines.push(`${c.ids[i]} ${c.total[i]} ${c.band[i]} ${themes.join(' ')} ${shape < 0 ? '' : c.shapeNames[shape]}`);
    if (c.margin !== null && c.toward !== null) lines.push(`${c.margin[i]} ${c.toward[i]}`);
    if (c.borderline[i] === 1) lines.push('borderline');
  }
  for (const e of c.errors) lines.push(`${e.row} ${e.id} ${describe(e.error)}`);
  return lines;
}

function columnsOf(out: Columns | Failure): Columns {
  return out.ok ? out : fail(out);
}

function showLayout(layout: CsvLayout | null, problem: EngineError | null): string[] {
  const lines: string[] = problem === null ? [] : [describe(problem)];
  if (layout === null) return lines;
  const separator: ',' | ';' | '\t' = layout.separator;
  lines.push(separator, String(layout.separatorDetected), String(layout.headerLine), String(layout.byName),
    ...layout.names, layout.idField === null ? 'line numbers' : String(layout.idField),
    ...layout.answerFields.map(String));
  return lines;
}

function showCsv(out: CsvColumns | Failure): string[] {
  if (!out.ok) return [describe(out.error)];
  return [...showColumns(out), ...showLayout(out.layout, out.problem)];
}

function showReliability(r: Reliability): string[] {
  const reading: Reading = r.reading;
  const lines: string[] = [reading, `${r.n} people, ${r.k} statements`,
    r.alpha === null ? '—' : r.alpha.toFixed(3), r.total_sd === null ? '—' : r.total_sd.toFixed(2)];
  if (r.ci !== null) lines.push(`${r.ci[0].toFixed(2)} to ${r.ci[1].toFixed(2)}`);
  for (const item of r.items) {
    const i: ItemReliability = item;
    lines.push(`${i.number} ${i.item_total ?? '—'} ${i.alpha_if_deleted ?? '—'} ${i.mean} ${i.sd ?? '—'}`,
      i.counts.join(' '));
  }
  return lines;
}

// The band of each row, marked when too close to call (uncertain_totals[total - range.min]).
function showInsight(out: TeamInsight | Failure, columns: Columns): string[] {
  if (!out.ok) return [describe(out.error)];
  const lines: string[] = [`${out.n} scored, ${out.excluded} left out, floor ${out.min_group}`];
  if (out.suppressed) return [...lines, 'too few people to show'];
  const reliability: TeamReliability | null = out.reliability;
  if (reliability !== null) {
    lines.push(...showReliability(reliability.total));
    for (const theme of reliability.themes) {
      const t: ThemeReliability = theme;
      lines.push(t.id, ...showReliability(t));
    }
  }
  if (out.sem !== null) lines.push(`SEM ${out.sem.toFixed(1)}, ${out.band_uncertain ?? 0} uncertain`);
  if (out.bands !== null) for (const [band, people] of Object.entries(out.bands)) lines.push(`${band} ${people}`);
  for (let i = 0; i < columns.count; i++) {
    const uncertain = out.uncertain_totals?.[(columns.total[i] ?? 0) - columns.range.min] === 1;
    lines.push(`${columns.ids[i]} ${columns.band[i]}${uncertain ? ' (uncertain)' : ''}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const engine: Engine = await createCrossroadsEngine({ wasmBinary: new Uint8Array(0) });
  const earlier: string[] = engine.earlierVersions();
  const before: number = engine.memoryInUse();
  const rules: { floor: { lowest: number; highest: number; usual: number }; readingEdges: number[] } = engine.teamRules();
  if (rules.floor.lowest > rules.floor.usual || rules.floor.usual > rules.floor.highest) throw new Error('floor');
  const opened = engine.open(earlier[0] ?? '');
  if (!opened.ok) {
    const problems: Problem[] = opened.problems;
    throw new Error(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
  const handle: Opened = opened.handle;
  showQuestionnaire(opened.questionnaire);
  const other: QuestionnaireData | null = handle.questionnaireIn(opened.questionnaire.languages[0]);
  if (other !== null) showQuestionnaire(other);

  const answers: Answer[] = [7, '3', null, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
  const scored = handle.score(answers, null);
  if (scored.ok) showResult(scored); else describe(scored.error);
  handle.score(answers, 95);

  const shared = handle.encodeShare(answers);
  if (!shared.ok) fail(shared);
  const decoded = handle.decodeShare(shared.code);
  if (!decoded.ok) fail(decoded);
  const numbers: number[] = decoded.answers;

  const exported = handle.exportResult(numbers, 95, '2026-11-30');
  if (!exported.ok) fail(exported);
  const imported = handle.importResult(exported.text);
  if (!imported.ok) fail(imported);
  const seconds: number | null = imported.seconds;
  showResult(imported.result).push(imported.date, String(seconds));

  const rows: Row[] = [{ id: 'alice', answers: numbers }, { id: 'bob', answers }];
  const csv = handle.resultCsv(rows);
  if (!csv.ok) fail(csv);
  showColumns(columnsOf(handle.scoreRows(rows)));
  showCsv(handle.scoreCsv(csv.text));
  const options: CsvOptions = { delimiter: '\t', idColumn: 'Email address' };
  showCsv(handle.scoreCsv(csv.text, options));
  showCsv(handle.scoreCsv(csv.text, { delimiter: ';' }));
  showCsv(handle.scoreCsv(csv.text, {}));
  // More names for the statements, one list per language's prompts or short labels.
  const names: string[][] = [opened.questionnaire.items.map((i) => i.prompt)];
  showCsv(handle.scoreCsv(csv.text, { names, idColumn: 'id' }));

  const stream: CsvStream = handle.csvStream();
  showColumns(columnsOf(stream.feed('alice,1,2,3\n')));
  showLayout(stream.layout(), stream.problem());
  const last = columnsOf(stream.finish());
  showColumns(last);
  showInsight(stream.insight(5), last);
  showInsight(stream.insight(3), last);
  stream.delete();
  showInsight(handle.teamInsight(rows, 10), columnsOf(handle.scoreRows(rows)));
  const chosen: CsvStream = handle.csvStream({ idColumn: 'Name' });
  showColumns(columnsOf(chosen.finish()));
  chosen.delete();
  handle.delete();
  if (engine.memoryInUse() > before) throw new Error('leak');
}

void main();
