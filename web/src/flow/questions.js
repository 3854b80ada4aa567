// The statements, one at a time, and finishing: the engine scores the answers (it is prefetched
// while the first statement is on screen, so the result is there at once) and the result joins
// history.
import { app } from './state.js';
import { S, errorText, format, number } from '../strings.js';
import { questionView } from '../question_view.js';
import { leaveQuestions, saveProgress } from './progress.js';
import { settleConflict } from './tabs.js';
import { showWelcome } from './welcome.js';
import { showResult } from './result.js';
import { prefetchEngine, withEngine } from './engine_gate.js';
import { openQuestionnaire } from '../custom_questionnaire.js';

/** problem: an engine error to announce on arrival ({ code, item }), or null. */
export function showQuestion(index, problem = null) {
  const { progress } = app;
  progress.current = index;
  app.answering = true;
  app.stopwatch.start();
  saveProgress();
  app.notices.clear('share');
  const on = {
    answer(value) {
      progress.answers[index] = value;
      saveProgress();
    },
    back: () => (index > 0 ? showQuestion(index - 1) : showWelcome()),
    next: () => showQuestion(index + 1),
    finish,
  };
  app.screens.show(() => {
    const { questionnaire } = app;
    const alert = problem && errorText(problem);
    const main = questionView({ questionnaire, index, answers: progress.answers, alert, attrs: app.content.attrs }, on);
    const title = format(S.statementOf, { n: number(index + 1), count: number(questionnaire.items.length) });
    return { main, title, focus: alert ? main.querySelector('input') : null };
  });
  prefetchEngine();
}

// How History stores "time not known": a page of an earlier build, open in another tab, sets the
// whole history aside if one entry's seconds is not a number, so null is never stored.
const UNKNOWN_SECONDS = -1;

/** A history entry; seconds is null when unknown (stored as UNKNOWN_SECONDS; see secondsOf). */
export const historyEntry = (questionnaire, answers, seconds, date = new Date().toISOString()) => ({
  id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, date,
  questionnaire: { id: questionnaire.id, version: questionnaire.version }, answers: [...answers],
  seconds: seconds ?? UNKNOWN_SECONDS });

function finish() {
  const seconds = Math.round(app.stopwatch.elapsedMs() / 1000);
  const { progress, questionnaire, source } = app;
  if (!app.engine) leaveQuestions();  // the clock stops while the engine loads
  withEngine((engine) => {
    const result = openQuestionnaire(engine, source).handle.score(progress.answers, seconds);
    if (!result.ok) {
      const { error } = result;
      showQuestion(error.code === 'missing_answer' ? error.item - 1 : progress.current, error);
      return;
    }
    leaveQuestions();
    const entry = historyEntry(questionnaire, progress.answers, seconds);
    app.storage.addToHistory(entry);
    // Another tab's unsettled answers are its own to finish, so they stay saved.
    if (!app.conflict) app.saved.clear();
    settleConflict();
    if (app.progress === progress) app.progress = null;
    showResult({ result, answers: entry.answers, seconds, date: entry.date, shared: false });
  });
}
