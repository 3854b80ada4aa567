// Browser-test harness (not a test file itself): serves dist/ on a free local port, drives headless
// Chromium through playwright-core, and watches every page for console errors and warnings, uncaught
// exceptions, Content-Security-Policy violations and requests that leave the origin. Each test
// runs in a fresh browser context (its own storage) and ends by asserting that none of those happened.
//
// Usage in a test file:
//   const h = require('./harness');
//   test.before(h.setup);
//   test.after(h.teardown);
//   test('...', (t) => h.withPage(t, async ({ page, context, origin }) => { ... }));
//
// CROSSROADS_DIST=/some/dir runs the tests against another build of the page (default: dist/).
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { pathToFileURL } = require('url');
const assert = require('node:assert/strict');
const vm = require('vm');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.resolve(process.env.CROSSROADS_DIST || path.join(ROOT, 'dist'));
const QUESTIONNAIRE = JSON.parse(fs.readFileSync(path.join(ROOT, 'assessment', 'content', 'questionnaire.json'), 'utf8'));
const PROMPTS = QUESTIONNAIRE.items.map((item) => item.prompt);
const STATEMENTS = QUESTIONNAIRE.items.length;
const PROGRESS_KEY = `crossroads:progress:${QUESTIONNAIRE.id}:${QUESTIONNAIRE.version}`;
const HISTORY_KEY = 'crossroads:history';
const TIMEOUT = 8000;  // per action / wait; a missing element fails fast instead of hanging

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
};

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

let server;
let browser;
let origin;

