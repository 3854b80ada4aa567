// A person's own questionnaire: loaded from a JSON file on the welcome screen, checked by the engine
// (every problem listed), then run and scored exactly like the built-in one on its own scale, with
// its own saved progress and history. Its texts are untrusted and must stay plain text.
// The engine under node says what the page must show.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const OWN_LABEL = 'Use your own questionnaire (JSON)';
const TEAM_LEAD_FILE = path.join(h.ROOT, 'docs', 'examples', 'team-lead.json');
const TEAM_LEAD_TEXT = fs.readFileSync(TEAM_LEAD_FILE, 'utf8');
const TEAM_LEAD = JSON.parse(TEAM_LEAD_TEXT);
const PROGRESS_KEY = `crossroads:progress:${TEAM_LEAD.id}:${TEAM_LEAD.version}`;
const S = () => h.pageStrings().S;

const jsonFile = (name, value) => ({ name, mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

async function loadOwn(page, file) {
  await page.getByLabel(OWN_LABEL, { exact: true }).setInputFiles(file);
}

const group = (page, q, n) => page.getByRole('radiogroup', { name: q.items[n - 1].prompt, exact: true });
const radio = (page, q, n, value) => group(page, q, n).getByRole('radio', { name: String(value), exact: true });

async function expectChecked(page, q, n, value) {
  await h.eventually(async () => {
    const checked = [];
    for (let v = q.scale.min; v <= q.scale.max; v++) if (await radio(page, q, n, v).isChecked()) checked.push(v);
    assert.deepStrictEqual(checked, value === null ? [] : [value], `statement ${n}`);
  });
}

async function openStatement(page, q, n) {
  await h.visible(group(page, q, n));
  await h.visible(page.getByText(`Statement ${n} of ${q.items.length}`, { exact: true }));
}

test('team-lead.json: its own title and scale, answered by keyboard, scored with its own bands', { timeout: 90000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const answers = [1, 2, 1, 2, 5, 1];  // statement 5 is reversed: 5 scores as 1
    const expected = engine.score(TEAM_LEAD_TEXT, answers, -1);
    assert.equal(expected.ok, true);
    assert.equal(expected.items[4].value, 1, 'the reverse item scores min + max - answer');

    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await loadOwn(page, TEAM_LEAD_FILE);
    const heading = page.getByRole('heading', { name: TEAM_LEAD.title, exact: true, level: 1 });
    await h.visible(heading);
    await h.eventually(async () => assert.ok(await h.isFocused(heading), 'focus moves to the new heading'));
    await h.visible(page.getByText(TEAM_LEAD.intro, { exact: true }));
    await h.visible(page.getByText('6 statements, each rated from 1 to 5. There are no right or wrong answers.'));
    assert.equal(await h.storage(page, `crossroads:custom:${TEAM_LEAD.id}`), TEAM_LEAD_TEXT, 'kept for a reload');

    const start = h.button(page, 'Start');
    await h.tabTo(page, start);
    await page.keyboard.press('Enter');
    for (let n = 1; n <= answers.length; n++) {
      await openStatement(page, TEAM_LEAD, n);
      const item = TEAM_LEAD.items[n - 1];
      const names = await group(page, TEAM_LEAD, n).getByRole('radio')
        .evaluateAll((els) => els.map((el) => el.labels[0].textContent.trim()));
      assert.deepStrictEqual(names, ['1', '2', '3', '4', '5'], 'one radio per value of the scale');
      await h.visible(page.getByText(item.low));
      await h.visible(page.getByText(item.high));
      const bar = page.getByRole('progressbar', { name: 'Progress', exact: true });
      assert.equal(await bar.getAttribute('aria-valuemax'), '6');
      await page.keyboard.press(String(answers[n - 1]));
      await expectChecked(page, TEAM_LEAD, n, answers[n - 1]);
      if (n === 3) {
        // Progress is saved under the questionnaire's own id and version; a reload offers Continue.
        const saved = JSON.parse(await h.storage(page, PROGRESS_KEY));
        assert.deepStrictEqual(saved.answers, [1, 2, 1, null, null, null]);
        assert.equal(saved.current, 2, '`current` is 0-based');
        assert.equal(await h.storage(page, h.PROGRESS_KEY), null, 'the built-in progress is untouched');
        await page.reload();
        await h.visible(page.getByRole('heading', { name: TEAM_LEAD.title, exact: true }));
        await h.visible(page.getByText('Welcome back. You have answered 3 of 6 statements.'));
        await h.button(page, 'Continue').click();
        await openStatement(page, TEAM_LEAD, 3);
        await expectChecked(page, TEAM_LEAD, 3, 1);
      }
      if (n < answers.length) {
        await page.keyboard.press('Enter');
      } else {
        await h.tabTo(page, h.button(page, 'See my result'));
        await page.keyboard.press('Enter');
      }
    }

    await h.visible(page.getByRole('heading', { name: 'Your result', exact: true }));
    assert.equal((await page.getByTestId('total-score').textContent()).trim(), String(expected.total));
    await h.visible(page.getByText(`${expected.total} / 30`, { exact: true }));
    const band = page.getByTestId('band');
    assert.equal(await band.getAttribute('data-band'), expected.band.id);
    assert.equal((await band.textContent()).trim(), TEAM_LEAD.bands.find((b) => b.id === expected.band.id).title);
    await h.visible(page.getByText(expected.band.summary, { exact: true }));
    for (const theme of expected.themes) {
      await h.visible(page.getByText(new RegExp(`^${theme.title}: ${theme.score} / ${theme.max} `)));
    }

    assert.equal(await h.storage(page, PROGRESS_KEY), null, 'progress cleared once finished');
    const history = JSON.parse(await h.storage(page, h.HISTORY_KEY));
    assert.deepStrictEqual(history.entries.map((e) => [e.questionnaire, e.answers]),
      [[{ id: TEAM_LEAD.id, version: TEAM_LEAD.version }, answers]], 'history entry tagged with id and version');

    // A reload keeps the questionnaire; a clear way back to the built-in one.
    await page.reload();
    await h.visible(page.getByRole('heading', { name: TEAM_LEAD.title, exact: true }));
    await page.getByRole('button', { name: 'Use the Crossroads questionnaire', exact: true }).click();
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
    await h.visible(page.getByText('15 statements, each rated from 0 to 10', { exact: false }));
    await page.reload();
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
    await h.start(page);
    assert.equal(await h.group(page, 1).getByRole('radio').count(), 11);
  }));

test('opened from disk (file://): an own questionnaire loads and completes', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const answers = [5, 4, 5, 4, 1, 5];
    const expected = engine.score(TEAM_LEAD_TEXT, answers, -1);
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await loadOwn(page, TEAM_LEAD_FILE);
    await h.visible(page.getByRole('heading', { name: TEAM_LEAD.title, exact: true }));
    await h.button(page, 'Start').click();
    for (let n = 1; n <= answers.length; n++) {
      await openStatement(page, TEAM_LEAD, n);
      await radio(page, TEAM_LEAD, n, answers[n - 1]).check();
      await h.button(page, n < answers.length ? 'Next' : 'See my result').click();
    }
    await h.visible(page.getByTestId('total-score'));
    assert.equal((await page.getByTestId('total-score').textContent()).trim(), String(expected.total));
    assert.equal(await page.getByTestId('band').getAttribute('data-band'), expected.band.id);
  }, { file: true }));

