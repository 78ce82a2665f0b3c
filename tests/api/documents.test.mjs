// The official documents (docs/api.md, "Báo cáo và văn bản"; docs/documents.md): the periodic
// report's preview and its downloads, the coordinator's notes, the document settings, the plan as
// a document and the plan imported back from it. The tests save settings and notes and import the
// plan, so this file has a server of its own and its blocks run in order. Who may call what is in
// permissions.test.mjs; what the documents hold is read back in tests/documents.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, MESSAGES, expectError } from './server.mjs';

let server;
let coordinator; // dieuphoi
let admin; // quantri
let head; // truong.ttpvhcc, unit_head of the service centre
let staff; // canbo.ttpvhcc, unit_staff of the service centre
let viewer; // xem

before(async () => {
  server = await startServer();
  coordinator = await server.login('dieuphoi');
  admin = await server.login('quantri');
  head = await server.login('truong.ttpvhcc');
  staff = await server.login('canbo.ttpvhcc');
  viewer = await server.login('xem');
});

after(async () => {
  await server?.stop();
});

// ---- helpers ------------------------------------------------------------------------------------

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATUSES = ['done_on_time', 'done_late', 'open_in_time', 'open_overdue'];

async function preview(period, client = viewer) {
  const res = await client.get(`/api/official/report?period=${period}`);
  assert.equal(res.status, 200, res.text);
  return res.json;
}

async function settings(client = viewer) {
  const res = await client.get('/api/official/settings');
  assert.equal(res.status, 200, res.text);
  return res.json;
}

async function plan() {
  const res = await server.anon.get('/api/plan');
  assert.equal(res.status, 200, res.text);
  return res.json;
}

