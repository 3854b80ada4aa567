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

// The team view's words come too when the team view is shown or on its way (team.js may still be
// loading, and would otherwise be drawn with the words of the language left behind).
const teamWanted = () => Boolean(globalThis.crossroadsTeam) || location.hash === '#team';

let latest = 0;
/** Changes the page's language to code (one of languages.json). */
export async function changeLanguage(code) {
  const asked = ++latest;
  let pack;
  try {
    pack = await loadLanguage(code, { team: teamWanted() });
    // The team view may have been asked for while the page's words loaded.
    if (asked === latest && teamWanted() && !pack.team) pack = await loadLanguage(code, { team: true });
  } catch {
    if (asked !== latest) return;
    app.menu.show(currentLanguage().code);
    app.notices.say(() => S.languageFailed, 'language');
    return;
  }
  if (asked !== latest) return;  // a later choice wins
  app.storage.setLanguage(code);
  forgetAskedLanguage();
  speak(pack);
  app.shell.relabel();
  app.screens.redraw();
  app.notices.relabel();  // what they say and the choices they wait for, in the new words
  app.menu.select.focus();
  app.notices.say(() => S.languageChanged, 'language');
}
