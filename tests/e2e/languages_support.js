// The page in one language or another, as a person meets it (not a test file itself): used by
// languages.test.js and languages_links.test.js. Every name a test looks for comes from that
// language's own words (web/strings/<code>.json) and from the questionnaire the build put in its
// script (dist/lang/<code>.js, read here the way the page reads it), never from English.
'use strict';
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const h = require('./harness');

const CODES = ['en', 'fr', 'de', 'es', 'pt-BR', 'ar'];

const packs = new Map();
/** { meta, page, questionnaire, team } of a language, as its two scripts hand them to the page. */
function pack(code) {
  if (!packs.has(code)) {
    const parts = {};
    const context = { crossroadsLanguage: (part) => Object.assign(parts, part) };
    context.self = context;
    for (const file of [`${code}.js`, `${code}-team.js`]) {
      const full = path.join(h.DIST, 'lang', file);
      vm.runInNewContext(fs.readFileSync(full, 'utf8'), context, { filename: full });
    }
    packs.set(code, parts);
  }
  return packs.get(code);
}

/** The page's words and helpers in a language: { S, TEAM, format, plural, … } (harness.pageStrings). */
const words = (code) => h.pageStrings(code);
const questionnaire = (code) => pack(code).questionnaire;
const bandTitle = (code, id) => questionnaire(code).bands.find((band) => band.id === id).title;

const button = (page, code, key) => page.getByRole('button', { name: words(code).S[key], exact: true });
const menu = (page, code) => page.getByRole('combobox', { name: words(code).S.languageLabel, exact: true });
const heading = (page, name, level = 1) => page.getByRole('heading', { name, exact: true, level });
const group = (page, code, n) => page.getByRole('radiogroup', { name: questionnaire(code).items[n - 1].prompt, exact: true });
const radio = (page, code, n, value) => group(page, code, n).getByRole('radio', { name: String(value), exact: true });

/** The page's language as the browser knows it: <html lang dir>. */
const htmlLanguage = (page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Waits until the page speaks `code`. */
async function speaks(page, code) {
  await h.eventually(async () => assert.deepStrictEqual(await htmlLanguage(page), { lang: code, dir: pack(code).meta.dir }));
}

/** Chooses a language in the header's menu (its label in the language now shown), and waits for it. */
async function choose(page, from, to) {
  await menu(page, from).selectOption(to);
  await speaks(page, to);
  await h.visible(page.getByRole('status').getByText(words(to).S.languageChanged, { exact: true }));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'language', 'the keyboard stays on the menu');
}

/** A number as the page writes it in that language (by the browser's own Intl, as the page does). */
const written = (page, code, n) => page.evaluate(([locale, value]) => new Intl.NumberFormat(locale).format(value),
  [pack(code).meta.locale, n]);

/** Answers every statement from `from` by mouse, in `code`'s words, and asks for the result. */
async function answerAll(page, code, answers, from = 1) {
  for (let n = from; n <= answers.length; n++) {
    await h.visible(group(page, code, n));
    await radio(page, code, n, answers[n - 1]).check();
    await button(page, code, n < answers.length ? 'next' : 'seeResult').click();
  }
}

/** The result screen shows this total and band, the band titled in `code`. */
async function expectResultIn(page, code, { total, band }) {
  await h.visible(page.getByTestId('total-score'));
  const shown = await written(page, code, total);
  await h.eventually(async () => {
    assert.equal((await page.getByTestId('total-score').textContent()).trim(), shown);
    assert.equal(await page.getByTestId('band').getAttribute('data-band'), band);
  });
  assert.equal((await page.getByTestId('band').textContent()).trim(), bandTitle(code, band), `the band's title in ${code}`);
}

module.exports = { CODES, pack, words, questionnaire, bandTitle, button, menu, heading, group, radio, htmlLanguage,
  speaks, choose, written, answerAll, expectResultIn };
