// Accessibility audit with axe-core (WCAG 2.0 and 2.1, levels A and AA) on every screen and state
// of the page, in the light and the dark colour scheme: zero violations allowed. The number of
// rules axe ran and found applicable on each screen goes to the test output (t.diagnostic) for the README.
//
// How axe gets into the page: the page's CSP is `script-src 'self'`, which blocks
// page.addScriptTag() (it adds an inline <script>; tried, it is refused and reported as a CSP
// violation). Instead axe.min.js is run with page.evaluate(source): Playwright sends it over the
// DevTools protocol (Runtime.evaluate), which the page's CSP does not govern. The page keeps its
// real policy for everything else (no bypassCSP context), so the harness still sees any violation
// the page itself causes while being audited.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const h = require('./harness');
const { screens, storageUnavailable, settled } = require('./screens');
const { loadEngine } = require('./oracle');

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

/** Runs axe on the page as it is now; returns { rules, applicable, violations, incomplete }. */
async function audit(page) {
  await settled(page);  // the screen's entrance animation fades in: judge colours after it ends
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
  return page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => {
    const ids = (list) => list.map((rule) => rule.id);
    const all = new Set([...ids(r.passes), ...ids(r.violations), ...ids(r.incomplete), ...ids(r.inapplicable)]);
    const applicable = new Set([...ids(r.passes), ...ids(r.violations), ...ids(r.incomplete)]);
    const nodes = (rule) => rule.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary || ''}`.trim());
    return {
      rules: all.size,
      applicable: applicable.size,
      violations: r.violations.map((rule) => ({ id: rule.id, help: rule.help, nodes: nodes(rule) })),
      incomplete: r.incomplete.map((rule) => ({ id: rule.id, nodes: rule.nodes.length })),
    };
  }), TAGS);
}

// axe leaves the text inside the SVG charts for review by hand ("contains an image node"): the
// charts place no text over their shapes, so each text's colour is checked against the card behind it.
async function chartTextContrast(page) {
  return page.evaluate(() => {
    const rgb = (color) => (color.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const c = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const backdrop = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c;
      }
      return [255, 255, 255];
    };
    return [...document.querySelectorAll('svg[role="img"] text')].filter((t) => t.getClientRects().length)
      .map((t) => {
        const [a, b] = [luminance(rgb(getComputedStyle(t).fill)), luminance(backdrop(t.closest('svg')))];
        return { text: t.textContent, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
  });
}

async function expectClean(t, page, name, scheme) {
  const r = await audit(page);
  for (const { text, ratio } of await chartTextContrast(page)) {
    assert.ok(ratio >= 4.5, `chart text "${text}" on "${name}" (${scheme}): contrast ${ratio.toFixed(2)}:1`);
  }
  t.diagnostic(`axe ${scheme} · ${name}: ${r.rules} rules run, ${r.applicable} applicable, ` +
    `${r.violations.length} violations, ${r.incomplete.length} to review by hand` +
    (r.incomplete.length ? ` (${r.incomplete.map((i) => `${i.id}×${i.nodes}`).join(', ')})` : ''));
  assert.deepStrictEqual(r.violations, [], `axe violations on "${name}" (${scheme})`);
  assert.ok(r.rules >= 50, `axe ran its WCAG A/AA rules (${r.rules})`);
}

for (const scheme of ['light', 'dark']) {
  test(`axe, ${scheme} colour scheme: every screen has zero WCAG 2.1 A/AA violations`, { timeout: 90000 }, (t) =>
    h.withPage(t, async ({ page, context, url }) => {
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
      for (const screen of screens(engine)) {
        await t.test(screen.name, async (st) => {
          await screen.open(page, url);
          await expectClean(st, page, screen.name, scheme);
        });
      }
      // Storage the browser refuses: its notice, in a page of its own.
      await t.test('storage-unavailable notice', async (st) => {
        const other = await context.newPage();
        await storageUnavailable(other, url);
        await expectClean(st, other, 'storage-unavailable notice', scheme);
        await other.close();
      });
    }, { context: { colorScheme: scheme } }));
}
