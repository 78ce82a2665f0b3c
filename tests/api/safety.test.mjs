// Evidence files and hostile input: size limits, types read from the bytes, file names, download
// headers, ids that are not numbers, paths that climb out, malformed JSON and wrong field types.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  startServer, SERVICE_CENTRE, MESSAGES, VIETNAMESE, pdfBytes, expectError, openReport,
} from './server.mjs';

const MiB = 1024 * 1024;
const bytes = (...parts) => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p, 'latin1'))));
const SAMPLES = {
  png: bytes('\x89PNG\r\n\x1a\n', '\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00'),
  jpeg: bytes('\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'),
  zip: bytes('PK\x03\x04\x14\x00\x06\x00\x08\x00', '[Content_Types].xml'),
  ole: bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', '\x00'.repeat(24)),
  exe: bytes('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'This program cannot be run in DOS mode.'),
  text: Buffer.from('Báo cáo bằng chữ thường, không phải tệp PDF.\n', 'utf8'),
  html: Buffer.from('<!DOCTYPE html><script>alert(1)</script>', 'utf8'),
};

let server;
let staff;
let other;
let coordinator;
let report; // the service centre's draft for 3.2.1, 2025-Q4

before(async () => {
  server = await startServer();
  staff = await server.login('canbo.ttpvhcc');
  other = await server.login('canbo.vhxh');
  coordinator = await server.login('dieuphoi');
  report = await openReport(staff, '3.2.1', SERVICE_CENTRE, '2025-Q4');
});

after(async () => {
  await server?.stop();
});

async function evidenceIds() {
  return (await staff.get(`/api/reports/${report.id}`)).json.evidence.map((e) => e.id);
}

describe('evidence: size', () => {
  test('20 MiB + 1 byte: 413 with the Vietnamese message, nothing stored', async () => {
    const before = await evidenceIds();
    const filesBefore = await server.evidenceFileCount();
    const big = Buffer.concat([pdfBytes('lon'), Buffer.alloc(20 * MiB + 1 - pdfBytes('lon').length, 0x20)]);
    assert.equal(big.length, 20 * MiB + 1);
    const res = await staff.upload(report.id, 'qua-lon.pdf', big, 'application/pdf');
    expectError(assert, res, 413, { message: MESSAGES.fileTooLarge });
    assert.deepEqual(await evidenceIds(), before, 'the report lists no new evidence');
    assert.equal(await server.evidenceFileCount(), filesBefore, 'no file written in the evidence folder');
  });

  test('more than the server takes at all (33 MiB): 413, nothing stored', async () => {
    const before = await evidenceIds();
    const filesBefore = await server.evidenceFileCount();
    const huge = Buffer.concat([pdfBytes('rat lon'), Buffer.alloc(33 * MiB, 0x20)]);
    const res = await staff.upload(report.id, 'rat-lon.pdf', huge, 'application/pdf');
    assert.equal(res.status, 413, res.text);
    assert.match(res.json.error, VIETNAMESE);
    assert.deepEqual(await evidenceIds(), before);
    assert.equal(await server.evidenceFileCount(), filesBefore);
  });

  test('exactly 20 MiB is accepted', async () => {
    const head = pdfBytes('vua du');
    const exact = Buffer.concat([head, Buffer.alloc(20 * MiB - head.length, 0x20)]);
    const res = await staff.upload(report.id, 'vua-du.pdf', exact, 'application/pdf');
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.size, 20 * MiB);
    assert.equal((await staff.del(`/api/evidence/${res.json.id}`)).status, 204);
  });

  test('an empty file: 400', async () => {
    expectError(assert, await staff.upload(report.id, 'rong.pdf', Buffer.alloc(0), 'application/pdf'), 400);
  });
});

