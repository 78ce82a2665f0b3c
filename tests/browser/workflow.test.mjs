// The reporting workflow through the browser application, against a running parindex server
// with the demo data:
//   a unit's staff member reports on a task (values, narrative, PDF evidence) and submits it;
//   the coordinator returns it with a comment; the staff member finds it in the inbox and
//   resubmits; the coordinator accepts; the dashboard and the public page show the result.
// Screenshots of the main pages go to $PARINDEX_SCREENSHOTS.
//
// Run from web/ (where playwright-core is installed):
//   PARINDEX_URL=http://127.0.0.1:18090 PARINDEX_STAFF_USER=... PARINDEX_STAFF_PASSWORD=... \
//   PARINDEX_COORDINATOR_USER=... PARINDEX_COORDINATOR_PASSWORD=... \
//   node --test ../tests/browser/workflow.test.mjs
// It needs a fresh demo database: it creates and accepts a report for the current period.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { baseUrl, consoleErrors, coordinator, login, newPage, required, shot } from './harness.mjs';

const staff = { username: required('PARINDEX_STAFF_USER'), password: required('PARINDEX_STAFF_PASSWORD') };

async function logout(page) {
  await page.getByTestId('nav-logout').click();
  await page.getByTestId('login-username').waitFor();
}

/** Waits until the report card shows the state. */
async function expectReportState(page, reportId, state) {
  await page.locator(`[data-testid="report-${reportId}"] [data-testid="report-state"][data-state="${state}"]`).waitFor();
}

async function apiGet(page, path) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }, path);
}

/** A value that meets the target, when the target has a number to meet. */
function meetingValue(target) {
  if (target.comparator === 'gt') return target.value + 1;
  return target.value;
}

/** A one-page PDF, made here. */
function smallPdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 50 Td (parindex) Tj ET\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}


