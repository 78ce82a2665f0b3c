// The one-stop dossiers (docs/api.md, "Hồ sơ TTHC"): summary, indicators, linked targets, action
// lists in three formats, apology letters, uploads, unit mapping and the working-day calendar.
// The demo database holds generated dossiers; nothing here depends on how many, only on sums
// and on what the test itself imports. Who may call what is in permissions.test.mjs.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, SERVICE_CENTRE, MESSAGES, expectError, TODAY } from './server.mjs';

let server;
let admin;
let coordinator;
let staff; // canbo.ttpvhcc, of the service centre
let viewer;

before(async () => {
  server = await startServer();
  admin = await server.login('quantri');
  coordinator = await server.login('dieuphoi');
  staff = await server.login('canbo.ttpvhcc');
  viewer = await server.login('xem');
});

after(async () => {
  await server?.stop();
});

const HEADER = 'MaHoSo,DonViXuLy,MaTTHC,TenTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,TrangThaiHoSo';
// Two valid rows around a bad one: the bad one is on line 3 (the header is line 1).
function smallCsv(prefix, unit = 'TTPVHCC', procedure = 'API.TEST.1') {
  return [
    HEADER,
    `${prefix}-1,${unit},${procedure},Thủ tục thử,1,2025-11-03T08:00:00,2025-11-10,4`,
    `${prefix}-2,${unit},${procedure},Thủ tục thử,9,2025-11-04T08:00:00,2025-11-11,4`,
    `${prefix}-3,${unit},${procedure},Thủ tục thử,2,2025-11-05,2025-11-12,4`,
  ].join('\r\n') + '\r\n';
}

function importCsv(client, csv, query = '') {
  return client.request('POST', `/api/dossiers/import?kind=dossiers&format=csv&name=thu.csv${query}`, undefined, {
    raw: Buffer.from(csv, 'utf8'),
    headers: { 'Content-Type': 'text/csv' },
  });
}

async function count() {
  const res = await admin.get('/api/dossiers/summary');
  assert.equal(res.status, 200, res.text);
  return res.json.count;
}

// The indicators that count dossiers, so that groups of a partition add up to the ward.
const ADDITIVE = ['on_time_rate', 'apology_rate', 'e_result_rate', 'digitised_rate', 'reuse_rate',
  'online_rate', 'full_online_rate', 'online_payment_rate'];

describe('GET /api/dossiers/summary', () => {
  test('counts the demo dossiers, lists the units and gives the default period', async () => {
    const res = await viewer.get('/api/dossiers/summary');
    assert.equal(res.status, 200, res.text);
    const s = res.json;
    assert.ok(Number.isInteger(s.count) && s.count > 0, `count ${s.count}`);
    assert.equal(s.from, '2025-01-01');
    assert.equal(s.to, TODAY);
    assert.ok(s.latest_import && s.latest_import.rows_read > 0, JSON.stringify(s.latest_import));
    assert.match(s.latest_import.imported_at, /^\d{4}-\d{2}-\d{2}T/);
    assert.ok(s.procedure_count >= s.catalogue_count && s.catalogue_count > 0);
    const centre = s.units.find((u) => u.code === 'TTPVHCC');
    assert.ok(centre, JSON.stringify(s.units));
    assert.equal(centre.plan_unit_key, SERVICE_CENTRE);
    assert.equal(typeof centre.plan_unit_name, 'string');
    for (const unit of s.units) {
      assert.equal(unit.plan_unit_key === '', unit.plan_unit_name === null, JSON.stringify(unit));
    }
  });
});

