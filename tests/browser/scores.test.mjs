// The "Điểm Chỉ số CCHC" page through the browser application, against a running parindex server
// with the demo data: the coordinator reads the index now and projected with their formulas, the
// tree of the nine areas, tries a value for criterion 3.2.1 (what-if: computed, never stored) and
// sees the figures change, reads the points at risk (largest gain first), downloads the units'
// accountability workbook and checks the page at 375 px. Screenshots go to $PARINDEX_SCREENSHOTS.
//
// Run from web/ (where playwright-core is installed):
//   PARINDEX_URL=http://127.0.0.1:18090 PARINDEX_COORDINATOR_USER=... PARINDEX_COORDINATOR_PASSWORD=... \
//   node --test ../tests/browser/scores.test.mjs
// It stores nothing (the what-if is computed by the server and dropped).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { consoleErrors, coordinator, login, newPage, shot } from './harness.mjs';

/** "72,35" → 72.35 (Vietnamese decimal comma). */
const vietnameseNumber = (text) => Number(text.trim().replace(/\./g, '').replace(',', '.').replace('−', '-'));

test('the coordinator reads the PAR index scores, tries a value and downloads the units workbook', { timeout: 180_000 }, async () => {
  const page = await newPage({ acceptDownloads: true });
  await login(page, coordinator);

  // The page is in the main navigation, after "Hồ sơ TTHC".
  const navIds = await page.locator('.main-nav a').evaluateAll((anchors) => anchors.map((a) => a.dataset.testid));
  assert.equal(navIds[navIds.indexOf('nav-dossiers') + 1], 'nav-scores', `the score page follows the dossier page: ${navIds.join(', ')}`);
  await page.getByTestId('nav-scores').click();
  assert.match(page.url(), /#\/diem$/);

  // The index now and projected, each with its formula.
  const now = page.getByTestId('score-index-now');
  await now.waitFor();
  const nowText = (await now.innerText()).trim();
  const projectedText = (await page.getByTestId('score-index-projected').innerText()).trim();
  for (const text of [nowText, projectedText]) {
    assert.match(text, /^\d{1,3}(,\d{1,2})?$/, `the index reads as a Vietnamese number: ${text}`);
    assert.ok(vietnameseNumber(text) >= 0 && vietnameseNumber(text) <= 100, `the index is within 0-100: ${text}`);
  }
  const nowFormula = (await page.getByTestId('score-index-now-formula').innerText()).trim();
  assert.match(nowFormula, /=/, `the index now has its formula beside it: ${nowFormula}`);
  assert.ok(nowFormula.includes(nowText), `the formula ends in the figure shown (${nowText}): ${nowFormula}`);
  assert.match((await page.getByTestId('score-index-projected-formula').innerText()).trim(), /=/);
  // The demo runs on the template methodology: it says so.
  await page.getByTestId('score-template-badge').waitFor();
  assert.equal((await page.getByTestId('score-template-badge').innerText()).trim(), 'MẪU');

  // The tree: the nine areas, collapsed; opened, every row has its figures.
  const areas = page.locator('[data-testid="score-row"][data-depth="0"]');
  assert.equal(await areas.count(), 9, 'one row per area I..IX');
  const areaFormula = await areas.first().locator('[data-testid="score-now"]').getAttribute('title');
  assert.ok(areaFormula && areaFormula.length > 0, 'an area shows how its points add up');
  await page.getByTestId('score-toggle-I').click();
  await page.locator('[data-testid="score-formula-row"][data-code="I"]').waitFor();
  await page.getByTestId('score-expand-all').click();
  const row = page.locator('[data-testid="score-row"][data-code="3.2.1"]');
  await row.waitFor();
  await shot(page, 'scores');

  // The leaf's details: reason, formulas, rule.
  await page.getByTestId('score-toggle-3.2.1').click();
  const detail = page.locator('[data-testid="score-detail"][data-code="3.2.1"]');
  await detail.waitFor();
  assert.match(await detail.innerText(), /Cách tính điểm/);

  // What-if on 3.2.1 (the on-time rate): the opposite of its projection, so the figures move.
  const max = vietnameseNumber(await row.locator('td').nth(2).innerText());
  const projected = vietnameseNumber(await row.getByTestId('score-projected').innerText());
  const assumed = projected < max ? '100' : '0';
  await page.getByTestId('score-assume-3.2.1').fill(assumed);
  await page.getByTestId('score-whatif-run').click();
  await page.getByTestId('score-whatif-banner').waitFor();
  const tried = (await page.getByTestId('score-index-projected').innerText()).trim();
  assert.notEqual(tried, projectedText, `assuming ${assumed} for 3.2.1 changes the projected index (${projectedText})`);
  assert.equal((await page.getByTestId('score-index-projected-base').innerText()).includes(projectedText), true, 'the figure before the assumption stays visible');
  // The cell reads "3 thử tính": the figure, then the mark.
  const triedRow = vietnameseNumber((await row.getByTestId('score-projected').innerText()).trim().split(/\s/)[0]);
  assert.notEqual(triedRow, projected, 'the criterion itself moves');
  await shot(page, 'scores-what-if');
  await page.getByTestId('score-whatif-reset').click();
  await page.getByTestId('score-whatif-banner').waitFor({ state: 'detached' });
  assert.equal((await page.getByTestId('score-index-projected').innerText()).trim(), projectedText, 'dropping the assumption brings the stored figures back');

  // The points at risk: largest gain first.
  await page.getByTestId('score-tab-risks').click();
  await page.getByTestId('score-risk-list').waitFor();
  const gains = await page.getByTestId('score-risk-gain').evaluateAll((items) => items.map((item) => Number(item.dataset.gain)));
  assert.ok(gains.length >= 2, `the demo has several criteria at risk (${gains.length})`);
  assert.ok(gains[0] >= gains[1], `the first gain (${gains[0]}) is at least the second (${gains[1]})`);
  assert.match((await page.getByTestId('score-risk-gain').first().innerText()).trim(), /^\+\d+(,\d+)? điểm$/);
  await shot(page, 'scores-risks');

  // The units' accountability, and its workbook.
  await page.getByTestId('score-tab-units').click();
  await page.getByTestId('score-units-table').waitFor();
  assert.ok((await page.getByTestId('score-unit-row').count()) > 0, 'units answer for criteria');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('score-units-xlsx').click()]);
  assert.match(download.suggestedFilename(), /\.xlsx$/i, `an Excel workbook: ${download.suggestedFilename()}`);
  const bytes = readFileSync(await download.path());
  assert.ok(bytes.length > 0, 'the workbook is not empty');
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'the workbook is a zip (PK)');

  // Last year beside this year: the chart draws.
  await page.getByTestId('score-tab-compare').click();
  await page.locator('[data-testid="score-compare-chart"] canvas').first().waitFor();
  assert.equal(await page.locator('[data-testid="score-compare-table"] tbody tr').count(), 9, 'one row per area');

  // The coordinator may run the appraisal round and replace the methodology.
  await page.getByTestId('score-tab-appraisal').click();
  await page.getByTestId('score-results-table').waitFor();
  await page.getByTestId('score-tab-methodology').click();
  await page.getByTestId('score-methodology-download').waitFor();
  assert.equal(await page.getByTestId('score-results-year').inputValue(), String(await yearBefore(page)), 'last year by default');

  // Narrow screens: the page still works at 375 px.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByTestId('score-tab-tree').click();
  await page.getByTestId('score-tree').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `no sideways scrolling of the page at 375 px (${overflow} px)`);
  await shot(page, 'scores-375');

  assert.deepEqual(consoleErrors, [], 'no console errors');
});

/** The year before the scorecard's (the default year of the results sheet). */
async function yearBefore(page) {
  const { year } = await page.evaluate(async () => (await fetch('/api/scores', { credentials: 'same-origin' })).json());
  return year - 1;
}
