// Welcome and About: what the questionnaire is, and the ways in. Neither needs the engine.
import { app, answeredCount } from './state.js';
import { S } from '../strings.js';
import { welcomeView } from '../welcome_view.js';
import { aboutView } from '../about_view.js';
import { beginProgress, leaveQuestions, saveProgress, startFresh, use } from './progress.js';
import { showQuestion } from './questions.js';
import { showHistory } from './history.js';
import { importFile, useOwn } from './files.js';
import { prefetchEngine, withEngine } from './engine_gate.js';

// Statement 1 answered on Welcome: the run starts as it would on the statement's own screen (progress
// saved, the clock running), and Welcome stays as it is, so nothing moves under the pointer.
function answerFirst(value) {
  if (!app.progress) beginProgress();
  app.progress.answers[0] = value;
  app.progress.current = 0;
  app.answering = true;
  app.stopwatch.start();
  saveProgress();
  prefetchEngine();
}

function leaving(go) {
  return (...args) => {
    leaveQuestions();
    return go(...args);
  };
}

export function showWelcome() {
  leaveQuestions();
  const { progress } = app;
  const on = {
    // With nothing saved when Welcome showed, Start keeps an answer given here meanwhile.
    start: () => (!progress && app.progress ? showQuestion(0) : startFresh()),
    resume: () => showQuestion(progress.current),
    answerFirst,
    next() {
      if (!app.progress) beginProgress();
      showQuestion(1);
    },
    history: () => withEngine(() => showHistory(showWelcome)),
    about: leaving(() => app.screens.show(() => ({ title: S.aboutHeading,
      main: aboutView({ questionnaire: app.questionnaire, attrs: app.content.attrs, builtin: app.source === '' },
        { back: showWelcome }) }))),
    useOwn,
    importFile: leaving(importFile),
    useBuiltin() {
      use('', app.builtin);
      showWelcome();
    },
  };
  // Drawn again in another language: still resuming or not as when it showed, and statement 1 keeps
  // an answer given on it meanwhile.
  app.screens.show(() => ({ title: app.questionnaire.title, main: welcomeView({
    questionnaire: app.questionnaire,
    ...app.content,
    answered: progress ? answeredCount(progress.answers) : null,
    hasHistory: app.storage.historyEntries().length > 0,
    custom: app.source !== '',
    answers: !progress && app.progress ? app.progress.answers : app.questionnaire.items.map(() => null),
  }, on) }));
}
