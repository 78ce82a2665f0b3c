// The reporting workflow end to end, as the service centre's staff and the coordinator live it:
// open -> edit (versions) -> evidence and documents -> submit -> return -> resubmit -> accept,
// and what the task, history, inbox, dashboard and public page show along the way. Then the
// locking of a period.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  startServer, SERVICE_CENTRE, CULTURE_OFFICE, ACCOUNTS, MESSAGES, pdfBytes, expectError, openReport,
} from './server.mjs';

let server;
let staff; // canbo.ttpvhcc, unit_staff of the service centre
let head; // truong.ttpvhcc
let coordinator; // dieuphoi
let other; // canbo.vhxh, staff of the culture office
let admin;

before(async () => {
  server = await startServer();
  staff = await server.login('canbo.ttpvhcc');
  head = await server.login('truong.ttpvhcc');
  coordinator = await server.login('dieuphoi');
  other = await server.login('canbo.vhxh');
  admin = await server.login('quantri');
});

after(async () => {
  await server?.stop();
});

async function dashboardReports() {
  return (await coordinator.get('/api/dashboard')).json.reports;
}
function inboxFor(client) {
  return client.get('/api/inbox').then((res) => res.json.items);
}

describe('a progress report for task 3.2.1, 2025-Q4, from open to accepted', () => {
  const pdf = pdfBytes('Báo cáo kết quả giải quyết hồ sơ quý IV');
  const narrative = 'Tỷ lệ hồ sơ giải quyết đúng hạn quý IV đạt 92,5%.';
  let report;
  let baseline;
  let evidence;
  let document;

  test('staff opens the report (POST /api/reports): a draft, version 1, role lead', async () => {
    baseline = await dashboardReports();
    const res = await staff.post('/api/reports', { task_code: '3.2.1', unit_key: SERVICE_CENTRE, period: '2025-Q4' });
    assert.equal(res.status, 200, res.text);
    report = res.json;
    assert.equal(report.task_code, '3.2.1');
    assert.equal(report.unit_key, SERVICE_CENTRE);
    assert.equal(report.period, '2025-Q4');
    assert.equal(report.state, 'draft');
    assert.equal(report.role, 'lead');
    assert.equal(report.can_edit, true);
    assert.equal(report.can_review, false);
    assert.deepEqual(report.evidence, []);
    assert.deepEqual(report.documents, []);
    assert.equal(typeof report.version, 'number');
  });

  test('opening it again (the unit head) returns the same report', async () => {
    const again = await openReport(head, '3.2.1', SERVICE_CENTRE, '2025-Q4');
    assert.equal(again.id, report.id);
    assert.equal(again.version, report.version);
  });

  test('the dashboard counts one more draft', async () => {
    const now = await dashboardReports();
    assert.deepEqual(now, { ...baseline, draft: baseline.draft + 1 });
  });

  test('a report for a period the task does not have, or a unit not responsible: 400 naming the field', async () => {
    expectError(assert, await staff.post('/api/reports', { task_code: '3.2.1', unit_key: SERVICE_CENTRE, period: '2024-Q4' }), 400, { field: 'period' });
    expectError(assert, await staff.post('/api/reports', { task_code: '3.2.1', unit_key: SERVICE_CENTRE, period: 'quý 4' }), 400, { field: 'period' });
    expectError(assert, await admin.post('/api/reports', { task_code: '3.2.1', unit_key: 'khong co don vi', period: '2025-Q4' }), 400, { field: 'unit_key' });
    expectError(assert, await staff.post('/api/reports', { task_code: '99.9', unit_key: SERVICE_CENTRE, period: '2025-Q4' }), 404);
  });

  test('editing values, progress and narrative increments the version', async () => {
    const res = await staff.put(`/api/reports/${report.id}`, {
      version: report.version, progress: 'in_progress', narrative, values: [{ target_index: 0, value: 92.5 }],
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.version, report.version + 1);
    assert.equal(res.json.progress, 'in_progress');
    assert.equal(res.json.narrative, narrative);
    assert.deepEqual(res.json.values, [{ target_index: 0, value: 92.5 }]);
    assert.equal(res.json.updated_by, 'canbo.ttpvhcc');
    assert.equal(res.json.state, 'draft');
    report = res.json;
  });

  test('an edit with a stale version: 409, nothing changes', async () => {
    const res = await head.put(`/api/reports/${report.id}`, {
      version: report.version - 1, progress: 'done', narrative: 'ghi đè', values: [],
    });
    expectError(assert, res, 409, { message: MESSAGES.staleVersion });
    const now = (await staff.get(`/api/reports/${report.id}`)).json;
    assert.equal(now.version, report.version);
    assert.equal(now.narrative, narrative);
  });

  test('an edit naming a target the task does not have: 400 on "values"', async () => {
    const res = await staff.put(`/api/reports/${report.id}`, {
      version: report.version, progress: 'in_progress', narrative, values: [{ target_index: 3, value: 1 }],
    });
    expectError(assert, res, 400, { field: 'values' });
  });

  test('uploading a small PDF: 201 with its sha256, size and type; the report lists it', async () => {
    const res = await staff.upload(report.id, 'Báo cáo quý IV.pdf', pdf, 'application/pdf');
    assert.equal(res.status, 201, res.text);
    evidence = res.json;
    assert.equal(evidence.sha256, createHash('sha256').update(pdf).digest('hex'));
    assert.equal(evidence.size, pdf.length);
    assert.equal(evidence.media_type, 'application/pdf');
    assert.equal(evidence.file_name, 'Báo cáo quý IV.pdf');
    assert.equal(evidence.uploaded_by, 'canbo.ttpvhcc');
    const now = (await staff.get(`/api/reports/${report.id}`)).json;
    assert.deepEqual(now.evidence.map((e) => e.id), [evidence.id]);
  });

  test('downloading it returns the same bytes', async () => {
    const res = await head.get(`/api/evidence/${evidence.id}`);
    assert.equal(res.status, 200);
    assert.ok(res.body.equals(pdf));
  });

  test('adding a document reference: 201 with issued_on as yyyy-mm-dd', async () => {
    const res = await staff.post(`/api/reports/${report.id}/documents`, {
      number_symbol: '125/BC-TTPVHCC', issued_on: '2025-11-18', issuing_body: 'Trung tâm Phục vụ hành chính công',
      summary: 'Báo cáo kết quả giải quyết TTHC quý IV', page: '2',
    });
    assert.equal(res.status, 201, res.text);
    document = res.json;
    assert.equal(document.issued_on, '2025-11-18');
    assert.equal(document.number_symbol, '125/BC-TTPVHCC');
    const now = (await staff.get(`/api/reports/${report.id}`)).json;
    assert.deepEqual(now.documents, [document]);
  });

  test('a document with a date as dd/mm/yyyy or without its number: 400 naming the field', async () => {
    expectError(assert, await staff.post(`/api/reports/${report.id}/documents`, { number_symbol: '1/QĐ', issued_on: '18/11/2025' }), 400, { field: 'issued_on' });
    expectError(assert, await staff.post(`/api/reports/${report.id}/documents`, { number_symbol: '1/QĐ', issued_on: '2025-02-30' }), 400, { field: 'issued_on' });
    expectError(assert, await staff.post(`/api/reports/${report.id}/documents`, { number_symbol: '', issued_on: '2025-11-18' }), 400, { field: 'number_symbol' });
  });

  test('before submission the coordinator does not see the draft and has nothing to review', async () => {
    assert.equal((await coordinator.get(`/api/reports/${report.id}`)).status, 404);
    const items = await inboxFor(coordinator);
    assert.ok(!items.some((i) => i.kind === 'to_review' && i.report_id === report.id));
  });

  test('submitting with a stale version: 409; with the current one: submitted', async () => {
    expectError(assert, await staff.post(`/api/reports/${report.id}/submit`, { version: report.version - 1 }), 409, { message: MESSAGES.staleVersion });
    const res = await staff.post(`/api/reports/${report.id}/submit`, { version: report.version });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.state, 'submitted');
    assert.equal(res.json.version, report.version + 1);
    assert.ok(res.json.submitted_at);
    assert.equal(res.json.can_edit, false);
    report = res.json;
  });

  test('the dashboard moves the report from draft to submitted', async () => {
    assert.deepEqual(await dashboardReports(), { ...baseline, submitted: baseline.submitted + 1 });
  });

  test('a submitted report cannot be edited, nor get evidence or documents (409)', async () => {
    expectError(assert, await staff.put(`/api/reports/${report.id}`, { version: report.version, progress: 'done', narrative: 'x' }), 409);
    expectError(assert, await staff.upload(report.id, 'them.pdf', pdfBytes('them'), 'application/pdf'), 409);
    expectError(assert, await staff.post(`/api/reports/${report.id}/documents`, { number_symbol: '2/QĐ', issued_on: '2025-11-19' }), 409);
    expectError(assert, await staff.post(`/api/reports/${report.id}/submit`, { version: report.version }), 409);
  });

  test('nor lose its evidence or documents: DELETE answers 409 (wrong state) and both stay', async () => {
    // At HEAD detach/uncite answered 403 here while upload/cite/edit answered 409; the working
    // tree's check_can_change() in report_workflow.cpp makes them agree with docs/api.md (409).
    expectError(assert, await staff.del(`/api/evidence/${evidence.id}`), 409);
    expectError(assert, await staff.del(`/api/documents/${document.id}`), 409);
    const now = (await staff.get(`/api/reports/${report.id}`)).json;
    assert.deepEqual(now.evidence.map((e) => e.id), [evidence.id]);
    assert.deepEqual(now.documents.map((d) => d.id), [document.id]);
  });

  test('the coordinator now reads it and has it "to_review" in the inbox', async () => {
    const res = await coordinator.get(`/api/reports/${report.id}`);
    assert.equal(res.status, 200);
    assert.equal(res.json.can_review, true);
    const items = await inboxFor(coordinator);
    const item = items.find((i) => i.kind === 'to_review' && i.report_id === report.id);
    assert.ok(item, 'a to_review item for the report');
    assert.equal(item.task_code, '3.2.1');
    assert.equal(item.unit_key, SERVICE_CENTRE);
    assert.equal(item.period, '2025-Q4');
    // the staff's inbox has no to_review items: reviewing is not theirs
    assert.ok(!(await inboxFor(staff)).some((i) => i.kind === 'to_review'));
  });

  test('staff cannot accept or return it (403)', async () => {
    expectError(assert, await staff.post(`/api/reports/${report.id}/accept`, { version: report.version, comment: '' }), 403, { message: MESSAGES.forbidden });
    expectError(assert, await head.post(`/api/reports/${report.id}/return`, { version: report.version, comment: 'Tự trả' }), 403);
  });

  test('returning without a comment (missing, empty or blank): 400 naming "comment"', async () => {
    for (const body of [{ version: report.version }, { version: report.version, comment: '' }, { version: report.version, comment: '  \n\t ' }]) {
      expectError(assert, await coordinator.post(`/api/reports/${report.id}/return`, body), 400, { field: 'comment', message: MESSAGES.returnNeedsComment });
    }
    assert.equal((await coordinator.get(`/api/reports/${report.id}`)).json.state, 'submitted');
  });

  test('returning with a comment: state returned, the comment and reviewer recorded', async () => {
    const comment = 'Bổ sung số liệu hồ sơ quá hạn theo lĩnh vực.';
    const res = await coordinator.post(`/api/reports/${report.id}/return`, { version: report.version, comment });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.state, 'returned');
    assert.equal(res.json.review_comment, comment);
    assert.equal(res.json.reviewed_by, 'dieuphoi');
    assert.ok(res.json.reviewed_at);
    report = res.json;
    assert.deepEqual(await dashboardReports(), { ...baseline, returned: baseline.returned + 1 });
  });

  test('the staff\'s inbox shows it "returned"; the coordinator\'s no longer "to_review"', async () => {
    const items = await inboxFor(staff);
    assert.ok(items.some((i) => i.kind === 'returned' && i.report_id === report.id), 'returned item for staff');
    assert.ok((await inboxFor(head)).some((i) => i.kind === 'returned' && i.report_id === report.id), 'and for the unit head');
    assert.ok(!(await inboxFor(other)).some((i) => i.report_id === report.id), 'not for another unit');
    assert.ok(!(await inboxFor(coordinator)).some((i) => i.kind === 'to_review' && i.report_id === report.id));
  });

  test('another unit reads the returned report but cannot change it (403)', async () => {
    assert.equal((await other.get(`/api/reports/${report.id}`)).status, 200);
    expectError(assert, await other.put(`/api/reports/${report.id}`, { version: report.version, progress: 'done', narrative: 'x' }), 403);
    expectError(assert, await other.post(`/api/reports/${report.id}/submit`, { version: report.version }), 403);
  });

  test('staff corrects it (version +1) and submits again', async () => {
    const edited = await staff.put(`/api/reports/${report.id}`, {
      version: report.version, progress: 'done', narrative: `${narrative} Đã bổ sung số liệu theo lĩnh vực.`,
      values: [{ target_index: 0, value: 95.5 }],
    });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.json.version, report.version + 1);
    assert.equal(edited.json.state, 'returned');
    const submitted = await staff.post(`/api/reports/${report.id}/submit`, { version: edited.json.version });
    assert.equal(submitted.status, 200, submitted.text);
    assert.equal(submitted.json.state, 'submitted');
    report = submitted.json;
    assert.deepEqual(await dashboardReports(), { ...baseline, submitted: baseline.submitted + 1 });
    assert.ok(!(await inboxFor(staff)).some((i) => i.kind === 'returned' && i.report_id === report.id));
  });

  test('the coordinator accepts it', async () => {
    expectError(assert, await coordinator.post(`/api/reports/${report.id}/accept`, { version: report.version - 1, comment: '' }), 409, { message: MESSAGES.staleVersion });
    const res = await coordinator.post(`/api/reports/${report.id}/accept`, { version: report.version, comment: 'Đồng ý.' });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.state, 'accepted');
    assert.equal(res.json.reviewed_by, 'dieuphoi');
    assert.equal(res.json.can_edit, false);
    assert.equal(res.json.can_review, false);
    report = res.json;
    assert.deepEqual(await dashboardReports(), { ...baseline, accepted: baseline.accepted + 1 });
    assert.ok(!(await inboxFor(coordinator)).some((i) => i.report_id === report.id));
    assert.ok(!(await inboxFor(staff)).some((i) => i.report_id === report.id));
  });

  test('an accepted report can be neither returned, accepted again, nor edited (409)', async () => {
    expectError(assert, await coordinator.post(`/api/reports/${report.id}/return`, { version: report.version, comment: 'Muộn' }), 409);
    expectError(assert, await coordinator.post(`/api/reports/${report.id}/accept`, { version: report.version, comment: '' }), 409);
    expectError(assert, await staff.put(`/api/reports/${report.id}`, { version: report.version, progress: 'done', narrative: 'x' }), 409);
  });

  test("the task's target is measured from the one-stop dossiers, which outrank the accepted 95.5", async () => {
    const task = (await staff.get('/api/tasks/3.2.1')).json;
    const [target] = task.targets;
    assert.equal(target.comparator, 'gt');
    assert.equal(target.value, 90);
    // 3.2.1 is linked to on_time_rate (docs/dossiers.md): the demo's dossiers give the value.
    assert.equal(target.automatic, true);
    const { from, to } = (await staff.get('/api/dossiers/summary')).json;
    const rows = (await staff.get(`/api/dossiers/indicators?from=${from}&to=${to}`)).json.rows;
    const onTime = rows.find((r) => r.indicator === 'on_time_rate');
    assert.equal(target.measured, onTime.rate);
    assert.equal(target.met, onTime.rate > 90);
    assert.match(target.measured_source, /hồ sơ/);
    assert.ok(task.reports.some((r) => r.id === report.id && r.state === 'accepted'));
    // the list of tasks agrees
    const summary = (await staff.get('/api/tasks')).json.tasks.find((t) => t.code === '3.2.1');
    assert.equal(summary.targets[0].measured, onTime.rate);
  });

  test('GET /api/tasks/3.2.1/history lists the report\'s entries in order', async () => {
    const entries = (await other.get('/api/tasks/3.2.1/history')).json.entries;
    const mine = entries.filter((e) => e.entity === `report:${report.id}`);
    assert.deepEqual(mine.map((e) => e.action), [
      'report.create', 'report.edit', 'report.evidence.add', 'report.document.add', 'report.submit',
      'report.return', 'report.edit', 'report.submit', 'report.accept',
    ]);
    assert.deepEqual(mine.map((e) => e.username), [
      'canbo.ttpvhcc', 'canbo.ttpvhcc', 'canbo.ttpvhcc', 'canbo.ttpvhcc', 'canbo.ttpvhcc',
      'dieuphoi', 'canbo.ttpvhcc', 'canbo.ttpvhcc', 'dieuphoi',
    ]);
    for (let i = 1; i < entries.length; i += 1) {
      assert.ok(entries[i].id > entries[i - 1].id, 'ids ascending');
      assert.ok(entries[i].at >= entries[i - 1].at, 'times ascending');
    }
    const last = mine.at(-1);
    assert.equal(last.before.state, 'submitted');
    assert.equal(last.after.state, 'accepted');
  });

  test('GET /api/public/progress names no official and carries no evidence', async () => {
    const res = await server.anon.get('/api/public/progress');
    assert.equal(res.status, 200);
    for (const [username, account] of Object.entries(ACCOUNTS)) {
      assert.ok(!res.text.includes(username), `public page names ${username}`);
      assert.ok(!res.text.includes(account.display), `public page names ${account.display}`);
    }
    assert.ok(!res.text.includes(evidence.sha256), 'no evidence digest');
    assert.ok(!res.text.includes(evidence.file_name), 'no evidence file name');
    assert.ok(!res.text.includes('/api/evidence'), 'no evidence link');
    const keys = new Set();
    const walk = (value) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) { keys.add(k); walk(v); }
      }
    };
    walk(res.json);
    for (const key of ['evidence', 'sha256', 'file_name', 'username', 'display_name', 'updated_by', 'uploaded_by', 'reviewed_by', 'raised_by', 'answered_by', 'written_by', 'reports', 'narrative', 'review_comment']) {
      assert.ok(!keys.has(key), `public page has the key "${key}"`);
    }
    const task = res.json.tasks.find((t) => t.code === '3.2.1');
    assert.ok(task && task.light && task.official && task.label);
  });
});

