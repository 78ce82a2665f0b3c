// Administration: accounts and units (admin only; who else is refused is in permissions.test.mjs).

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, SERVICE_CENTRE, MESSAGES, expectError, openReport } from './server.mjs';

let server;
let admin;

before(async () => {
  server = await startServer();
  admin = await server.login('quantri');
});

after(async () => {
  await server?.stop();
});

describe('creating accounts', () => {
  const valid = { username: 'canbo.moi', display_name: 'Cán bộ Mới', role: 'unit_staff', unit_key: SERVICE_CENTRE, password: 'matkhau-moi-2025' };

  test('a unit role without a unit: 400 naming unit_key', async () => {
    expectError(assert, await admin.post('/api/users', { ...valid, unit_key: undefined }), 400, { field: 'unit_key' });
    expectError(assert, await admin.post('/api/users', { ...valid, unit_key: '' }), 400, { field: 'unit_key' });
    expectError(assert, await admin.post('/api/users', { ...valid, role: 'unit_head', unit_key: null }), 400, { field: 'unit_key' });
  });

  test('a unit that does not exist, or a group of units: 400 naming unit_key', async () => {
    expectError(assert, await admin.post('/api/users', { ...valid, unit_key: 'phong khong ton tai' }), 400, { field: 'unit_key' });
    expectError(assert, await admin.post('/api/users', { ...valid, unit_key: 'cac co quan to chuc don vi thuoc ubnd phuong' }), 400, { field: 'unit_key' });
  });

  test('a password shorter than 8 characters: 400 naming password', async () => {
    expectError(assert, await admin.post('/api/users', { ...valid, password: 'ngan' }), 400, { field: 'password', message: /8/ });
    expectError(assert, await admin.post('/api/users', { ...valid, password: '1234567' }), 400, { field: 'password' });
  });

  test('no password: 400 naming password', async () => {
    expectError(assert, await admin.post('/api/users', { ...valid, password: undefined }), 400, { field: 'password' });
  });

  test('a user name taken (a demo account): 409 naming username', async () => {
    expectError(assert, await admin.post('/api/users', { ...valid, username: 'xem' }), 409, { field: 'username', message: /xem/ });
  });

  test('a user name with spaces, diacritics or slashes, or an empty display name: 400', async () => {
    for (const username of ['can bo', 'cánbộ', 'a/b', '']) {
      expectError(assert, await admin.post('/api/users', { ...valid, username }), 400, { field: 'username' });
    }
    expectError(assert, await admin.post('/api/users', { ...valid, display_name: '   ' }), 400, { field: 'display_name' });
  });

  test('nothing was created by the refused requests', async () => {
    const names = (await admin.get('/api/users')).json.users.map((u) => u.username);
    assert.deepEqual(names.filter((n) => !['quantri', 'chutich', 'phochutich', 'dieuphoi', 'truong.ttpvhcc', 'canbo.ttpvhcc', 'canbo.vhxh', 'xem'].includes(n)), []);
  });

  test('a valid account: 201; listed; the new user logs in and works for the unit', async () => {
    const res = await admin.post('/api/users', valid);
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.username, valid.username);
    assert.equal(res.json.role, 'unit_staff');
    assert.equal(res.json.unit_key, SERVICE_CENTRE);
    assert.equal(res.json.active, true);
    assert.equal(res.json.password, undefined);
    assert.equal(res.json.password_hash, undefined);
    const users = (await admin.get('/api/users')).json.users;
    assert.ok(users.some((u) => u.username === valid.username));
    assert.ok(!JSON.stringify(users).includes('argon2'), 'no password hash in the list');

    const newcomer = await server.login(valid.username, { password: valid.password });
    assert.equal(newcomer.user.role, 'unit_staff');
    const report = await openReport(newcomer, '3.2.2', SERVICE_CENTRE, '2025-Q4');
    assert.equal(report.can_edit, true);
    // and a duplicate now: 409
    expectError(assert, await admin.post('/api/users', valid), 409, { field: 'username' });
  });

  test('the user name is matched exactly: a wrong password or different case does not log in', async () => {
    expectError(assert, await server.anon.post('/api/login', { username: valid.username, password: 'matkhau-sai' }), 401);
    expectError(assert, await server.anon.post('/api/login', { username: 'CANBO.MOI', password: valid.password }), 401);
  });
});