function importPlan(client, name, bytes) {
  return client.request('POST', `/api/plan/import?name=${encodeURIComponent(name)}`, undefined, {
    raw: bytes,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
}

function expectDownload(res, contentType, fileName, magic) {
  assert.equal(res.status, 200, res.text.slice(0, 300));
  assert.equal(res.headers['content-type'], contentType);
  assert.equal(res.headers['content-disposition'], `attachment; filename="${fileName}"`);
  assert.equal(res.body.subarray(0, magic.length).toString('latin1'), magic);
}

const tasksOf = (report) => report.areas.flatMap((area) => area.tasks);

// The day in Vietnam (UTC+7) of an ISO 8601 UTC instant.
const vietnamDay = (instant) => new Date(Date.parse(instant) + 7 * 3600 * 1000).toISOString().slice(0, 10);

// ---- the preview --------------------------------------------------------------------------------

describe('GET /api/official/report', () => {
  test('2025-Q3: the period, as of its last day, 50 tasks in 9 areas', async () => {
    const report = await preview('2025-Q3');
    assert.deepEqual(report.period, { code: '2025-Q3', label: 'Quý III/2025', from: '2025-07-01', to: '2025-09-30' });
    assert.equal(report.as_of, '2025-09-30', 'a past quarter is stated as of its last day');
    assert.equal(report.issued_on, '2025-11-20', 'dated the day it is made');
    assert.equal(report.plan_year, 2025);
    assert.equal(report.areas.length, 9);
    assert.deepEqual(report.areas.map((a) => a.code), ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    const tasks = tasksOf(report);
    assert.equal(tasks.length, 50);
    assert.equal(new Set(tasks.map((t) => t.code)).size, 50, 'codes are unique');
    assert.equal(report.summary.tasks, 50);
    for (const task of tasks) {
      assert.ok(STATUSES.includes(task.status), `${task.code}: status ${task.status}`);
      assert.equal(typeof task.status_label, 'string');
      assert.ok(Array.isArray(task.targets));
    }
  });

  test('the summary agrees with the tasks: statuses, areas, targets, unmet', async () => {
    const report = await preview('2025-Q3');
    const { summary } = report;
    const tasks = tasksOf(report);
    assert.equal(summary.done_on_time + summary.done_late + summary.open_in_time + summary.open_overdue, summary.tasks);
    for (const status of STATUSES) {
      assert.equal(summary[status], tasks.filter((t) => t.status === status).length, status);
    }
    for (const area of report.areas) {
      assert.equal(area.total, area.tasks.length, `${area.code}: total`);
      assert.equal(area.done, area.tasks.filter((t) => t.status.startsWith('done_')).length, `${area.code}: done`);
    }
    const targets = tasks.flatMap((t) => t.targets);
    assert.equal(summary.targets, targets.length);
    assert.equal(summary.targets_met, targets.filter((t) => t.met === true).length);
    assert.equal(summary.targets_unmet, targets.filter((t) => t.met === false).length);
    assert.deepEqual(report.unmet, tasks.filter((t) => t.unmet).map((t) => t.code));
    for (const task of tasks) {
      const expected = task.status === 'open_overdue' || task.targets.some((t) => t.met === false);
      assert.equal(task.unmet, expected, `${task.code}: unmet is overdue or a target not met`);
    }
    assert.ok(report.unmet.length > 0, 'the demo has unmet targets');
  });

  test('the current quarter is stated as of today', async () => {
    const report = await preview('2025-Q4');
    assert.equal(report.as_of, '2025-11-20');
    assert.equal(report.period.label, 'Quý IV/2025');
  });

  test('a period that does not read (2025-Q9, none): 400 naming the field period', async () => {
    expectError(assert, await viewer.get('/api/official/report?period=2025-Q9'), 400, { field: 'period', message: /2025-Q9/ });
    expectError(assert, await viewer.get('/api/official/report'), 400, { field: 'period' });
  });

  test('a period of a year without a plan (2024): 404', async () => {
    expectError(assert, await viewer.get('/api/official/report?period=2024'), 404, { field: 'period', message: /2024/ });
    expectError(assert, await viewer.get('/api/official/report?period=2024-Q3'), 404, { field: 'period' });
  });

  test('a period not begun yet (2026-Q1): 400', async () => {
    expectError(assert, await viewer.get('/api/official/report?period=2026-Q1'), 400, { field: 'period' });
  });

  test('anonymous: 401', async () => {
    const res = await server.anon.get('/api/official/report?period=2025-Q3');
    expectError(assert, res, 401, { message: MESSAGES.notLoggedIn });
  });
});

// ---- the report as a document -------------------------------------------------------------------

describe('GET /api/official/report/file', () => {
  test('docx: a Word attachment named bao-cao-cchc-2025-Q3.docx', async () => {
    const res = await viewer.get('/api/official/report/file?period=2025-Q3&format=docx');
    expectDownload(res, DOCX, 'bao-cao-cchc-2025-Q3.docx', 'PK');
  });

  test('xlsx: an Excel attachment named bao-cao-cchc-2025-Q3.xlsx', async () => {
    const res = await viewer.get('/api/official/report/file?period=2025-Q3&format=xlsx');
    expectDownload(res, XLSX, 'bao-cao-cchc-2025-Q3.xlsx', 'PK');
  });

  test('pdf: converted by LibreOffice, bao-cao-cchc-2025-Q3.pdf', async () => {
    // The one PDF of this file: a conversion takes a few seconds.
    const res = await viewer.get('/api/official/report/file?period=2025-Q3&format=pdf');
    expectDownload(res, 'application/pdf', 'bao-cao-cchc-2025-Q3.pdf', '%PDF');
  });

  test('format=doc, or no format: 400 naming the field format', async () => {
    expectError(assert, await viewer.get('/api/official/report/file?period=2025-Q3&format=doc'), 400, { field: 'format' });
    expectError(assert, await viewer.get('/api/official/report/file?period=2025-Q3'), 400, { field: 'format' });
  });

  test('a bad period: the same answers as the preview', async () => {
    expectError(assert, await viewer.get('/api/official/report/file?period=2025-Q9&format=docx'), 400, { field: 'period' });
    expectError(assert, await viewer.get('/api/official/report/file?period=2024-Q3&format=docx'), 404, { field: 'period' });
  });
});

// ---- document settings --------------------------------------------------------------------------

describe('GET and PUT /api/official/settings', () => {
  let initial;

  test('before any save: read off the plan, stored false', async () => {
    initial = await settings();
    assert.equal(initial.stored, false);
    assert.equal(initial.updated_at, '');
    assert.equal(initial.updated_by, '');
    assert.equal(initial.settings.report_symbol, 'BC-UBND');
    assert.equal(initial.settings.report_number, '');
    assert.equal(initial.settings.issuer, 'Ủy ban nhân dân phường Bắc Kạn');
    assert.ok(initial.settings.recipients.length > 0, 'the plan\'s "Nơi nhận"');
    assert.deepEqual((await preview('2025-Q3')).settings, initial.settings, 'the report prints them');
  });

  test('a symbol not in capitals ("bc ubnd"): 400 with a problem on report_symbol, nothing stored', async () => {
    const res = await coordinator.put('/api/official/settings', { report_symbol: 'bc ubnd', report_number: '99' });
    expectError(assert, res, 400);
    assert.ok(Array.isArray(res.json.problems), res.text);
    assert.deepEqual(res.json.problems.map((p) => p.field), ['report_symbol']);
    assert.match(res.json.problems[0].message, /bc ubnd/);
    assert.deepEqual(await settings(), initial, 'unchanged, report_number included');
  });

  test('every problem at once: a required field emptied, a recipient over 200 characters', async () => {
    const res = await coordinator.put('/api/official/settings', {
      issuer: '  ',
      report_symbol: 'bc ubnd',
      recipients: ['TT Đảng ủy phường', 'x'.repeat(201)],
    });
    expectError(assert, res, 400);
    assert.deepEqual(res.json.problems.map((p) => p.field).sort(), ['issuer', 'recipients[1]', 'report_symbol']);
    for (const problem of res.json.problems) assert.equal(typeof problem.message, 'string');
    assert.deepEqual(await settings(), initial);
  });

  test('a field of the wrong JSON type: 400 naming it', async () => {
    expectError(assert, await coordinator.put('/api/official/settings', { place: 5 }), 400, { field: 'place' });
    expectError(assert, await coordinator.put('/api/official/settings', { recipients: 'Lưu: VT' }), 400, { field: 'recipients' });
    expectError(assert, await coordinator.put('/api/official/settings', { recipients: ['Lưu: VT', 7] }), 400, { field: 'recipients[1]' });
    expectError(assert, await coordinator.put('/api/official/settings', '[1, 2]'), 400, { message: MESSAGES.badJson });
    assert.deepEqual(await settings(), initial);
  });

  // A line's limit is 200 characters, not UTF-8 bytes: a 170-letter Vietnamese recipient is
  // about 229 bytes.
  test('a Vietnamese recipient of 170 characters is within the 200-character limit', async () => {
    const recipient = 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Kạn và các đoàn thể chính trị - xã hội phường; '
      + 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Bắc Kạn, tỉnh Thái Nguyên';
    assert.equal([...recipient].length, 170);
    const res = await coordinator.put('/api/official/settings', { recipients: [...initial.settings.recipients, recipient] });
    try {
      assert.equal(res.status, 200, res.text);
    } finally {
      if (res.status === 200) {
        // Put the list back, so the tests below see the plan's recipients.
        const back = await coordinator.put('/api/official/settings', { recipients: initial.settings.recipients });
        assert.equal(back.status, 200, back.text);
      }
    }
  });

  test('a unit head: 403; anonymous: 401; nothing stored', async () => {
    expectError(assert, await head.put('/api/official/settings', { report_number: '12' }), 403, { message: MESSAGES.forbidden });
    expectError(assert, await server.anon.put('/api/official/settings', { report_number: '12' }), 401, { message: MESSAGES.notLoggedIn });
    expectError(assert, await server.anon.get('/api/official/settings'), 401, { message: MESSAGES.notLoggedIn });
    const now = await settings();
    assert.equal(now.settings.report_number, initial.settings.report_number);
  });

  test('the coordinator saves: stored true, by dieuphoi; fields left out are kept; the report prints them', async () => {
    const res = await coordinator.put('/api/official/settings', {
      report_number: '123',
      superior_body: 'UBND tỉnh Thái Nguyên',
      signer_authority: 'TM. ỦY BAN NHÂN DÂN',
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.stored, true);
    assert.equal(res.json.updated_by, 'dieuphoi');
    assert.match(res.json.updated_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.deepEqual(res.json.settings, {
      ...initial.settings,
      report_number: '123',
      superior_body: 'UBND tỉnh Thái Nguyên',
      signer_authority: 'TM. ỦY BAN NHÂN DÂN',
    });
    assert.deepEqual(await settings(), res.json, 'GET reads what PUT answered');
    assert.deepEqual((await preview('2025-Q3')).settings, res.json.settings);
  });

  test('the admin may save too', async () => {
    const res = await admin.put('/api/official/settings', { report_number: '124' });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.updated_by, 'quantri');
    assert.equal(res.json.settings.report_number, '124');
    assert.equal(res.json.settings.superior_body, 'UBND tỉnh Thái Nguyên', 'the earlier save is kept');
  });
});

// ---- the coordinator's notes --------------------------------------------------------------------

describe('PUT /api/official/report/notes', () => {
  test('a viewer: 403, a unit head: 403, nothing stored', async () => {
    const body = { obstacles: 'Không được lưu.', proposals: 'Không được lưu.' };
    expectError(assert, await viewer.put('/api/official/report/notes?period=2025-Q3', body), 403, { message: MESSAGES.forbidden });
    expectError(assert, await head.put('/api/official/report/notes?period=2025-Q3', body), 403, { message: MESSAGES.forbidden });
    const report = await preview('2025-Q3');
    assert.deepEqual(report.proposals, []);
    assert.deepEqual(report.notes, { obstacles: '', proposals: '', updated_at: '', updated_by: '' });
  });

  test('the coordinator saves 2025-Q3: one item per line, blank lines dropped, in the preview', async () => {
    const res = await coordinator.put('/api/official/report/notes?period=2025-Q3', {
      obstacles: 'Thiếu máy quét hồ sơ.\n\n   \nĐường truyền chậm.\n',
      proposals: 'Bổ sung kinh phí số hóa.\r\n\r\nTập huấn cán bộ một cửa.\n\n',
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.obstacles, 'Thiếu máy quét hồ sơ.\nĐường truyền chậm.');
    assert.equal(res.json.proposals, 'Bổ sung kinh phí số hóa.\nTập huấn cán bộ một cửa.');
    assert.equal(res.json.updated_by, 'dieuphoi');
    const report = await preview('2025-Q3');
    assert.deepEqual(report.notes, res.json);
    assert.deepEqual(report.proposals, ['Bổ sung kinh phí số hóa.', 'Tập huấn cán bộ một cửa.']);
    assert.deepEqual(report.obstacles.slice(-2), ['Thiếu máy quét hồ sơ.', 'Đường truyền chậm.']);
    // Notes belong to their period.
    const q4 = await preview('2025-Q4');
    assert.deepEqual(q4.proposals, []);
    assert.equal(q4.notes.obstacles, '');
  });

  test("the coordinator's obstacles come last, after those the units raised", async () => {
    const raised = await staff.post('/api/obstacles', { task_code: '3.2.1', text: 'Chưa có kinh phí mua máy quét.' });
    assert.equal(raised.status, 201, raised.text);
    const saved = await coordinator.put('/api/official/report/notes?period=2025-Q4', {
      obstacles: 'Nhân lực một cửa còn thiếu.\nPhần mềm chưa liên thông.',
      proposals: '',
    });
    assert.equal(saved.status, 200, saved.text);
    const report = await preview('2025-Q4');
    const typed = ['Nhân lực một cửa còn thiếu.', 'Phần mềm chưa liên thông.'];
    assert.deepEqual(report.obstacles.slice(-typed.length), typed, 'typed lines at the end');
    // The report lists an obstacle raised by its day. With serve --today the instant keeps the
    // real time of day, so after 17:00 UTC it falls on the next day in Vietnam, after as_of.
    const before = report.obstacles.slice(0, -typed.length);
    if (vietnamDay(raised.json.raised_at) <= report.as_of) {
      assert.equal(before.length, 1, JSON.stringify(report.obstacles));
      assert.ok(before[0].includes('Chưa có kinh phí mua máy quét.') && before[0].includes('3.2.1'), before[0]);
    } else {
      assert.deepEqual(before, []);
    }
    // Raised in November: not in the report on the third quarter.
    assert.ok(!(await preview('2025-Q3')).obstacles.some((line) => line.includes('máy quét.') && line.includes('3.2.1')));
  });

  test('a text of the wrong type, or a bad period: 400 naming the field', async () => {
    expectError(assert, await coordinator.put('/api/official/report/notes?period=2025-Q3', { obstacles: 5 }), 400, { field: 'obstacles' });
    expectError(assert, await coordinator.put('/api/official/report/notes?period=2025-Q9', { obstacles: 'x' }), 400, { field: 'period' });
    assert.equal((await preview('2025-Q3')).notes.obstacles, 'Thiếu máy quét hồ sơ.\nĐường truyền chậm.', 'unchanged');
  });
});

// ---- the plan as a document, and back -----------------------------------------------------------

describe('GET /api/official/plan/file and POST /api/plan/import', () => {
  let docx;
  let xlsx;

  test('docx and xlsx: attachments named ke-hoach-cchc-2025', async () => {
    const word = await viewer.get('/api/official/plan/file?format=docx');
    expectDownload(word, DOCX, 'ke-hoach-cchc-2025.docx', 'PK');
    docx = word.body;
    const excel = await viewer.get('/api/official/plan/file?format=xlsx');
    expectDownload(excel, XLSX, 'ke-hoach-cchc-2025.xlsx', 'PK');
    xlsx = excel.body;
    expectError(assert, await viewer.get('/api/official/plan/file?format=doc'), 400, { field: 'format' });
    expectError(assert, await server.anon.get('/api/official/plan/file?format=docx'), 401);
  });

  test('the DOCX imported back: unchanged, 9 areas and 50 tasks, the plan as it was', async () => {
    const before = await plan();
    const res = await importPlan(coordinator, 'ke-hoach.docx', docx);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.outcome, 'unchanged');
    assert.equal(res.json.year, 2025);
    assert.equal(res.json.counts.areas, 9);
    assert.equal(res.json.counts.tasks, 50);
    assert.deepEqual([res.json.added, res.json.modified, res.json.removed], [[], [], []]);
    assert.ok(Array.isArray(res.json.warnings));
    for (const warning of res.json.warnings) {
      assert.deepEqual(Object.keys(warning).sort(), ['field', 'line', 'message']);
    }
    assert.deepEqual(await plan(), before);
  });

  test('the XLSX imported back by the admin: unchanged too', async () => {
    const res = await importPlan(admin, 'ke-hoach.xlsx', xlsx);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.outcome, 'unchanged');
    assert.deepEqual([res.json.counts.areas, res.json.counts.tasks], [9, 50]);
  });

  test('garbage named x.xlsx: 400 naming the file, the plan unchanged', async () => {
    const before = await plan();
    const garbage = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0x02, 0x03, 0xff, 0xfe]);
    const res = await importPlan(coordinator, 'x.xlsx', garbage);
    expectError(assert, res, 400, { message: /x\.xlsx/ });
    const text = await importPlan(coordinator, 'x.xlsx', Buffer.from('\x00\x01\x02 không phải kế hoạch \xff', 'latin1'));
    expectError(assert, text, 400, { message: /x\.xlsx/ });
    const empty = await importPlan(coordinator, 'rong.docx', Buffer.alloc(0));
    expectError(assert, empty, 400);
    assert.deepEqual(await plan(), before);
  });

  test('a viewer and a unit head: 403; anonymous: 401; without the CSRF token: 403', async () => {
    expectError(assert, await importPlan(viewer, 'ke-hoach.docx', docx), 403, { message: MESSAGES.forbidden });
    expectError(assert, await importPlan(head, 'ke-hoach.docx', docx), 403, { message: MESSAGES.forbidden });
    expectError(assert, await importPlan(server.anon, 'ke-hoach.docx', docx), 401);
    const noToken = await coordinator.request('POST', '/api/plan/import?name=ke-hoach.docx', undefined, { raw: docx, csrf: false });
    expectError(assert, noToken, 403, { message: MESSAGES.csrf });
  });
});