test('a broken questionnaire: every problem is listed with its field, under an alert', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const broken = JSON.parse(TEAM_LEAD_TEXT);
    delete broken.title;
    broken.scale.max = 'five';
    broken.items[0].theme = 'nowhere';
    broken.items[3].id = broken.items[0].id;
    broken.bands[1].min = 20;
    const text = JSON.stringify(broken, null, 2);
    const { ok, problems } = engine.questionnaire(text);
    assert.equal(ok, false);
    assert.ok(problems.length >= 4, `several problems: ${JSON.stringify(problems)}`);

    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await loadOwn(page, jsonFile('broken-team-lead.json', text));
    const alert = page.getByRole('alert');
    await h.visible(alert);
    const summary = await alert.textContent();
    assert.ok(summary.includes('broken-team-lead.json'), `the alert names the file: ${summary}`);
    assert.ok(summary.includes(String(problems.length)), `the alert counts the problems: ${summary}`);
    const shown = await page.getByRole('list').filter({ hasText: problems[0].message }).getByRole('listitem').allTextContents();
    assert.deepStrictEqual(shown, problems.map((p) => `${p.path || 'the file'}: ${p.message}`), 'every problem, path and message');

    // Nothing changed: still the built-in questionnaire, and a fixed file can be chosen next.
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
    await loadOwn(page, jsonFile('not-json.json', 'this is { not json'));
    await h.visible(page.getByRole('alert').filter({ hasText: 'not-json.json' }));
    await h.visible(page.getByText(/^the file: /));
    await loadOwn(page, TEAM_LEAD_FILE);
    await h.visible(page.getByRole('heading', { name: TEAM_LEAD.title, exact: true }));
  }));

