// Starts the real parindex binary on a fresh temporary database and talks to it over HTTP.
//
//   const server = await startServer();          // one per test file
//   const staff = await server.login('canbo.ttpvhcc');
//   const res = await staff.post('/api/reports', { task_code: '3.2.1', ... });
//   res.status, res.json, res.text, res.body (Buffer), res.headers
//   await server.stop();
//
// Every request goes through node:http (not fetch) so that a test controls the exact bytes:
// raw paths such as "/api/evidence/..%2F..", the local address (for the login throttle), and
// large bodies.
//
// The engine: a fresh SQLite file per server, or with PARINDEX_API_ENGINE=postgresql a fresh
// database per server on the PostgreSQL server PARINDEX_TEST_POSTGRES names (the admin URL the
// ctest fixture sets), holding one ward, DEFAULT_WARD, that the server and runCli work in.

import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import http from 'node:http';

export const BINARY = process.env.PARINDEX_BINARY || '/work/main/build/dev/parindex';
export const TODAY = '2025-11-20';
export const ENGINE = process.env.PARINDEX_API_ENGINE === 'postgresql' ? 'postgresql' : 'sqlite';
export const ON_POSTGRESQL = ENGINE === 'postgresql';
// The ward the servers work in on PostgreSQL (a SQLite file is one ward and names none).
export const DEFAULT_WARD = { code: 'bac-kan', name: 'Phường Bắc Kạn' };
const POSTGRES_ADMIN_URL = process.env.PARINDEX_TEST_POSTGRES;
if (ON_POSTGRESQL && !POSTGRES_ADMIN_URL) {
  throw new Error('PARINDEX_API_ENGINE=postgresql needs PARINDEX_TEST_POSTGRES, the admin URL of a PostgreSQL server');
}

// The demo accounts of src/cli/demo_data.cpp.
export const ACCOUNTS = {
  quantri: { password: 'quantri@2025', role: 'admin', unit: null, display: 'Quản trị hệ thống' },
  chutich: { password: 'chutich@2025', role: 'chairman', unit: null, display: 'Đình Huy Hoàng' },
  phochutich: { password: 'phochutich@2025', role: 'vice_chairman', unit: null, display: 'Nguyễn Thị Lan' },
  dieuphoi: { password: 'dieuphoi@2025', role: 'coordinator', unit: null, display: 'Nông Minh Trang' },
  'truong.ttpvhcc': { password: 'truongtt@2025', role: 'unit_head', unit: 'trung tam phuc vu hanh chinh cong', display: 'Hoàng Văn Đức' },
  'canbo.ttpvhcc': { password: 'canbott@2025', role: 'unit_staff', unit: 'trung tam phuc vu hanh chinh cong', display: 'Lý Thị Hà' },
  'canbo.vhxh': { password: 'canbovh@2025', role: 'unit_staff', unit: 'phong van hoa xa hoi', display: 'Triệu Văn Nam' },
  xem: { password: 'xem@2025', role: 'viewer', unit: null, display: 'Người xem' },
};
export const USERNAMES = Object.keys(ACCOUNTS);
export const SERVICE_CENTRE = 'trung tam phuc vu hanh chinh cong';
export const CULTURE_OFFICE = 'phong van hoa xa hoi';

// The plan `serve --demo` loads, as a file to import changed (writeDemoPlan).
export const DEMO_PLAN = fileURLToPath(new URL('../../data/demo/ke-hoach-par-index-2025.txt', import.meta.url));

