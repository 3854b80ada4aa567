// The page's entry point. Welcome and the statements show at once from the built-in
// questionnaire the build wrote into this bundle (`crossroads questions --json`); the engine
// loads only when something needs it (web/src/flow/engine_gate.js). The flow between screens
// lives in web/src/flow/, one job per file, around the one state object in flow/state.js.
import builtin from 'crossroads:builtin';
import { h } from './dom.js';
import { S } from './strings.js';
import { createStorage } from './storage.js';
import { createScreens } from './screen.js';
import { openQuestionnaire } from './custom_questionnaire.js';
import { app } from './flow/state.js';
import { saveProgress, use } from './flow/progress.js';
import { otherTabChanged } from './flow/tabs.js';
import { route } from './flow/routes.js';
import { withEngine } from './flow/engine_gate.js';

function buildShell() {
  const loading = h('main', { class: 'card loading' }, h('p', null, S.loading));
  document.getElementById('app').append(
    h('header', { class: 'top' }, h('img', { src: 'icon.svg', alt: '', width: 28, height: 28 }), S.appName),
    loading,
    app.notices.region);
  app.screens = createScreens(loading);
}

function listen() {
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
}

function start() {
  buildShell();
  app.builtin = builtin;
  app.storage = createStorage((key) => app.notices.say(S[key]));
  app.storage.open();
  const source = app.storage.activeSource();
  if (!source) {
    use('', builtin);
    listen();
    route();
    performance.mark('crossroads-ready');  // read by bench/page.js: the first screen is shown
    return;
  }
  // An own questionnaire in use: the engine checks it before anything shows.
  withEngine((engine) => {
    const own = openQuestionnaire(engine, source);
    if (own.ok) use(source, own.questionnaire);
    else {
      app.storage.setActiveAside();
      use('', builtin);
    }
    listen();
    route();
  });
}

start();
