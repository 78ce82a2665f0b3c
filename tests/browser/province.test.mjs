// The province (Sở Nội vụ) through the browser application, against a parindex of its own on a
// PostgreSQL database of two wards: bac-kan with the demo data, song-cau with the plan only, and a
// province officer. The login page offers the wards and the province; the officer lands on "Toàn
// tỉnh", sees both wards ranked, ranks them by a dossier indicator, downloads the province's
// workbook, opens bac-kan's pages read-only (every request names the ward, a banner says so, no
// write control anywhere) and goes back; the same at 375 px; a ward's coordinator logs in through
// the picker, which remembers the ward, and has no province page. Screenshots go to
// $PARINDEX_SCREENSHOTS.
//
// It needs a PostgreSQL server: PARINDEX_TEST_POSTGRES, the admin URL that ctest's postgres
// fixture sets (parindex_use_postgres(browser)); without it the test is skipped. It makes a
// database of its own there (dropped at the end), and needs PARINDEX_BINARY and PARINDEX_WEB_DIST
// (run_browser_tests.sh sets them).

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

import { consoleErrors, coordinator, newPage, shot } from './harness.mjs';

const admin = process.env.PARINDEX_TEST_POSTGRES ?? '';
const binary = process.env.PARINDEX_BINARY ?? '';
const webDist = process.env.PARINDEX_WEB_DIST ?? '';
const skip = !admin
  ? 'PARINDEX_TEST_POSTGRES is not set: run under ctest, whose postgres fixture starts a server'
  : !binary || !webDist
    ? 'PARINDEX_BINARY and PARINDEX_WEB_DIST are needed (run_browser_tests.sh sets them)'
    : false;

const seedPlan = fileURLToPath(new URL('../../data/demo/ke-hoach-par-index-2025.txt', import.meta.url));
const database = `parindex_browser_province_${process.pid}`;
const databaseUrl = admin.replace(/\/[^/]*$/, `/${database}`);
const officer = { username: 'tinh', password: 'tinh@2025', name: 'Sở Nội vụ' };
const wards = { 'bac-kan': 'Phường Bắc Kạn', 'song-cau': 'Phường Sông Cầu' };

let work = '';
let server = null;
let baseUrl = '';

