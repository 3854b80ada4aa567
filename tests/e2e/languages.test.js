// The page's languages: the whole quiz in French and in Arabic, the menu on every screen
// (switching there and keeping what the screen holds), the choice kept after a reload and forgotten
// with "Delete all my data", the browser's languages, ?lang= in the address, <html lang dir>, and what a first visit and
// the service worker fetch. Every word looked for is the language's own (languages_support.js).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const L = require('./languages_support');
const { load } = require('./screens');

test.before(h.setup);
test.after(h.teardown);

const ANSWERS = h.answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6]);  // 97: Both
const langFile = (url) => /\/lang\/([^/]+)\.js$/.exec(new URL(url).pathname);

test('the whole quiz in French, chosen in the menu, to the result with its total and band', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await L.choose(page, 'en', 'fr');
    const fr = L.words('fr');
    await h.visible(L.heading(page, L.questionnaire('fr').title));
    assert.equal(await page.title(), fr.format(fr.S.pageTitle, { screen: L.questionnaire('fr').title }));
    await L.button(page, 'fr', 'start').click();
    await h.visible(page.getByText(fr.format(fr.S.statementOf, { n: 1, count: 15 }), { exact: true }));
    await L.answerAll(page, 'fr', ANSWERS);
    await h.visible(L.heading(page, fr.S.yourResult));
    await L.expectResultIn(page, 'fr', { total: 97, band: 'both' });
    await h.visible(page.getByText(fr.format(fr.S.totalOf, { total: 97, max: 150 }), { exact: true }));
    const margin = page.getByTestId('margin');
    assert.equal(await margin.getAttribute('data-toward'), 'mastery');
    assert.equal((await margin.textContent()).trim(),
      fr.plural(fr.S.margin, 4, { points: 4, band: L.bandTitle('fr', 'mastery') }));
  }));

test('the whole quiz in Arabic, right to left, to the result with its total and band', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await L.choose(page, 'en', 'ar');
    const ar = L.words('ar');
    await h.visible(L.heading(page, L.questionnaire('ar').title));
    assert.deepEqual(await L.htmlLanguage(page), { lang: 'ar', dir: 'rtl' });
    await L.button(page, 'ar', 'start').click();
    await h.visible(page.getByText(ar.format(ar.S.statementOf, { n: ar.number(1), count: ar.number(15) }), { exact: true }));
    await L.answerAll(page, 'ar', ANSWERS);
    await h.visible(L.heading(page, ar.S.yourResult));
    await L.expectResultIn(page, 'ar', { total: 97, band: 'both' });
    assert.deepEqual(await L.htmlLanguage(page), { lang: 'ar', dir: 'rtl' });
  }));

test('the menu switches the language on every screen, keeps what the screen holds, and the choice survives a reload',
  { timeout: 90000 }, (t) => h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    // Welcome, statement 1 answered there: the answer stays through the change.
    await h.radio(page, 1, ANSWERS[0]).check();
    await L.choose(page, 'en', 'de');
    await h.visible(L.heading(page, L.questionnaire('de').title));
    assert.equal(await L.radio(page, 'de', 1, ANSWERS[0]).isChecked(), true, 'statement 1 keeps its answer');
    // About this questionnaire
    await L.button(page, 'de', 'about').click();
    await h.visible(L.heading(page, L.words('de').S.aboutHeading));
    await L.choose(page, 'de', 'es');
    await h.visible(L.heading(page, L.words('es').S.aboutHeading));
    await h.visible(page.getByText(L.words('es').S.translationNote, { exact: true }));
    await L.button(page, 'es', 'back').click();
    // A statement, answered: the answer and the progress stay.
    await L.button(page, 'es', 'continue').click();
    await L.button(page, 'es', 'next').click();
    await L.radio(page, 'es', 2, ANSWERS[1]).check();
    await L.choose(page, 'es', 'pt-BR');
    assert.equal(await L.radio(page, 'pt-BR', 2, ANSWERS[1]).isChecked(), true, 'statement 2 keeps its answer');
    const pt = L.words('pt-BR');
    await h.visible(page.getByText(pt.format(pt.S.answeredOf, { answered: 2, count: 15 }), { exact: true }));
    // The result, drawn again without scoring again: the same total and band.
    await L.button(page, 'pt-BR', 'next').click();
    await L.answerAll(page, 'pt-BR', ANSWERS, 3);
    await L.expectResultIn(page, 'pt-BR', { total: 97, band: 'both' });
    await L.choose(page, 'pt-BR', 'fr');
    await h.visible(L.heading(page, L.words('fr').S.yourResult));
    await L.expectResultIn(page, 'fr', { total: 97, band: 'both' });
    // History
    await L.button(page, 'fr', 'history').click();
    await h.visible(L.heading(page, L.words('fr').S.historyHeading));
    await L.choose(page, 'fr', 'ar');
    await h.visible(L.heading(page, L.words('ar').S.historyHeading));
    assert.equal(await page.getByRole('listitem').filter({ hasText: L.bandTitle('ar', 'both') }).count(), 1);
    // The team view with its results: drawn again, not scored again.
    await page.goto(`${url}#team`);
    await h.visible(L.heading(page, L.words('ar').S.teamView));
    await page.getByRole('button', { name: L.words('ar').TEAM.example, exact: true }).click();
    const count = page.getByTestId('team-count');
    await h.visible(count);
    const bands = async () => page.getByTestId('band-count').evaluateAll((els) => els.map((el) => el.dataset.count));
    const before = await bands();
    await L.choose(page, 'ar', 'en');
    await h.visible(L.heading(page, 'Team view'));
    assert.equal((await count.textContent()).trim(), '40');
    assert.deepStrictEqual(await bands(), before, 'the same counts');
    await h.visible(page.getByTestId('band-count').filter({ hasText: 'Both' }));
    // Kept after a reload: the stored choice.
    await L.choose(page, 'en', 'es');
    assert.equal(await h.storage(page, 'crossroads:lang'), 'es');
    await page.reload();
    await L.speaks(page, 'es');
    await h.visible(L.heading(page, L.words('es').S.teamView));
  }));

