// The "Hồ sơ TTHC" page through the browser application, against a running parindex server with
// the demo data (which includes generated dossiers): the coordinator reads the indicators for the
// ward and by unit, opens the list of late dossiers without an apology letter, and makes the
// letter (DOCX) for one of them. Screenshots go to $PARINDEX_SCREENSHOTS.
//
// Run from web/ (where playwright-core is installed):
//   PARINDEX_URL=http://127.0.0.1:18090 PARINDEX_COORDINATOR_USER=... PARINDEX_COORDINATOR_PASSWORD=... \
//   node --test ../tests/browser/dossiers.test.mjs
// It only reads the dossiers (the letter is a download; nothing is stored).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { consoleErrors, coordinator, login, newPage, shot } from './harness.mjs';

test('the coordinator reads the dossier indicators and makes an apology letter', { timeout: 180_000 }, async () => {
  const page = await newPage({ acceptDownloads: true });
  await login(page, coordinator);

  // The page is in the main navigation; the ward table comes first.
  await page.getByTestId('nav-dossiers').click();
  assert.match(page.url(), /#\/ho-so$/);
  await page.getByTestId('indicator-table').waitFor();
  await page.getByTestId('dossier-freshness').waitFor();
  const onTime = page.locator('[data-testid="indicator-row-on_time_rate"] [data-testid="indicator-rate"]');
  const rateText = (await onTime.innerText()).trim();
  assert.match(rateText, /%$|^N\/A$/, `the on-time rate reads as a percentage or N/A: ${rateText}`);
  const rows = await page.locator('[data-testid="indicator-table"] tbody tr').count();
  assert.equal(rows, 11, 'one row per indicator');
  for (const cell of await page.getByTestId('indicator-rate').allInnerTexts()) {
    assert.match(cell.trim(), /%$|^N\/A$/, `every rate reads as a percentage or N/A: ${cell}`);
  }
  // The 766 points: one row per methodology rule and a total no larger than the maximum.
  await page.getByTestId('score-total').waitFor();
  assert.equal(await page.getByTestId('score-row').count(), 6, 'one row per rule of data/methodology');
  const total = (await page.getByTestId('score-total').innerText()).trim();
  assert.match(total, /^\d+(,\d+)?$/, `the total reads as Vietnamese points: ${total}`);
  assert.ok(Number(total.replace(',', '.')) <= 82, `the total stays within the 82 points: ${total}`);
  // The monthly charts draw (ECharts loaded on demand).
  await page.locator('[data-testid="dossier-charts"] canvas').first().waitFor();
  // The action lists load their counts.
  await page.locator('[data-testid="action-tab-late_without_apology"] [data-testid="action-count"]', { hasText: /^\d/ }).waitFor();
  await shot(page, 'dossiers');

  // By unit: a matrix of units × indicators.
  await page.getByTestId('group-by-unit').click();
  await page.locator('[data-testid="indicator-matrix"][data-by="unit"]').waitFor();
  const cells = await page.getByTestId('matrix-cell').count();
  assert.ok(cells > 0, 'the matrix has cells');
  const firstCell = page.getByTestId('matrix-cell').first();
  assert.match(await firstCell.getAttribute('title'), /\d+\/\d+/, 'a cell names its numerator and denominator');
  await shot(page, 'dossiers-by-unit');

  // The late dossiers without an apology letter: downloads carry the filters; one letter.
  await page.getByTestId('action-tab-late_without_apology').click();
  const panel = page.locator('[data-testid="action-panel"][data-list="late_without_apology"]');
  await panel.getByTestId('action-csv').waitFor();
  const csv = await panel.getByTestId('action-csv').getAttribute('href');
  assert.match(csv, /^\/api\/dossiers\/actions\/late_without_apology\?/);
  assert.match(csv, /format=csv/);
  assert.match(csv, /from=\d{4}-\d{2}-\d{2}/);
  assert.match(await panel.getByTestId('action-xlsx').getAttribute('href'), /format=xlsx/);
  const count = Number((await page.locator('[data-testid="action-tab-late_without_apology"] [data-testid="action-count"]').innerText()).replace(/\./g, ''));
  if (count === 0) {
    // The demo data has no late dossier without a letter in the period: try the pending ones.
    await page.getByTestId('action-tab-pending_overdue').click();
  }
  const table = page.getByTestId('action-table');
  await table.waitFor();
  const dates = await table.locator('tbody tr').first().locator('td').allInnerTexts();
  assert.ok(dates.some((text) => /^\d{2}\/\d{2}\/\d{4}$/.test(text.trim())), `dates read dd/mm/yyyy: ${dates.join(' | ')}`);
  await table.locator('input.action-select').first().check();
  await page.getByTestId('apology-selected').filter({ hasText: '1' }).waitFor();
  // The reason is required.
  await page.getByTestId('apology-submit').click();
  await page.getByText('Vui lòng nhập lý do chậm trễ.').waitFor();
  await page.getByTestId('apology-reason').fill('Hồ sơ phải xác minh thêm thông tin tại địa phương khác.');
  // A new date after the server's today (the summary's default period ends today).
  const { to: today } = await page.evaluate(async () => (await fetch('/api/dossiers/summary', { credentials: 'same-origin' })).json());
  const newDue = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.getByTestId('apology-due').fill(newDue);
  await page.getByTestId('apology-applicant').fill('Nguyễn Văn An');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('apology-submit').click()]);
  assert.match(download.suggestedFilename(), /\.docx$/i, `a DOCX file: ${download.suggestedFilename()}`);
  await page.locator('[data-testid="apology-message"].message-ok').waitFor();
  await shot(page, 'dossiers-actions');

  // The coordinator may import: the panel is there.
  await page.getByTestId('import-panel').waitFor();

  // Narrow screens: the page still works at 375 px.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByTestId('group-by-ward').click();
  await page.getByTestId('indicator-table').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `no sideways scrolling of the page at 375 px (${overflow} px)`);
  await shot(page, 'dossiers-375');

  assert.deepEqual(consoleErrors, [], 'no console errors');
});
