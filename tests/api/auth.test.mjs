// Sessions: login, the cookie, logout, the CSRF token on every change, and the login throttle.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  startServer, ACCOUNTS, USERNAMES, MESSAGES, cookieFrom, rawHttp, expectError,
} from './server.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

function login(body, options = {}) {
  return server.anon.post('/api/login', body, options);
}

describe('login', () => {
  for (const username of USERNAMES) {
    test(`${username} (${ACCOUNTS[username].role}) logs in and gets a session`, async () => {
      const account = ACCOUNTS[username];
      const res = await login({ username, password: account.password });
      assert.equal(res.status, 200, res.text);
      const { user, csrf_token: csrf } = res.json;
      assert.equal(user.username, username);
      assert.equal(user.role, account.role);
      assert.equal(user.unit_key, account.unit);
      assert.equal(user.display_name, account.display);
      assert.equal(user.active, true);
      assert.equal(typeof user.id, 'number');
      assert.ok(typeof csrf === 'string' && csrf.length >= 16, 'a CSRF token');
      const cookie = cookieFrom(res);
      assert.ok(cookie && cookie.length > 'parindex_session='.length + 16, 'a session cookie');

      const session = await rawHttp({ port: server.port, path: '/api/session', headers: { Cookie: cookie } });
      assert.equal(session.status, 200);
      assert.equal(session.json.user.username, username);
      assert.equal(session.json.csrf_token, csrf);
    });
  }

  test('the session cookie is HttpOnly, SameSite=Strict, Path=/, and not Secure over plain HTTP', async () => {
    const res = await login({ username: 'xem', password: 'xem@2025' });
    const line = res.headers['set-cookie'].find((c) => c.startsWith('parindex_session='));
    const attributes = line.split(';').map((part) => part.trim().toLowerCase());
    assert.ok(attributes.includes('httponly'), line);
    assert.ok(attributes.includes('samesite=strict'), line);
    assert.ok(attributes.includes('path=/'), line);
    assert.ok(!attributes.includes('secure'), line);
    assert.ok(attributes.some((a) => /^max-age=\d+$/.test(a) && Number(a.split('=')[1]) > 0), line);
  });

  test('behind an HTTPS proxy (X-Forwarded-Proto: https) the cookie is also Secure', async () => {
    const res = await login({ username: 'xem', password: 'xem@2025' }, { headers: { 'X-Forwarded-Proto': 'https' } });
    const line = res.headers['set-cookie'].find((c) => c.startsWith('parindex_session='));
    assert.match(line, /;\s*Secure/i);
    assert.match(line, /HttpOnly/);
    assert.match(line, /SameSite=Strict/);
  });

  test('a wrong password answers 401 with the Vietnamese message and sets no cookie', async () => {
    const res = await login({ username: 'chutich', password: 'sai-mat-khau' });
    expectError(assert, res, 401, { message: MESSAGES.loginFailed });
    assert.equal(res.headers['set-cookie'], undefined);
  });

  test('an unknown user gets exactly the same answer (no way to tell which names exist)', async () => {
    const res = await login({ username: 'khong.ton.tai', password: 'sai-mat-khau' });
    expectError(assert, res, 401, { message: MESSAGES.loginFailed });
    assert.deepEqual(res.json, { error: MESSAGES.loginFailed });
  });

  test('login needs no CSRF token (there is no session yet)', async () => {
    const res = await login({ username: 'xem', password: 'xem@2025' }, { csrf: false });
    assert.equal(res.status, 200);
  });
});

