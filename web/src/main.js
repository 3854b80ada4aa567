// The page's entry point. It picks the reader's language and loads that language's script
// (lang/<code>.js: the page's words and the built-in questionnaire, as `crossroads questions --json
// --lang` writes it), so Welcome and the statements show without the engine, which loads only when
// something needs it (web/src/flow/engine_gate.js). The flow between screens lives in
// web/src/flow/, one job per file, around the one state object in flow/state.js.
import { h } from './dom.js';
import { S, currentLanguage } from './strings.js';
import { chooseLanguage, loadLanguage } from './language.js';
import { languageMenu } from './language_menu.js';
import { createStorage } from './storage.js';
import { createScreens } from './screen.js';
import { openQuestionnaire } from './custom_questionnaire.js';
import { app } from './flow/state.js';
import { saveProgress, use } from './flow/progress.js';
import { otherTabChanged } from './flow/tabs.js';
import { route } from './flow/routes.js';
import { withEngine } from './flow/engine_gate.js';
import { changeLanguage, speak } from './flow/language_change.js';

const FALLBACK = 'en';  // the language every build has

function buildShell() {
  const loading = h('main', { class: 'card loading' }, h('p', null, S.loading));
  const name = h('span', { class: 'app-name' });
  app.menu = languageMenu(changeLanguage);
  app.shell = {
    relabel() {
      name.textContent = S.appName;
      app.menu.show(currentLanguage().code);
    },
  };
  document.getElementById('app').append(
    h('header', { class: 'top' }, h('img', { src: 'icon.svg', alt: '', width: 28, height: 28 }), name, app.menu.element),
    loading,
    app.notices.region);
  app.shell.relabel();
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

// The chosen language's words, else English's; null when neither script can be loaded.
async function wordsOf(code) {
  for (const each of [code, FALLBACK]) {
    try {
      return await loadLanguage(each);
    } catch {
      // the next one, or nothing
    }
  }
  return null;
}

async function start() {
  // Storage may complain before there are words to say it with: its notices wait for them.
  const waiting = [];
  let notify = (key) => waiting.push(key);
  app.storage = createStorage((key) => notify(key));
  const code = chooseLanguage({ search: location.search, stored: app.storage.language(),
    preferred: navigator.languages });
  const pack = await wordsOf(code);
  if (!pack) {
    document.getElementById('no-words').hidden = false;  // index.html's own sentence
    return;
  }
  speak(pack);
  buildShell();
  notify = (key) => app.notices.say(() => S[key], key);
  waiting.forEach(notify);
  app.storage.open();
  const source = app.storage.activeSource();
  if (!source) {
    use('', app.builtin);
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
      use('', app.builtin);
    }
    listen();
    route();
  });
}

start();
