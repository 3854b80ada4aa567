// A questionnaire of one's own and the page's language: one that carries a translation into the
// page's language shows it (the engine's questionnaireIn), scored the same; one that does not
// shows its own texts, marked with its own language, and a note in the page's words naming the
// languages it has. Changing the language in the menu follows it either way.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const L = require('./languages_support');
const { questionnaireTexts } = require('../../tools/make_pseudo_locale');

test.before(h.setup);
test.after(h.teardown);

const TEAM_LEAD = JSON.parse(fs.readFileSync(path.join(h.ROOT, 'docs', 'examples', 'team-lead.json'), 'utf8'));
// Its texts "in French": each one marked, so every text shown can be told from the English one.
const mark = (value) => (typeof value === 'string' ? `FR ${value}` : Array.isArray(value) ? value.map(mark)
  : Object.fromEntries(Object.entries(value).map(([key, each]) => [key, mark(each)])));
const OWN = { ...TEAM_LEAD, lang: 'en', translations: { fr: mark(questionnaireTexts(TEAM_LEAD)) } };
const file = { name: 'team-lead-fr.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(OWN)) };
const ANSWERS = [1, 5, 3, 2, 4, 1, 5, 3];  // as many as its statements; read below

test('an own questionnaire with a French translation shows it in French, and its own English in German, marked',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const answers = ANSWERS.slice(0, TEAM_LEAD.items.length);
    await page.goto(`${url}?lang=fr`);
    await L.speaks(page, 'fr');
    await page.getByLabel(L.words('fr').S.useOwn, { exact: true }).setInputFiles(file);
    const french = L.heading(page, `FR ${TEAM_LEAD.title}`);
    await h.visible(french);
    assert.equal(await page.getByTestId('content-language').count(), 0, 'no note: it has French');

    // German: it has none, so its own English texts, marked as English, with a note.
    await L.choose(page, 'fr', 'de');
    const english = L.heading(page, TEAM_LEAD.title);
    await h.visible(english);
    assert.equal(await english.getAttribute('lang'), 'en');
    const note = page.getByTestId('content-language');
    await h.visible(note);
    const names = await page.evaluate(() => new Intl.ListFormat('de-DE', { type: 'conjunction' })
      .format(['en', 'fr'].map((code) => new Intl.DisplayNames('de-DE', { type: 'language' }).of(code))));
    assert.ok((await note.textContent()).includes(names), `the note names its languages: ${names}`);

    // Back to French: answered and scored in French, with its own bands' French titles.
    await L.choose(page, 'de', 'fr');
    await h.visible(french);
    await L.button(page, 'fr', 'start').click();
    for (const [i, item] of TEAM_LEAD.items.entries()) {
      const group = page.getByRole('radiogroup', { name: `FR ${item.prompt}`, exact: true });
      await group.getByRole('radio', { name: String(answers[i]), exact: true }).check();
      await L.button(page, 'fr', i < answers.length - 1 ? 'next' : 'seeResult').click();
    }
    await h.visible(page.getByTestId('total-score'));
    const band = await page.getByTestId('band').getAttribute('data-band');
    const title = TEAM_LEAD.bands.find((each) => each.id === band).title;
    assert.equal((await page.getByTestId('band').textContent()).trim(), `FR ${title}`);
  }));