// A small but real PDF header: the server reads the type from the first bytes.
export function pdfBytes(text = 'parindex test') {
  return Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

// One HTTP exchange. `path` is sent exactly as given (no normalisation).
export function rawHttp({ port, method = 'GET', path, headers = {}, body, localAddress }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body);
    const allHeaders = { ...headers };
    if (payload !== undefined) allHeaders['Content-Length'] = String(payload.length);
    const req = http.request(
      { host: '127.0.0.1', port, method, path, headers: allHeaders, localAddress, agent: false },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const buffer = Buffer.concat(chunks);
          const text = buffer.toString('utf8');
          let json;
          if ((res.headers['content-type'] || '').includes('json') && text.length > 0) {
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
          }
          resolve({ status: res.statusCode, headers: res.headers, body: buffer, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // A hung server fails the test instead of hanging the run.
    req.setTimeout(60000, () => req.destroy(new Error(`${method} ${path}: no answer in 60 s`)));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

// A client: anonymous, or a logged-in account that sends its cookie and CSRF token.
export class Client {
  constructor(server, session = null) {
    this.server = server;
    this.cookie = session?.cookie ?? null;
    this.csrf = session?.csrf ?? null;
    this.user = session?.user ?? null;
    this.username = session?.user?.username ?? null;
  }

  // options: { headers, csrf: false to leave the token out or a string to send instead, raw: Buffer body }
  async request(method, path, body, options = {}) {
    const headers = { ...(options.headers || {}) };
    if (this.cookie && !('Cookie' in headers)) headers.Cookie = this.cookie;
    const changes = method !== 'GET' && method !== 'HEAD';
    if (changes && this.csrf && options.csrf !== false) {
      headers['X-CSRF-Token'] = typeof options.csrf === 'string' ? options.csrf : this.csrf;
    } else if (changes && typeof options.csrf === 'string') {
      headers['X-CSRF-Token'] = options.csrf;
    }
    let payload;
    if (options.raw !== undefined) {
      payload = options.raw;
    } else if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      if (!('Content-Type' in headers)) headers['Content-Type'] = 'application/json';
    }
    return rawHttp({ port: this.server.port, method, path, headers, body: payload, localAddress: options.localAddress });
  }

  get(path, options) { return this.request('GET', path, undefined, options); }
  post(path, body, options) { return this.request('POST', path, body, options); }
  put(path, body, options) { return this.request('PUT', path, body, options); }
  del(path, options) { return this.request('DELETE', path, undefined, options); }

  // Raw upload of evidence: the file name goes percent-encoded in X-File-Name.
  upload(reportId, fileName, bytes, contentType = 'application/octet-stream', options = {}) {
    return this.request('POST', `/api/reports/${reportId}/evidence`, undefined, {
      ...options,
      raw: bytes,
      headers: { 'Content-Type': contentType, 'X-File-Name': encodeURIComponent(fileName), ...(options.headers || {}) },
    });
  }
}

export function cookieFrom(response) {
  const setCookie = response.headers['set-cookie'] || [];
  const line = setCookie.find((c) => c.startsWith('parindex_session='));
  return line ? line.split(';')[0] : null;
}

export class Server {
  constructor(process, port, dir, database) {
    this.process = process;
    this.port = port;
    this.dir = dir;
    this.database = database;
    this.dbPath = database.dbPath; // the --db value: a file, or a postgresql:// URL
    this.evidenceDir = database.evidenceDir;
    this.anon = new Client(this);
    this.sessions = new Map();
  }

  // Logs in (once per account and ward unless fresh) and returns a Client that keeps cookie and
  // token. `ward` goes in the body as the login's "ward" (a ward code or "province"); without it
  // the server picks its only ward.
  async login(username, { fresh = false, password, ward } = {}) {
    const key = ward === undefined ? username : `${ward}/${username}`;
    if (!fresh && this.sessions.has(key)) return this.sessions.get(key);
    const pass = password ?? ACCOUNTS[username]?.password;
    const body = ward === undefined ? { username, password: pass } : { username, password: pass, ward };
    const res = await this.anon.post('/api/login', body);
    if (res.status !== 200) {
      throw new Error(`login ${username}${ward === undefined ? '' : ` in ${ward}`} failed: ${res.status} ${res.text}`);
    }
    const client = new Client(this, { cookie: cookieFrom(res), csrf: res.json.csrf_token, user: res.json.user });
    if (!fresh) this.sessions.set(key, client);
    return client;
  }

  // The files in the evidence folder; on PostgreSQL `ward` counts one ward's folder only.
  async evidenceFileCount(ward) {
    let count = 0;
    const walk = async (dir) => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.isDirectory()) await walk(join(dir, entry.name));
        else count += 1;
      }
    };
    await walk(ward === undefined ? this.evidenceDir : join(this.evidenceDir, ward));
    return count;
  }

  async stop() {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      this.process.kill('SIGTERM');
      const timer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await this.database.drop();
    await rm(this.dir, { recursive: true, force: true });
  }
}

const execFileAsync = promisify(execFile);

// Runs SQL as the PostgreSQL server's administrator (psql, from postgresql-client).
export async function psqlAdmin(sql) {
  return execFileAsync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', POSTGRES_ADMIN_URL, '-c', sql]);
}

// The PostgreSQL databases createDatabase made, by their --db value: where runCli works in them.
const databases = new Map();
let databaseCount = 0;

