// The page's flow: starts the engine, then moves between Welcome, the statements, the result,
// History and shared results. All state lives in the one `app` object below; every number shown
// comes from the engine.
import { h } from './dom.js';
import { S, errorText, format } from './strings.js';
import { loadEngine, loadTools } from './engine_loader.js';
import { createStorage } from './storage.js';
import { createNotices } from './notices.js';
import { createScreens } from './screen.js';
import { createStopwatch } from './stopwatch.js';
import { welcomeView } from './welcome_view.js';
import { questionView } from './question_view.js';
import { resultsView } from './results_view.js';
import { historyView } from './history_view.js';
import { messageView } from './message_view.js';
import { copyShareLink, downloadCsv, downloadJson, printReport } from './actions.js';

const app = {
  engine: null,
  questionnaire: null,
  storage: null,
  notices: createNotices(),
  screens: null,
  stopwatch: createStopwatch(),
  /** { answers, current, startedAt } while a questionnaire is under way, else null */
  progress: null,
  answering: false,
};

const answeredCount = (answers) => answers.filter((a) => a !== null).length;

// --- Progress -------------------------------------------------------------------------------
function saveProgress() {
  if (!app.progress) return;
  app.storage.saveProgress({ ...app.progress, elapsedMs: app.stopwatch.elapsedMs() });
}

function leaveQuestions() {
  if (!app.answering) return;
  app.stopwatch.stop();
  saveProgress();
  app.answering = false;
}

function startFresh() {
  clearSharedLink();
  app.progress = { answers: app.questionnaire.items.map(() => null), current: 0, startedAt: new Date().toISOString() };
  app.stopwatch.reset(0);
  showQuestion(0);
}

// --- Screens --------------------------------------------------------------------------------
function showWelcome() {
  leaveQuestions();
  const { progress, questionnaire } = app;
  app.screens.show(welcomeView({
    questionnaire,
    answered: progress ? answeredCount(progress.answers) : null,
    hasHistory: app.storage.historyEntries().length > 0,
  }, { start: startFresh, resume: () => showQuestion(progress.current), history: () => showHistory(showWelcome) }),
  questionnaire.title);
}

function showQuestion(index, alert = null) {
  const { progress, questionnaire } = app;
  progress.current = index;
  app.answering = true;
  app.stopwatch.start();
  saveProgress();
  app.notices.clear('share');
  const main = questionView({ questionnaire, index, answers: progress.answers, alert }, {
    answer(value) {
      progress.answers[index] = value;
      saveProgress();
    },
    back: () => (index > 0 ? showQuestion(index - 1) : showWelcome()),
    next: () => showQuestion(index + 1),
    finish,
  });
  app.screens.show(main, format(S.statementOf, { n: index + 1, count: questionnaire.items.length }),
    alert ? main.querySelector('input') : null);
}

function finish() {
  const { progress, questionnaire, engine } = app;
  const seconds = Math.round(app.stopwatch.elapsedMs() / 1000);
  const result = engine.score('', progress.answers, seconds);
  if (!result.ok) {
    const { error } = result;
    showQuestion(error.code === 'missing_answer' ? error.item - 1 : progress.current, errorText(error));
    return;
  }
  leaveQuestions();
  const entry = { id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    date: new Date().toISOString(), questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers: [...progress.answers], seconds };
  app.storage.addToHistory(entry);
  app.storage.clearProgress();
  app.progress = null;
  showResult({ result, answers: entry.answers, seconds, date: entry.date, shared: false });
}

function showResult(shown) {
  const { result, answers, seconds, shared } = shown;
  const { engine, questionnaire } = app;
  const date = shown.date || new Date().toISOString();
  app.notices.clear('share');
  app.screens.show(resultsView({ result, questionnaire, shared, date }, {
    retake: startFresh,
    start: () => {
      clearSharedLink();
      showWelcome();
    },
    history: () => showHistory(() => showResult(shown)),
    async copyLink() {
      const outcome = await copyShareLink(engine, answers);
      app.notices.say(outcome.copied ? S.linkCopied : S.linkManual, 'share');
      return outcome;
    },
    print: printReport,
    downloadJson: () => downloadJson(loadTools, { date, answers, seconds }),
    downloadCsv: () => downloadCsv(loadTools, { date, answers }),
  }), shared ? S.sharedResult : S.yourResult);
}

function showHistory(back) {
  leaveQuestions();
  const { id, version } = app.questionnaire;
  const rows = app.storage.historyEntries().map(({ date, answers, seconds, questionnaire }) => {
    const fits = questionnaire.id === id && questionnaire.version === version;
    const result = fits ? app.engine.score('', answers, seconds) : null;
    return { date, result: result && result.ok ? result : null };
  });
  app.screens.show(historyView({ rows }, { back }), S.historyHeading);
}

function showMessage(title, message, action, onAction) {
  app.screens.show(messageView({ title, message, action, onAction }), title);
}

// --- Shared links (#r=CODE) -----------------------------------------------------------------
function sharedCode() {
  const match = /^#r=(.*)$/.exec(location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

function clearSharedLink() {
  if (sharedCode() !== null) history.replaceState(null, '', location.pathname + location.search);
}

function showShared(code) {
  leaveQuestions();
  const { engine } = app;
  const decoded = engine.decodeShare('', code);
  const result = decoded.ok ? engine.score('', decoded.answers, -1) : decoded;
  if (!result.ok) {
    showMessage(S.linkProblem, errorText(result.error), S.goToStart, () => {
      clearSharedLink();
      showWelcome();
    });
    return;
  }
  showResult({ result, answers: decoded.answers, seconds: -1, date: null, shared: true });
}

function route() {
  const code = sharedCode();
  if (code === null) showWelcome();
  else showShared(code);
}

// --- Start ----------------------------------------------------------------------------------
function showLoadFailure() {
  showMessage(S.loadFailed, S.loadFailedHelp, S.reload, () => location.reload());
}

function registerServiceWorker() {
  if (!/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('sw.js').catch(() => {});
}

function buildShell() {
  const loading = h('main', { class: 'card loading' }, h('p', null, S.loading));
  document.getElementById('app').append(
    h('header', { class: 'top' }, h('img', { src: 'icon.svg', alt: '', width: 28, height: 28 }), S.appName),
    loading,
    app.notices.region);
  app.screens = createScreens(loading);
}

async function start() {
  buildShell();
  app.engine = await loadEngine();
  const loaded = app.engine.questionnaire('');
  if (!loaded.ok) throw new Error('questionnaire');
  app.questionnaire = loaded.questionnaire;
  app.storage = createStorage(app.questionnaire, (key) => app.notices.say(S[key]));
  app.storage.open();
  const saved = app.storage.loadProgress();
  if (saved) {
    app.progress = { answers: saved.answers, current: saved.current, startedAt: saved.startedAt };
    app.stopwatch.reset(saved.elapsedMs);
  }
  window.addEventListener('hashchange', () => sharedCode() !== null && route());
  window.addEventListener('pagehide', () => app.answering && saveProgress());
  document.addEventListener('visibilitychange', () => {
    if (!app.answering) return;
    if (document.hidden) {
      app.stopwatch.stop();
      saveProgress();
    } else app.stopwatch.start();
  });
  registerServiceWorker();
  route();
  performance.mark('crossroads-ready');  // read by bench/run.js: engine loaded, first screen shown
}

start().catch(() => {
  if (app.screens) showLoadFailure();
});