describe('changing accounts', () => {
  let user;
  let session;

  before(async () => {
    const res = await admin.post('/api/users', { username: 'nguoi.xem.2', display_name: 'Người xem hai', role: 'viewer', password: 'matkhau-xem-2' });
    assert.equal(res.status, 201, res.text);
    user = res.json;
    session = await server.login('nguoi.xem.2', { password: 'matkhau-xem-2' });
  });

  const full = (changes) => ({ display_name: user.display_name, role: user.role, unit_key: user.unit_key, active: true, ...changes });

  test('deactivating a user: 200 active false; their session is refused at once (401) and they cannot log in', async () => {
    assert.equal((await session.get('/api/session')).status, 200);
    const res = await admin.put(`/api/users/${user.id}`, full({ active: false }));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.active, false);
    expectError(assert, await session.get('/api/session'), 401, { message: MESSAGES.notLoggedIn });
    expectError(assert, await session.get('/api/dashboard'), 401);
    expectError(assert, await server.anon.post('/api/login', { username: 'nguoi.xem.2', password: 'matkhau-xem-2' }), 401, { message: MESSAGES.loginFailed });
  });

  test('reactivating lets them log in again', async () => {
    const res = await admin.put(`/api/users/${user.id}`, full({ active: true }));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.active, true);
    session = await server.login('nguoi.xem.2', { fresh: true, password: 'matkhau-xem-2' });
    assert.equal((await session.get('/api/session')).status, 200);
  });

  test('a new password replaces the old one; a short one is refused', async () => {
    expectError(assert, await admin.put(`/api/users/${user.id}`, full({ password: 'ngan' })), 400, { field: 'password' });
    const res = await admin.put(`/api/users/${user.id}`, full({ password: 'matkhau-moi-3' }));
    assert.equal(res.status, 200, res.text);
    expectError(assert, await server.anon.post('/api/login', { username: 'nguoi.xem.2', password: 'matkhau-xem-2' }), 401);
    assert.equal((await server.anon.post('/api/login', { username: 'nguoi.xem.2', password: 'matkhau-moi-3' })).status, 200);
  });

  test('changing the role to unit_head of the service centre gives the unit\'s rights', async () => {
    const res = await admin.put(`/api/users/${user.id}`, full({ role: 'unit_head', unit_key: SERVICE_CENTRE }));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.role, 'unit_head');
    assert.equal(res.json.unit_key, SERVICE_CENTRE);
    const head = await server.login('nguoi.xem.2', { fresh: true, password: 'matkhau-moi-3' });
    const task = (await head.get('/api/tasks/3.2.1')).json;
    assert.deepEqual([...new Set(task.can_report_for)], [SERVICE_CENTRE]);
  });

  test('an unknown or non-numeric id: 404', async () => {
    expectError(assert, await admin.put('/api/users/999999', full({})), 404);
    expectError(assert, await admin.put('/api/users/abc', full({})), 404);
  });

  test('a PUT that leaves out "role" is refused, not read as "viewer"', async () => {
    const res = await admin.put(`/api/users/${user.id}`, { display_name: 'Người xem hai', active: true });
    expectError(assert, res, 400, { field: 'role' });
    const listed = (await admin.get('/api/users')).json.users.find((u) => u.id === user.id);
    assert.equal(listed.role, 'unit_head');
  });
});

describe('units', () => {
  test('admin creates a unit: 201 with a key folded from the name; the same name again: 409', async () => {
    const res = await admin.post('/api/units', { name: 'Phòng Tư pháp' });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.name, 'Phòng Tư pháp');
    assert.equal(res.json.kind, 'unit');
    assert.equal(res.json.key, 'phong tu phap');
    const units = (await admin.get('/api/units')).json.units;
    // (a new unit belongs to the plan's "all units" groups, so it already answers for tasks)
    assert.ok(units.some((u) => u.key === 'phong tu phap' && u.kind === 'unit'));
    expectError(assert, await admin.post('/api/units', { name: 'phòng  tư pháp' }), 409, { field: 'name' });
    expectError(assert, await admin.post('/api/units', { name: '' }), 400, { field: 'name' });
  });

  test('renaming keeps the key; an unknown key: 404', async () => {
    const res = await admin.put(`/api/units/${encodeURIComponent('phong tu phap')}`, { name: 'Phòng Tư pháp - Hộ tịch' });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.key, 'phong tu phap');
    assert.equal(res.json.name, 'Phòng Tư pháp - Hộ tịch');
    const unit = (await admin.get(`/api/units/${encodeURIComponent('phong tu phap')}`)).json.unit;
    assert.equal(unit.name, 'Phòng Tư pháp - Hộ tịch');
    expectError(assert, await admin.put(`/api/units/${encodeURIComponent('khong co')}`, { name: 'X' }), 404);
  });
});

