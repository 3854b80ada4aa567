// Which language the page speaks, and its words. Each language is a classic script the build writes
// (dist/lang/<code>.js: the page's words and the questionnaire in that language; <code>-team.js: the
// team view's words), so a first visit fetches its own language only and file:// works. The list of
// languages (web/strings/languages.json) is all this bundle knows of the others.
import languages from '../strings/languages.json';
import { loadScript } from './script_loader.js';
import { currentLanguage, setStrings, teamLanguage } from './strings.js';

export { languages };
/** The pseudo-locale, for tests only: reached with ?lang=en-XA, never offered in the menu or picked from the browser. */
export const PSEUDO = 'en-XA';
const FALLBACK = 'en';

const primary = (tag) => tag.toLowerCase().split('-')[0];

/** The code among `codes` that a language tag asks for: the same code (any case), else the same primary subtag; or null. */
export function matchLanguage(tag, codes) {
  if (typeof tag !== 'string' || !tag) return null;
  return codes.find((code) => code.toLowerCase() === tag.toLowerCase())
    || codes.find((code) => primary(code) === primary(tag)) || null;
}

/**
 * The language to speak: ?lang= in the address (en-XA only this way), else the choice the person
 * made here (stored), else the first of the browser's languages that one of ours matches, else
 * English. A code that is not ours counts as not given.
 * @param search location.search; stored the saved choice or null; preferred navigator.languages
 */
export function chooseLanguage({ search, stored, preferred }) {
  const offered = languages.map(({ code }) => code);
  const asked = new URLSearchParams(search).get('lang');
  const fromBrowser = (preferred || []).map((tag) => matchLanguage(tag, offered)).find(Boolean);
  return matchLanguage(asked, [...offered, PSEUDO]) || (offered.includes(stored) ? stored : null)
    || fromBrowser || FALLBACK;
}

// Each script calls crossroadsLanguage(part) as it runs; parts of one language are kept together.
const packs = new Map();
globalThis.crossroadsLanguage = (part) => {
  packs.set(part.meta.code, { ...packs.get(part.meta.code), ...part });
};

/**
 * Resolves to the language's pack { meta, page, questionnaire, team? }, loading what is not here
 * yet (with team: its team words too); rejects when a script cannot be loaded.
 */
export async function loadLanguage(code, { team = false } = {}) {
  const pack = () => packs.get(code) || {};
  const missing = [!pack().page && `lang/${code}.js`, team && !pack().team && `lang/${code}-team.js`].filter(Boolean);
  await Promise.all(missing.map(loadScript));
  if (!pack().page || (team && !pack().team)) throw new Error(`lang/${code} did not give its words`);
  return pack();
}

/** Speaks the pack's language from now on: its words, and <html lang dir> for the browser and screen readers. */
export function applyLanguage(pack) {
  setStrings(pack);
  document.documentElement.lang = pack.meta.code;
  document.documentElement.dir = pack.meta.dir;
}

/**
 * Puts the team view's words in the language the page speaks in use, loading them as needed. The
 * page may change language while they load (the menu, used while team.js is on its way): then the
 * words of the language chosen meanwhile are loaded too, so the team view never keeps the words
 * of a language left behind. Rejects when a script cannot be loaded.
 */
export async function useTeamWords() {
  while (teamLanguage() !== currentLanguage().code) {
    const { code } = currentLanguage();
    const { meta, team } = await loadLanguage(code, { team: true });
    if (currentLanguage().code === code) setStrings({ meta, team });
  }
}

/** How a language code's texts run: the direction of one of ours, else left to the text itself. */
export const directionOf = (code) => (languages.find((each) => each.code === code) || { dir: 'auto' }).dir;
