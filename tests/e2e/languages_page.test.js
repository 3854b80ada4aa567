// The page in another language beyond the screens themselves: the names files are saved under
// (plain, whatever the direction), notices said again in the language chosen with their choices
// still waiting, an own questionnaire's statements marked with their language where they show,
// About's translation note only where the words are the project's translation, the engine's
// English messages marked as English, counts and lists as each language writes them, and a
// language pack that lacks a sentence (a page left open across a deploy) costing that sentence
// only. Every word looked for is the language's own (languages_support.js).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const L = require('./languages_support');
const { load } = require('./screens');
const { questionnaireTexts } = require('../../tools/make_pseudo_locale');

test.before(h.setup);
test.after(h.teardown);

const ISOLATES = /[\u2066-\u2069]/;
const ANSWERS = h.answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6]);  // 97: Both
const TEAM_LEAD = JSON.parse(fs.readFileSync(path.join(h.ROOT, 'docs', 'examples', 'team-lead.json'), 'utf8'));
const asFile = (name, questionnaire) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(questionnaire)) });
// The language a text is marked with: the lang of its nearest element that has one.
const langOf = (locator) => locator.first().evaluate((el) => {
  const marked = el.closest('[lang]');
  return marked ? marked.getAttribute('lang') : null;
});
const ownQuestionnaire = (page, code) => page.getByLabel(L.words(code).S.useOwn, { exact: true });

test('in Arabic, the result\'s downloads are saved as crossroads-result-<date>.json and .csv, with no isolation marks',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const ar = L.words('ar');
    await page.goto(`${url}?lang=ar`);
    await L.button(page, 'ar', 'start').click();
    await L.answerAll(page, 'ar', ANSWERS);
    await L.expectResultIn(page, 'ar', { total: 97, band: 'both' });
    const today = new Date().toISOString().slice(0, 10);
    for (const [key, ext] of [['downloadJson', 'json'], ['downloadCsv', 'csv']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), L.button(page, 'ar', key).click()]);
      const name = download.suggestedFilename();
      assert.doesNotMatch(name, ISOLATES, `${JSON.stringify(name)}: no isolation marks`);
      assert.ok(name.endsWith(`.${ext}`), `${name} ends with .${ext}`);
      assert.equal(name, ar.formatPlain(ar.S.fileName, { date: today, ext }));
    }
  }));

test('a notice waiting for a choice is said again in French, and its French choice still works', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page: a, context, url }) => {
    const [en, fr] = [L.words('en').S, L.words('fr').S];
    await a.goto(url);
    await h.start(a);
    await h.radio(a, 1, 3).check();
    await h.button(a, 'Next').click();
    await h.openQuestion(a, 2);
    const b = await context.newPage();
    await b.goto(url);
    await h.button(b, 'Continue').click();
    await h.openQuestion(b, 2);
    await h.radio(b, 2, 9).check();  // the other tab answers statement 2
    await a.bringToFront();
    const notices = a.getByRole('status').filter({ has: a.getByRole('button', { name: en.keepMine, exact: true }) });
    await h.visible(notices.getByText(en.otherTab, { exact: true }));

    await L.choose(a, 'en', 'fr');
    await h.visible(a.getByRole('status').getByText(fr.otherTab, { exact: true }));
    assert.equal(await a.getByRole('status').getByText(en.otherTab, { exact: true }).count(), 0, 'no English left');
    await h.visible(a.getByRole('button', { name: fr.keepMine, exact: true }));
    await a.getByRole('button', { name: fr.loadOtherTab, exact: true }).click();
    await h.visible(L.group(a, 'fr', 2));
    assert.equal(await L.radio(a, 'fr', 2, 9).isChecked(), true, 'the other tab\'s answer is loaded');
    assert.equal(await a.getByRole('status').getByText(fr.otherTab, { exact: true }).count(), 0, 'the notice is gone');
    await b.close();
  }));

test('an own questionnaire shown in its English on a German page: its statements are marked English on Welcome and on their screen',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const de = L.words('de');
    await page.goto(`${url}?lang=de`);
    await L.speaks(page, 'de');
    await ownQuestionnaire(page, 'de').setInputFiles(asFile('team-lead.json', TEAM_LEAD));
    await h.visible(L.heading(page, TEAM_LEAD.title));
    const [first, second] = TEAM_LEAD.items;
    const statement = (item) => page.getByRole('radiogroup', { name: item.prompt, exact: true });
    for (const where of ['Welcome', 'its own screen']) {
      if (where !== 'Welcome') {
        await L.button(page, 'de', 'next').click();
        await h.visible(statement(second));
      }
      const item = where === 'Welcome' ? first : second;
      await h.visible(statement(item));
      for (const text of [item.prompt, item.low, item.high]) {
        assert.equal(await langOf(statement(item).getByText(text, { exact: true })), 'en', `${where}: "${text}" marked English`);
      }
      assert.equal(await langOf(statement(item).getByText(de.S.firstAnswer, { exact: true })), 'de', `${where}: the page's words stay German`);
    }
  }));