// A tiny static server for DIST with the right MIME types (application/wasm for streaming compile).
function startServer() {
  server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(DIST, path.normalize(pathname));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${server.address().port}`;
      resolve();
    });
  });
}

async function setup() {
  await startServer();
  browser = await chromium.launch(LAUNCH);
}

async function teardown() {
  if (browser) await browser.close().catch(() => {});
  browser = undefined;
  if (server) {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(() => resolve()));
  }
  server = undefined;
}

// Runs in every page before its own scripts: keeps CSP violations where the test can read them,
// and reports them to node at once (so a reload does not lose them).
const CSP_INIT = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const v = { directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber,
      sample: e.sample };
    window.__cspViolations.push(v);
    try {
      window.__crossroadsCspReport(v);
    } catch {
      // the binding is there in every page the harness opens; keep the array regardless
    }
  }, true);
};

// Opens a fresh context and page, runs body, then asserts that the page stayed clean.
// options: { file: true } opens nothing over http, allows only file: requests;
//   { context: {...} } adds browser-context options (colorScheme, viewport, deviceScaleFactor, ...).
async function withPage(t, body, options = {}) {
  if (!browser) throw new Error('harness.setup() has not run');
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${path.join(DIST, 'index.html')} is missing: run ./build.sh first`);
  }
  const context = await browser.newContext({ serviceWorkers: 'allow', ...options.context });
  context.setDefaultTimeout(TIMEOUT);
  const problems = { consoleErrors: [], consoleWarnings: [], pageErrors: [], csp: [], foreignRequests: [] };
  const allowed = (url) => url.startsWith('data:') || url.startsWith('blob:') ||
    (options.file ? url.startsWith('file:') : url === origin || url.startsWith(`${origin}/`));

  await context.exposeBinding('__crossroadsCspReport', ({ page }, v) => {
    problems.csp.push({ page: page && page.url(), ...v });
  });
  await context.addInitScript(CSP_INIT);
  context.on('request', (request) => {
    if (!allowed(request.url())) problems.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  const watch = (page) => {
    page.on('console', (msg) => {
      const text = `${msg.text()} (${msg.location().url || page.url()})`;
      if (/Content Security Policy/i.test(msg.text())) problems.csp.push({ console: text });
      if (msg.type() === 'error') problems.consoleErrors.push(text);
      if (msg.type() === 'warning') problems.consoleWarnings.push(text);
    });
    page.on('pageerror', (err) => problems.pageErrors.push(String(err && err.stack ? err.stack : err)));
  };
  context.on('page', watch);
  const page = await context.newPage();

  const session = {
    page,
    context,
    origin: options.file ? null : origin,
    url: options.file ? pathToFileURL(path.join(DIST, 'index.html')).href : `${origin}/`,
    problems,
  };
  let failure;
  try {
    await body(session);
  } catch (err) {
    failure = err;
  }
  // The in-page list as well as the reported one (a violation before the binding was ready).
  for (const p of context.pages()) {
    const seen = await p.evaluate(() => window.__cspViolations || []).catch(() => []);
    for (const v of seen) {
      if (!problems.csp.some((known) => known.directive === v.directive && known.blocked === v.blocked)) {
        problems.csp.push(v);
      }
    }
  }
  await context.close().catch(() => {});
  if (failure) {
    const extra = Object.entries(problems).filter(([, list]) => list.length);
    if (extra.length) failure.message += `\n(also seen on the page: ${JSON.stringify(Object.fromEntries(extra), null, 1)})`;
    throw failure;
  }
  assertClean(problems);
}

function assertClean(problems) {
  assert.deepStrictEqual(problems.pageErrors, [], 'uncaught exceptions on the page');
  assert.deepStrictEqual(problems.consoleErrors, [], 'console errors');
  assert.deepStrictEqual(problems.consoleWarnings, [], 'console warnings');
  assert.deepStrictEqual(problems.csp, [], 'Content-Security-Policy violations');
  assert.deepStrictEqual(problems.foreignRequests, [], 'requests that left the origin');
}

// --- Answers and scores ------------------------------------------------------------------------

/**
 * The answers a person gives so that statement n scores values[n - 1]: a reversed statement (reverse:
 * true in the content) scores min + max - answer, so its answer is min + max - value; null stays null
 * (no answer). The same turn takes answers back to scored values, so answersFor(answers) gives the
 * values the engine adds up.
 */
function answersFor(values) {
  assert.equal(values.length, STATEMENTS, `one value per statement (${STATEMENTS})`);
  const { min, max } = QUESTIONNAIRE.scale;
  return values.map((value, i) => (value === null || !QUESTIONNAIRE.items[i].reverse ? value : min + max - value));
}

/** The total the engine gives for these answers (every statement answered): the sum of the scored values. */
const totalOf = (answers) => answersFor(answers).reduce((sum, value) => sum + value, 0);

// --- Waiting ---------------------------------------------------------------------------------

// Retries an assertion (sync or async) until it passes or the time is up; rethrows the last failure.
async function eventually(check, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

// Waits until some match of `locator` is visible (screens that are hidden may stay in the DOM).
async function visible(locator, timeout = TIMEOUT) {
  await locator.filter({ visible: true }).first().waitFor({ state: 'visible', timeout });
  return locator;
}

async function isFocused(locator) {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

// --- The page, as a person sees it ------------------------------------------------------------

const button = (page, name) => page.getByRole('button', { name, exact: true });
const group = (page, n) => page.getByRole('radiogroup', { name: PROMPTS[n - 1], exact: true });
const radio = (page, n, value) => group(page, n).getByRole('radio', { name: String(value), exact: true });

// Presses Tab until `locator` has focus (a keyboard user looking for a control).
async function tabTo(page, locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  if (await isFocused(locator)) return;
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.outerHTML.slice(0, 120));
  throw new Error(`${maxPresses} presses of Tab never reached ${locator}; focus is on ${focused}`);
}

async function checkedValues(page, n) {
  const values = [];
  for (let v = 0; v <= 10; v++) if (await radio(page, n, v).isChecked()) values.push(v);
  return values;
}

// Waits until statement n shows exactly `value` as its answer (or none when value is null).
async function expectAnswer(page, n, value) {
  await eventually(async () => assert.deepStrictEqual(await checkedValues(page, n), value === null ? [] : [value],
    `statement ${n}`));
}

async function openQuestion(page, n) {
  await visible(group(page, n));
  await visible(page.getByText(`Statement ${n} of ${STATEMENTS}`, { exact: true }));
}

async function start(page) {
  await button(page, 'Start').click();
  await openQuestion(page, 1);
}

// Clicks through the whole questionnaire from statement `from` and asks for the result.
async function answerByMouse(page, answers, from = 1) {
  for (let n = from; n <= answers.length; n++) {
    await openQuestion(page, n);
    if (answers[n - 1] !== null) await radio(page, n, answers[n - 1]).check();
    if (n < answers.length) await button(page, 'Next').click();
  }
  await button(page, 'See my result').click();
}

// The keyboard path of the contract: digits answer, "1" then "0" answers 10, Enter goes on.
async function answerByKeyboard(page, answers, { checkProgress = false } = {}) {
  for (let n = 1; n <= answers.length; n++) {
    await openQuestion(page, n);
    const value = answers[n - 1];
    if (value === 10) {
      await page.keyboard.press('1');
      await page.keyboard.press('0');
    } else {
      await page.keyboard.press(String(value));
    }
    await expectAnswer(page, n, value);
    if (checkProgress) await expectProgress(page, n);
    if (n < answers.length) {
      await page.keyboard.press('Enter');
    } else {
      await tabTo(page, button(page, 'See my result'));
      await page.keyboard.press('Enter');
    }
  }
}

async function expectProgress(page, answered) {
  const bar = page.getByRole('progressbar', { name: 'Progress', exact: true });
  await eventually(async () => {
    assert.equal(await bar.getAttribute('aria-valuenow'), String(answered));
    assert.equal(await bar.getAttribute('aria-valuemax'), String(STATEMENTS));
  });
  await visible(page.getByText(`${answered} of ${STATEMENTS} answered`, { exact: true }));
}

// The result screen shows `total` and `band` (ids as the engine gives them).
async function expectResult(page, { total, band }) {
  await visible(page.getByTestId('total-score'));
  await eventually(async () => {
    assert.equal((await page.getByTestId('total-score').textContent()).trim(), String(total));
    assert.equal(await page.getByTestId('band').getAttribute('data-band'), band);
  });
  const title = QUESTIONNAIRE.bands.find((b) => b.id === band).title;
  assert.ok((await page.getByTestId('band').textContent()).includes(title), `band shows its title ${title}`);
}

// The page's own sentences in a language (web/strings/<code>.json, through the helpers of
// web/src/strings.js, an ES module of helpers only), for the checks that must match a message the
// contract leaves to the strings (e.g. errors by engine code). en-XA is the build's pseudo-locale.
const strings = new Map();
function pageStrings(code = 'en') {
  if (!strings.has(code)) {
    const file = path.join(ROOT, 'web', 'src', 'strings.js');
    const source = fs.readFileSync(file, 'utf8').replace(/^export\s+(?=const|function|let)/gm, '');
    assert.ok(!/^\s*(import|export)\b/m.test(source), 'strings.js is expected to be self-contained');
    const wordsFile = code === 'en-XA' ? path.join(ROOT, 'build', 'web', 'strings-en-XA.json')
      : path.join(ROOT, 'web', 'strings', `${code}.json`);
    const words = JSON.parse(fs.readFileSync(wordsFile, 'utf8'));
    strings.set(code, vm.runInNewContext(`${source}\n;setStrings(words);
      ({ S, TEAM, meta: currentLanguage(), format, formatPlain, fill, plural, pluralForm, number, percent, list, errorText,
        longDate, dateTime });`,
    { words }, { filename: file }));
  }
  return strings.get(code);
}

async function storage(page, key) {
  return page.evaluate((k) => window.localStorage.getItem(k), key);
}

module.exports = {
  ROOT, DIST, QUESTIONNAIRE, PROMPTS, STATEMENTS, PROGRESS_KEY, HISTORY_KEY, TIMEOUT,
  setup, teardown, withPage, assertClean, eventually, visible, isFocused,
  button, group, radio, tabTo, checkedValues, expectAnswer, openQuestion, start,
  answerByMouse, answerByKeyboard, expectProgress, expectResult, storage, pageStrings, answersFor, totalOf,
  get origin() { return origin; },
};
