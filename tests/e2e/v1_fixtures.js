// The version 1 fixtures (tests/fixtures/v1/, made with the v1 build and never regenerated) and
// the version 1 questionnaire they were made with, for the tests that open them with today's page.
// Not a test file itself.
'use strict';
const fs = require('fs');
const path = require('path');
const h = require('./harness');

const DIR = path.join(h.ROOT, 'tests', 'fixtures', 'v1');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(DIR, 'fixtures.json'), 'utf8'));
const file = (name) => path.join(DIR, name);
const text = (name) => fs.readFileSync(file(name), 'utf8');

/** The built-in questionnaire as it was in version 1 (kept in the repository and in the engine). */
const V1 = JSON.parse(fs.readFileSync(path.join(h.ROOT, 'assessment', 'content', 'archive', 'questionnaire-v1.json'), 'utf8'));

/** Each result: { name, answers, total, band, share_code, share_link_path, files, json (the parsed result file) }. */
const RESULTS = MANIFEST.results.map((r) => ({ ...r, json: JSON.parse(text(r.files.json)) }));

const HISTORY = { key: MANIFEST.history.key, value: text(MANIFEST.history.file) };
const PROGRESS = { key: MANIFEST.progress.key, value: text(MANIFEST.progress.file), answered: MANIFEST.progress.answered };

/**
 * Puts `pairs` ({ key: raw string }) into localStorage before the page's own scripts run, once per
 * browser context: later loads keep whatever the page made of them. (A marker outside the page's
 * own `crossroads:` keys says it was done.)
 */
async function seedOnce(context, pairs) {
  await context.addInitScript((entries) => {
    try {
      if (window.localStorage.getItem('e2e-seeded') !== null) return;
      for (const [key, value] of entries) window.localStorage.setItem(key, value);
      window.localStorage.setItem('e2e-seeded', '1');
    } catch {
      // about:blank and other pages without storage of their own: nothing to seed
    }
  }, Object.entries(pairs));
}

const bandTitle = (id) => V1.bands.find((band) => band.id === id).title;

/** What the History list says of a result: "85 / 150 · Both". */
const historyLine = (r) => h.pageStrings().format(h.pageStrings().S.historyEntry,
  { total: r.total, max: r.json.result.max, band: bandTitle(r.band) });

module.exports = { DIR, MANIFEST, V1, RESULTS, HISTORY, PROGRESS, file, text, seedOnce, bandTitle, historyLine };
