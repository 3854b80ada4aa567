// Team view with share links people made with version 1 of the built-in questionnaire (the
// fixtures in tests/fixtures/v1/, made with that build): each is scored by version 1, as it was when
// it was made, next to links made with the current version, and the page says how many were.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');
const { loadEngine } = require('./oracle');
const { setFloor } = require('./team_support');
const FIXTURES = require('../fixtures/v1/fixtures.json');

let engine;
test.before(async () => {
  engine = await loadEngine();
  await h.setup();
});
test.after(h.teardown);

test('version 1 links are scored by version 1 beside current ones, and counted', { timeout: 30000 }, (t) =>
  h.withPage(t, async ({ page, url }) => {
    const current = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];  // 75 in any version: Both
    const currentCode = engine.encodeShare('', current).code;
    const old = FIXTURES.results.map((r) => `${url}#r=${r.share_code}`);
    await page.goto(`${url}#team`);
    await setFloor(page, 3);  // 4 people: below the default floor of 5, no band count would show
    await page.getByLabel('Share links (one per line)').fill([...old, `${url}#r=${currentCode}`].join('\n'));
    await h.button(page, 'Score these links').click();
    await h.visible(page.getByTestId('team-count'));
    assert.equal((await page.getByTestId('team-count').textContent()).trim(), '4');
    const { TEAM, format } = h.pageStrings();
    await h.visible(page.getByText(format(TEAM.earlier.other, { count: 3 }), { exact: true }));
    // Each band holds exactly the fixture's people (version 1 totals) plus the current link's Both.
    const expected = { management: 0, both: 1, mastery: 0 };
    for (const r of FIXTURES.results) expected[r.band] += 1;
    for (const [band, count] of Object.entries(expected)) {
      assert.equal(await page.locator(`[data-testid="band-count"][data-band="${band}"]`).getAttribute('data-count'),
        String(count), `${band} count`);
    }
    const table = page.getByRole('table', { name: /Each person’s result/ });
    for (const [i, r] of FIXTURES.results.entries()) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Link ${i + 1}`, exact: true }) });
      assert.equal(await row.getByRole('cell').first().textContent(), String(r.total), `Link ${i + 1} keeps its total`);
    }
  }));
