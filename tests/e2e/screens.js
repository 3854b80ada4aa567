// Every screen of the page, reached as a person would reach it (not a test file itself). Used by the
// audits that must look at each screen in turn: accessibility (a11y.test.js), layout (layout.test.js)
// and the Content-Security-Policy on every screen (csp_every_screen.test.js).
//
// Each screen's open(page, base) starts from a fresh load of the page with exactly the stored data
// it needs, so screens can be visited in any order in one browser page. `base` is the page's URL
// (http or file://). Share codes come from the engine under node.
'use strict';
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const v1 = require('./v1_fixtures');

// The answers given, for these scored values (reversed statements are answered from the other end).
const ANSWERS = {
  management: h.answersFor([0, 1, 2, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),        // 30
  both: h.answersFor([7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6]),              // 97, borderline
  mastery: h.answersFor([10, 10, 10, 10, 10, 8, 8, 8, 8, 8, 7, 7, 7, 7, 2]),      // 120
};
const REF = { id: h.QUESTIONNAIRE.id, version: h.QUESTIONNAIRE.version };
const HISTORY = {
  v: 1,
  entries: [
    { id: 'jan', date: '2026-01-05T09:30:00.000Z', questionnaire: REF, answers: ANSWERS.management, seconds: 120 },
    { id: 'mar', date: '2026-03-12T12:00:00.000Z', questionnaire: REF, answers: ANSWERS.both, seconds: 140 },
    { id: 'may', date: '2026-05-20T16:45:00.000Z', questionnaire: REF, answers: ANSWERS.mastery, seconds: 95 },
  ],
};
const OWN_TEXT = fs.readFileSync(path.join(h.ROOT, 'docs', 'examples', 'team-lead.json'), 'utf8');
const OWN = JSON.parse(OWN_TEXT);
const OWN_STORAGE = { [`crossroads:custom:${OWN.id}`]: OWN_TEXT, 'crossroads:active-questionnaire': OWN.id };
const progress = (answers, current) => JSON.stringify({ v: 1, answers, current, elapsedMs: 180000,
  startedAt: '2026-05-20T16:40:00.000Z' });
const jsonFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const S = () => h.pageStrings().S;

// Runs in the page before its own scripts: applies the storage load() put in the address
// (?crossroads-test-seed=[[key, value], …]) and takes it out of the address again.
const SEED = 'crossroads-test-seed';
const SEED_INIT = (name) => {
  const seed = new URLSearchParams(window.location.search).get(name);
  if (seed === null) return;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.hash);
  window.localStorage.clear();
  for (const [key, value] of JSON.parse(seed)) window.localStorage.setItem(key, value);
};
const seeded = new WeakSet();

/**
 * Loads the page afresh with `storage` as the only crossroads: keys, at `hash`. The storage travels
 * in the address and is applied before the app starts. (sessionStorage would not do: a file:// page
 * does not reliably keep it from one load to the next.) The page being left first stops saving, so
 * nothing it saves on pagehide (a statement saves its progress) can land after the new storage.
 */
async function load(page, base, { storage = {}, hash = '' } = {}) {
  if (!seeded.has(page)) {
    await page.addInitScript(SEED_INIT, SEED);
    seeded.add(page);
  }
  if (page.url().startsWith(base)) {
    await page.evaluate(() => { Storage.prototype.setItem = function setItem() {}; });
  }
  await page.goto('about:blank');  // so that a new fragment alone still loads the page again
  await page.goto(`${base}?${SEED}=${encodeURIComponent(JSON.stringify(Object.entries(storage)))}${hash}`);
}

async function welcome(page, base, storage) {
  await load(page, base, { storage });
  await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, level: 1 }));
}

/** Opens a result of the given band by continuing saved progress on the last statement. */
async function result(page, base, band) {
  await welcome(page, base, { [h.PROGRESS_KEY]: progress(ANSWERS[band], h.STATEMENTS - 1) });
  await h.button(page, 'Continue').click();
  await h.openQuestion(page, h.STATEMENTS);
  await h.button(page, 'See my result').click();
  await h.visible(page.getByRole('heading', { name: 'Your result', level: 1 }));
  await h.visible(page.getByTestId('band').and(page.locator(`[data-band="${band}"]`)));
}