for (const [locale, code] of [['de-DE', 'de'], ['pt-PT', 'pt-BR'], ['ar-EG', 'ar'], ['ja-JP', 'en']]) {
  test(`a browser set to ${locale} gets the page in ${code}, with <html lang dir> to match`, { timeout: 30000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      await page.goto(url);
      await L.speaks(page, code);
      await h.visible(L.heading(page, L.questionnaire(code).title));
      assert.equal(await L.menu(page, code).inputValue(), code, 'the menu shows it');
    }, { context: { locale } }));
}

test('a first visit fetches its own language\'s script and no other language file', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const fetched = [];
    page.on('request', (request) => langFile(request.url()) && fetched.push(langFile(request.url())[1]));
    await page.goto(url);
    await h.visible(L.heading(page, L.questionnaire('es').title));
    await L.radio(page, 'es', 1, 4).check();
    await page.waitForTimeout(1500);  // the engine's background load, which brings no words
    assert.deepStrictEqual(fetched, ['es']);
  }, { context: { locale: 'es-ES' } }));

test('?lang= in the address wins over the browser; an unknown one leaves the browser\'s; en-XA only this way',
  { timeout: 30000 }, (t) => h.withPage(t, async ({ page, url }) => {
    await page.goto(`${url}?lang=fr`);
    await L.speaks(page, 'fr');
    await page.goto(`${url}?lang=xx-YY`);
    await L.speaks(page, 'de');
    await page.goto(`${url}?lang=en-XA`);
    await L.speaks(page, 'en-XA');
    await h.visible(L.heading(page, L.questionnaire('en-XA').title));
    const options = await L.menu(page, 'en-XA').locator('option').evaluateAll((els) => els.map((el) => el.value));
    assert.deepStrictEqual(options, L.CODES, 'the menu never offers the pseudo-locale');
    assert.equal(await L.menu(page, 'en-XA').inputValue(), '', 'nothing chosen in the menu');
    // Nothing was stored by the address: the next visit is the browser's again.
    assert.equal(await h.storage(page, 'crossroads:lang'), null);
  }, { context: { locale: 'de-DE' } }));

test('a stored language that is not one of ours falls back to the browser\'s, with no notice', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    await load(page, url, { storage: { 'crossroads:lang': 'tlh' } });
    await L.speaks(page, 'de');
    await h.visible(L.heading(page, L.questionnaire('de').title));
    assert.equal((await page.getByRole('status').textContent()).trim(), '', 'no notice');
  }, { context: { locale: 'de-DE' } }));

test('"Delete all my data" forgets the language chosen too', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const history = { v: 1, entries: [{ id: 'a', date: '2026-05-20T16:45:00.000Z',
      questionnaire: { id: 'crossroads', version: 2 }, answers: ANSWERS, seconds: 100 }] };
    await load(page, url, { storage: { 'crossroads:lang': 'fr', [h.HISTORY_KEY]: JSON.stringify(history) } });
    await L.speaks(page, 'fr');
    await L.button(page, 'fr', 'history').click();
    await L.button(page, 'fr', 'deleteAll').click();
    await L.button(page, 'fr', 'deleteAllYes').click();
    await h.visible(page.getByRole('status').getByText(L.words('fr').S.allDeleted, { exact: true }));
    assert.equal(await h.storage(page, 'crossroads:lang'), null);
    await page.reload();
    await L.speaks(page, 'en');
  }));

test('the service worker keeps every language\'s scripts once installed, and not the test-only pseudo-locale',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await h.start(page);  // the engine loads in the background, then the service worker installs
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const cached = await h.eventually(async () => {
      const names = await page.evaluate(async () => {
        const keys = await caches.keys();
        const cache = await caches.open(keys.find((key) => key.startsWith('crossroads-')));
        return (await cache.keys()).map((request) => new URL(request.url).pathname);
      });
      assert.ok(names.includes('/lang/ar-team.js'), 'installed');
      return names;
    }, 20000);
    const languages = cached.map((name) => /^\/lang\/(.+)\.js$/.exec(name)).filter(Boolean).map((m) => m[1]).sort();
    assert.deepStrictEqual(languages, L.CODES.flatMap((code) => [code, `${code}-team`]).sort());
  }));

test('opened from disk (file://), the page speaks the browser\'s language and the menu switches it', { timeout: 30000 },
  (t) => h.withPage(t, async ({ page, url }) => {
    await page.goto(url);
    await L.speaks(page, 'fr');
    await h.visible(L.heading(page, L.questionnaire('fr').title));
    await L.choose(page, 'fr', 'ar');
    await h.visible(L.heading(page, L.questionnaire('ar').title));
  }, { file: true, context: { locale: 'fr-FR' } }));