describe('a unit that both leads and coordinates a task is listed, and reminded, once', () => {
  // Task 3.2.1 is led by "Các cơ quan, tổ chức, đơn vị thuộc UBND phường" (every unit, the
  // service centre included) and coordinated by the service centre, named. At HEAD the centre
  // came out under both lead_units and coordinating_units, so each of its duties was counted
  // twice: GET /api/inbox repeated items ("returned" for the demo's 7.3.4 report twice for
  // canbo.ttpvhcc, "to_review" twice for dieuphoi) and can_report_for named the unit twice.

  test('GET /api/inbox (unit staff): each item once', async () => {
    const items = await inboxFor(staff);
    const keys = items.map((i) => `${i.kind}|${i.task_code}|${i.unit_key}|${i.period}|${i.report_id}`);
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
  });

  test('GET /api/inbox (coordinator): each item once', async () => {
    const items = await inboxFor(coordinator);
    const keys = items.map((i) => `${i.kind}|${i.task_code}|${i.unit_key}|${i.period}|${i.report_id}|${i.obstacle_id ?? ''}`);
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
  });

  test('GET /api/tasks/3.2.1: lead_units and coordinating_units do not overlap; can_report_for once', async () => {
    const task = (await staff.get('/api/tasks/3.2.1')).json;
    assert.deepEqual(task.lead_units.filter((u) => task.coordinating_units.includes(u)), []);
    assert.deepEqual(task.can_report_for, [SERVICE_CENTRE]);
  });
});