async function history(page, base) {
  await welcome(page, base, { [h.HISTORY_KEY]: JSON.stringify(HISTORY) });
  await h.button(page, 'History').click();
  await h.visible(page.getByRole('heading', { name: 'History', level: 1 }));
}

/**
 * @param engine the engine under node (for a valid share code)
 * @returns [{ name, open(page, base) }]: every screen and state worth auditing, in a sensible order
 */
function screens(engine) {
  const code = engine.encodeShare('', ANSWERS.both).code;
  return [
    { name: 'welcome', async open(page, base) {
      await welcome(page, base, {});
      await h.visible(h.button(page, 'Start'));
    } },
    { name: 'welcome with saved progress', async open(page, base) {
      await welcome(page, base, { [h.PROGRESS_KEY]: progress([4, 6, ...Array(h.STATEMENTS - 2).fill(null)], 2),
        [h.HISTORY_KEY]: JSON.stringify(HISTORY) });
      await h.visible(h.button(page, 'Continue'));
      await h.visible(h.button(page, 'Start over'));
    } },
    { name: 'about this questionnaire', async open(page, base) {
      await welcome(page, base, {});
      await h.button(page, S().about).click();
      await h.visible(page.getByRole('heading', { name: S().aboutHeading, level: 1 }));
    } },
    { name: 'welcome: progress of version 1 kept aside, with a notice', async open(page, base) {
      await welcome(page, base, { [v1.PROGRESS.key]: v1.PROGRESS.value });
      await h.visible(page.getByRole('status').getByRole('button', { name: S().startAgain, exact: true }));
    } },
    { name: 'a statement, unanswered', async open(page, base) {
      await welcome(page, base, {});
      await h.start(page);
    } },
    { name: 'a statement, answered', async open(page, base) {
      await welcome(page, base, { [h.PROGRESS_KEY]: progress([4, 6, 8, ...Array(h.STATEMENTS - 3).fill(null)], 2) });
      await h.button(page, 'Continue').click();
      await h.openQuestion(page, 3);
      await h.expectAnswer(page, 3, 8);
    } },
    { name: 'the missing-answer alert', async open(page, base) {
      const answers = [...ANSWERS.both];
      answers[3] = null;
      await welcome(page, base, { [h.PROGRESS_KEY]: progress(answers, h.STATEMENTS - 1) });
      await h.button(page, 'Continue').click();
      await h.openQuestion(page, h.STATEMENTS);
      await h.button(page, 'See my result').click();
      await h.visible(page.getByRole('alert').filter({ hasText: 'Statement 4 has no answer yet.' }));
    } },
    { name: 'result: Management', open: (page, base) => result(page, base, 'management') },
    { name: 'result: Both (borderline)', open: (page, base) => result(page, base, 'both') },
    { name: 'result: Mastery', open: (page, base) => result(page, base, 'mastery') },
    { name: 'result: share link to copy by hand (copying refused)', async open(page, base) {
      await result(page, base, 'both');
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } }));
      await h.button(page, 'Copy share link').click();
      await h.visible(page.getByRole('status').getByText(S().linkManual, { exact: true }));
      await h.visible(page.getByLabel(S().shareLinkLabel, { exact: true }));
    } },
    { name: 'shared result', async open(page, base) {
      await load(page, base, { hash: `#r=${code}` });
      await h.visible(page.getByRole('heading', { name: 'Shared result', level: 1 }));
      await h.visible(page.getByTestId('total-score'));
    } },
    { name: 'shared result made with version 1', async open(page, base) {
      await load(page, base, { hash: `#r=${v1.RESULTS.find((r) => r.name === 'both').share_code}` });
      await h.visible(page.getByRole('heading', { name: 'Shared result', level: 1 }));
      await h.visible(page.getByTestId('earlier-version'));
    } },
    { name: 'bad link message', async open(page, base) {
      await load(page, base, { hash: `#r=${code.slice(0, -3)}` });
      await h.visible(page.getByRole('heading', { name: S().linkProblem, level: 1 }));
    } },
    { name: 'history with entries', open: history },
    { name: 'history: delete asks once more', async open(page, base) {
      await history(page, base);
      await page.getByRole('button', { name: /^Delete \d/ }).first().click();
      await h.visible(h.button(page, 'Yes, delete'));
    } },
    { name: 'compare view', async open(page, base) {
      await history(page, base);
      const boxes = page.getByRole('main').getByRole('checkbox');
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      await h.button(page, 'Compare').click();
      await h.visible(page.getByRole('heading', { name: 'Compare results', level: 1 }));
    } },
    { name: 'import error', async open(page, base) {
      await welcome(page, base, {});
      await page.getByLabel(S().importResult, { exact: true }).setInputFiles(jsonFile('not-a-result.json', '{"format":1}'));
      await h.visible(page.getByRole('alert').filter({ hasText: S().errors.bad_file }));
    } },
    { name: 'own questionnaire problems list', async open(page, base) {
      await welcome(page, base, {});
      const broken = { ...h.QUESTIONNAIRE, id: 'Not An Id', scale: { min: 5, max: 1 }, items: [] };
      await page.getByLabel(S().useOwn, { exact: true }).setInputFiles(jsonFile('mine.json', JSON.stringify(broken)));
      const alert = page.getByRole('alert').filter({ hasText: 'mine.json cannot be used.' });
      await h.visible(alert);
      assert.ok(await page.locator('.problems li').count() >= 2, 'several problems listed');
    } },
    { name: 'imported result', async open(page, base) {
      await welcome(page, base, {});
      const file = engine.exportResult('', ANSWERS.mastery, 200, '2026-04-01T10:00:00.000Z');
      await page.getByLabel(S().importResult, { exact: true }).setInputFiles(jsonFile('result.json', file));
      await h.visible(page.getByRole('heading', { name: 'Imported result', level: 1 }));
    } },
    { name: 'own questionnaire in use: welcome', async open(page, base) {
      await load(page, base, { storage: OWN_STORAGE });
      await h.visible(page.getByRole('heading', { name: OWN.title, level: 1 }));
      await h.visible(h.button(page, S().useBuiltin));
    } },
    { name: 'own questionnaire in use: a statement (scale 1 to 5)', async open(page, base) {
      await load(page, base, { storage: OWN_STORAGE });
      await h.button(page, 'Start').click();
      const group = page.getByRole('radiogroup', { name: OWN.items[0].prompt, exact: true });
      await h.visible(group);
      await group.getByRole('radio', { name: '4', exact: true }).check();
    } },
    { name: 'team view: links, one refused', async open(page, base) {
      await load(page, base, { hash: '#team' });
      await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
      const links = [ANSWERS.management, ANSWERS.both].map((a) => `${base}#r=${engine.encodeShare('', a).code}`);
      await page.getByLabel('Share links (one per line)').fill([...links, `${links[1].slice(0, -4)}`].join('\n'));
      await h.button(page, 'Score these links').click();
      await h.visible(page.getByRole('table', { name: 'Each row left out, with the reason' }));
    } },
    { name: 'team view: a CSV file scored as version 1', async open(page, base) {
      await load(page, base, { hash: '#team' });
      await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
      const { TEAM, format } = h.pageStrings();
      await page.getByRole('combobox', { name: TEAM.versionLabel, exact: true })
        .selectOption({ label: format(TEAM.versionEarlier, { version: 1 }) });
      await page.getByLabel('CSV file (one person per row)').setInputFiles(path.join(h.ROOT, 'tests', 'fixtures', 'v1', 'team.csv'));
      await h.visible(page.getByRole('status').getByText(format(TEAM.scoredByVersion, { version: 1 }), { exact: true }));
    } },
    { name: 'team view with data', async open(page, base) {
      await load(page, base, { hash: '#team' });
      await h.visible(page.getByRole('heading', { name: 'Team view', level: 1 }));
      await h.button(page, 'Use example data').click();
      await h.visible(page.getByTestId('team-count').filter({ hasText: /^40$/ }));
    } },
  ];
}

/** The notice a browser that refuses storage gets, in a page of its own (the breaker stays with that page). */
async function storageUnavailable(page, base) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto(base);
  await h.visible(page.getByRole('status').getByText(S().storageUnavailable, { exact: true }));
}

/** Resolves when every CSS animation and transition on the page has finished. */
const settled = (page) => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));

module.exports = { ANSWERS, HISTORY, load, screens, storageUnavailable, settled, progress };
