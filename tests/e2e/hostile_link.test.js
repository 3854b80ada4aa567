// Share links and fragments made to hurt: markup, a javascript: URL, 100,000 characters, right-to-left
// text and emoji, percent-encoded garbage, and switching between #team and #r= faster than the
// team view loads. Each shows the clear "cannot be shown" message (the sentence strings.js has for
// the engine's error), opens no dialog, runs nothing, breaks no Content-Security-Policy rule (the
// harness checks) and leaves the layout whole on a phone-sized window.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const { ANSWERS } = require('./screens');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

const S = () => h.pageStrings().S;

const PAYLOADS = {
  'markup': '<img src=x onerror=alert(1)>',
  'a script element': '"><script>alert(document.domain)</script>',
  'a javascript: URL': 'javascript:alert(1)',
  '100,000 characters': 'A'.repeat(100000),
  'right-to-left text and emoji': 'שלום\u200fمرحبا👩🏽‍💻🇺🇳\u202Eevil\u202C',
  'percent-encoded garbage': '%E0%A4%A%%%00%0A%C0%AF%FF%2',
  'an encoded script': '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'a code for another questionnaire': 'c1.team-lead.1.ABCDEF.xyzxyz',
  'nothing': '',
};

/** What the page must say for the fragment it now holds: the engine's error for the code, in strings.js's words. */
async function expectedMessage(page) {
  const hash = await page.evaluate(() => location.hash);
  const raw = hash.replace(/^#r=/, '');
  let code;
  try {
    code = decodeURIComponent(raw);
  } catch {
    code = raw;
  }
  const decoded = engine.decodeShare('', code);
  assert.equal(decoded.ok, false, 'the engine refuses it');
  return h.pageStrings().errorText(decoded.error);
}

async function expectRefused(page, what) {
  const heading = page.getByRole('heading', { name: S().linkProblem, exact: true, level: 1 });
  await h.visible(heading);
  await h.visible(page.getByText(await expectedMessage(page), { exact: true }));
  await h.visible(h.button(page, S().goToStart));
  assert.equal(await page.title(), `${S().linkProblem} · ${S().appName}`);
  assert.equal(await page.getByTestId('total-score').count(), 0, `${what}: no result shown`);
  const { images, scroll, client, executed } = await page.evaluate(() => ({
    images: [...document.images].map((img) => img.getAttribute('src')),
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    executed: Boolean(window.__hostileRan),
  }));
  assert.deepStrictEqual(images, ['icon.svg'], `${what}: no element made from the link`);
  assert.equal(executed, false);
  assert.ok(scroll <= client, `${what}: the page scrolls sideways (${scroll} > ${client})`);
  const box = await heading.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= client, `${what}: the heading fits the window`);
}

function watchDialogs(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return dialogs;
}

test('hostile share links, opened fresh and changed in place, are refused with a clear message', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const dialogs = watchDialogs(page);
    for (const [what, payload] of Object.entries(PAYLOADS)) {
      await t.test(what, async () => {
        // Opened as a new link.
        await page.goto('about:blank');
        const started = Date.now();
        await page.goto(`${url}#r=${payload}`);
        await expectRefused(page, what);
        assert.ok(Date.now() - started < 5000, `${what}: answered in ${Date.now() - started} ms`);

        // Go to the start, then the same fragment typed into the address bar of the open page.
        await h.button(page, S().goToStart).click();
        await h.visible(h.button(page, 'Start'));
        assert.equal(await page.evaluate(() => location.hash), '', 'the bad fragment is cleared');
        await page.evaluate((p) => { location.hash = `#r=${p}`; }, payload);
        await expectRefused(page, `${what} (in place)`);
      });
    }
    assert.deepStrictEqual(dialogs, [], 'no dialog opened');
  }, { context: { viewport: { width: 360, height: 640 } } }));

test('fragments that are not share links lead to the welcome screen', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const dialogs = watchDialogs(page);
    for (const fragment of ['#<img src=x onerror=alert(1)>', '#team<script>alert(1)</script>', '#javascript:alert(1)',
      `#${'%'.repeat(5000)}`, '#R=abc', '#rr=abc']) {
      await page.goto('about:blank');
      await page.goto(url + fragment);
      await h.visible(h.button(page, 'Start'));
      assert.deepStrictEqual(await page.evaluate(() => [...document.images].map((img) => img.getAttribute('src'))), ['icon.svg']);
      assert.equal(await page.getByRole('heading', { name: 'Team view' }).count(), 0, fragment);
    }
    assert.deepStrictEqual(dialogs, [], 'no dialog opened');
  }));

test('#team and #r= switching, slowly and faster than the team view loads: each shows what the fragment says', { timeout: 60000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const dialogs = watchDialogs(page);
    const code = engine.encodeShare('', ANSWERS.mastery).code;
    const total = String(engine.score('', ANSWERS.mastery, -1).total);
    const team = page.getByRole('heading', { name: 'Team view', level: 1 });
    const shared = page.getByRole('heading', { name: 'Shared result', level: 1 });
    const go = (hash) => page.evaluate((value) => { location.hash = value; }, hash);

    await page.goto(`${url}#team`);
    await h.visible(team);
    await go(`#r=${code}`);
    await h.visible(shared);
    assert.equal(await page.getByTestId('total-score').textContent(), total);
    await go('#team');
    await h.visible(team);
    await h.button(page, 'Use example data').click();
    await h.visible(page.getByTestId('team-count').filter({ hasText: /^40$/ }));
    await go(`#r=${PAYLOADS.markup}`);
    await expectRefused(page, 'markup after the team view');
    await go('#team');
    await h.visible(team);
    await page.goBack();  // the browser's Back: to the refused link
    await expectRefused(page, 'Back to the refused link');
    await page.goBack();
    await h.visible(team);

    // Faster than team.js can load: the last fragment wins, whatever finishes loading later.
    await page.goto('about:blank');
    await page.goto(url);
    await h.visible(h.button(page, 'Start'));
    await page.evaluate((c) => { location.hash = '#team'; location.hash = `#r=${c}`; }, code);
    await h.visible(shared);
    await page.waitForTimeout(500);  // team.js has loaded by now; it must not take over
    assert.equal(await team.count(), 0, 'the team view did not replace the shared result');
    await h.visible(shared);
    await page.evaluate((c) => { location.hash = `#r=${c}`; location.hash = '#team'; location.hash = '#r=garbage'; }, code);
    await expectRefused(page, 'the last of three fast changes');
    await page.waitForTimeout(500);
    assert.equal(await team.count(), 0);
    assert.deepStrictEqual(dialogs, [], 'no dialog opened');
  }));