describe('GET /api/dossiers/indicators', () => {
  test('the ward: one row per indicator over the default period', async () => {
    const res = await viewer.get('/api/dossiers/indicators');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.by, 'ward');
    assert.equal(res.json.from, '2025-01-01');
    assert.equal(res.json.to, TODAY);
    assert.equal(res.json.rows.length, 11);
    const onTime = res.json.rows.find((r) => r.indicator === 'on_time_rate');
    assert.equal(onTime.group, '');
    assert.ok(onTime.denominator > 0);
    assert.ok(onTime.numerator <= onTime.denominator);
    assert.equal(onTime.rate, Math.round((onTime.numerator * 10000) / onTime.denominator) / 100);
    assert.match(onTime.rate_text, /^\d{1,3}(,\d{1,2})?%$/);
    assert.equal(Number(onTime.rate_text.replace(',', '.').replace('%', '')), onTime.rate);
    assert.match(onTime.label, /đúng hạn/);
  });

  test('by unit, the counts of every dossier indicator add up to the ward', async () => {
    const period = 'from=2025-01-01&to=2025-10-31';
    const ward = (await viewer.get(`/api/dossiers/indicators?${period}`)).json.rows;
    const res = await viewer.get(`/api/dossiers/indicators?${period}&by=unit`);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.by, 'unit');
    const units = new Set(res.json.rows.map((r) => r.group));
    assert.ok(units.size >= 2, [...units].join(', '));
    for (const id of ADDITIVE) {
      const total = ward.find((r) => r.indicator === id);
      const parts = res.json.rows.filter((r) => r.indicator === id);
      assert.equal(parts.reduce((sum, r) => sum + r.denominator, 0), total.denominator, `${id} denominators`);
      assert.equal(parts.reduce((sum, r) => sum + r.numerator, 0), total.numerator, `${id} numerators`);
    }
    const centre = res.json.rows.find((r) => r.group === 'TTPVHCC');
    assert.ok(centre && centre.name.length > 0, 'a mapped unit carries its plan unit name');
  });

  test('by month, the months partition the period too', async () => {
    const ward = (await viewer.get('/api/dossiers/indicators?from=2025-03-01&to=2025-05-31')).json.rows;
    const months = (await viewer.get('/api/dossiers/indicators?from=2025-03-01&to=2025-05-31&by=month')).json.rows;
    assert.deepEqual([...new Set(months.map((r) => r.group))], ['2025-03', '2025-04', '2025-05']);
    // A dossier pending at a month's end is counted in that month and again later, so only the
    // finished ones add up: the electronic-result indicator counts finished dossiers alone.
    const total = ward.find((r) => r.indicator === 'e_result_rate');
    const parts = months.filter((r) => r.indicator === 'e_result_rate');
    assert.equal(parts.reduce((s, r) => s + r.denominator, 0), total.denominator);
  });

  test('a period without dossiers: rates are null and shown as N/A, never 0% or 100%', async () => {
    const res = await viewer.get('/api/dossiers/indicators?from=2020-01-01&to=2020-01-31');
    assert.equal(res.status, 200, res.text);
    const empty = res.json.rows.filter((r) => r.denominator === 0);
    assert.ok(empty.some((r) => r.indicator === 'on_time_rate'));
    for (const row of empty) {
      assert.equal(row.rate, null, row.indicator);
      assert.equal(row.rate_text, 'N/A', row.indicator);
    }
  });

  test('a filter on a unit and a procedure narrows the counts', async () => {
    const ward = (await viewer.get('/api/dossiers/indicators')).json.rows.find((r) => r.indicator === 'on_time_rate');
    const byProcedure = (await viewer.get('/api/dossiers/indicators?by=procedure&unit=TTPVHCC')).json.rows;
    const first = byProcedure.find((r) => r.indicator === 'on_time_rate');
    assert.ok(first && first.name.length > 0, 'a procedure row carries its name');
    const one = (await viewer.get(`/api/dossiers/indicators?unit=TTPVHCC&procedure=${encodeURIComponent(first.group)}`)).json.rows
      .find((r) => r.indicator === 'on_time_rate');
    assert.equal(one.denominator, first.denominator);
    assert.ok(one.denominator <= ward.denominator);
  });

  test('bad dates, groupings and codes', async () => {
    expectError(assert, await viewer.get('/api/dossiers/indicators?from=2025-13-01'), 400, { field: 'from' });
    expectError(assert, await viewer.get('/api/dossiers/indicators?to=20%2F11%2F2025'), 400, { field: 'to' });
    expectError(assert, await viewer.get('/api/dossiers/indicators?by=year'), 400, { field: 'by' });
    expectError(assert, await viewer.get('/api/dossiers/indicators?from=2025-06-01&to=2025-05-01'), 400);
    expectError(assert, await viewer.get('/api/dossiers/indicators?unit=KHONG-CO'), 404, { message: /KHONG-CO/ });
    expectError(assert, await viewer.get('/api/dossiers/indicators?procedure=9.999999'), 404, { message: /9\.999999/ });
  });
});

