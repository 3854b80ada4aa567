// Another language chosen in the menu: its script is loaded, the page speaks it, and the screen on
// show is drawn again from what the page holds (answers under way, a shared or imported result,
// history, the team's figures), so nothing on it is lost and nothing is scored again. The choice is
// remembered on this device; the keyboard stays on the menu.
import { app } from './state.js';
import { S, currentLanguage } from '../strings.js';
import { applyLanguage, loadLanguage } from '../language.js';
import { showInUse } from './content.js';

/** Puts a loaded pack in use everywhere: words, <html lang dir>, the built-in questionnaire's texts. */
export function speak(pack) {
  applyLanguage(pack);
  app.builtin = pack.questionnaire;
  if (app.original) showInUse();
}

// The address asked for a language (?lang=): once the person chooses, their choice counts, also
// after a reload, so the address no longer asks.
function forgetAskedLanguage() {
  const url = new URL(location.href);
  if (!url.searchParams.has('lang')) return;
  url.searchParams.delete('lang');
  history.replaceState(history.state, '', url.href);
}

let latest = 0;
/** Changes the page's language to code (one of languages.json). */
export async function changeLanguage(code) {
  const asked = ++latest;
  let pack;
  try {
    // The team view's words come too when team.js is here (the team view may be drawn again).
    pack = await loadLanguage(code, { team: Boolean(globalThis.crossroadsTeam) });
  } catch {
    if (asked !== latest) return;
    app.menu.show(currentLanguage().code);
    app.notices.say(S.languageFailed, 'language');
    return;
  }
  if (asked !== latest) return;  // a later choice wins
  app.storage.setLanguage(code);
  forgetAskedLanguage();
  speak(pack);
  app.shell.relabel();
  app.screens.redraw();
  app.menu.select.focus();
  app.notices.say(S.languageChanged, 'language');
}