test('a questionnaire that takes the built-in id is refused', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const copy = { ...TEAM_LEAD, id: h.QUESTIONNAIRE.id };
    assert.equal(engine.questionnaire(JSON.stringify(copy)).ok, true, 'the engine alone accepts it');
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await loadOwn(page, jsonFile('same-id.json', copy));
    await h.visible(page.getByRole('alert').filter({ hasText: 'same-id.json' }));
    await h.visible(page.getByText(/^id: /));
    await h.visible(page.getByRole('heading', { name: h.QUESTIONNAIRE.title, exact: true }));
  }));

// Texts a questionnaire file could hold to break or attack the page.
const LONG = 'W'.repeat(5000);
const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  link: 'javascript:alert(1)',
  arabic: 'هل تفضل قيادة الفريق أم العمل بنفسك؟',
  hebrew: 'האם אתה מעדיף להוביל צוות?',
  emoji: '🚀👩‍💻🧭 Lead or build? 🏗️',
};

function hostileQuestionnaire() {
  const q = JSON.parse(TEAM_LEAD_TEXT);
  q.id = 'hostile';
  q.title = `${HOSTILE.img} ${HOSTILE.emoji}`;
  q.intro = `${HOSTILE.script} ${LONG}`;
  q.poles.low.label = HOSTILE.link;
  q.poles.high.label = HOSTILE.hebrew;
  q.themes[0].title = HOSTILE.arabic;
  q.themes[1].title = LONG;
  q.themes[1].description = HOSTILE.script;
  q.items[0].prompt = HOSTILE.img;
  q.items[0].low = HOSTILE.link;
  q.items[0].high = LONG;
  q.items[1].prompt = HOSTILE.arabic;
  q.items[1].low = HOSTILE.hebrew;
  q.items[2].prompt = `${LONG} ${HOSTILE.emoji}`;
  q.items[3].prompt = HOSTILE.script;
  q.bands[0].title = HOSTILE.script;
  q.bands[0].summary = HOSTILE.img;
  q.bands[0].explanation = LONG;
  q.bands[0].advice = [HOSTILE.link, HOSTILE.arabic];
  q.bands[0].next_steps = [LONG];
  q.bands[1].title = LONG;
  q.bands[1].summary = HOSTILE.hebrew;
  return q;
}

async function expectNoSideways(page, where) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${where}: no horizontal scroll at 320 px (${scroll} > ${client})`);
}

test('untrusted texts show as literal text: no markup, no dialog, no sideways scroll at 320 px', { timeout: 90000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    const q = hostileQuestionnaire();
    const text = JSON.stringify(q);
    assert.equal(engine.questionnaire(text).ok, true, 'the engine accepts these texts');
    const answers = [1, 1, 1, 1, 5, 1];
    const expected = engine.score(text, answers, -1);

    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await loadOwn(page, jsonFile('hostile.json', text));
    await h.visible(page.getByRole('heading', { name: q.title, exact: true }));
    await h.visible(page.getByText(q.intro, { exact: true }));
    await expectNoSideways(page, 'welcome');

    await h.button(page, 'Start').click();
    for (let n = 1; n <= answers.length; n++) {
      await openStatement(page, q, n);
      await expectNoSideways(page, `statement ${n}`);
      await radio(page, q, n, answers[n - 1]).check();
      await h.button(page, n < answers.length ? 'Next' : 'See my result').click();
    }
    await h.visible(page.getByTestId('total-score'));
    assert.equal((await page.getByTestId('total-score').textContent()).trim(), String(expected.total));
    assert.equal((await page.getByTestId('band').textContent()).trim(), HOSTILE.script, 'the band title as text');
    await h.visible(page.getByText(HOSTILE.img, { exact: true }).first());
    await h.visible(page.getByText(HOSTILE.arabic, { exact: false }).first());
    await expectNoSideways(page, 'result');

    // None of it became markup: no image, script, link or handler was made from the texts.
    const made = await page.evaluate(() => ({
      images: [...document.images].map((img) => img.getAttribute('src')),
      // the page's own scripts only: app.js, its language's words (lang/<code>.js), and engine.js
      // once the engine is needed
      scripts: [...document.scripts].map((script) => script.getAttribute('src'))
        .filter((src) => !['app.js', 'engine.js'].includes(src) && !/^lang\/[A-Za-z-]+\.js$/.test(src)),
      links: [...document.querySelectorAll('a[href^="javascript:" i]')].length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    }));
    assert.deepStrictEqual(made.images, ['icon.svg'], 'only the page\'s own icon');
    assert.deepStrictEqual(made.scripts, [], 'no script element added');
    assert.equal(made.links, 0);
    assert.equal(made.handlers, 0, 'no inline event handler attributes');
    await page.waitForTimeout(300);
    assert.deepStrictEqual(dialogs, [], 'no dialog opened');
  }));