// A fresh, empty database in the temporary folder `dir`, for one server:
//   { engine, dbPath (the --db value), ward (the code commands work in; null on SQLite),
//     evidenceDir (the root; on PostgreSQL each ward has a folder of its own in it), drop() }
// On SQLite: dir/p.db, evidence beside it in dir/evidence (the binary's default). On PostgreSQL: a
// database parindex_api_<pid>_<n> of its own, created from template0 with the C.UTF-8 collation
// so that text sorts by code point as on SQLite, with `wards` registered (`ward add`).
export async function createDatabase(dir, { wards = [DEFAULT_WARD] } = {}) {
  const evidenceDir = join(dir, 'evidence');
  if (!ON_POSTGRESQL) {
    // The file goes with the folder; nothing else to drop.
    return { engine: ENGINE, dbPath: join(dir, 'p.db'), ward: null, evidenceDir, drop: async () => {} };
  }
  databaseCount += 1;
  const name = `parindex_api_${process.pid}_${databaseCount}`;
  await psqlAdmin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  let dropped = false;
  const database = {
    engine: ENGINE,
    dbPath: url.toString(),
    ward: wards[0]?.code ?? null,
    evidenceDir,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      databases.delete(database.dbPath);
      await psqlAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
  databases.set(database.dbPath, database);
  try {
    for (const ward of wards) await execFileAsync(BINARY, ['--db', database.dbPath, 'ward', 'add', ward.code, '--name', ward.name]);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

// The global options that place a command in `ward` of the database `dbPath`: for a PostgreSQL
// database createDatabase made, --ward and --evidence-dir; for a SQLite file, none.
function placeArgs(dbPath, ward) {
  const database = databases.get(dbPath);
  if (!database || database.engine !== 'postgresql') return ['--db', dbPath];
  return ['--db', dbPath, '--ward', ward ?? database.ward, '--evidence-dir', database.evidenceDir];
}

// Runs the binary once on the server's database (e.g. `plan import FILE`), in its ward.
export async function runCli(dbPath, ...args) {
  return execFileAsync(BINARY, [...placeArgs(dbPath, null), ...args]);
}

// Runs the binary once in a ward of a PostgreSQL database, or in its province ("province").
export async function runCliInWard(dbPath, ward, ...args) {
  return execFileAsync(BINARY, [...placeArgs(dbPath, ward), ...args]);
}

// Starts `parindex --db <database> serve --demo --today 2025-11-20 --port 0` (on PostgreSQL with
// --ward <the first ward> --evidence-dir <tmp>/evidence) and waits for the line
// "parindex đang chạy tại http://127.0.0.1:PORT/". `beforeServe(dir, dbPath)` may prepare the
// database first. `wards` ({code, name}, the first one served and filled with the demo) are the
// wards of a PostgreSQL database; SQLite has one ward and ignores them.
export async function startServer({ today = TODAY, extraArgs = [], beforeServe, wards } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'parindex-api-'));
  let database;
  try {
    database = await createDatabase(dir, wards === undefined ? {} : { wards });
    if (beforeServe) await beforeServe(dir, database.dbPath);
  } catch (error) {
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const args = [...placeArgs(database.dbPath, null), 'serve', '--demo', '--today', today, '--port', '0', ...extraArgs];
  const child = spawn(BINARY, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // Should the test process end without stop() (a crash), the server goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  let onEarlyExit;
  try {
    const port = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in 20 s\n${stdout}\n${stderr}`)), 20000);
      child.stdout.on('data', (d) => {
        stdout += d;
        const match = stdout.match(/parindex đang chạy tại http:\/\/127\.0\.0\.1:(\d+)\//);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.on('error', (e) => { clearTimeout(timer); reject(e); });
      onEarlyExit = (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}\n${stdout}\n${stderr}`)); };
      child.on('exit', onEarlyExit);
    });
    child.removeListener('exit', onEarlyExit);
    child.stdout.resume();
    const server = new Server(child, port, dir, database);
    server.stdout = () => stdout;
    server.stderr = () => stderr;
    return server;
  } catch (error) {
    child.kill('SIGKILL');
    await database.drop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers shared by the test files.

// Writes the demo plan to `path` with changes: `rows` maps a task code to a function that edits
// the cells of its appendix row (tab-separated: STT, title, requirement, deadline, lead, support)
// or returns null to leave the task out, `replace` maps a text to what replaces it everywhere (the
// ward's name, say).
export async function writeDemoPlan(path, { rows = {}, replace = {} } = {}) {
  let lines = (await readFile(DEMO_PLAN, 'utf8')).split('\n');
  for (const [code, edit] of Object.entries(rows)) {
    const index = lines.findIndex((line) => line !== null && line.startsWith(`${code}\t`));
    if (index < 0) throw new Error(`task ${code} is not in the demo plan`);
    const cells = lines[index].split('\t');
    lines[index] = edit(cells) === null ? null : cells.join('\t');
  }
  lines = lines.filter((line) => line !== null);
  let text = lines.join('\n');
  for (const [from, to] of Object.entries(replace)) text = text.replaceAll(from, to);
  await writeFile(path, text);
  return path;
}

export const MESSAGES = {
  loginFailed: 'Tên đăng nhập hoặc mật khẩu không đúng',
  throttled: 'Đăng nhập sai quá nhiều lần; hãy thử lại sau 15 phút',
  notLoggedIn: 'Chưa đăng nhập hoặc phiên làm việc đã hết; hãy đăng nhập lại',
  csrf: 'Yêu cầu thiếu mã xác thực phiên (X-CSRF-Token); hãy tải lại trang',
  forbidden: 'Tài khoản của bạn không có quyền thực hiện việc này',
  badJson: 'Nội dung gửi lên không phải JSON hợp lệ',
  staleVersion: 'Báo cáo vừa được người khác thay đổi; hãy tải lại trang rồi làm tiếp',
  returnNeedsComment: 'Cần ghi rõ lý do khi trả lại báo cáo',
  fileTooLarge: 'Tệp quá lớn: tối đa 20 MB',
  fileType: 'Loại tệp không được chấp nhận; chỉ nhận PDF, Word, Excel, OpenDocument, PNG và JPEG',
  reportNotFound: (id) => `Không có báo cáo số ${id}`,
  evidenceNotFound: (id) => `Không có tài liệu kiểm chứng số ${id}`,
  otherWard: 'Tài khoản này thuộc một xã, phường khác: không được xem dữ liệu ở đây',
  provinceReadsOnly: 'Tài khoản cấp tỉnh chỉ được xem số liệu của xã, phường, không được sửa',
  unknownWard: (code) => `Không có phường mã “${code}” trong cơ sở dữ liệu này`,
  noPlan: 'Chưa có kế hoạch nào; hãy nhập kế hoạch bằng lệnh “parindex plan import TỆP”',
};

// Vietnamese letters with diacritics: an error meant for people must contain some.
export const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

// Asserts an error answer: status, a Vietnamese "error" sentence, and optionally the field.
export function expectError(assert, res, status, { field, message } = {}) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${res.text}`);
  assert.ok(res.json && typeof res.json.error === 'string', `error body expected: ${res.text}`);
  assert.match(res.json.error, VIETNAMESE, `the error should be Vietnamese: ${res.json.error}`);
  if (field !== undefined) assert.equal(res.json.field, field, `field: ${res.text}`);
  if (message !== undefined) {
    // A message about one field comes prefixed with it: "trường “comment”: <message>".
    if (message instanceof RegExp) assert.match(res.json.error, message);
    else assert.ok(res.json.error === message || res.json.error.endsWith(`”: ${message}`), `message: ${res.json.error}`);
  }
}

export async function openReport(client, task_code, unit_key, period) {
  const res = await client.post('/api/reports', { task_code, unit_key, period });
  if (res.status !== 200) throw new Error(`open report ${task_code} ${unit_key} ${period}: ${res.status} ${res.text}`);
  return res.json;
}

export async function reportOf(client, id) {
  const res = await client.get(`/api/reports/${id}`);
  if (res.status !== 200) throw new Error(`get report ${id}: ${res.status} ${res.text}`);
  return res.json;
}

// Hands out (task, period) pairs for which the unit has no report yet, so a test can make a
// fresh report in any state: admin (an editor of every unit) opens it, submits it, and the
// coordinator returns or accepts it.
export class ReportFactory {
  constructor(server, { skipTasks = [] } = {}) {
    this.server = server;
    this.skip = new Set(skipTasks);
    this.used = new Set();
    this.tasks = null;
  }

  async make(unit_key, state = 'draft') {
    const admin = await this.server.login('quantri');
    const coordinator = await this.server.login('dieuphoi');
    if (!this.tasks) this.tasks = (await admin.get('/api/tasks')).json.tasks;
    for (const period of ['2025-Q4', '2025-Q3']) {
      for (const task of this.tasks) {
        const key = `${task.code}|${unit_key}|${period}`;
        const responsible = task.lead_units.includes(unit_key) || task.coordinating_units.includes(unit_key);
        if (!responsible || this.skip.has(task.code) || this.used.has(key)) continue;
        this.used.add(key);
        let report = await openReport(admin, task.code, unit_key, period);
        if (report.state !== 'draft' || report.version !== 1 || report.evidence.length > 0) continue;
        if (state === 'draft') return report;
        report = (await admin.post(`/api/reports/${report.id}/submit`, { version: report.version })).json;
        if (state === 'submitted') return report;
        const action = state === 'returned' ? 'return' : 'accept';
        const res = await coordinator.post(`/api/reports/${report.id}/${action}`, { version: report.version, comment: 'Bổ sung số liệu.' });
        if (res.status !== 200) throw new Error(`${action}: ${res.status} ${res.text}`);
        return res.json;
      }
    }
    throw new Error('no (task, period) left for a fresh report');
  }
}