describe('evidence: the type comes from the bytes', () => {
  const cases = [
    // file name              bytes          declared Content-Type     status  media_type
    ['chuong-trinh.exe',      SAMPLES.exe,   'application/octet-stream', 415],
    ['bao-cao.pdf',           SAMPLES.exe,   'application/pdf',          415], // an .exe dressed as PDF
    ['ghi-chu.txt',           SAMPLES.text,  'text/plain',               415],
    ['ghi-chu.pdf',           SAMPLES.text,  'application/pdf',          415],
    ['trang.html',            SAMPLES.html,  'text/html',                415],
    ['nen.zip',               SAMPLES.zip,   'application/zip',          415], // a zip is only an office file by name
    ['nen.exe',               SAMPLES.zip,   'application/octet-stream', 415],
    ['bang.xls.exe',          SAMPLES.ole,   'application/vnd.ms-excel', 415],
    ['anh.png',               SAMPLES.png,   'image/png',                201, 'image/png'],
    ['anh.jpg',               SAMPLES.jpeg,  'image/jpeg',               201, 'image/jpeg'],
    ['van-ban.docx',          SAMPLES.zip,   'application/octet-stream', 201, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['BANG-TINH.XLSX',        SAMPLES.zip,   'application/octet-stream', 201, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['van-ban.odt',           SAMPLES.zip,   'application/octet-stream', 201, 'application/vnd.oasis.opendocument.text'],
    ['van-ban.doc',           SAMPLES.ole,   'application/octet-stream', 201, 'application/msword'],
    ['bang.xls',              SAMPLES.ole,   'application/octet-stream', 201, 'application/vnd.ms-excel'],
    // PDF, PNG and JPEG are recognised by their bytes alone, whatever the name says:
    ['ban-scan.docx',         pdfBytes(),    'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 201, 'application/pdf'],
    ['anh-chup.pdf',          SAMPLES.png,   'application/pdf',          201, 'image/png'],
  ];
  for (const [name, body, declared, status, mediaType] of cases) {
    test(`${name} (${body.subarray(0, 4).toString('latin1').replace(/[^\x20-\x7e]/g, '.')}..., sent as ${declared}) -> ${status}${mediaType ? ` ${mediaType}` : ''}`, async () => {
      const before = await evidenceIds();
      const res = await staff.upload(report.id, name, body, declared);
      if (status === 415) {
        expectError(assert, res, 415, { message: MESSAGES.fileType });
        assert.deepEqual(await evidenceIds(), before);
        return;
      }
      assert.equal(res.status, status, res.text);
      assert.equal(res.json.media_type, mediaType);
      assert.equal(res.json.file_name, name);
      const download = await staff.get(`/api/evidence/${res.json.id}`);
      assert.equal(download.headers['content-type'], mediaType, 'served with the sniffed type, not the declared one');
      assert.ok(download.body.equals(body));
    });
  }
});

describe('evidence: file names', () => {
  const refused = [
    ['a slash', 'thu-muc/bao-cao.pdf'],
    ['climbing with slashes', '../../etc/passwd.pdf'],
    ['a backslash', '..\\..\\windows\\bao-cao.pdf'],
    ['a Windows path', 'C:\\Users\\bao-cao.pdf'],
    ['a NUL byte', 'bao-cao.pdf\u0000.exe'],
    ['an empty name', ''],
    ['256 bytes', `${'a'.repeat(252)}.pdf`],
  ];
  for (const [what, name] of refused) {
    test(`${what}: 400 naming X-File-Name, nothing stored`, async () => {
      const before = await evidenceIds();
      const res = await staff.upload(report.id, name, pdfBytes(), 'application/pdf');
      expectError(assert, res, 400, { field: 'X-File-Name' });
      assert.deepEqual(await evidenceIds(), before);
    });
  }

  test('control characters (CR LF, ESC, TAB) in a name: 400', async () => {
    for (const encoded of ['%0D%0ASet-Cookie:%20x=1.pdf', '%1B[31mred.pdf', 'a%09b.pdf']) {
      const res = await staff.request('POST', `/api/reports/${report.id}/evidence`, undefined, {
        raw: pdfBytes(), headers: { 'Content-Type': 'application/pdf', 'X-File-Name': encoded },
      });
      expectError(assert, res, 400, { field: 'X-File-Name' });
    }
  });

  test('no X-File-Name header at all: 400', async () => {
    const res = await staff.request('POST', `/api/reports/${report.id}/evidence`, undefined, { raw: pdfBytes(), headers: { 'Content-Type': 'application/pdf' } });
    expectError(assert, res, 400, { field: 'X-File-Name' });
  });

  test('a slash sent raw (not percent-encoded) is refused too', async () => {
    const res = await staff.request('POST', `/api/reports/${report.id}/evidence`, undefined, { raw: pdfBytes(), headers: { 'Content-Type': 'application/pdf', 'X-File-Name': '../x.pdf' } });
    expectError(assert, res, 400, { field: 'X-File-Name' });
  });

  test('255 bytes and Vietnamese names are fine', async () => {
    const long = `${'a'.repeat(251)}.pdf`;
    assert.equal(Buffer.byteLength(long), 255);
    const res = await staff.upload(report.id, long, pdfBytes(), 'application/pdf');
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.file_name, long);
    const vn = await staff.upload(report.id, 'Quyết định số 12 (bản ký).pdf', pdfBytes('qd'), 'application/pdf');
    assert.equal(vn.status, 201, vn.text);
    assert.equal(vn.json.file_name, 'Quyết định số 12 (bản ký).pdf');
  });

  test('"+" percent-encoded (%2B, as encodeURIComponent in the web client sends it) is kept', async () => {
    const res = await staff.upload(report.id, 'Q4+phu-luc.pdf', pdfBytes('plus'), 'application/pdf');
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.file_name, 'Q4+phu-luc.pdf');
  });

  test('"+" sent as is (allowed unencoded in RFC 3986 percent-encoding) is kept too', async () => {
    const res = await staff.request('POST', `/api/reports/${report.id}/evidence`, undefined, {
      raw: pdfBytes('plus raw'), headers: { 'Content-Type': 'application/pdf', 'X-File-Name': 'Q4+phu-luc-2.pdf' },
    });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.file_name, 'Q4+phu-luc-2.pdf');
  });
});

