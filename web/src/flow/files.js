// Files a person chooses: a result to import, a questionnaire of their own. Each returns null when
// it moved on to a new screen, or [alert, details] for the file picker to show under the input.
import { app } from './state.js';
import { S, format, number } from '../strings.js';
import { importResult } from '../import_result.js';
import { knownQuestionnaires, openQuestionnaire } from '../custom_questionnaire.js';
import { problemList } from '../problem_list.js';
import { use } from './progress.js';
import { showResult } from './result.js';
import { showWelcome } from './welcome.js';
import { engineReady } from './engine_gate.js';

// The engine, or the load failure to show under the picker (choosing the file again retries).
async function engineOrProblem() {
  try {
    return { engine: await engineReady() };
  } catch {
    return { problem: [`${S.loadFailed} ${S.loadFailedHelp}`] };
  }
}

export async function importFile(text) {
  const { engine, problem } = await engineOrProblem();
  if (problem) return problem;
  const read = importResult(knownQuestionnaires(engine, app.storage, app.source), text);
  if (!read.ok) return [read.message];
  const { result, source, questionnaire, earlier, seconds, date } = read;
  showResult({ result, answers: result.items.map((item) => item.answer), seconds, date, source, questionnaire,
    earlier, imported: true });
  return null;
}

export async function useOwn(text, file) {
  const { engine, problem } = await engineOrProblem();
  if (problem) return problem;
  const opened = openQuestionnaire(engine, text);
  // The built-in questionnaire's id would mix its saved progress and history with this file's.
  const problems = !opened.ok ? opened.problems : opened.questionnaire.id === app.builtin.id
    ? [{ path: 'id', message: S.builtinId, ours: true }] : [];
  if (problems.length) {
    return [format(S.problems, { file, count: number(problems.length) }), problemList(problems)];
  }
  app.storage.saveCustom(opened.questionnaire.id, text);
  use(text, opened.questionnaire);
  showWelcome();
  return null;
}
