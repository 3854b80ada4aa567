// Welcome and About: what the questionnaire is, and the ways in. Neither needs the engine.
import { app, answeredCount } from './state.js';
import { S } from '../strings.js';
import { welcomeView } from '../welcome_view.js';
import { aboutView } from '../about_view.js';
import { leaveQuestions, startFresh, use } from './progress.js';
import { showQuestion } from './questions.js';
import { showHistory } from './history.js';
import { importFile, useOwn } from './files.js';
import { withEngine } from './engine_gate.js';

export function showWelcome() {
  leaveQuestions();
  const { progress, questionnaire } = app;
  app.screens.show(welcomeView({
    questionnaire,
    answered: progress ? answeredCount(progress.answers) : null,
    hasHistory: app.storage.historyEntries().length > 0,
    custom: app.source !== '',
  }, {
    start: startFresh,
    resume: () => showQuestion(progress.current),
    history: () => withEngine(() => showHistory(showWelcome)),
    about: () => app.screens.show(aboutView({ questionnaire }, { back: showWelcome }), S.aboutHeading),
    useOwn,
    importFile,
    useBuiltin() {
      use('', app.builtin);
      showWelcome();
    },
  }), questionnaire.title);
}
