// History and Compare: every stored attempt, re-scored by the questionnaire it was made with.
import { app } from './state.js';
import { S } from '../strings.js';
import { historyView } from '../history_view.js';
import { compareView } from '../compare_view.js';
import { findQuestionnaire, knownQuestionnaires } from '../custom_questionnaire.js';
import { leaveQuestions, use } from './progress.js';
import { showResult } from './result.js';
import { importFile } from './files.js';
import { textsOf } from './content.js';

/** A stored entry's seconds for the engine: null when unknown (older entries say -1). */
export const secondsOf = (entry) => (Number.isFinite(entry.seconds) && entry.seconds >= 0 ? entry.seconds : null);

/**
 * Only called once the engine is there (withEngine). Each entry is scored once here; another
 * language draws the same results again.
 */
export function showHistory(back) {
  leaveQuestions();
  const again = () => showHistory(back);
  const known = knownQuestionnaires(app.engine, app.storage, app.source);
  const rows = app.storage.historyEntries().map((entry) => {
    const found = findQuestionnaire(known, entry.questionnaire);
    const result = found && found.handle.score(entry.answers, secondsOf(entry));
    return { entry, ...found, result: result && result.ok ? result : null };
  });
  const picked = new Set();
  const compare = (older, newer) => app.screens.show(() => ({ title: S.compareHeading,
    main: compareView({ older, newer, ...textsOf(older) }, { back: again }) }));
  const on = {
    back,
    view: ({ entry, result, source, questionnaire, earlier }) => showResult({ result, answers: entry.answers,
      seconds: secondsOf(entry), date: entry.date, source, questionnaire, earlier, history: again }),
    compare,
    remove({ entry }) {
      app.storage.removeFromHistory(entry.id);
      app.notices.say(() => S.deleted, 'deleted');
      again();
    },
    removeAll() {
      app.storage.clearAll();
      use('', app.builtin);
      app.notices.say(() => S.allDeleted, 'allDeleted');
      again();
    },
    importFile,
  };
  app.screens.show(() => ({ title: S.historyHeading,
    main: historyView({ rows, textsOf, current: app.questionnaire, picked }, on) }));
}
