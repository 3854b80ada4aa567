// The page's flow: starts the engine, then moves between Welcome, the statements, the result,
// History and shared results. All state lives in the one `app` object below; every number shown
// comes from the engine.
import { h } from './dom.js';
import { S, errorText, format } from './strings.js';
import { loadEngine, loadTeam, loadTools } from './engine_loader.js';
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
import { compareView } from './compare_view.js';
import { problemList } from './problem_list.js';
import { importResult } from './import_result.js';
import { findQuestionnaire, knownQuestionnaires, openQuestionnaire } from './custom_questionnaire.js';
import { openSharedLink } from './shared_link.js';
import { aboutView } from './about_view.js';

const app = {
  engine: null,
  builtin: null,
  /** the questionnaire in use: its JSON text ('' for the built-in one, as the engine takes it) */
  source: '',
  questionnaire: null,
  storage: null,
  /** saved progress of the questionnaire in use (storage.progress()) */
  saved: null,
  /** true while another tab's answers wait for the person to choose between them and ours */
  conflict: false,
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
  if (!app.progress || app.conflict) return;
  app.saved.save({ ...app.progress, elapsedMs: app.stopwatch.elapsedMs() });
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
    custom: app.source !== '',
  }, { start: startFresh, resume: () => showQuestion(progress.current), history: () => showHistory(showWelcome),
    about: () => app.screens.show(aboutView({ questionnaire }, { back: showWelcome }), S.aboutHeading),
    useOwn, importFile, useBuiltin() {
      use('', app.builtin);
      showWelcome();
    } }),
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
  const result = engine.score(app.source, progress.answers, seconds);
  if (!result.ok) {
    const { error } = result;
    showQuestion(error.code === 'missing_answer' ? error.item - 1 : progress.current, errorText(error));
    return;
  }
  leaveQuestions();
  const entry = historyEntry(questionnaire, progress.answers, seconds);
  app.storage.addToHistory(entry);
  // Another tab's unsettled answers are its own to finish, so they stay saved.
  if (!app.conflict) app.saved.clear();
  settleConflict();
  app.progress = null;
  showResult({ result, answers: entry.answers, seconds, date: entry.date, shared: false });
}

const historyEntry = (questionnaire, answers, seconds, date = new Date().toISOString()) => ({
  id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, date,
  questionnaire: { id: questionnaire.id, version: questionnaire.version }, answers: [...answers], seconds });

/** shown: { result, answers, seconds, date, shared, imported, source, questionnaire, earlier, history } */
function showResult(shown) {
  const { result, answers, seconds, shared, imported, earlier, source = app.source,
    questionnaire = app.questionnaire } = shown;
  const { engine } = app;
  const date = shown.date || new Date().toISOString();
  app.notices.clear('share');
  app.screens.show(resultsView({ result, questionnaire, shared, imported, date, earlier }, {
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
      app.notices.say(S.added);
      showHistory(showWelcome);
    },
    history: shown.history || (() => showHistory(() => showResult(shown))),
    async copyLink() {
      const outcome = await copyShareLink(engine, answers, source);
      app.notices.say(outcome.copied ? S.linkCopied : S.linkManual, 'share');
      return outcome;
    },
    print: printReport,
    downloadJson: () => downloadJson(loadTools, { source, date, answers, seconds }),
    downloadCsv: () => downloadCsv(loadTools, { source, date, answers }),
  }), shared ? S.sharedResult : imported ? S.importedResult : S.yourResult);
}

function showHistory(back) {
  leaveQuestions();
  const again = () => showHistory(back);
  const known = knownQuestionnaires(app.engine, app.storage, app.source);
  const rows = app.storage.historyEntries().map((entry) => {
    const found = findQuestionnaire(known, entry.questionnaire);
    const result = found && app.engine.score(found.source, entry.answers, entry.seconds);
    return { entry, ...found, result: result && result.ok ? result : null };
  });
  app.screens.show(historyView({ rows, current: app.questionnaire }, {
    back,
    view: ({ entry, result, source, questionnaire, earlier }) => showResult({ result, answers: entry.answers,
      seconds: entry.seconds, date: entry.date, source, questionnaire, earlier, history: again }),
    compare: (older, newer) => app.screens.show(compareView({ older, newer }, { back: again }), S.compareHeading),
    remove({ entry }) {
      app.storage.removeFromHistory(entry.id);
      app.notices.say(S.deleted);
      again();
    },
    removeAll() {
      app.storage.clearAll();
      use('', app.builtin);
      app.notices.say(S.allDeleted);
      again();
    },
    importFile,
  }), S.historyHeading);
}

// --- Files: a result to import, a questionnaire of one's own ---------------------------------
// Each returns null when it moved on to a new screen, or [alert, details] for the file picker.
async function importFile(text) {
  const read = importResult(await loadTools(), knownQuestionnaires(app.engine, app.storage, app.source), text);
  if (!read.ok) return [read.message];
  const { result, source, questionnaire, earlier, seconds, date } = read;
  showResult({ result, answers: result.items.map((item) => item.answer), seconds, date, source, questionnaire,
    earlier, imported: true });
  return null;
}