test('About: the translation note for the built-in questionnaire, not for an own one with its own French', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, url }) => {
    const fr = L.words('fr');
    const about = ['Written by the team lead, for the team.'];
    const own = { ...TEAM_LEAD, about, lang: 'en', translations: { fr: { ...questionnaireTexts({ ...TEAM_LEAD, about }),
      title: 'Le questionnaire de l’équipe', about: ['Écrit par la responsable, pour l’équipe.'] } } };
    await page.goto(`${url}?lang=fr`);
    await L.button(page, 'fr', 'about').click();
    await h.visible(L.heading(page, fr.S.aboutHeading));
    await h.visible(page.getByTestId('translation-note'));
    await L.button(page, 'fr', 'back').click();

    await ownQuestionnaire(page, 'fr').setInputFiles(asFile('equipe.json', own));
    await h.visible(L.heading(page, 'Le questionnaire de l’équipe'));
    await L.button(page, 'fr', 'about').click();
    await h.visible(page.getByText(own.translations.fr.about[0], { exact: true }));
    assert.equal(await page.getByTestId('translation-note').count(), 0, 'its words are its author\'s, not the project\'s');
  }));

test('a questionnaire file the engine refuses, in French: each problem\'s English message is marked English', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, url }) => {
    const fr = L.words('fr');
    await page.goto(`${url}?lang=fr`);
    await ownQuestionnaire(page, 'fr').setInputFiles(asFile('vide.json', { ...TEAM_LEAD, title: '' }));
    const alert = page.getByRole('alert').filter({ hasText: 'vide.json' });
    await h.visible(alert);
    const item = page.getByRole('listitem').filter({ hasText: 'title' });
    await h.visible(item);
    assert.equal(await langOf(item.getByText('must not be empty', { exact: true })), 'en');
    assert.equal((await item.textContent()).trim(), fr.format(fr.S.problemLine, { path: 'title', message: 'must not be empty' }));
  }));

test('counts and lists as each language writes them: one statement, and the result\'s picture named with a French list',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const item = TEAM_LEAD.items[0];
    const one = { ...TEAM_LEAD, id: 'one-statement', items: [item], themes: TEAM_LEAD.themes.filter((theme) => theme.id === item.theme),
      bands: [{ ...TEAM_LEAD.bands[0], min: 1, max: 2 }, { ...TEAM_LEAD.bands[1], min: 3, max: 5 }] };
    const en = L.words('en');
    await page.goto(url);
    await ownQuestionnaire(page, 'en').setInputFiles(asFile('one.json', one));
    await h.visible(L.heading(page, one.title));
    await h.visible(page.getByText(en.plural(en.S.facts, 1, { min: 1, max: 5 }), { exact: true }));
    assert.match(en.plural(en.S.facts, 1, { min: 1, max: 5 }), /^1 statement,/);
    await L.button(page, 'en', 'useBuiltin').click();

    const fr = L.words('fr');
    await L.choose(page, 'en', 'fr');
    await L.button(page, 'fr', 'start').click();
    await L.answerAll(page, 'fr', ANSWERS);
    await L.expectResultIn(page, 'fr', { total: 97, band: 'both' });
    const bands = await Promise.all(L.questionnaire('fr').bands.map(async (band) => fr.format(fr.S.bandRange,
      { title: band.title, min: await L.written(page, 'fr', band.min), max: await L.written(page, 'fr', band.max) })));
    const listed = await page.evaluate((items) => new Intl.ListFormat('fr-FR', { type: 'unit' }).format(items), bands);
    const name = fr.format(fr.S.scaleLabel, { total: await L.written(page, 'fr', 97), max: await L.written(page, 'fr', 150), bands: listed });
    await h.visible(page.getByRole('img', { name, exact: true }));
  }));

test('a language pack that lacks a sentence (a page open across a deploy): the rest of the page changes language', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, url }) => {
    await page.route((address) => new URL(address).pathname === '/lang/fr.js', async (route) => {
      const response = await route.fetch();
      // self.crossroadsLanguage({ meta, page, questionnaire }); as the build wrote it, less one sentence
      const script = await response.text();
      const pack = JSON.parse(script.slice(script.indexOf('(') + 1, script.lastIndexOf(')')));
      delete pack.page.facts;
      await route.fulfill({ response, body: `self.crossroadsLanguage(${JSON.stringify(pack)});\n` });
    });
    await load(page, url);
    await h.visible(h.button(page, 'Start'));
    await L.choose(page, 'en', 'fr');
    await h.visible(L.heading(page, L.questionnaire('fr').title));
    await L.button(page, 'fr', 'start').click();
    await h.visible(L.group(page, 'fr', 1));
  }));