describe('session and logout', () => {
  test('GET /api/session without a cookie: 401 with the Vietnamese message', async () => {
    const res = await server.anon.get('/api/session');
    expectError(assert, res, 401, { message: MESSAGES.notLoggedIn });
  });

  test('GET /api/session with a forged or empty cookie: 401', async () => {
    for (const cookie of ['parindex_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'parindex_session=', 'other=1']) {
      const res = await rawHttp({ port: server.port, path: '/api/session', headers: { Cookie: cookie } });
      expectError(assert, res, 401, { message: MESSAGES.notLoggedIn });
    }
  });

  test('logout answers 204, expires the cookie, and the session is then refused (401)', async () => {
    const client = await server.login('phochutich', { fresh: true });
    const other = await server.login('phochutich', { fresh: true });
    assert.equal((await client.get('/api/session')).status, 200);
    const res = await client.post('/api/logout');
    assert.equal(res.status, 204);
    const line = (res.headers['set-cookie'] || []).find((c) => c.startsWith('parindex_session='));
    assert.ok(line, 'logout sets the cookie again');
    assert.match(line, /^parindex_session=;/);
    assert.match(line, /Max-Age=0/);
    expectError(assert, await client.get('/api/session'), 401, { message: MESSAGES.notLoggedIn });
    expectError(assert, await client.get('/api/tasks'), 401);
    expectError(assert, await client.post('/api/tasks/3.2.1/comments', { text: 'sau khi đăng xuất' }), 401);
    // Logging out ends that session only: the same user's other session goes on.
    assert.equal((await other.get('/api/session')).status, 200);
  });

  test('logout without the CSRF token is refused (403) and the session goes on', async () => {
    const client = await server.login('xem', { fresh: true });
    expectError(assert, await client.post('/api/logout', undefined, { csrf: false }), 403, { message: MESSAGES.csrf });
    assert.equal((await client.get('/api/session')).status, 200);
  });
});

describe('CSRF: every POST, PUT and DELETE other than login needs X-CSRF-Token', () => {
  // The state-changing routes of routes.cpp, with ids that exist, so that only the token decides.
  const source = readFileSync(fileURLToPath(new URL('../../src/http/routes.cpp', import.meta.url)), 'utf8');
  const routes = [...source.matchAll(/Route\{"(POST|PUT|DELETE)",\s*"([^"]+)"/g)]
    .map((m) => ({ method: m[1], pattern: m[2] }))
    .filter((r) => r.pattern !== '/api/login');
  const fill = (pattern) => pattern
    .replace('{code}/lock', '2025-Q4/lock').replace('{code}/unlock', '2025-Q4/unlock')
    .replace('{code}', '3.2.1').replace('{key}', encodeURIComponent('trung tam phuc vu hanh chinh cong'))
    .replace('{id}', '1');

  test('the list of state-changing routes is complete', () => {
    assert.ok(routes.length >= 19, `found ${routes.length}`); // 19 when written
  });

  for (const variant of ['missing', 'wrong', "another session's"]) {
    test(`${variant} token: 403 on every state-changing route, and nothing changes`, async () => {
      const admin = await server.login('quantri', { fresh: true });
      const other = await server.login('quantri', { fresh: true });
      const usersBefore = (await admin.get('/api/users')).json.users.length;
      const reportsBefore = (await admin.get('/api/reports')).json.reports;
      const periodsBefore = (await admin.get('/api/periods')).json;
      const results = {};
      for (const route of routes) {
        const csrf = variant === 'missing' ? false : variant === 'wrong' ? 'x'.repeat(admin.csrf.length) : other.csrf;
        const body = { name: 'Tổ CSRF', username: 'csrf.user', display_name: 'CSRF', role: 'viewer', password: 'matkhau-2025', text: 'csrf', answer: 'csrf', version: 1, comment: 'csrf', task_code: '3.2.1', unit_key: 'trung tam phuc vu hanh chinh cong', period: '2025-Q4' };
        const res = await admin.request(route.method, fill(route.pattern), body, { csrf });
        results[`${route.method} ${route.pattern}`] = `${res.status} ${res.json?.error === MESSAGES.csrf ? 'csrf' : res.text}`;
      }
      const expected = Object.fromEntries(Object.keys(results).map((k) => [k, '403 csrf']));
      assert.deepEqual(results, expected);
      assert.equal((await admin.get('/api/users')).json.users.length, usersBefore);
      assert.deepEqual((await admin.get('/api/reports')).json.reports, reportsBefore);
      assert.deepEqual((await admin.get('/api/periods')).json, periodsBefore);
      assert.equal((await admin.get('/api/session')).status, 200, 'the session survived (logout was refused)');
    });
  }

  test('GET needs no token', async () => {
    const admin = await server.login('quantri');
    assert.equal((await admin.get('/api/users', { csrf: false })).status, 200);
  });
});

// Which local addresses can reach the server: 127.0.0.2 and up are loopback on Linux, which lets
// one test tell the per-user limit from the per-address one.
async function canBind(address) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: server.port, localAddress: address });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

