// Everything that needs the engine goes through here: scoring, links, history, files, the team
// view. The engine is fetched on first need, or in the background once the first statement is on
// screen, so a person who answers finds it ready. A load that fails says so, with Try again.
import { app } from './state.js';
import { S } from '../strings.js';
import { loadEngine } from '../engine_loader.js';
import { messageView } from '../message_view.js';
import { h } from '../dom.js';

let registered = false;
function registerServiceWorker() {
  if (registered || !/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return;
  registered = true;
  // After the engine, so the offline copy it fetches comes from the browser's cache.
  navigator.serviceWorker.register('sw.js').catch(() => {});
}

/** Resolves to the engine, kept in app.engine; the service worker starts once it is there. */
export function engineReady() {
  if (app.engine) return Promise.resolve(app.engine);
  return loadEngine().then((engine) => {
    app.engine ??= engine;
    registerServiceWorker();
    return app.engine;
  });
}

// A person reads a statement for a second or more before the first answer: time enough to fetch
// and start the engine without taking the page's first moments from showing and answering.
const PREFETCH_AFTER_MS = 1000;
// Then at the next idle moment, or after this long whatever the page is doing.
const IDLE_AT_MOST_MS = 1000;
// Browsers without requestIdleCallback (Safari) wait this long instead.
const NO_IDLE_CALLBACK_MS = 50;
let prefetching = false;
/** Starts loading the engine once the page has been idle a while, once; a failure waits for a real need. */
export function prefetchEngine() {
  if (prefetching || app.engine) return;
  prefetching = true;
  const idle = globalThis.requestIdleCallback || ((run) => setTimeout(run, NO_IDLE_CALLBACK_MS));
  setTimeout(() => idle(() => engineReady().catch(() => { prefetching = false; }), { timeout: IDLE_AT_MOST_MS }),
    PREFETCH_AFTER_MS);
}

/** words () → { title, message, action }: asked again when another language draws the screen again. */
export function showMessage(words, onAction) {
  app.screens.show(() => {
    const { title, message, action } = words();
    return { main: messageView({ title, message, action, onAction }), title };
  });
}

export const loadFailed = () => ({ title: S.loadFailed, message: S.loadFailedHelp, action: S.tryAgain });

/**
 * Runs run(engine) now when the engine is there; otherwise shows "Loading…" until it is, or the
 * load failure with Try again (which tries the same thing again). Nothing happens if the person
 * has moved to another screen meanwhile.
 */
export function withEngine(run) {
  if (app.engine) return run(app.engine);
  app.screens.show(() => ({ title: S.loading,
    main: h('main', { class: 'card loading', 'aria-busy': 'true' }, h('h1', null, S.loading)) }));
  const shown = app.screens.count();
  return engineReady().then((engine) => {
    if (app.screens.count() === shown) run(engine);
  }, () => {
    if (app.screens.count() === shown) showMessage(loadFailed, () => withEngine(run));
  });
}