describe('evidence: download', () => {
  const content = pdfBytes('tải về đúng từng byte \u0000\u00ff');
  let evidence;

  before(async () => {
    const res = await staff.upload(report.id, 'Báo cáo "quý IV"; tổng hợp.pdf', content, 'application/pdf');
    assert.equal(res.status, 201, res.text);
    evidence = res.json;
  });

  test('the exact bytes, as an attachment, with nosniff and the sniffed type', async () => {
    const res = await staff.get(`/api/evidence/${evidence.id}`);
    assert.equal(res.status, 200);
    assert.ok(res.body.equals(content), 'same bytes');
    assert.equal(createHash('sha256').update(res.body).digest('hex'), evidence.sha256);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(Number(res.headers['content-length']), content.length);
    const disposition = res.headers['content-disposition'];
    assert.match(disposition, /^attachment;/);
    assert.ok(disposition.includes(`filename="tai-lieu-${evidence.id}"`), disposition);
    assert.ok(disposition.includes(`filename*=UTF-8''${encodeURIComponent(evidence.file_name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`), disposition);
    assert.ok(!/[\r\n]/.test(disposition));
  });

  test('another unit\'s staff and the coordinator cannot download a draft\'s evidence (404, as if absent)', async () => {
    for (const client of [other, coordinator, await server.login('xem'), await server.login('chutich')]) {
      const res = await client.get(`/api/evidence/${evidence.id}`);
      expectError(assert, res, 404, { message: MESSAGES.evidenceNotFound(evidence.id) });
      assert.ok(!res.body.includes(content), 'no file bytes');
    }
    const missing = await other.get('/api/evidence/999999');
    expectError(assert, missing, 404, { message: MESSAGES.evidenceNotFound(999999) });
  });

  test('anonymous: 401', async () => {
    expectError(assert, await server.anon.get(`/api/evidence/${evidence.id}`), 401);
  });

  test('deleted evidence is gone: DELETE 204, then GET and DELETE 404', async () => {
    const up = await staff.upload(report.id, 'xoa.pdf', pdfBytes('xoa'), 'application/pdf');
    assert.equal(up.status, 201, up.text);
    assert.equal((await staff.del(`/api/evidence/${up.json.id}`)).status, 204);
    expectError(assert, await staff.get(`/api/evidence/${up.json.id}`), 404);
    expectError(assert, await staff.del(`/api/evidence/${up.json.id}`), 404);
    assert.ok(!(await evidenceIds()).includes(up.json.id));
  });

  test('ids that are not positive integers: 404', async () => {
    for (const id of ['abc', '1abc', '-1', '0', '1.0', '0x1', '1e3', '%201', '+1', '99999999999999999999', '1%3B']) {
      const get = await staff.get(`/api/evidence/${id}`);
      assert.equal(get.status, 404, `GET /api/evidence/${id}: ${get.status} ${get.text}`);
      const del = await staff.del(`/api/evidence/${id}`);
      assert.equal(del.status, 404, `DELETE /api/evidence/${id}: ${del.status} ${del.text}`);
    }
    assert.equal((await staff.get(`/api/reports/${report.id}`)).json.evidence.some((e) => e.id === evidence.id), true);
  });

  test('paths that climb out of the folder: 4xx, never a file', async () => {
    const paths = [
      '/api/evidence/..%2F..%2Fetc%2Fpasswd',
      '/api/evidence/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/api/evidence/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/api/evidence/../../../../etc/passwd',
      '/api/evidence/1/../../../../etc/passwd',
      '/api/evidence/..%5C..%5Cetc%5Cpasswd',
      '/api/evidence/%00',
      '/api/evidence/1%00.pdf',
      '/..%2F..%2F..%2Fetc%2Fpasswd',
      '/assets/../../../../etc/passwd',
      '/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/api/evidence/%FF',
    ];
    for (const path of paths) {
      const res = await staff.get(path);
      assert.ok(res.status >= 400 && res.status < 500, `${path}: ${res.status}`);
      assert.ok(!res.text.includes('root:'), `${path} returned a system file`);
      assert.ok(!res.body.includes(content), `${path} returned evidence`);
      assert.match(res.headers['content-type'] || '', /json/, path);
    }
  });
});

