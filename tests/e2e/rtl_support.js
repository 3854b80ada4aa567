// The page in another language, reached as a person reaches it (not a test file itself): used by
// rtl.test.js and rtl_layout.test.js. Every name a test looks for comes from the language's own
// pack, the script the build wrote (dist/lang/<code>.js and <code>-team.js: the page's words and the
// questionnaire in that language), read here the way the page reads it.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const h = require('./harness');
const { ANSWERS, HISTORY, progress } = require('./screens');

/** { meta, page, team, questionnaire } of a language, as its scripts hand them to the page. */
function pack(code) {
  const parts = {};
  const context = { crossroadsLanguage: (part) => Object.assign(parts, part) };
  context.self = context;
  context.globalThis = context;
  for (const file of [`${code}.js`, `${code}-team.js`]) {
    const full = path.join(h.DIST, 'lang', file);
    vm.runInNewContext(fs.readFileSync(full, 'utf8'), context, { filename: full });
  }
  return parts;
}

// Runs in the page before its own scripts: applies the storage open() put in the address and takes
// that parameter (only that one: ?lang= stays for the page to read) out of the address again.
const SEED = 'rtl-test-seed';
const SEED_INIT = (name) => {
  const url = new URL(window.location.href);
  const seed = url.searchParams.get(name);
  if (seed === null) return;
  url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  window.localStorage.clear();
  for (const [key, value] of JSON.parse(seed)) window.localStorage.setItem(key, value);
};
const seeded = new WeakSet();

/** Loads the page afresh in language `code` (?lang=), with `storage` as its only stored data, at `hash`. */
async function load(page, base, code, { storage = {}, hash = '' } = {}) {
  if (!seeded.has(page)) {
    await page.addInitScript(SEED_INIT, SEED);
    seeded.add(page);
  }
  await page.goto('about:blank');  // so that a new fragment alone still loads the page again
  const seed = encodeURIComponent(JSON.stringify(Object.entries(storage)));
  await page.goto(`${base}?lang=${encodeURIComponent(code)}&${SEED}=${seed}${hash}`);
}

const heading = (page, name) => page.getByRole('heading', { name, exact: true, level: 1 });
const button = (page, name) => page.getByRole('button', { name, exact: true });

/**
 * The screens a language is checked on, each opened from a fresh load: [{ name, open(page, base) }].
 * @param code the language; words and statements come from its pack
 */
function screensIn(code) {
  const { page: S, team: T, questionnaire: q } = pack(code);
  const welcome = async (page, base, storage = {}) => {
    await load(page, base, code, { storage });
    await h.visible(heading(page, q.title));
  };
  const last = q.items.length;
  return [
    { name: 'welcome', open: welcome },
    { name: 'a statement', async open(page, base) {
      await welcome(page, base);
      await button(page, S.start).click();
      await h.visible(page.getByRole('radiogroup', { name: q.items[0].prompt, exact: true }));
    } },
    { name: 'the result', async open(page, base) {
      await welcome(page, base, { [h.PROGRESS_KEY]: progress(ANSWERS.both, last - 1) });
      await button(page, S.continue).click();
      await h.visible(page.getByRole('radiogroup', { name: q.items[last - 1].prompt, exact: true }));
      await button(page, S.seeResult).click();
      await h.visible(heading(page, S.yourResult));
      await h.visible(page.getByTestId('band').and(page.locator('[data-band="both"]')));
    } },
    { name: 'history', async open(page, base) {
      await welcome(page, base, { [h.HISTORY_KEY]: JSON.stringify(HISTORY) });
      await button(page, S.history).click();
      await h.visible(heading(page, S.historyHeading));
    } },
    { name: 'the team view with example data', async open(page, base) {
      await load(page, base, code, { hash: '#team' });
      await h.visible(heading(page, S.teamView));
      await button(page, T.example).click();
      await h.visible(page.getByTestId('team-count'));
    } },
  ];
}

/** The screen named `name` in language `code`. */
const screenIn = (code, name) => screensIn(code).find((screen) => screen.name === name);

module.exports = { pack, load, screensIn, screenIn, heading, button };