describe('locking a period', () => {
  let draft;
  let evidenceId;
  let submitted;
  let returnedQ3;

  before(async () => {
    draft = await openReport(staff, '3.2.3', SERVICE_CENTRE, '2025-Q4');
    const up = await staff.upload(draft.id, 'truoc-khoa.pdf', pdfBytes('truoc khoa'), 'application/pdf');
    assert.equal(up.status, 201, up.text);
    evidenceId = up.json.id;
    const second = await openReport(staff, '3.2.2', SERVICE_CENTRE, '2025-Q4');
    submitted = (await staff.post(`/api/reports/${second.id}/submit`, { version: second.version })).json;
    assert.equal(submitted.state, 'submitted');
    returnedQ3 = (await staff.get(`/api/reports?task=7.3.4&unit=${encodeURIComponent(SERVICE_CENTRE)}&period=2025-Q3`)).json.reports[0];
    assert.equal(returnedQ3.state, 'returned');
  });

  test('staff and the chairman may not lock (403)', async () => {
    expectError(assert, await staff.post('/api/periods/2025-Q4/lock'), 403);
    expectError(assert, await (await server.login('chutich')).post('/api/periods/2025-Q4/lock'), 403);
  });

  test('an unknown period: 404', async () => {
    expectError(assert, await coordinator.post('/api/periods/2024-Q4/lock'), 404);
    expectError(assert, await coordinator.post('/api/periods/khong-co/lock'), 404);
  });

  test('the coordinator locks 2025-Q4: the period shows "locked"', async () => {
    const res = await coordinator.post('/api/periods/2025-Q4/lock');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.code, '2025-Q4');
    assert.equal(res.json.state, 'locked');
    const periods = (await staff.get('/api/periods')).json.periods;
    assert.equal(periods.find((p) => p.code === '2025-Q4').state, 'locked');
    // locking twice is harmless
    assert.equal((await coordinator.post('/api/periods/2025-Q4/lock')).status, 200);
  });

  test('every change to a Q4 report now answers 409 naming the period', async () => {
    const locked = /Quý IV\/2025 đã khóa sổ/;
    expectError(assert, await staff.put(`/api/reports/${draft.id}`, { version: draft.version, progress: 'done', narrative: 'x' }), 409, { message: locked });
    expectError(assert, await staff.upload(draft.id, 'sau-khoa.pdf', pdfBytes('sau khoa'), 'application/pdf'), 409, { message: locked });
    expectError(assert, await staff.post(`/api/reports/${draft.id}/documents`, { number_symbol: '9/QĐ', issued_on: '2025-11-20' }), 409, { message: locked });
    expectError(assert, await staff.del(`/api/evidence/${evidenceId}`), 409, { message: locked });
    expectError(assert, await staff.post(`/api/reports/${draft.id}/submit`, { version: draft.version }), 409, { message: locked });
    expectError(assert, await staff.post('/api/reports', { task_code: '3.2.2', unit_key: SERVICE_CENTRE, period: '2025-Q4' }), 409, { message: locked });
    expectError(assert, await staff.post('/api/reports', { task_code: '4.1.1', unit_key: SERVICE_CENTRE, period: '2025-Q4' }), 409, { message: locked });
    expectError(assert, await coordinator.post(`/api/reports/${submitted.id}/accept`, { version: submitted.version, comment: '' }), 409, { message: locked });
    expectError(assert, await coordinator.post(`/api/reports/${submitted.id}/return`, { version: submitted.version, comment: 'Trả' }), 409, { message: locked });
    expectError(assert, await admin.put(`/api/reports/${draft.id}`, { version: draft.version, progress: 'done', narrative: 'x' }), 409, { message: locked });
    const now = (await staff.get(`/api/reports/${draft.id}`)).json;
    assert.equal(now.version, draft.version);
    assert.equal(now.can_edit, false);
    assert.deepEqual(now.evidence.map((e) => e.id), [evidenceId]);
    const q4 = (await staff.get(`/api/reports?period=2025-Q4&task=4.1.1&unit=${encodeURIComponent(SERVICE_CENTRE)}`)).json.reports;
    assert.deepEqual(q4, [], 'no report opened in a locked period');
  });

  test('reading still works, and Q3 reports are not affected', async () => {
    assert.equal((await staff.get(`/api/reports/${draft.id}`)).status, 200);
    const res = await staff.put(`/api/reports/${returnedQ3.id}`, {
      version: returnedQ3.version, progress: 'in_progress', narrative: 'Bổ sung danh sách TTHC.', values: [{ target_index: 2, value: 85 }],
    });
    assert.equal(res.status, 200, res.text);
  });

  test('unlocking restores editing', async () => {
    expectError(assert, await staff.post('/api/periods/2025-Q4/unlock'), 403);
    const res = await coordinator.post('/api/periods/2025-Q4/unlock');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.state, 'open');
    const edited = await staff.put(`/api/reports/${draft.id}`, { version: draft.version, progress: 'in_progress', narrative: 'Sau khi mở khóa.' });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.json.version, draft.version + 1);
    assert.equal(edited.json.can_edit, true);
    const accepted = await coordinator.post(`/api/reports/${submitted.id}/accept`, { version: submitted.version, comment: '' });
    assert.equal(accepted.status, 200, accepted.text);
  });

  test('the culture office is not affected by the service centre\'s locks either way', async () => {
    const co = await openReport(other, '1.1', CULTURE_OFFICE, '2025-Q4');
    const res = await other.put(`/api/reports/${co.id}`, { version: co.version, progress: 'in_progress', narrative: 'Đang làm.' });
    assert.equal(res.status, 200, res.text);
  });
});