describe('bad input', () => {
  test('invalid JSON: 400 with a Vietnamese message', async () => {
    const cases = [
      ['POST', '/api/login', '{"username": "xem", "password": '],
      ['POST', '/api/login', 'username=xem&password=xem@2025'],
      ['POST', '/api/login', '["xem", "xem@2025"]'],
      ['POST', '/api/login', ''],
      ['PUT', `/api/reports/${report.id}`, 'không phải JSON'],
      ['POST', '/api/reports', '{"task_code": "3.2.1",}'],
      ['POST', '/api/tasks/3.2.1/comments', 'null'],
    ];
    for (const [method, path, body] of cases) {
      const client = path === '/api/login' ? server.anon : path.includes('comments') ? coordinator : staff;
      const res = await client.request(method, path, undefined, { raw: Buffer.from(body), headers: { 'Content-Type': 'application/json' } });
      expectError(assert, res, 400, { message: MESSAGES.badJson });
    }
  });

  test('a field of the wrong type: 400 naming the field', async () => {
    const current = (await staff.get(`/api/reports/${report.id}`)).json;
    const admin = await server.login('quantri');
    const cases = [
      // client, method, path, body, field
      [server.anon, 'POST', '/api/login', { username: 5, password: 'x' }, 'username'],
      [server.anon, 'POST', '/api/login', { username: 'xem', password: ['xem@2025'] }, 'password'],
      [staff, 'POST', '/api/reports', { task_code: 321, unit_key: SERVICE_CENTRE, period: '2025-Q4' }, 'task_code'],
      [staff, 'POST', '/api/reports', { task_code: '3.2.1', unit_key: { key: SERVICE_CENTRE }, period: '2025-Q4' }, 'unit_key'],
      [staff, 'PUT', `/api/reports/${report.id}`, { version: String(current.version), progress: 'done', narrative: '' }, 'version'],
      [staff, 'PUT', `/api/reports/${report.id}`, { version: 1.5, progress: 'done', narrative: '' }, 'version'],
      [staff, 'PUT', `/api/reports/${report.id}`, { progress: 'done', narrative: '' }, 'version'],
      [staff, 'PUT', `/api/reports/${report.id}`, { version: current.version, progress: 3, narrative: '' }, 'progress'],
      [staff, 'PUT', `/api/reports/${report.id}`, { version: current.version, progress: 'xong', narrative: '' }, 'progress'],
      [staff, 'PUT', `/api/reports/${report.id}`, { version: current.version, progress: 'done', narrative: 42 }, 'narrative'],
      [staff, 'PUT', `/api/reports/${report.id}`, { version: current.version, progress: 'done', narrative: '', values: 'nhiều' }, 'values'],
      [staff, 'PUT', `/api/reports/${report.id}`, { version: current.version, progress: 'done', narrative: '', values: [{ target_index: '0', value: 1 }] }, 'values'],
      [staff, 'PUT', `/api/reports/${report.id}`, { version: current.version, progress: 'done', narrative: '', values: [{ target_index: 0, value: '92,5' }] }, 'values'],
      [staff, 'PUT', `/api/reports/${report.id}`, { version: current.version, progress: 'done', narrative: '', values: [5] }, 'values'],
      [staff, 'POST', `/api/reports/${report.id}/submit`, { version: 'mới nhất' }, 'version'],
      [staff, 'POST', `/api/reports/${report.id}/documents`, { number_symbol: 7, issued_on: '2025-11-20' }, 'number_symbol'],
      [staff, 'POST', `/api/reports/${report.id}/documents`, { number_symbol: '7/QĐ', issued_on: 20251120 }, 'issued_on'],
      [staff, 'POST', `/api/reports/${report.id}/documents`, { number_symbol: '7/QĐ', issued_on: '20/11/2025' }, 'issued_on'],
      [coordinator, 'POST', '/api/tasks/3.2.1/comments', { text: 12 }, 'text'],
      [coordinator, 'POST', '/api/tasks/3.2.1/comments', { text: '   ' }, 'text'],
      [staff, 'POST', '/api/obstacles', { task_code: '3.2.1', text: false }, 'text'],
      [admin, 'POST', '/api/users', { username: 'kieu.sai', display_name: 'Kiểu sai', role: 'viewer', password: 'matkhau-2025', active: 'yes' }, 'active'],
      [admin, 'POST', '/api/users', { username: 'kieu.sai', display_name: 'Kiểu sai', role: 'quan-tri', password: 'matkhau-2025' }, 'role'],
      [admin, 'POST', '/api/users', { username: 'kieu.sai', display_name: 'Kiểu sai', role: 7, password: 'matkhau-2025' }, 'role'],
      [admin, 'POST', '/api/units', { name: ['Tổ'] }, 'name'],
      [staff, 'GET', '/api/reports?state=xong', undefined, 'state'],
      [server.anon, 'GET', '/api/plan?year=hai-nghin', undefined, 'year'],
    ];
    const failures = [];
    for (const [client, method, path, body, field] of cases) {
      const res = await client.request(method, path, body);
      const ok = res.status === 400 && res.json?.field === field && VIETNAMESE.test(res.json?.error ?? '');
      if (!ok) failures.push(`${method} ${path} ${JSON.stringify(body)} -> ${res.status} ${res.text} (expected 400 field ${field})`);
    }
    assert.deepEqual(failures, []);
    assert.equal((await staff.get(`/api/reports/${report.id}`)).json.version, current.version, 'nothing was edited');
  });

  test('a narrative over 20000 bytes: 400', async () => {
    const current = (await staff.get(`/api/reports/${report.id}`)).json;
    const res = await staff.put(`/api/reports/${report.id}`, { version: current.version, progress: 'done', narrative: 'a'.repeat(20001) });
    assert.equal(res.status, 400, res.text);
  });

  test('a query value that is not UTF-8: 400, not 500', async () => {
    const res = await server.anon.get('/api/plan?year=%FF');
    expectError(assert, res, 400, { field: 'year' });
  });
});

describe('a file name that is not UTF-8 (a server of its own: the failure breaks the one it hits)', () => {
  let broken;
  let brokenStaff;
  let draft;

  before(async () => {
    broken = await startServer();
    brokenStaff = await broken.login('canbo.ttpvhcc');
    draft = await openReport(brokenStaff, '3.2.1', SERVICE_CENTRE, '2025-Q4');
  });
  after(async () => {
    await broken?.stop();
  });

  test('X-File-Name "%FF%FE.pdf" is refused with 400 naming X-File-Name', async () => {
    const res = await brokenStaff.request('POST', `/api/reports/${draft.id}/evidence`, undefined, {
      raw: pdfBytes(), headers: { 'Content-Type': 'application/pdf', 'X-File-Name': '%FF%FE.pdf' },
    });
    expectError(assert, res, 400, { field: 'X-File-Name' });
  });

  test('and the server goes on answering afterwards', async () => {
    const health = await broken.anon.get('/healthz');
    assert.equal(health.status, 200, health.text);
    const again = await brokenStaff.get(`/api/reports/${draft.id}`);
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(again.json.evidence, []);
  });
});