function psql(sql) {
  execFileSync('psql', [admin, '-qX', '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: ['ignore', 'ignore', 'pipe'] });
}

function parindex(...args) {
  return execFileSync(binary, ['--db', databaseUrl, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts the server on a free port; resolves with its address once it says where it listens. */
function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn(
      binary,
      ['--db', databaseUrl, '--ward', 'bac-kan', '--evidence-dir', join(work, 'evidence'), 'serve', '--demo', '--today', '2025-11-20', '--web-root', webDist, '--port', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 120_000);
    const listen = (chunk) => {
      output += chunk;
      const address = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (address) {
        clearTimeout(timer);
        resolve(address[0]);
      }
    };
    server.stdout.setEncoding('utf8').on('data', listen);
    server.stderr.setEncoding('utf8').on('data', listen);
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server stopped (${code}):\n${output}`));
    });
  });
}

before(async () => {
  if (skip) return;
  work = mkdtempSync(join(tmpdir(), 'parindex-province-'));
  psql(`CREATE DATABASE ${database} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
  for (const [code, name] of Object.entries(wards)) parindex('ward', 'add', code, '--name', name);
  parindex('--ward', 'song-cau', 'plan', 'import', seedPlan);
  parindex('--ward', 'province', 'user', 'add', officer.username, '--name', officer.name, '--role', 'province_officer', '--password', officer.password);
  baseUrl = await startServer();
}, { timeout: 300_000 });

after(() => {
  if (server && server.exitCode === null) {
    server.removeAllListeners('exit');
    server.kill();
  }
  if (skip) return;
  try {
    psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
});

/** "92.29" as the pages write it: "92,29"; 26024 → "26.024". */
const vietnamese = (value) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);

async function getJson(page, path, headers = {}) {
  return page.evaluate(
    async ([address, extra]) => {
      const response = await fetch(address, { credentials: 'same-origin', headers: extra });
      return { status: response.status, body: await response.json() };
    },
    [path, headers],
  );
}

async function noSidewaysScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `no sideways scrolling of ${what} (${overflow} px)`);
}

async function navIds(page) {
  return page.locator('.main-nav a').evaluateAll((anchors) => anchors.map((a) => a.dataset.testid));
}

/** Logs in through the picker; `ward` is a ward code or "province". */
async function loginWith(page, account, ward) {
  await page.goto(`${baseUrl}/#/dang-nhap`);
  await page.getByTestId('login-ward').selectOption(ward);
  await page.getByTestId('login-username').fill(account.username);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
}

/** No control that would change anything is visible in the page: no form to send, nothing to type. */
async function assertReadOnly(page, where) {
  const writable = await page
    .locator('main')
    .evaluate((main) =>
      [...main.querySelectorAll('form button[type="submit"], textarea, input[type="file"], input:not([type]), input[type="text"], input[type="number"]')]
        .filter((element) => element.offsetParent !== null && !element.closest('[role="search"]'))
        .map((element) => element.dataset.testid || element.outerHTML.slice(0, 80)),
    );
  assert.deepEqual(writable, [], `${where}: no write control for the province`);
}

test('a province officer ranks the wards, downloads the workbook and reads a ward read-only', { skip, timeout: 300_000 }, async () => {
  const page = await newPage({ acceptDownloads: true });
  const wardHeaders = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) wardHeaders.push({ path: url.pathname, ward: request.headers()['x-parindex-ward'] ?? null });
  });

  // The login picker: the wards by name, then the province; nothing chosen yet.
  await page.goto(`${baseUrl}/#/dang-nhap`);
  const picker = page.getByTestId('login-ward');
  await picker.waitFor();
  const options = await picker.locator('option').evaluateAll((list) => list.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options, [
    ['', '— Chọn xã, phường —'],
    ['bac-kan', 'Phường Bắc Kạn'],
    ['song-cau', 'Phường Sông Cầu'],
    ['province', 'Sở Nội vụ (cấp tỉnh)'],
  ]);
  assert.equal(await picker.inputValue(), '', 'no ward chosen before the first login');
  await page.getByTestId('login-username').fill(officer.username);
  await page.getByTestId('login-password').fill(officer.password);
  await page.getByTestId('login-submit').click();
  await page.locator('[data-testid="login-error"][role="alert"]').waitFor();
  assert.equal((await page.getByTestId('login-error').innerText()).trim(), 'Vui lòng chọn xã, phường.');
  await shot(page, 'province-login');

  // The officer lands on "Toàn tỉnh"; the header names the province.
  await loginWith(page, officer, 'province');
  await page.getByTestId('province-table').waitFor();
  assert.match(page.url(), /#\/tinh$/);
  assert.equal((await page.getByTestId('ward-name').innerText()).trim(), 'Sở Nội vụ');
  assert.equal((await page.getByTestId('current-role').innerText()).trim(), 'Cán bộ Sở Nội vụ (xem các xã, phường)');
  assert.deepEqual(await navIds(page), ['nav-province'], 'only the province page while no ward is read');
  assert.equal((await page.getByTestId('nav-province').innerText()).trim(), 'Toàn tỉnh');
  assert.equal((await page.getByTestId('province-as-of').innerText()).trim(), 'Số liệu đến ngày 20/11/2025');

  // The ranking: both wards, in the server's order, with their figures as Vietnamese numbers.
  const ranking = (await getJson(page, '/api/province/wards')).body;
  const rows = page.getByTestId('province-row');
  assert.deepEqual(await rows.evaluateAll((list) => list.map((row) => row.dataset.code)), ranking.wards.map((ward) => ward.code));
  assert.deepEqual([...ranking.wards.map((ward) => ward.code)].sort(), ['bac-kan', 'song-cau']);
  const bacKan = ranking.wards.find((ward) => ward.code === 'bac-kan');
  const bacKanRow = page.locator('[data-testid="province-row"][data-code="bac-kan"]');
  assert.equal((await bacKanRow.getByTestId('province-ward-name').innerText()).trim(), 'Phường Bắc Kạn');
  assert.equal((await page.locator('[data-testid="province-row"][data-code="song-cau"]').getByTestId('province-ward-name').innerText()).trim(), 'Phường Sông Cầu');
  assert.equal((await bacKanRow.getByTestId('province-rank').innerText()).trim(), String(bacKan.rank));
  assert.equal((await bacKanRow.getByTestId('province-now').innerText()).trim(), vietnamese(bacKan.index_now));
  assert.equal((await bacKanRow.getByTestId('province-projected').innerText()).trim(), vietnamese(bacKan.index_projected));
  assert.match((await bacKanRow.getByTestId('province-projected').innerText()).trim(), /^\d{1,3}(,\d{1,2})?$/);
  assert.equal((await bacKanRow.getByTestId('province-tasks').innerText()).trim(), vietnamese(bacKan.tasks.total));
  assert.match(await bacKanRow.getByTestId('province-dossiers').innerText(), new RegExp(`^${vietnamese(bacKan.dossiers).replace('.', '\\.')}\\s+đến 20/11/2025$`));
  const onTime = bacKan.indicators.find((indicator) => indicator.code === 'on_time_rate');
  assert.equal((await bacKanRow.locator('[data-indicator="on_time_rate"]').innerText()).trim(), `${vietnamese(onTime.rate)}%`);
  await noSidewaysScroll(page, 'the province page at 1280 px');
  await shot(page, 'province');

  // Ranked by an indicator: the list is the first ward's indicators; the wards without dossiers
  // are not ranked.
  const bySelect = page.getByTestId('province-by');
  const choices = await bySelect.locator('option').evaluateAll((list) => list.map((o) => o.value));
  assert.deepEqual(choices, ['index_projected', ...ranking.wards[0].indicators.map((indicator) => indicator.code)]);
  await bySelect.selectOption('online_rate');
  await page.locator('[data-testid="province-table"][data-by="online_rate"]').waitFor();
  const byOnline = (await getJson(page, '/api/province/wards?by=online_rate')).body;
  assert.deepEqual(await rows.evaluateAll((list) => list.map((row) => row.dataset.code)), byOnline.wards.map((ward) => ward.code));
  assert.deepEqual(byOnline.wards.map((ward) => ward.code), ['bac-kan', 'song-cau'], 'the ward with dossiers first');
  assert.equal((await bacKanRow.getByTestId('province-rank').innerText()).trim(), '1');
  assert.equal((await page.locator('[data-testid="province-row"][data-code="song-cau"]').getByTestId('province-rank').innerText()).trim(), '—');
  const online = byOnline.wards[0].indicators.find((indicator) => indicator.code === 'online_rate');
  const onlineCell = bacKanRow.locator('[data-indicator="online_rate"]');
  assert.equal((await onlineCell.innerText()).trim(), `${vietnamese(online.rate)}%`);
  assert.match((await onlineCell.innerText()).trim(), /^\d{1,3},\d{1,2}%$/, 'a percentage with a decimal comma');
  assert.match(await onlineCell.getAttribute('class'), /ranked-by/, 'the column ranked by stands out');
  assert.match(await page.locator('[data-testid="province-table"] caption').innerText(), /^Xếp hạng 2 xã, phường theo tỷ lệ hồ sơ trực tuyến$/);
  await shot(page, 'province-by-indicator');

  // The province's workbook.
  const button = page.getByTestId('province-download');
  assert.equal((await button.innerText()).trim(), 'Tải báo cáo tổng hợp (Excel)');
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  assert.equal(file.suggestedFilename(), 'tong-hop-cchc-xa-phuong-2025-11-20.xlsx');
  assert.equal(readFileSync(await file.path()).subarray(0, 2).toString('latin1'), 'PK', 'the XLSX is a zip');
  await page.locator('[data-testid="province-message"].message-ok').waitFor();

  // Reading bac-kan: its dashboard, a banner, the ward's pages in the navigation, every request
  // naming the ward.
  wardHeaders.length = 0;
  await page.getByTestId('province-view-bac-kan').click();
  await page.getByTestId('dashboard-totals').waitFor();
  assert.match(page.url(), /#\/$/);
  const banner = page.getByTestId('viewing-banner');
  assert.equal((await banner.innerText()).replace(/\s+/g, ' ').trim(), 'Đang xem: Phường Bắc Kạn (chỉ xem) — Quay lại toàn tỉnh');
  assert.equal((await page.getByTestId('ward-name').innerText()).trim(), 'Sở Nội vụ', 'the header still names the province');
  assert.deepEqual(await navIds(page), ['nav-province', 'nav-dashboard', 'nav-plan', 'nav-units', 'nav-obstacles', 'nav-dossiers', 'nav-scores', 'nav-documents']);
  const dashboard = (await getJson(page, '/api/dashboard', { 'X-Parindex-Ward': 'bac-kan' })).body;
  assert.equal((await page.locator('[data-testid="dashboard-totals"] [data-count="total"] strong').innerText()).trim(), vietnamese(dashboard.totals.total));
  const dashboardRequests = wardHeaders.filter((entry) => entry.path === '/api/dashboard');
  assert.ok(dashboardRequests.length > 0 && dashboardRequests.every((entry) => entry.ward === 'bac-kan'), `the dashboard names the ward: ${JSON.stringify(dashboardRequests)}`);
  assert.ok(wardHeaders.filter((entry) => entry.path !== '/api/session').every((entry) => entry.ward === 'bac-kan'), `every request names the ward: ${JSON.stringify(wardHeaders)}`);
  await assertReadOnly(page, 'the dashboard');
  await noSidewaysScroll(page, "the ward's dashboard at 1280 px");
  await shot(page, 'province-ward-dashboard');

  // The ward's pages, all read-only.
  await page.getByTestId('nav-plan').click();
  await page.getByTestId('plan-count').waitFor();
  await assertReadOnly(page, 'the plan');
  await page.goto(`${baseUrl}/#/nhiem-vu/3.2.1`);
  await page.getByTestId('task-status').waitFor();
  assert.equal(await page.getByTestId('new-report-form').count(), 0, 'no report to open');
  assert.equal(await page.locator('[data-testid^="target-edit-"]').count(), 0, 'no target to edit');
  await assertReadOnly(page, 'a task');
  await page.getByTestId('nav-dossiers').click();
  await page.locator('[data-testid="indicator-area"] table').first().waitFor();
  assert.equal(await page.getByTestId('import-panel').count(), 0, 'no dossier import');
  assert.equal(await page.getByTestId('apology-submit').count(), 0, 'no apology letters');
  await assertReadOnly(page, 'the dossiers');
  await page.getByTestId('nav-scores').click();
  await page.getByTestId('score-index-now').waitFor();
  assert.equal(await page.getByTestId('score-whatif-run').count(), 0, 'no what-if (a POST)');
  assert.equal(await page.getByTestId('score-tab-appraisal').count(), 0, 'no appraisal editor');
  await assertReadOnly(page, 'the scores');
  await shot(page, 'province-ward-scores');
  await page.getByTestId('nav-documents').click();
  await page.getByTestId('doc-preview').waitFor();
  assert.equal(await page.getByTestId('doc-notes-submit').count(), 0, 'no report notes editor');
  assert.equal(await page.getByTestId('doc-settings-submit').count(), 0, 'no document settings editor');
  await assertReadOnly(page, 'the documents');
  assert.ok(wardHeaders.filter((entry) => entry.path !== '/api/session').every((entry) => entry.ward === 'bac-kan'), 'every page named the ward');

  // Back to the province: no banner, no ward named any more.
  wardHeaders.length = 0;
  await page.getByTestId('viewing-back').click();
  await page.getByTestId('province-table').waitFor();
  assert.match(page.url(), /#\/tinh$/);
  assert.equal(await page.getByTestId('viewing-banner').count(), 0);
  assert.deepEqual(await navIds(page), ['nav-province']);
  assert.equal(await bySelect.inputValue(), 'online_rate', 'the ranking keeps its indicator');
  assert.ok(wardHeaders.length > 0 && wardHeaders.every((entry) => entry.ward === null), `the province's requests name no ward: ${JSON.stringify(wardHeaders)}`);
  // A ward's address without a ward to read leads back to the province.
  await page.goto(`${baseUrl}/#/diem`);
  await page.waitForURL(/#\/tinh$/);
  await page.getByTestId('province-table').waitFor();

  assert.deepEqual(consoleErrors, [], 'no console errors');
});

test('the province pages at 375 px', { skip, timeout: 180_000 }, async () => {
  const page = await newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${baseUrl}/#/dang-nhap`);
  await page.getByTestId('login-ward').waitFor();
  await noSidewaysScroll(page, 'the login page at 375 px');
  await loginWith(page, officer, 'province');
  await page.getByTestId('province-table').waitFor();
  await noSidewaysScroll(page, 'the province page at 375 px');
  await shot(page, 'province-mobile');
  await page.getByTestId('province-view-bac-kan').click();
  await page.getByTestId('dashboard-totals').waitFor();
  assert.ok(await page.getByTestId('viewing-banner').isVisible());
  await noSidewaysScroll(page, "the ward's dashboard at 375 px");
  await shot(page, 'province-ward-mobile');
  // A reload stays on the ward.
  await page.reload();
  await page.getByTestId('dashboard-totals').waitFor();
  assert.equal(await page.getByTestId('viewing-ward').innerText(), 'Đang xem: Phường Bắc Kạn');
  await page.getByTestId('viewing-back').click();
  await page.getByTestId('province-table').waitFor();
  assert.deepEqual(consoleErrors, [], 'no console errors');
});

test("a ward's coordinator logs in through the picker and has no province page", { skip, timeout: 120_000 }, async () => {
  const page = await newPage();
  await loginWith(page, coordinator, 'bac-kan');
  await page.getByTestId('nav-dashboard').waitFor();
  assert.match(page.url(), /#\/$/);
  assert.equal((await page.getByTestId('ward-name').innerText()).trim(), 'Phường Bắc Kạn', "the header names the account's ward");
  const ids = await navIds(page);
  assert.ok(!ids.includes('nav-province'), `no province page in the navigation: ${ids.join(', ')}`);
  assert.ok(ids.includes('nav-inbox'), 'the ward pages as usual');
  assert.equal(await page.getByTestId('viewing-banner').count(), 0);
  assert.equal((await getJson(page, '/api/province/wards')).status, 404, 'the server has no province page for a ward');
  await page.goto(`${baseUrl}/#/tinh`);
  await page.getByTestId('page-not-found').waitFor();
  await noSidewaysScroll(page, 'a ward page at 1280 px');

  // The picker remembers the ward.
  await page.getByTestId('nav-logout').click();
  await page.getByTestId('login-ward').waitFor();
  assert.equal(await page.getByTestId('login-ward').inputValue(), 'bac-kan');
  assert.equal(await page.getByTestId('public-link').getAttribute('href'), '#/cong-khai/bac-kan', "the public page of the ward chosen");
  await shot(page, 'province-login-remembered');
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((entry) => !/status of 404 .*\/api\/province\/wards/.test(entry)));
  assert.deepEqual(consoleErrors, [], 'no console errors');
});