describe('correcting a target the plan reader got wrong', () => {
  test('the coordinator turns 6.1.1 (read as qualitative) into "≥ 95%", marked edited', async () => {
    const coordinator = await server.login('dieuphoi');
    const res = await coordinator.put('/api/tasks/6.1.1/targets/0', {
      label: 'Tỷ lệ giải ngân vốn đầu tư công', comparator: 'ge', value: 95, unit: '%',
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.text, '≥ 95%');
    const task = (await coordinator.get('/api/tasks/6.1.1')).json;
    assert.equal(task.targets[0].comparator, 'ge');
    assert.equal(task.targets[0].value, 95);
    assert.equal(task.targets[0].origin, 'edited');
    const history = (await coordinator.get('/api/tasks/6.1.1/history')).json.entries;
    assert.ok(history.some((entry) => entry.action === 'task.target.edit'));
  });

  test('a comparison without a value, a trend without a year, an unknown comparator: 400 naming the field', async () => {
    const coordinator = await server.login('dieuphoi');
    expectError(assert, await coordinator.put('/api/tasks/6.1.1/targets/0', { label: 'X', comparator: 'gt' }), 400, { field: 'value' });
    expectError(assert, await coordinator.put('/api/tasks/6.3.2/targets/0', { label: 'X', comparator: 'decrease' }), 400, { field: 'reference_year' });
    expectError(assert, await coordinator.put('/api/tasks/6.1.1/targets/0', { label: 'X', comparator: 'about' }), 400, { field: 'comparator' });
  });

  test('a target or task that does not exist: 404', async () => {
    const coordinator = await server.login('dieuphoi');
    expectError(assert, await coordinator.put('/api/tasks/6.1.1/targets/7', { label: 'X', comparator: 'qualitative' }), 404);
    expectError(assert, await coordinator.put('/api/tasks/99.9/targets/0', { label: 'X', comparator: 'qualitative' }), 404);
  });
});

describe('what the review of the workflow asked for', () => {
  test('a password reset ends the sessions opened before it', async () => {
    const viewer = await server.login('xem');
    assert.equal((await viewer.get('/api/session')).status, 200);
    const users = (await admin.get('/api/users')).json.users;
    const xem = users.find((user) => user.username === 'xem');
    const reset = await admin.put(`/api/users/${xem.id}`, {
      display_name: xem.display_name, role: xem.role, unit_key: xem.unit_key, active: true, password: 'mat-khau-moi-2025',
    });
    assert.equal(reset.status, 200, reset.text);
    expectError(assert, await viewer.get('/api/session'), 401, { message: MESSAGES.notLoggedIn });
  });

  test('the same target twice in one report edit: 400 naming values', async () => {
    const staff = await server.login('canbo.ttpvhcc');
    const report = await openReport(staff, '3.2.1', SERVICE_CENTRE, '2025-Q4');
    const res = await staff.put(`/api/reports/${report.id}`, {
      version: report.version, progress: 'in_progress', narrative: '',
      values: [{ target_index: 0, value: 1 }, { target_index: 0, value: 2 }],
    });
    expectError(assert, res, 400, { field: 'values' });
  });

  test('a JSON body over 256 KiB: 413, before it is parsed', async () => {
    const res = await admin.post('/api/units', { name: 'x'.repeat(300 * 1024) });
    expectError(assert, res, 413);
  });

  test('the history of a task that does not exist: 404', async () => {
    expectError(assert, await admin.get('/api/tasks/99.99/history'), 404);
  });
});
