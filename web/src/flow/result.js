// A result on screen: the person's own, one from history, a shared link or an imported file, with
// what can be done with it (retake, share, print, download, add to history).
import { app } from './state.js';
import { S } from '../strings.js';
import { resultsView } from '../results_view.js';
import { copyShareLink, downloadCsv, downloadJson, printReport } from '../actions.js';
import { openQuestionnaire } from '../custom_questionnaire.js';
import { startFresh, use } from './progress.js';
import { showWelcome } from './welcome.js';
import { showHistory } from './history.js';
import { historyEntry } from './questions.js';
import { clearSharedLink } from './routes.js';
import { textsOf } from './content.js';

/**
 * shown: { result, answers, seconds (null when unknown), date, shared, imported, source,
 * questionnaire (as the engine opened it), earlier, history }. Only called once the engine is there
 * (a result needs it). The result gives numbers and ids; its texts come from textsOf(), in the
 * language the page speaks when it is drawn.
 */
export function showResult(shown) {
  const { result, answers, seconds, shared, imported, earlier, source = app.source,
    questionnaire = app.original } = shown;
  const { handle } = openQuestionnaire(app.engine, source);
  const date = shown.date || new Date().toISOString();
  app.notices.clear('share');
  const on = {
    retake() {
      // A result of an earlier version is retaken with the current one.
      if (earlier) use('', app.builtin);
      else if (source !== app.source) use(source, questionnaire);
      startFresh();
    },
    start: () => {
      clearSharedLink();
      showWelcome();
    },
    addToHistory() {
      app.storage.addToHistory(historyEntry(questionnaire, answers, seconds,
        Number.isNaN(Date.parse(date)) ? undefined : date));
      app.notices.say(() => S.added, 'added');
      showHistory(showWelcome);
    },
    history: shown.history || (() => showHistory(() => showResult(shown))),
    async copyLink() {
      const outcome = await copyShareLink(handle, answers);
      app.notices.say(() => (outcome.copied ? S.linkCopied : S.linkManual), 'share');
      return outcome;
    },
    print: printReport,
    downloadJson: () => downloadJson(handle, { date, answers, seconds }),
    downloadCsv: () => downloadCsv(handle, { date, answers }),
  };
  app.screens.show(() => {
    const texts = textsOf({ source, questionnaire, earlier });
    return { main: resultsView({ result, ...texts, shared, imported, date, earlier }, on),
      title: shared ? S.sharedResult : imported ? S.importedResult : S.yourResult };
  });
}
