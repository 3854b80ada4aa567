// A result carries no language: a link made in German opens in Spanish with the same total and
// band; what people made before languages came (tests/fixtures/v2/: share links, result files,
// history, progress half-way, made with the English-only build) opens in French and in Arabic with
// the same totals and bands, in the reader's words; a result of version 1 (English only) says so;
// and the printed report is in the reader's language.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const L = require('./languages_support');
const { load } = require('./screens');
const v1 = require('./v1_fixtures');

test.before(h.setup);
test.after(h.teardown);

const V2 = path.join(h.ROOT, 'tests', 'fixtures', 'v2');
const FIXTURES = JSON.parse(fs.readFileSync(path.join(V2, 'fixtures.json'), 'utf8'));
const raw = (name) => fs.readFileSync(path.join(V2, name), 'utf8');
const ANSWERS = h.answersFor([2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1]);  // 30: Management

test('a link made in German, opened in Spanish, gives the same total and band, titled in Spanish', { timeout: 60000 },
  (t) => h.withPage(t, async ({ page, context, origin, url }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(url);
    await L.speaks(page, 'de');
    await L.button(page, 'de', 'start').click();
    await L.answerAll(page, 'de', ANSWERS);
    await L.expectResultIn(page, 'de', { total: 30, band: 'management' });
    await L.button(page, 'de', 'copyLink').click();
    await h.visible(page.getByRole('status').getByText(L.words('de').S.linkCopied, { exact: true }));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const hash = new URL(link).hash;
    assert.match(hash, /^#r=/);
    await page.goto(`${url}?lang=es${hash}`);
    await L.speaks(page, 'es');
    await h.visible(L.heading(page, L.words('es').S.sharedResult));
    await L.expectResultIn(page, 'es', { total: 30, band: 'management' });
  }, { context: { locale: 'de-DE' } }));

for (const code of ['fr', 'ar']) {
  test(`the version-2 share links made before languages open in ${code} with their totals and bands`, { timeout: 60000 },
    (t) => h.withPage(t, async ({ page, url }) => {
      for (const r of FIXTURES.results) {
        await page.goto('about:blank');
        await page.goto(`${url}?lang=${code}${r.share_link_path.slice(1)}`);
        await h.visible(L.heading(page, L.words(code).S.sharedResult));
        await L.expectResultIn(page, code, { total: r.total, band: r.band });
      }
    }));

  test(`the version-2 result files made before languages import in ${code} with their totals and bands`, { timeout: 60000 },
    (t) => h.withPage(t, async ({ page, url }) => {
      await page.goto(`${url}?lang=${code}`);
      await L.speaks(page, code);
      for (const r of FIXTURES.results) {
        await page.getByLabel(L.words(code).S.importResult, { exact: true }).first().setInputFiles(path.join(V2, r.files.json));
        await h.visible(L.heading(page, L.words(code).S.importedResult));
        await L.expectResultIn(page, code, { total: r.total, band: r.band });
        await page.goto('about:blank');
        await page.goto(`${url}?lang=${code}`);
      }
    }));

  test(`the version-2 history and progress made before languages show in ${code}`, { timeout: 60000 },
    (t) => h.withPage(t, async ({ page, url }) => {
      const w = L.words(code);
      await load(page, url, { storage: { 'crossroads:lang': code, [FIXTURES.history.key]: raw(FIXTURES.history.file),
        [FIXTURES.progress.key]: raw(FIXTURES.progress.file) } });
      await L.speaks(page, code);
      // History: each entry's total and band, in the reader's words.
      await L.button(page, code, 'history').click();
      await h.visible(L.heading(page, w.S.historyHeading));
      for (const r of FIXTURES.results) {
        const line = w.format(w.S.historyEntry, { total: await L.written(page, code, r.total),
          max: await L.written(page, code, 150), band: L.bandTitle(code, r.band) });
        await h.visible(page.getByRole('listitem').filter({ hasText: line }));
      }
      // Progress half-way: Continue goes on at statement 8 with the 7 answers kept.
      await L.button(page, code, 'back').click();
      await L.button(page, code, 'continue').click();
      await h.visible(L.group(page, code, FIXTURES.progress.statement_on_screen));
      const bar = page.getByRole('progressbar', { name: w.S.progress, exact: true });
      assert.equal(await bar.getAttribute('aria-valuenow'), String(FIXTURES.progress.answered));
      await L.button(page, code, 'back').click();
      assert.equal(await L.radio(page, code, 7, FIXTURES.progress.answers[6]).isChecked(), true);
    }));
}

test('a result of version 1 shows its English texts marked as English, with a note in the reader\'s language',
  { timeout: 60000 }, (t) => h.withPage(t, async ({ page, url }) => {
    const r = v1.RESULTS[0];
    const fr = L.words('fr');
    await page.goto(`${url}?lang=fr${r.share_link_path.slice(1)}`);
    await h.visible(L.heading(page, fr.S.sharedResult));
    await h.visible(page.getByTestId('earlier-version'));
    await h.visible(page.getByText(fr.format(fr.S.englishOnly, { version: 1 }), { exact: true }));
    const band = page.getByTestId('band');
    assert.equal((await band.textContent()).trim(), v1.bandTitle(r.band));
    assert.equal(await band.evaluate((el) => el.closest('[lang]').lang), 'en', 'the band title is marked as English');
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  }));

test('the printed report is in the reader\'s language', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const r = FIXTURES.results[1];
    const fr = L.words('fr');
    const q = L.questionnaire('fr');
    await page.goto(`${url}?lang=fr${r.share_link_path.slice(1)}`);
    await L.expectResultIn(page, 'fr', { total: r.total, band: r.band });
    await page.emulateMedia({ media: 'print' });
    const printed = (locator) => locator.filter({ visible: true });
    await h.visible(printed(page.getByText(q.title, { exact: true })));
    await h.visible(printed(page.getByRole('heading', { name: fr.S.answersHeading, exact: true })));
    for (const [i, item] of q.items.entries()) {
      const line = fr.format(fr.S.answerLine, { answer: r.answers[i], min: 0, max: 10, low: item.low, high: item.high });
      await h.visible(printed(page.getByRole('listitem').filter({ hasText: item.prompt }).filter({ hasText: line })));
    }
    await h.visible(printed(page.getByTestId('credit').filter({ hasText: q.credit })));
    const english = L.words('en').S;
    for (const text of [english.answersHeading, english.whatNext, L.bandTitle('en', r.band)]) {
      assert.equal(await printed(page.getByText(text, { exact: true })).count(), 0, `"${text}" is not printed`);
    }
  }));