describe('GET /api/dossiers/links', () => {
  test('the linked targets of the plan, with the values measured from the dossiers', async () => {
    const res = await viewer.get('/api/dossiers/links');
    assert.equal(res.status, 200, res.text);
    assert.ok(Array.isArray(res.json) && res.json.length > 0);
    const onTime = res.json.find((l) => l.task_code === '3.2.1' && l.indicator === 'on_time_rate');
    assert.ok(onTime, JSON.stringify(res.json.map((l) => `${l.task_code}/${l.indicator}`)));
    assert.equal(typeof onTime.text, 'string');
    assert.equal(typeof onTime.measured, 'number');
    assert.equal(typeof onTime.met, 'boolean');
    assert.ok(onTime.source.length > 0);
    for (const link of res.json) {
      const task = (await viewer.get(`/api/tasks/${link.task_code}`)).json;
      assert.equal(task.targets[link.target_index].label, link.label, `${link.task_code}#${link.target_index}`);
    }
  });
});

describe('GET /api/dossiers/actions/{list}', () => {
  const LISTS = ['late_without_apology', 'pending_overdue', 'not_digitised', 'fee_not_paid_online'];

  test('each list as JSON: count, label and items', async () => {
    for (const list of LISTS) {
      const res = await viewer.get(`/api/dossiers/actions/${list}`);
      assert.equal(res.status, 200, res.text);
      assert.equal(res.json.list, list);
      assert.equal(res.json.count, res.json.items.length);
      assert.ok(res.json.label.length > 0);
      for (const item of res.json.items.slice(0, 50)) {
        assert.match(item.received, /^\d{4}-\d{2}-\d{2}$/);
        assert.match(item.due, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(item.ended === null || /^\d{4}-\d{2}-\d{2}$/.test(item.ended));
        assert.ok(item.status >= 1 && item.status <= 10 && item.status_label.length > 0);
      }
    }
    const overdue = (await viewer.get('/api/dossiers/actions/pending_overdue')).json.items;
    // Pending at the period's end (more than one request for documents counts as late too).
    assert.ok(overdue.every((i) => i.ended === null && i.days_late >= 0), 'pending');
  });

  test('an unknown list: 404', async () => {
    expectError(assert, await viewer.get('/api/dossiers/actions/all'), 404);
  });

  test('CSV: a BOM, Vietnamese headers, dd/mm/yyyy dates, one line per item, as an attachment', async () => {
    const query = 'from=2025-01-01&to=2025-10-31';
    const json = (await viewer.get(`/api/dossiers/actions/late_without_apology?${query}`)).json;
    const res = await viewer.get(`/api/dossiers/actions/late_without_apology?${query}&format=csv`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
    assert.equal(res.headers['content-disposition'], 'attachment; filename="late_without_apology-2025-01-01-2025-10-31.csv"');
    assert.deepEqual([...res.body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = res.body.subarray(3).toString('utf8').split('\r\n').filter((l) => l.length > 0);
    assert.ok(lines[0].startsWith('Mã hồ sơ,Đơn vị xử lý,Mã TTHC'), lines[0]);
    assert.equal(lines.length, json.count + 1);
    if (json.count > 0) {
      const [y, m, d] = json.items[0].received.split('-');
      assert.ok(lines[1].startsWith(`${json.items[0].code},`));
      assert.ok(lines[1].includes(`,${d}/${m}/${y},`), lines[1]);
    }
  });

  test('XLSX: a workbook (a zip) as an attachment', async () => {
    const res = await viewer.get('/api/dossiers/actions/not_digitised?format=xlsx&unit=TTPVHCC');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(res.headers['content-disposition'], new RegExp(`filename="not_digitised-2025-01-01-${TODAY}\\.xlsx"`));
    assert.equal(res.body.subarray(0, 2).toString('latin1'), 'PK');
  });

  test('bad format or dates: 400 naming the parameter', async () => {
    expectError(assert, await viewer.get('/api/dossiers/actions/pending_overdue?format=pdf'), 400, { field: 'format' });
    expectError(assert, await viewer.get('/api/dossiers/actions/pending_overdue?from=hom-qua'), 400, { field: 'from' });
  });
});

describe('POST /api/dossiers/apology-letters', () => {
  async function lateCodes(n) {
    const items = (await viewer.get('/api/dossiers/actions/pending_overdue')).json.items;
    assert.ok(items.length >= n, `pending overdue dossiers: ${items.length}`);
    return items.slice(0, n).map((i) => i.code);
  }
  const letter = (codes, extra = {}) => ({ codes, reason: 'Hồ sơ cần xác minh thêm tại địa phương', new_due: '2025-11-28', applicant: 'Nguyễn Văn A', ...extra });

  test('the service centre drafts one DOCX for several late dossiers', async () => {
    const codes = await lateCodes(2);
    const res = await staff.post('/api/dossiers/apology-letters', letter(codes));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal(res.headers['content-disposition'], 'attachment; filename="phieu-xin-loi-2.docx"');
    assert.equal(res.body.subarray(0, 2).toString('latin1'), 'PK');
    assert.ok(res.body.length > 1000);
  });

  test('an unknown code: 404 naming it, and no letter', async () => {
    const [code] = await lateCodes(1);
    expectError(assert, await staff.post('/api/dossiers/apology-letters', letter([code, 'KHONG-CO-HO-SO'])), 404, { message: /KHONG-CO-HO-SO/ });
  });

  test('the reason and the new date are required; the date is not in the past', async () => {
    const [code] = await lateCodes(1);
    expectError(assert, await staff.post('/api/dossiers/apology-letters', letter([code], { reason: '  ' })), 400, { field: 'reason' });
    expectError(assert, await staff.post('/api/dossiers/apology-letters', letter([code], { new_due: undefined })), 400, { field: 'new_due' });
    expectError(assert, await staff.post('/api/dossiers/apology-letters', letter([code], { new_due: '2025-11-19' })), 400, { field: 'new_due' });
    expectError(assert, await staff.post('/api/dossiers/apology-letters', letter([code], { new_due: '28/11/2025' })), 400, { field: 'new_due' });
    const today = await staff.post('/api/dossiers/apology-letters', letter([code], { new_due: TODAY }));
    assert.equal(today.status, 200, today.text);
  });

  test('between 1 and 200 codes', async () => {
    expectError(assert, await staff.post('/api/dossiers/apology-letters', letter([])), 400, { field: 'codes' });
    const many = Array.from({ length: 201 }, (_, i) => `HS-${i}`);
    expectError(assert, await staff.post('/api/dossiers/apology-letters', letter(many)), 400, { field: 'codes' });
    expectError(assert, await staff.post('/api/dossiers/apology-letters', { reason: 'x', new_due: TODAY }), 400, { field: 'codes' });
  });

  test('a viewer or another unit may not draft letters', async () => {
    const [code] = await lateCodes(1);
    for (const who of ['xem', 'canbo.vhxh', 'chutich']) {
      const res = await (await server.login(who)).post('/api/dossiers/apology-letters', letter([code]));
      expectError(assert, res, 403);
      assert.equal(res.json.error, MESSAGES.forbidden);
    }
  });
});

describe('POST /api/dossiers/import', () => {
  test('lenient: the valid rows are stored, the bad one comes back with its line and column', async () => {
    const before = await count();
    const res = await importCsv(staff, smallCsv('API-LENIENT'));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.rows_read, 3);
    assert.equal(res.json.inserted, 2);
    assert.equal(res.json.updated, 0);
    assert.equal(res.json.rejected_count, 1);
    assert.equal(res.json.rejected.length, 1);
    const [bad] = res.json.rejected;
    assert.equal(bad.line, 3);
    assert.equal(bad.column, 'KenhThucHien');
    assert.match(bad.message, /KenhThucHien/);
    assert.ok(bad.raw.startsWith('API-LENIENT-2,'), bad.raw);
    assert.ok(res.json.warnings.some((w) => w.includes('API.TEST.1')), JSON.stringify(res.json.warnings));
    assert.equal(await count(), before + 2);
    const summary = (await admin.get('/api/dossiers/summary')).json;
    assert.equal(summary.latest_import.source, 'thu.csv');
    assert.equal(summary.latest_import.inserted, 2);
    assert.equal(summary.latest_import.rejected, 1);
  });

  test('importing the same file again updates instead of inserting', async () => {
    const res = await importCsv(coordinator, smallCsv('API-LENIENT'));
    assert.equal(res.status, 200, res.text);
    assert.deepEqual([res.json.inserted, res.json.updated, res.json.rejected_count], [0, 2, 1]);
  });

  test('strict: the bad row answers 400 with its line and column, and nothing is stored', async () => {
    const before = await count();
    const res = await importCsv(staff, smallCsv('API-STRICT'), '&strict=1');
    expectError(assert, res, 400, { field: 'KenhThucHien' });
    assert.match(res.json.error, /thu\.csv/);
    assert.match(res.json.error, /3/);
    assert.equal(await count(), before);
    const letters = await staff.post('/api/dossiers/apology-letters', { codes: ['API-STRICT-1'], reason: 'x', new_due: TODAY });
    assert.equal(letters.status, 404, 'the first valid row was not stored either');
  });

  test('a missing required column, or an unknown format: 400', async () => {
    const noStatus = 'MaHoSo,DonViXuLy,MaTTHC,KenhThucHien,NgayTiepNhan\r\nX-1,TTPVHCC,1.1,1,2025-11-03\r\n';
    expectError(assert, await importCsv(staff, noStatus), 400, { message: /TrangThaiHoSo/ });
    const res = await staff.request('POST', '/api/dossiers/import?name=ho-so.pdf', undefined, { raw: Buffer.from('x'), headers: { 'Content-Type': 'application/pdf' } });
    expectError(assert, res, 400, { field: 'format' });
    const kind = await staff.request('POST', '/api/dossiers/import?kind=users&format=csv', undefined, { raw: Buffer.from(HEADER), headers: { 'Content-Type': 'text/csv' } });
    expectError(assert, kind, 400, { field: 'kind' });
  });

  test('the procedure catalogue: a new procedure becomes known with its name', async () => {
    const catalogue = 'MaTTHC,TenTTHC,MaLinhVuc,MucDo,CoPhiLePhi,CoThanhToanTrucTuyen,YeuCauKetQua,ThoiHanNgay\r\n'
      + 'API.PROC.1,Thủ tục nhập qua API,LV-API,4,1,1,1,5\r\n';
    const before = (await admin.get('/api/dossiers/summary')).json;
    const res = await admin.request('POST', '/api/dossiers/import?kind=procedures&name=danh-muc.csv', undefined, { raw: Buffer.from(catalogue), headers: { 'Content-Type': 'text/csv' } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.kind, 'procedures');
    assert.equal(res.json.rows_read, 1);
    assert.equal(res.json.rejected_count, 0);
    const after = (await admin.get('/api/dossiers/summary')).json;
    assert.equal(after.catalogue_count, before.catalogue_count + 1);
  });

  test('units outside the service centre and viewers may not import', async () => {
    const before = await count();
    for (const who of ['xem', 'canbo.vhxh', 'phochutich']) {
      const res = await importCsv(await server.login(who), smallCsv(`API-${who}`));
      expectError(assert, res, 403);
    }
    assert.equal(await count(), before);
  });
});

describe('PUT /api/dossiers/units/{code}', () => {
  test('a unit met in an import is mapped, then unmapped, by the coordinator', async () => {
    const imported = await importCsv(staff, smallCsv('API-UNIT', 'TO-MOT-CUA-MOI'));
    assert.equal(imported.status, 200, imported.text);
    assert.ok(imported.json.warnings.some((w) => w.includes('TO-MOT-CUA-MOI')));
    let unit = (await admin.get('/api/dossiers/summary')).json.units.find((u) => u.code === 'TO-MOT-CUA-MOI');
    assert.deepEqual(unit, { code: 'TO-MOT-CUA-MOI', plan_unit_key: '', plan_unit_name: null });

    const mapped = await coordinator.put('/api/dossiers/units/TO-MOT-CUA-MOI', { plan_unit_key: SERVICE_CENTRE });
    assert.equal(mapped.status, 200, mapped.text);
    assert.equal(mapped.json.plan_unit_key, SERVICE_CENTRE);
    assert.match(mapped.json.plan_unit_name, /Trung tâm/i);
    unit = (await admin.get('/api/dossiers/summary')).json.units.find((u) => u.code === 'TO-MOT-CUA-MOI');
    assert.equal(unit.plan_unit_key, SERVICE_CENTRE);
    const rows = (await viewer.get('/api/dossiers/indicators?by=unit')).json.rows;
    assert.equal(rows.find((r) => r.group === 'TO-MOT-CUA-MOI').name, mapped.json.plan_unit_name);

    const unmapped = await coordinator.put('/api/dossiers/units/TO-MOT-CUA-MOI', { plan_unit_key: '' });
    assert.equal(unmapped.status, 200, unmapped.text);
    assert.equal(unmapped.json.plan_unit_name, null);
  });

  test('a key that is not a plan unit: 400; a code never imported: 404', async () => {
    expectError(assert, await coordinator.put('/api/dossiers/units/TTPVHCC', { plan_unit_key: 'phong khong co' }), 400, { field: 'plan_unit_key' });
    expectError(assert, await coordinator.put('/api/dossiers/units/KHONG-CO-DON-VI', { plan_unit_key: SERVICE_CENTRE }), 404);
  });

  test('the service centre itself may not remap units', async () => {
    expectError(assert, await staff.put('/api/dossiers/units/TTPVHCC', { plan_unit_key: '' }), 403);
    const centre = (await admin.get('/api/dossiers/summary')).json.units.find((u) => u.code === 'TTPVHCC');
    assert.equal(centre.plan_unit_key, SERVICE_CENTRE);
  });
});

describe('the working-day calendar', () => {
  test('GET: the shipped calendar of 2025', async () => {
    const res = await viewer.get('/api/calendar/2025');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.year, 2025);
    const national = res.json.days.find((d) => d.date === '2025-09-02');
    assert.ok(national, JSON.stringify(res.json.days));
    assert.equal(national.kind, 'holiday');
    const dates = res.json.days.map((d) => d.date);
    assert.deepEqual(dates, [...dates].sort(), 'in date order');
  });

  test('PUT by the coordinator, then GET, round-trips', async () => {
    const year = {
      year: 2031,
      days: [
        { date: '2031-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
        { date: '2031-01-02', kind: 'holiday', name: 'Nghỉ bù' },
        { date: '2031-01-04', kind: 'working_day', name: 'Làm bù cho ngày 02/01/2031' },
      ],
    };
    const put = await coordinator.put('/api/calendar/2031', year);
    assert.equal(put.status, 200, put.text);
    assert.deepEqual(put.json, year);
    assert.deepEqual((await viewer.get('/api/calendar/2031')).json, year);
    const fewer = { year: 2031, days: [year.days[0]] };
    assert.equal((await admin.put('/api/calendar/2031', fewer)).status, 200);
    assert.deepEqual((await viewer.get('/api/calendar/2031')).json, fewer, 'a PUT replaces the whole year');
  });

  test('the rules of a calendar file hold for the API too', async () => {
    const put = (days, year = 2032) => coordinator.put(`/api/calendar/${year}`, { days });
    // 2032-01-03 is a Saturday, 2032-01-05 a Monday.
    expectError(assert, await put([{ date: '2032-01-03', kind: 'holiday', name: '' }]), 400, { field: 'days' });
    expectError(assert, await put([{ date: '2032-01-05', kind: 'working_day', name: '' }]), 400, { field: 'days' });
    expectError(assert, await put([{ date: '2033-01-05', kind: 'holiday', name: '' }]), 400, { field: 'days' });
    expectError(assert, await put([{ date: '2032-01-05', kind: 'nghi', name: '' }]), 400, { field: 'days' });
    expectError(assert, await put([{ date: '2032-01-05', kind: 'holiday', name: '' }, { date: '2032-01-05', kind: 'holiday', name: 'x' }]), 400, { field: 'days' });
    expectError(assert, await coordinator.put('/api/calendar/2032', { year: 2033, days: [] }), 400, { field: 'year' });
    assert.deepEqual((await viewer.get('/api/calendar/2032')).json, { year: 2032, days: [] }, 'nothing stored');
  });

  test('a year that is not a year: 404; a viewer or unit may not edit', async () => {
    expectError(assert, await viewer.get('/api/calendar/hai-nghin'), 404);
    for (const who of ['xem', 'canbo.ttpvhcc', 'chutich']) {
      expectError(assert, await (await server.login(who)).put('/api/calendar/2031', { days: [] }), 403);
    }
  });
});
