// The answers under way: saving them, pausing the clock, and which questionnaire is in use (each
// has its own saved progress).
import { app } from './state.js';
import { S, format, number } from '../strings.js';
import { showQuestion } from './questions.js';
import { settleConflict } from './tabs.js';
import { clearSharedLink } from './routes.js';
import { showInUse } from './content.js';

export function saveProgress() {
  if (!app.progress || app.conflict) return;
  app.saved.save({ ...app.progress, elapsedMs: app.stopwatch.elapsedMs() });
}

export function leaveQuestions() {
  if (!app.answering) return;
  app.stopwatch.stop();
  saveProgress();
  app.answering = false;
}

/** New progress with no answers, its clock at zero (not yet running). */
export function beginProgress() {
  clearSharedLink();
  app.progress = { answers: app.questionnaire.items.map(() => null), current: 0, startedAt: new Date().toISOString() };
  app.stopwatch.reset(0);
}

export function startFresh() {
  beginProgress();
  showQuestion(0);
}

/** Takes saved progress (storage.progress().load()) or null as the progress in memory. */
export function restore(saved) {
  app.progress = saved && { answers: saved.answers, current: saved.current, startedAt: saved.startedAt };
  app.stopwatch.reset(saved ? saved.elapsedMs : 0);
}

/**
 * Makes a questionnaire the one in use, with its own saved progress (one for all its languages).
 * questionnaire: as the engine opened it (the built-in one: app.builtin).
 */
export function use(source, questionnaire) {
  leaveQuestions();
  settleConflict();
  Object.assign(app, { source, original: questionnaire, saved: app.storage.progress(questionnaire) });
  showInUse();
  app.storage.setActive(source && questionnaire.id);
  restore(app.saved.load());
  // Progress saved under another version of this questionnaire: its answers belong to other
  // statements, so storage kept them aside; always say so. Start again only when this version has
  // no progress: otherwise Welcome already offers Continue, and a fresh start here would drop it.
  const { replaced } = app.saved;
  if (replaced && replaced.answered > 0) {
    const fresh = app.progress ? [] : [{ label: () => S.startAgain, choose: startFresh }];
    const counts = () => ({ answered: number(replaced.answered), count: number(replaced.count) });
    app.notices.say(() => format(S.progressReplaced, counts()), 'replaced',
      [...fresh, { label: () => S.dismiss, choose() {} }]);
  }
}