describe('login throttle (a server of its own, so that the block spoils nothing else)', () => {
  let throttled;
  before(async () => {
    throttled = await startServer();
  });
  after(async () => {
    await throttled?.stop();
  });

  test('after 5 failures in a row for one user the 6th attempt answers 429, even with the right password', async (t) => {
    const separateAddresses = await canBind('127.0.0.2');
    const from = separateAddresses ? '127.0.0.2' : undefined;
    const attempt = (username, password, localAddress = from) => rawHttp({
      port: throttled.port, method: 'POST', path: '/api/login', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }), localAddress,
    });
    for (let i = 1; i <= 5; i += 1) {
      const res = await attempt('chutich', `sai-${i}`);
      expectError(assert, res, 401, { message: MESSAGES.loginFailed });
    }
    const sixth = await attempt('chutich', 'sai-6');
    expectError(assert, sixth, 429, { message: MESSAGES.throttled });
    const right = await attempt('chutich', 'chutich@2025');
    expectError(assert, right, 429, { message: MESSAGES.throttled });
    assert.equal(right.headers['set-cookie'], undefined);

    if (!separateAddresses) {
      t.diagnostic('127.0.0.2 is not usable here: per-address checks skipped');
      return;
    }
    // The block is per user name: from another address the same user is still refused,
    expectError(assert, await attempt('chutich', 'chutich@2025', '127.0.0.3'), 429, { message: MESSAGES.throttled });
    // while one user's typos do not lock colleagues at the same address out.
    assert.equal((await attempt('xem', 'xem@2025', '127.0.0.2')).status, 200);
  });

  test('many failures from one address (across user names) block that address, and only it', async (t) => {
    if (!(await canBind('127.0.0.7'))) {
      t.skip('needs 127.0.0.7..8 as local addresses');
      return;
    }
    const attempt = (username, password, localAddress) => rawHttp({
      port: throttled.port, method: 'POST', path: '/api/login', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }), localAddress,
    });
    let failures = 0;
    let res;
    do {
      res = await attempt(`doan.ten.${failures}`, 'sai', '127.0.0.7');
      if (res.status === 401) failures += 1;
    } while (res.status === 401 && failures < 200);
    expectError(assert, res, 429, { message: MESSAGES.throttled });
    t.diagnostic(`the address was blocked after ${failures} failures`);
    assert.ok(failures > 5, `an office sharing one address is blocked after only ${failures} failures`);
    expectError(assert, await attempt('xem', 'xem@2025', '127.0.0.7'), 429, { message: MESSAGES.throttled });
    assert.equal((await attempt('xem', 'xem@2025', '127.0.0.8')).status, 200);
  });

  test('a success clears the count: 4 failures, a success, 4 failures still do not block the user', async (t) => {
    if (!(await canBind('127.0.0.5'))) {
      t.skip('needs 127.0.0.5..6 as local addresses');
      return;
    }
    // Two addresses, so that the per-address count (which a success does not clear) stays < 5.
    const attempt = (password, localAddress) => rawHttp({
      port: throttled.port, method: 'POST', path: '/api/login', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'phochutich', password }), localAddress,
    });
    for (let i = 0; i < 4; i += 1) assert.equal((await attempt('sai', '127.0.0.5')).status, 401);
    assert.equal((await attempt('phochutich@2025', '127.0.0.6')).status, 200);
    for (let i = 0; i < 4; i += 1) assert.equal((await attempt('sai', '127.0.0.6')).status, 401);
    assert.equal((await attempt('phochutich@2025', '127.0.0.6')).status, 200);
  });
});
