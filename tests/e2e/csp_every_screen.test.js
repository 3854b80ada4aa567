// The Content-Security-Policy on every screen, over http and from disk (file://): the page carries
// exactly one policy meta tag, and it is word for word the policy docs/page-contract.md states.
// (The harness already fails any test in which the page breaks the policy or reaches another origin.)
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');
const { screens } = require('./screens');
const { loadEngine } = require('./oracle');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

/** The policy as the contract writes it: the `...` after "Content-Security-Policy (meta tag):". */
function contractPolicy() {
  const text = fs.readFileSync(path.join(h.ROOT, 'docs', 'page-contract.md'), 'utf8');
  const match = /Content-Security-Policy \(meta tag\):\s*`([^`]+)`/.exec(text);
  assert.ok(match, 'docs/page-contract.md states the policy');
  return normalise(match[1]);
}

/** Directives in order, each as "name source source", whitespace (and the line breaks of the doc) evened out. */
const normalise = (policy) => policy.split(';').map((d) => d.trim().split(/\s+/).join(' ')).filter(Boolean);

async function pagePolicies(page) {
  return page.evaluate(() => [...document.querySelectorAll('meta')]
    .filter((m) => (m.getAttribute('http-equiv') || '').toLowerCase() === 'content-security-policy')
    .map((m) => ({ content: m.getAttribute('content'), inHead: m.parentElement === document.head })));
}

for (const file of [false, true]) {
  test(`every screen ${file ? 'from disk (file://)' : 'over http'} carries the contract's CSP, once`, { timeout: 60000 }, (t) =>
    h.withPage(t, async ({ page, url }) => {
      const expected = contractPolicy();
      assert.ok(expected.includes("script-src 'self' 'wasm-unsafe-eval'") && expected.includes("default-src 'none'"));
      const list = screens(engine);
      for (const screen of list) {
        await screen.open(page, url);
        const policies = await pagePolicies(page);
        assert.equal(policies.length, 1, `${screen.name}: one policy meta tag`);
        assert.ok(policies[0].inHead, `${screen.name}: the policy is in <head>`);
        assert.deepStrictEqual(normalise(policies[0].content), expected, `${screen.name}: the contract's policy`);
      }
      t.diagnostic(`${list.length} screens ${file ? 'from file://' : 'over http'}: the contract's CSP on each`);
    }, { file, context: { reducedMotion: 'reduce' } }));
}