function useOwn(text, file) {
  const opened = openQuestionnaire(app.engine, text);
  // The built-in questionnaire's id would mix its saved progress and history with this file's.
  const problems = !opened.ok ? opened.problems : opened.questionnaire.id === app.builtin.id
    ? [{ path: 'id', message: format(S.builtinId, app.builtin) }] : [];
  if (problems.length) {
    return [format(S.problems, { file, count: problems.length }), problemList(problems)];
  }
  app.storage.saveCustom(opened.questionnaire.id, text);
  use(text, opened.questionnaire);
  showWelcome();
  return null;
}

/** Makes a questionnaire the one in use, with its own saved progress. */
function use(source, questionnaire) {
  leaveQuestions();
  settleConflict();
  Object.assign(app, { source, questionnaire, saved: app.storage.progress(questionnaire) });
  app.storage.setActive(source && questionnaire.id);
  restore(app.saved.load());
  // Progress saved under another version of this questionnaire: its answers belong to other
  // statements, so storage kept them aside; always say so. Start again only when this version has
  // no progress: otherwise Welcome already offers Continue, and a fresh start here would drop it.
  const { replaced } = app.saved;
  if (replaced && replaced.answered > 0) {
    const fresh = app.progress ? [] : [{ label: S.startAgain, choose: startFresh }];
    app.notices.say(format(S.progressReplaced, { answered: replaced.answered, count: replaced.count }), 'replaced',
      [...fresh, { label: S.dismiss, choose() {} }]);
  }
}

/** Takes saved progress (storage.progress().load()) or null as the progress in memory. */
function restore(saved) {
  app.progress = saved && { answers: saved.answers, current: saved.current, startedAt: saved.startedAt };
  app.stopwatch.reset(saved ? saved.elapsedMs : 0);
}

// --- Another tab ----------------------------------------------------------------------------
// Two tabs answering one questionnaire would overwrite each other's answers without a word;
// instead this tab stops saving and lets the person choose whose answers to keep. A tab that is
// not answering has nothing to lose and simply takes the other tab's answers.
function otherTabChanged(key) {
  if (key !== null && key !== app.saved.key) return;
  const theirs = app.saved.load();
  const answers = (progress) => JSON.stringify(progress && progress.answers);
  if (answers(theirs) === answers(app.progress)) return;
  if (!app.answering) {
    adopt(theirs);
    return;
  }
  app.conflict = true;
  const settle = (keepMine) => () => {
    settleConflict();
    if (keepMine) saveProgress();
    else adopt(app.saved.load());
  };
  app.notices.say(S.otherTab, 'tabs', [{ label: S.loadOtherTab, choose: settle(false) },
    { label: S.keepMine, choose: settle(true) }]);
}

function settleConflict() {
  app.conflict = false;
  app.notices.clear('tabs');
}

// The other tab's answers are shown at once where they are on screen: a statement or Welcome.
function adopt(saved) {
  restore(saved);
  if (app.answering && saved) showQuestion(saved.current);
  else if (app.answering || document.querySelector('main.welcome')) {
    app.answering = false;
    app.stopwatch.stop();
    showWelcome();
  }
}

function showMessage(title, message, action, onAction) {
  app.screens.show(messageView({ title, message, action, onAction }), title);
}

// --- Team view (#team; web/src/team/, loaded on first use as team.js) ----------------------
async function showTeam() {
  leaveQuestions();
  const team = await loadTeam().catch(() => null);
  if (location.hash !== '#team') return;  // the person went elsewhere meanwhile
  if (!team) return showLoadFailure();
  const main = h('main', { class: 'card team' });
  const back = () => {
    history.replaceState(null, '', location.pathname + location.search);
    showWelcome();
  };
  team.mount(main, { engine: app.engine, loadTools, questionnaire: app.questionnaire, source: app.source, S, format, back });
  app.screens.show(main, S.teamView);
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
  const opened = openSharedLink(app.engine, knownQuestionnaires(app.engine, app.storage, app.source), code);
  if (!opened.ok) {
    showMessage(S.linkProblem, errorText(opened.error), S.goToStart, () => {
      clearSharedLink();
      showWelcome();
    });
    return;
  }
  const { result, answers, source, questionnaire, earlier } = opened;
  showResult({ result, answers, seconds: -1, date: null, shared: true, source, questionnaire, earlier });
}

function route() {
  const code = sharedCode();
  if (location.hash === '#team') showTeam();
  else if (code === null) showWelcome();
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
  const builtin = openQuestionnaire(app.engine, '');
  if (!builtin.ok) throw new Error('questionnaire');
  app.builtin = builtin.questionnaire;
  app.storage = createStorage((key) => app.notices.say(S[key]));
  app.storage.open();
  const source = app.storage.activeSource();
  const own = source && openQuestionnaire(app.engine, source);
  if (own && !own.ok) app.storage.setActiveAside();
  if (own && own.ok) use(source, own.questionnaire);
  else use('', app.builtin);
  app.storage.onChange(otherTabChanged);
  window.addEventListener('hashchange', route);
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