test('a report goes from draft to returned to accepted, and the overviews show it', { timeout: 240_000 }, async () => {
  const page = await newPage();

  // The login page, then the staff member's task: one the unit alone leads, not yet done, with
  // numeric targets if it has one.
  await page.goto(`${baseUrl}/#/dang-nhap`);
  await page.getByTestId('login-username').waitFor();
  await shot(page, 'login');
  await login(page, staff);
  const session = await apiGet(page, '/api/session');
  const unitKey = session.user.unit_key;
  assert.ok(unitKey, 'the staff account belongs to a unit');
  const { tasks } = await apiGet(page, '/api/tasks');
  const numeric = (task) =>
    task.targets.length > 0 && task.targets.every((target) => ['ge', 'gt', 'eq'].includes(target.comparator) && typeof target.value === 'number');
  const led = tasks.filter(
    (task) => task.lead_units.length === 1 && task.lead_units[0] === unitKey && task.status.light !== 'done',
  );
  const task = led.find(numeric) ?? led[0];
  assert.ok(task, `the unit ${unitKey} alone leads a task not yet done`);
  const acceptedBefore = (await apiGet(page, '/api/dashboard')).reports.accepted;

  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('dashboard-totals').waitFor();

  // The plan tree, the diacritic-insensitive search, the task page.
  await page.getByTestId('nav-plan').click();
  await page.getByTestId(`task-row-${task.code}`).waitFor();
  await shot(page, 'plan');
  await page.getByTestId('plan-search').fill(task.code);
  await page.getByTestId(`task-row-${task.code}`).getByRole('link').click();
  await page.getByTestId('task-requirement').waitFor();

  // A report for the current period: progress, values, narrative, a PDF, a document reference.
  await page.getByTestId('new-report').click();
  await page.getByTestId('report-form').waitFor();
  const reportId = Number(/bao-cao\/(\d+)/.exec(page.url())?.[1]);
  assert.ok(reportId > 0, `the address names the report: ${page.url()}`);
  await expectReportState(page, reportId, 'draft');
  const card = page.getByTestId(`report-${reportId}`);
  await card.getByTestId('report-progress').selectOption('done');
  for (const [index, target] of task.targets.entries()) {
    const input = card.getByTestId(`report-value-${index}`);
    if ((await input.count()) > 0 && typeof target.value === 'number') {
      await input.fill(String(meetingValue(target)).replace('.', ','));
    }
  }
  await card.getByTestId('report-narrative').fill('Đơn vị đã hoàn thành nhiệm vụ; kết quả đính kèm biên bản kiểm tra.');
  await card.getByTestId('save-report').click();
  await card.getByTestId('report-message').filter({ hasText: 'Đã lưu' }).waitFor();
  await card.getByTestId('evidence-input').setInputFiles({
    name: 'Biên bản kiểm tra.pdf',
    mimeType: 'application/pdf',
    buffer: smallPdf(),
  });
  await card.getByTestId('evidence-list').getByText('Biên bản kiểm tra.pdf').waitFor();
  await card.getByTestId('document-number').fill('12/KH-UBND');
  await card.getByTestId('document-date').fill('23/07/2025');
  await card.getByTestId('document-body').fill('UBND phường Bắc Kạn');
  await card.getByTestId('document-summary').fill('Kế hoạch cải cách hành chính phường Bắc Kạn năm 2025');
  await card.getByTestId('add-document').click();
  await card.getByTestId('document-list').getByText('12/KH-UBND').waitFor();
  assert.match(await card.getByTestId('document-list').innerText(), /23\/07\/2025/);
  await card.getByTestId('submit-report').click();
  await expectReportState(page, reportId, 'submitted');
  await shot(page, 'task');
  await page.setViewportSize({ width: 375, height: 800 });
  await shot(page, 'task-375');
  await page.setViewportSize({ width: 1280, height: 900 });
  await logout(page);

  // The coordinator returns it with a comment (a return without one is refused on the page).
  await login(page, coordinator);
  await page.goto(`${baseUrl}/#/nhiem-vu/${encodeURIComponent(task.code)}/bao-cao/${reportId}`);
  await expectReportState(page, reportId, 'submitted');
  await card.getByTestId('return-report').click();
  await card.getByText('Vui lòng nhập ý kiến khi trả lại báo cáo.').waitFor();
  await card.getByTestId('review-comment').fill('Đề nghị bổ sung số liệu của quý và tài liệu kiểm chứng.');
  await card.getByTestId('return-report').click();
  await expectReportState(page, reportId, 'returned');
  await logout(page);

  // The staff member finds it in the inbox as returned and resubmits it.
  await login(page, staff);
  await page.getByTestId('nav-inbox').click();
  const returned = page.getByTestId('inbox-returned');
  await returned.waitFor();
  await shot(page, 'inbox');
  await returned.getByRole('link', { name: new RegExp(task.code.replace(/\./g, '\\.')) }).first().click();
  await expectReportState(page, reportId, 'returned');
  await card.getByTestId('report-review-comment').getByText('Đề nghị bổ sung').waitFor();
  await card.getByTestId('report-narrative').fill('Đã bổ sung số liệu của quý và tài liệu kiểm chứng theo ý kiến của đầu mối.');
  await card.getByTestId('submit-report').click();
  await expectReportState(page, reportId, 'submitted');
  await logout(page);

  // The coordinator accepts; the dashboard counts it.
  await login(page, coordinator);
  await page.goto(`${baseUrl}/#/nhiem-vu/${encodeURIComponent(task.code)}/bao-cao/${reportId}`);
  await card.getByTestId('review-comment').fill('Đạt yêu cầu.');
  await card.getByTestId('accept-report').click();
  await expectReportState(page, reportId, 'accepted');
  const light = await page.getByTestId('task-light').getAttribute('data-light');
  await page.getByTestId('nav-dashboard').click();
  const accepted = page.locator('[data-testid="dashboard-reports"] [data-count="accepted"] strong');
  await accepted.waitFor();
  assert.equal(Number(await accepted.innerText()), acceptedBefore + 1, 'the dashboard counts the accepted report');
  await page.locator('.chart canvas').first().waitFor();
  await shot(page, 'dashboard');
  await logout(page);

  // The public page, without logging in, shows the task as the task page does.
  const visitor = await newPage();
  await visitor.goto(`${baseUrl}/#/cong-khai`);
  await visitor.getByTestId('public-totals').waitFor();
  const row = visitor.getByTestId(`public-task-${task.code}`);
  assert.equal(await row.locator('[data-light]').getAttribute('data-light'), light);
  assert.equal(light, 'done', 'an accepted report of the lead unit with progress done completes the task');
  await shot(visitor, 'public');
  await visitor.setViewportSize({ width: 375, height: 800 });
  await shot(visitor, 'public-375');

  assert.deepEqual(consoleErrors, [], 'no console errors');
});

test('the coordinator corrects a target the plan reader could not read', { timeout: 120_000 }, async () => {
  const page = await newPage();
  await login(page, coordinator);
  await page.goto(`${baseUrl}/#/nhiem-vu/6.1.1`);
  await page.getByTestId('target-edit-0').click();
  await page.getByTestId('target-comparator-0').selectOption('ge');
  await page.getByTestId('target-value-0').fill('95');
  await page.getByTestId('target-save-0').click();
  await page.locator('[data-testid="target-0"]', { hasText: '≥ 95' }).waitFor();
  await page.locator('[data-testid="target-0"]', { hasText: 'đã sửa tay' }).waitFor();
  await shot(page, 'target-correction');
  assert.deepEqual(consoleErrors, [], 'no console errors');
});
