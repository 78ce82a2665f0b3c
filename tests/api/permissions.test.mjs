// Who may do what: every route of src/http/routes.cpp, asked by every demo account and by an
// anonymous client, against the policy of docs/api.md and src/domain/permissions.cpp.
//
// One row per route (some routes have two rows: a unit's draft, which outsiders must not even
// see, and a report already sent, which everybody reads but only the unit changes). Each row
// says who is allowed and what the others get; the test asks all nine clients and compares the
// whole row at once, so a failure shows every column that differs.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  startServer, USERNAMES, SERVICE_CENTRE, CULTURE_OFFICE, ReportFactory, pdfBytes, MESSAGES,
} from './server.mjs';

// ---- who --------------------------------------------------------------------------------------
const COLUMNS = ['anon', ...USERNAMES]; // anon, quantri, chutich, phochutich, dieuphoi,
//                                          truong.ttpvhcc, canbo.ttpvhcc, canbo.vhxh, xem
const PUBLIC = 'public'; //             anyone, logged in or not
const LOGGED_IN = 'logged in'; //       every account; anonymous 401
const NOBODY = []; //                   e.g. a missing report: 404 for every account
const ADMIN = ['quantri'];
const REVIEWERS = ['quantri', 'dieuphoi']; //                                   accept, return, lock
const LEADERS = ['quantri', 'chutich', 'phochutich', 'dieuphoi']; //           comment, answer
const SC_EDITORS = ['quantri', 'truong.ttpvhcc', 'canbo.ttpvhcc']; //          service centre's reports
const CO_EDITORS = ['quantri', 'canbo.vhxh']; //                               culture office's reports
const UNIT_MEMBERS = ['truong.ttpvhcc', 'canbo.ttpvhcc', 'canbo.vhxh']; //     raise obstacles
const DOSSIER_DESK = ['quantri', 'dieuphoi', 'truong.ttpvhcc', 'canbo.ttpvhcc']; // import dossiers, apology letters
const SCORE_EDITORS = REVIEWERS; //     methodology, results sheets, appraisal round, entered values (can_edit_scores)
const DOC_EDITORS = REVIEWERS; //       document settings, the report's notes (can_edit_documents)
const PLAN_EDITORS = REVIEWERS; //      plan import (can_edit_plan)

// ---- fixtures, made in before() -----------------------------------------------------------------
let server;
let factory;
const fx = {};
let counter = 0;
const next = () => ++counter;

async function admin() { return server.login('quantri'); }
async function version(id) { return (await (await admin()).get(`/api/reports/${id}`)).json.version; }
async function freshEvidence(reportId) {
  const res = await (await admin()).upload(reportId, `minh-chung-${next()}.pdf`, pdfBytes(`e${counter}`), 'application/pdf');
  assert.equal(res.status, 201, res.text);
  return res.json.id;
}
async function freshDocument(reportId) {
  const res = await (await admin()).post(`/api/reports/${reportId}/documents`, {
    number_symbol: `${next()}/BC-TTPVHCC`, issued_on: '2025-11-10', issuing_body: 'Trung tâm', summary: 'Báo cáo', page: '1',
  });
  assert.equal(res.status, 201, res.text);
  return res.json.id;
}
const PDF = (who) => ({ raw: pdfBytes(`by ${who}`), headers: { 'Content-Type': 'application/pdf', 'X-File-Name': 'bao-cao.pdf' } });
// One dossier of a unit of its own, imported in before(): the letters and the mapping act on it.
const MATRIX_DOSSIERS = 'MaHoSo,DonViXuLy,MaTTHC,TenTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,TrangThaiHoSo\r\n'
  + 'MATRAN-1,DV-MA-TRAN,MATRAN.1,Thủ tục ma trận,1,2025-11-03,2025-11-10,4\r\n';
const IMPORT = () => ({ path: '/api/dossiers/import?kind=dossiers&format=csv&name=ma-tran.csv', raw: Buffer.from(MATRIX_DOSSIERS), headers: { 'Content-Type': 'text/csv' } });
const LETTER = { codes: ['MATRAN-1'], reason: 'Cần xác minh thêm', new_due: '2025-11-28' };
const DOCUMENT = () => ({ number_symbol: `${next()}/QĐ-UBND`, issued_on: '2025-11-15', issuing_body: 'UBND phường', summary: 'Quyết định', page: '3' });
// The methodology in force (fetched in before()) sent back as it is, and a one-row results sheet.
const METHODOLOGY = (yaml) => ({ path: '/api/scores/methodology?name=ma-tran.yaml', raw: Buffer.from(yaml), headers: { 'Content-Type': 'application/yaml' } });
const RESULTS = () => ({ path: '/api/scores/results?year=2024&name=ma-tran.csv', raw: Buffer.from('Mã tiêu chí,Điểm tối đa,Điểm cuối cùng\r\n1.1,2,2\r\n'), headers: { 'Content-Type': 'text/csv' } });
// The plan's own DOCX (fetched in before()) imported back: "unchanged", so every row leaves it as it was.
const PLAN_IMPORT = () => ({ path: '/api/plan/import?name=ke-hoach.docx', raw: fx.planDocx, headers: { 'Content-Type': 'application/octet-stream' } });

// ---- the matrix ---------------------------------------------------------------------------------
// row(signature as in routes.cpp, fixture label, who may, answer when allowed, answer otherwise,
//     request maker (who) => { path, body, raw, headers }, extra)
function row(signature, label, allowed, ok, denied, make, extra = {}) {
  const [method, pattern] = signature.split(' ');
  return { signature, method, pattern, label, allowed, ok, denied, make: make ?? (() => ({ path: pattern })), ...extra };
}

const MATRIX = [
  // signature                                    fixture              who may        ok    others  request
  row('GET /healthz',                             '',                  PUBLIC,        200,  null),
  row('GET /metrics',                             '',                  PUBLIC,        200,  null),
  row('GET /api/wards',                           '',                  PUBLIC,        200,  null),
  // A ward's server has no province above it: the roll-up is nobody's here (tests/api/tenancy).
  row('GET /api/province/wards',                  'one ward',          NOBODY,        null, 404),
  row('GET /api/province/wards/{code}',           'one ward',          NOBODY,        null, 404,  () => ({ path: '/api/province/wards/default' })),
  row('GET /api/province/report.xlsx',            'one ward',          NOBODY,        null, 404),
  row('GET /api/openapi.json',                    '',                  PUBLIC,        200,  null),
  row('POST /api/login',                          'xem logs in',       PUBLIC,        200,  null, () => ({ path: '/api/login', body: { username: 'xem', password: 'xem@2025' } })),
  row('GET /api/plan',                            '',                  PUBLIC,        200,  null),
  row('GET /api/public/progress',                 '',                  PUBLIC,        200,  null),
  row('POST /api/logout',                         'own fresh session', LOGGED_IN,     204,  null, () => ({ path: '/api/logout' }), { freshSession: true }),
  row('GET /api/session',                         '',                  LOGGED_IN,     200,  null),
  row('GET /api/tasks',                           '',                  LOGGED_IN,     200,  null),
  row('GET /api/tasks/{code}',                    '3.2.1',             LOGGED_IN,     200,  null, () => ({ path: '/api/tasks/3.2.1' })),
  row('GET /api/tasks/{code}',                    'no such task',      NOBODY,        null, 404,  () => ({ path: '/api/tasks/99.99' })),
  row('GET /api/tasks/{code}/history',            '3.2.1',             LOGGED_IN,     200,  null, () => ({ path: '/api/tasks/3.2.1/history' })),
  row('POST /api/tasks/{code}/comments',          '3.2.1',             LEADERS,       201,  403,  () => ({ path: '/api/tasks/3.2.1/comments', body: { text: 'Đề nghị đẩy nhanh tiến độ.' } })),
  row('PUT /api/tasks/{code}/targets/{index}',   '3.2.1 first target', REVIEWERS,     200,  403,  () => ({ path: '/api/tasks/3.2.1/targets/0', body: { label: 'Tỷ lệ hồ sơ đúng hạn', comparator: 'gt', value: 90, unit: '%' } })),
  row('GET /api/units',                           '',                  LOGGED_IN,     200,  null),
  row('POST /api/units',                          'new name',          ADMIN,         201,  403,  () => ({ path: '/api/units', body: { name: `Tổ công tác số ${next()}` } })),
  row('GET /api/units/{key}',                     'service centre',    LOGGED_IN,     200,  null, () => ({ path: `/api/units/${encodeURIComponent(SERVICE_CENTRE)}` })),
  row('PUT /api/units/{key}',                     'test unit',         ADMIN,         200,  403,  () => ({ path: `/api/units/${encodeURIComponent(fx.unitKey)}`, body: { name: `Tổ ma trận ${next()}` } })),
  row('GET /api/periods',                         '',                  LOGGED_IN,     200,  null),
  row('POST /api/periods/{code}/lock',            '2025-Q1',           REVIEWERS,     200,  403,  () => ({ path: '/api/periods/2025-Q1/lock' })),
  row('POST /api/periods/{code}/unlock',          '2025-Q1',           REVIEWERS,     200,  403,  () => ({ path: '/api/periods/2025-Q1/unlock' })),
  row('GET /api/reports',                         '',                  LOGGED_IN,     200,  null),
  row('POST /api/reports',                        'service centre',    SC_EDITORS,    200,  403,  () => ({ path: '/api/reports', body: { task_code: '3.2.3', unit_key: SERVICE_CENTRE, period: '2025-Q4' } })),
  row('POST /api/reports',                        'culture office',    CO_EDITORS,    200,  403,  () => ({ path: '/api/reports', body: { task_code: '1.1', unit_key: CULTURE_OFFICE, period: '2025-Q4' } })),
  row('GET /api/reports/{id}',                    'SC draft',          SC_EDITORS,    200,  404,  () => ({ path: `/api/reports/${fx.scDraft}` })),
  row('GET /api/reports/{id}',                    'CO draft',          CO_EDITORS,    200,  404,  () => ({ path: `/api/reports/${fx.coDraft}` })),
  row('GET /api/reports/{id}',                    'SC submitted',      LOGGED_IN,     200,  null, () => ({ path: `/api/reports/${fx.scSubmitted}` })),
  row('GET /api/reports/{id}',                    'no such report',    NOBODY,        null, 404,  () => ({ path: '/api/reports/999999' })),
  row('PUT /api/reports/{id}',                    'SC draft',          SC_EDITORS,    200,  404,  async () => ({ path: `/api/reports/${fx.scDraft}`, body: { version: await version(fx.scDraft), progress: 'in_progress', narrative: 'Cập nhật.' } })),
  row('PUT /api/reports/{id}',                    'SC returned',       SC_EDITORS,    200,  403,  async () => ({ path: `/api/reports/${fx.scReturned}`, body: { version: await version(fx.scReturned), progress: 'in_progress', narrative: 'Bổ sung.' } })),
  row('PUT /api/reports/{id}',                    'CO draft',          CO_EDITORS,    200,  404,  async () => ({ path: `/api/reports/${fx.coDraft}`, body: { version: await version(fx.coDraft), progress: 'in_progress', narrative: 'Đang làm.' } })),
  row('POST /api/reports/{id}/submit',            'fresh SC draft',    SC_EDITORS,    200,  404,  async () => { const r = await factory.make(SERVICE_CENTRE, 'draft'); return { path: `/api/reports/${r.id}/submit`, body: { version: r.version } }; }),
  row('POST /api/reports/{id}/submit',            'fresh SC returned', SC_EDITORS,    200,  403,  async () => { const r = await factory.make(SERVICE_CENTRE, 'returned'); return { path: `/api/reports/${r.id}/submit`, body: { version: r.version } }; }),
  row('POST /api/reports/{id}/submit',            'fresh CO draft',    CO_EDITORS,    200,  404,  async () => { const r = await factory.make(CULTURE_OFFICE, 'draft'); return { path: `/api/reports/${r.id}/submit`, body: { version: r.version } }; }),
  row('POST /api/reports/{id}/accept',            'fresh submitted',   REVIEWERS,     200,  403,  async () => { const r = await factory.make(SERVICE_CENTRE, 'submitted'); return { path: `/api/reports/${r.id}/accept`, body: { version: r.version, comment: '' } }; }),
  row('POST /api/reports/{id}/return',            'fresh submitted',   REVIEWERS,     200,  403,  async () => { const r = await factory.make(SERVICE_CENTRE, 'submitted'); return { path: `/api/reports/${r.id}/return`, body: { version: r.version, comment: 'Thiếu số liệu.' } }; }),
  row('POST /api/reports/{id}/evidence',          'SC draft',          SC_EDITORS,    201,  404,  (who) => ({ path: `/api/reports/${fx.scDraft}/evidence`, ...PDF(who) })),
  row('POST /api/reports/{id}/evidence',          'SC returned',       SC_EDITORS,    201,  403,  (who) => ({ path: `/api/reports/${fx.scReturned}/evidence`, ...PDF(who) })),
  row('POST /api/reports/{id}/evidence',          'CO draft',          CO_EDITORS,    201,  404,  (who) => ({ path: `/api/reports/${fx.coDraft}/evidence`, ...PDF(who) })),
  row('POST /api/reports/{id}/documents',         'SC draft',          SC_EDITORS,    201,  404,  () => ({ path: `/api/reports/${fx.scDraft}/documents`, body: DOCUMENT() })),
  row('POST /api/reports/{id}/documents',         'SC returned',       SC_EDITORS,    201,  403,  () => ({ path: `/api/reports/${fx.scReturned}/documents`, body: DOCUMENT() })),
  row('GET /api/evidence/{id}',                   'on SC draft',       SC_EDITORS,    200,  404,  () => ({ path: `/api/evidence/${fx.evidenceOnDraft}` })),
  row('GET /api/evidence/{id}',                   'on CO draft',       CO_EDITORS,    200,  404,  () => ({ path: `/api/evidence/${fx.evidenceOnCoDraft}` })),
  row('GET /api/evidence/{id}',                   'on SC submitted',   LOGGED_IN,     200,  null, () => ({ path: `/api/evidence/${fx.evidenceOnSubmitted}` })),
  row('DELETE /api/evidence/{id}',                'fresh, SC draft',   SC_EDITORS,    204,  404,  async () => ({ path: `/api/evidence/${await freshEvidence(fx.scDraft)}` })),
  row('DELETE /api/evidence/{id}',                'fresh, SC returned', SC_EDITORS,   204,  403,  async () => ({ path: `/api/evidence/${await freshEvidence(fx.scReturned)}` })),
  row('DELETE /api/documents/{id}',               'fresh, SC draft',   SC_EDITORS,    204,  404,  async () => ({ path: `/api/documents/${await freshDocument(fx.scDraft)}` })),
  row('DELETE /api/documents/{id}',               'fresh, SC returned', SC_EDITORS,   204,  403,  async () => ({ path: `/api/documents/${await freshDocument(fx.scReturned)}` })),
  row('GET /api/obstacles',                       '',                  LOGGED_IN,     200,  null),
  row('POST /api/obstacles',                      'task 3.2.1',        UNIT_MEMBERS,  201,  403,  () => ({ path: '/api/obstacles', body: { task_code: '3.2.1', text: 'Thiếu máy quét hồ sơ.' } })),
  row('POST /api/obstacles/{id}/answer',          'open obstacle',     LEADERS,       200,  403,  () => ({ path: `/api/obstacles/${fx.obstacle}/answer`, body: { answer: 'Đã bố trí kinh phí.' } })),
  row('GET /api/dashboard',                       '',                  LOGGED_IN,     200,  null),
  row('GET /api/inbox',                           '',                  LOGGED_IN,     200,  null),
  row('GET /api/users',                           '',                  ADMIN,         200,  403),
  row('POST /api/users',                          'new viewer',        ADMIN,         201,  403,  () => ({ path: '/api/users', body: { username: `nguoi.xem.${next()}`, display_name: 'Người xem mới', role: 'viewer', password: 'matkhau-2025' } })),
  row('PUT /api/users/{id}',                      'test user',         ADMIN,         200,  403,  () => ({ path: `/api/users/${fx.userId}`, body: { display_name: `Người thử ${next()}`, role: 'viewer', unit_key: null, active: true } })),
  row('GET /api/dossiers/summary',                '',                  LOGGED_IN,     200,  null),
  row('GET /api/dossiers/indicators',             'by unit',           LOGGED_IN,     200,  null, () => ({ path: '/api/dossiers/indicators?by=unit' })),
  row('GET /api/dossiers/scores',                 'the 766 points',    LOGGED_IN,     200,  null, () => ({ path: '/api/dossiers/scores' })),
  row('GET /api/dossiers/links',                  '',                  LOGGED_IN,     200,  null),
  row('GET /api/dossiers/actions/{list}',         'csv',               LOGGED_IN,     200,  null, () => ({ path: '/api/dossiers/actions/pending_overdue?format=csv' })),
  row('POST /api/dossiers/apology-letters',       'MATRAN-1',          DOSSIER_DESK,  200,  403,  () => ({ path: '/api/dossiers/apology-letters', body: LETTER })),
  row('POST /api/dossiers/import',                'one dossier',       DOSSIER_DESK,  200,  403,  IMPORT),
  row('PUT /api/dossiers/units/{code}',           'DV-MA-TRAN',        REVIEWERS,     200,  403,  () => ({ path: '/api/dossiers/units/DV-MA-TRAN', body: { plan_unit_key: SERVICE_CENTRE } })),
  row('GET /api/scores',                          '',                  LOGGED_IN,     200,  null),
  row('POST /api/scores/what-if',                 '3.2.1 at 100%',     LOGGED_IN,     200,  null, () => ({ path: '/api/scores/what-if', body: { assume: { '3.2.1': 100 } } })),
  row('GET /api/scores/units.xlsx',               '',                  LOGGED_IN,     200,  null),
  row('GET /api/scores/methodology',              '',                  LOGGED_IN,     200,  null),
  row('PUT /api/scores/methodology',              'the one in force',  SCORE_EDITORS, 200,  403,  () => METHODOLOGY(fx.methodology)),
  row('PUT /api/scores/methodology',              'broken YAML',       SCORE_EDITORS, 400,  403,  () => METHODOLOGY('areas: [')),
  row('POST /api/scores/results',                 '2024, one row',     SCORE_EDITORS, 200,  403,  RESULTS),
  row('PUT /api/scores/results/{code}',           '3.2.2',             SCORE_EDITORS, 200,  403,  () => ({ path: '/api/scores/results/3.2.2', body: { self_points: 1.5, appraised_points: 1.2 } })),
  row('PUT /api/scores/results/{code}',           'no such criterion', SCORE_EDITORS, 404,  403,  () => ({ path: '/api/scores/results/9.9.9', body: { self_points: 1 } })),
  row('PUT /api/scores/entries/{code}',           '8.1.1 survey',      SCORE_EDITORS, 200,  403,  () => ({ path: '/api/scores/entries/8.1.1', body: { value: 85, note: 'SIPAS' } })),
  row('PUT /api/scores/entries/{code}',           'no such criterion', SCORE_EDITORS, 404,  403,  () => ({ path: '/api/scores/entries/9.9.9', body: { value: 85 } })),
  row('GET /api/official/settings',               '',                  LOGGED_IN,     200,  null),
  row('PUT /api/official/settings',               'report number',     DOC_EDITORS,   200,  403,  () => ({ path: '/api/official/settings', body: { report_number: String(next()) } })),
  row('PUT /api/official/settings',               'bad symbol',        DOC_EDITORS,   400,  403,  () => ({ path: '/api/official/settings', body: { report_symbol: 'bc ubnd' } })),
  row('GET /api/official/report',                 '2025-Q3',           LOGGED_IN,     200,  null, () => ({ path: '/api/official/report?period=2025-Q3' })),
  // docx only: a PDF takes LibreOffice 2-3 s, nine times over (documents.test.mjs asks for one).
  row('GET /api/official/report/file',            '2025-Q3 docx',      LOGGED_IN,     200,  null, () => ({ path: '/api/official/report/file?period=2025-Q3&format=docx' })),
  row('PUT /api/official/report/notes',           '2025-Q3',           DOC_EDITORS,   200,  403,  () => ({ path: '/api/official/report/notes?period=2025-Q3', body: { obstacles: 'Thiếu máy quét.', proposals: `Đề xuất số ${next()}.` } })),
  row('GET /api/official/plan/file',              'xlsx',              LOGGED_IN,     200,  null, () => ({ path: '/api/official/plan/file?format=xlsx' })),
  row('POST /api/plan/import',                    'its own DOCX',      PLAN_EDITORS,  200,  403,  PLAN_IMPORT),
  row('GET /api/calendar/{year}',                 '2025',              LOGGED_IN,     200,  null, () => ({ path: '/api/calendar/2025' })),
  row('PUT /api/calendar/{year}',                 '2030',              REVIEWERS,     200,  403,  () => ({ path: '/api/calendar/2030', body: { days: [{ date: '2030-01-01', kind: 'holiday', name: 'Tết Dương lịch' }] } })),
  // Not routes: a wrong method on a known path, and an unknown path, answer the same to everyone.
  row('DELETE /api/tasks',                        'wrong method',      NOBODY,        null, 405,  () => ({ path: '/api/tasks' }), { anon: 405, notARoute: true }),
  row('GET /api/khong-co',                        'unknown path',      NOBODY,        null, 404,  () => ({ path: '/api/khong-co' }), { anon: 404, notARoute: true }),
];

function expected(r, who) {
  if (r.allowed === PUBLIC) return r.ok;
  if (who === 'anon') return r.anon ?? 401;
  if (r.allowed === LOGGED_IN) return r.ok;
  return r.allowed.includes(who) ? r.ok : r.denied;
}

async function clientFor(r, who) {
  if (who === 'anon') return server.anon;
  return server.login(who, { fresh: Boolean(r.freshSession) });
}

before(async () => {
  server = await startServer();
  // The demo reports and the tasks other rows open are left alone by the factory.
  factory = new ReportFactory(server, { skipTasks: ['1.1', '3.1.1', '3.1.3', '3.2.1', '3.2.2', '3.2.3', '7.3.4'] });
  for (const who of USERNAMES) await server.login(who);
  const a = await admin();
  fx.scDraft = (await factory.make(SERVICE_CENTRE, 'draft')).id;
  fx.scReturned = (await factory.make(SERVICE_CENTRE, 'returned')).id;
  const coDrafts = (await a.get(`/api/reports?unit=${encodeURIComponent(CULTURE_OFFICE)}&state=draft`)).json.reports;
  fx.coDraft = coDrafts.find((r) => r.task_code === '1.1').id; // the demo's draft
  fx.evidenceOnDraft = await freshEvidence(fx.scDraft);
  fx.evidenceOnCoDraft = await freshEvidence(fx.coDraft);
  const sent = await factory.make(SERVICE_CENTRE, 'draft');
  fx.evidenceOnSubmitted = await freshEvidence(sent.id);
  const submitted = await a.post(`/api/reports/${sent.id}/submit`, { version: sent.version });
  assert.equal(submitted.status, 200, submitted.text);
  fx.scSubmitted = sent.id;
  const obstacle = await (await server.login('canbo.ttpvhcc')).post('/api/obstacles', { task_code: '3.2.1', text: 'Chưa có kinh phí số hóa.' });
  assert.equal(obstacle.status, 201, obstacle.text);
  fx.obstacle = obstacle.json.id;
  const unit = await a.post('/api/units', { name: 'Tổ ma trận quyền' });
  assert.equal(unit.status, 201, unit.text);
  fx.unitKey = unit.json.key;
  const user = await a.post('/api/users', { username: 'nguoi.thu.ma.tran', display_name: 'Người thử', role: 'viewer', password: 'matkhau-2025' });
  assert.equal(user.status, 201, user.text);
  fx.userId = user.json.id;
  const imported = await a.request('POST', IMPORT().path, undefined, { raw: IMPORT().raw, headers: IMPORT().headers });
  assert.equal(imported.status, 200, imported.text);
  const methodology = await a.get('/api/scores/methodology');
  assert.equal(methodology.status, 200, methodology.text);
  fx.methodology = methodology.text;
  const planDocx = await a.get('/api/official/plan/file?format=docx');
  assert.equal(planDocx.status, 200, planDocx.text);
  fx.planDocx = planDocx.body;
});

after(async () => {
  await server?.stop();
});

describe('the permission matrix: every route x every account and anonymous', () => {
  test('the matrix has a row for every route of src/http/routes.cpp (and no stale row)', () => {
    const source = readFileSync(fileURLToPath(new URL('../../src/http/routes.cpp', import.meta.url)), 'utf8');
    const routes = [...source.matchAll(/Route\{"(GET|POST|PUT|DELETE)",\s*"([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.ok(routes.length >= 38, `routes found in routes.cpp: ${routes.length}`);
    const covered = new Set(MATRIX.filter((r) => !r.notARoute).map((r) => r.signature));
    assert.deepEqual(routes.filter((r) => !covered.has(r)), [], 'routes without a matrix row');
    assert.deepEqual([...covered].filter((r) => !routes.includes(r)), [], 'matrix rows for routes that do not exist');
  });

  test('the matrix agrees with the served openapi.json', async () => {
    const spec = (await server.anon.get('/api/openapi.json')).json;
    const documented = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of Object.keys(item)) {
        if (['get', 'post', 'put', 'delete'].includes(method)) documented.push(`${method.toUpperCase()} ${path}`);
      }
    }
    const covered = new Set(MATRIX.filter((r) => !r.notARoute).map((r) => r.signature));
    assert.deepEqual(documented.filter((r) => !covered.has(r)), []);
    assert.deepEqual([...covered].filter((r) => !documented.includes(r)), []);
  });

  for (const r of MATRIX) {
    test(`${r.signature}${r.label ? ` [${r.label}]` : ''}`, async () => {
      const actual = {};
      const wanted = {};
      for (const who of COLUMNS) {
        const spec = await r.make(who);
        const client = await clientFor(r, who);
        const res = await client.request(r.method, spec.path, spec.body, { raw: spec.raw, headers: spec.headers });
        actual[who] = res.status;
        wanted[who] = expected(r, who);
        if (res.status >= 400 && res.status !== 405) {
          assert.ok(res.json && typeof res.json.error === 'string', `${who}: an error needs a JSON "error": ${res.text}`);
        }
      }
      assert.deepEqual(actual, wanted);
    });
  }

  test('the matrix as a table (expected statuses)', (t) => {
    const width = 34;
    const short = { anon: 'anon', quantri: 'admin', chutich: 'chair', phochutich: 'vice', dieuphoi: 'coord', 'truong.ttpvhcc': 'SChead', 'canbo.ttpvhcc': 'SCstaf', 'canbo.vhxh': 'COstaf', xem: 'viewer' };
    const header = 'route'.padEnd(width + 20) + COLUMNS.map((c) => (short[c] ?? c).slice(0, 6).padStart(7)).join('');
    const lines = [header];
    for (const r of MATRIX) {
      const name = `${r.signature} ${r.label ? `[${r.label}]` : ''}`.padEnd(width + 20).slice(0, width + 20);
      lines.push(name + COLUMNS.map((who) => String(expected(r, who)).padStart(7)).join(''));
    }
    for (const line of lines) t.diagnostic(line);
  });
});

describe("another unit's draft is invisible, as if it did not exist", () => {
  // canbo.vhxh (culture office) against a draft of the service centre, and canbo.ttpvhcc
  // against the culture office's demo draft; the coordinator, chairman and viewer do not see
  // drafts either.
  const outsidersOfSc = ['canbo.vhxh', 'dieuphoi', 'chutich', 'phochutich', 'xem'];

  test('GET /api/reports/{id}: 404 with the same message as a report that does not exist', async () => {
    for (const who of outsidersOfSc) {
      const res = await (await server.login(who)).get(`/api/reports/${fx.scDraft}`);
      assert.equal(res.status, 404, who);
      assert.deepEqual(res.json, { error: MESSAGES.reportNotFound(fx.scDraft) }, who);
    }
    const missing = await (await server.login('canbo.vhxh')).get('/api/reports/999999');
    assert.deepEqual(missing.json, { error: MESSAGES.reportNotFound(999999) });
    const sc = await (await server.login('canbo.ttpvhcc')).get(`/api/reports/${fx.coDraft}`);
    assert.equal(sc.status, 404);
    assert.deepEqual(sc.json, { error: MESSAGES.reportNotFound(fx.coDraft) });
  });

  test('GET /api/reports lists only the drafts of the reader\'s own unit', async () => {
    for (const who of outsidersOfSc) {
      const all = (await (await server.login(who)).get('/api/reports')).json.reports;
      assert.ok(!all.some((r) => r.id === fx.scDraft), `${who} sees the SC draft in /api/reports`);
      const filtered = (await (await server.login(who)).get(`/api/reports?state=draft&unit=${encodeURIComponent(SERVICE_CENTRE)}`)).json.reports;
      assert.deepEqual(filtered, [], `${who} sees SC drafts with ?state=draft&unit=`);
      if (who !== 'canbo.vhxh') {
        assert.ok(!all.some((r) => r.state === 'draft'), `${who} sees a draft`);
      }
    }
    const vhxh = (await (await server.login('canbo.vhxh')).get('/api/reports?state=draft')).json.reports;
    assert.ok(vhxh.length > 0 && vhxh.every((r) => r.unit_key === CULTURE_OFFICE), 'canbo.vhxh sees only its own drafts');
    const sc = (await (await server.login('canbo.ttpvhcc')).get('/api/reports')).json.reports;
    assert.ok(sc.some((r) => r.id === fx.scDraft), 'the unit sees its own draft');
    assert.ok(!sc.some((r) => r.id === fx.coDraft), 'and not the culture office draft');
    const all = (await (await admin()).get('/api/reports')).json.reports;
    assert.ok(all.some((r) => r.id === fx.scDraft) && all.some((r) => r.id === fx.coDraft), 'admin sees every draft');
  });

  test('GET /api/tasks/{code} leaves the draft out of "reports", and "can_report_for" names only the reader\'s unit', async () => {
    const draft = (await (await admin()).get(`/api/reports/${fx.scDraft}`)).json;
    for (const who of outsidersOfSc) {
      const task = (await (await server.login(who)).get(`/api/tasks/${draft.task_code}`)).json;
      assert.ok(!task.reports.some((r) => r.id === fx.scDraft), `${who} sees the draft in the task`);
      // (as a set: a unit both leading and coordinating a task is listed twice, see reports.test.mjs)
      assert.deepEqual([...new Set(task.can_report_for)], who === 'canbo.vhxh' ? [CULTURE_OFFICE] : [], who);
    }
    const own = (await (await server.login('truong.ttpvhcc')).get(`/api/tasks/${draft.task_code}`)).json;
    assert.ok(own.reports.some((r) => r.id === fx.scDraft));
    assert.deepEqual([...new Set(own.can_report_for)], [SERVICE_CENTRE]);
    const task11 = (await (await server.login('canbo.ttpvhcc')).get('/api/tasks/1.1')).json;
    assert.ok(!task11.reports.some((r) => r.id === fx.coDraft), 'SC staff sees the CO draft in task 1.1');
  });

  test('GET /api/tasks/{code}/history leaves out the entries of the draft', async () => {
    const draft = (await (await admin()).get(`/api/reports/${fx.scDraft}`)).json;
    const entity = `report:${fx.scDraft}`;
    for (const who of outsidersOfSc) {
      const entries = (await (await server.login(who)).get(`/api/tasks/${draft.task_code}/history`)).json.entries;
      assert.ok(!entries.some((e) => e.entity === entity), `${who} sees the draft's history`);
    }
    const own = (await (await server.login('canbo.ttpvhcc')).get(`/api/tasks/${draft.task_code}/history`)).json.entries;
    assert.ok(own.some((e) => e.entity === entity), 'the unit sees its draft history');
    const co = (await (await server.login('canbo.ttpvhcc')).get('/api/tasks/1.1/history')).json.entries;
    assert.ok(!co.some((e) => e.entity === `report:${fx.coDraft}`), 'SC staff sees the CO draft history');
  });

  test("another unit's staff cannot create, edit, submit, upload to or delete from the unit's reports", async () => {
    const vhxh = await server.login('canbo.vhxh');
    // create: the service centre is responsible for 3.2.1, but canbo.vhxh is not of it
    const created = await vhxh.post('/api/reports', { task_code: '3.2.1', unit_key: SERVICE_CENTRE, period: '2025-Q4' });
    assert.equal(created.status, 403, created.text);
    const ev = await freshEvidence(fx.scDraft);
    const doc = await freshDocument(fx.scDraft);
    const v = await version(fx.scDraft);
    const before = (await (await admin()).get(`/api/reports/${fx.scDraft}`)).json;
    const attempts = [
      await vhxh.put(`/api/reports/${fx.scDraft}`, { version: v, progress: 'done', narrative: 'x' }),
      await vhxh.post(`/api/reports/${fx.scDraft}/submit`, { version: v }),
      await vhxh.upload(fx.scDraft, 'x.pdf', pdfBytes(), 'application/pdf'),
      await vhxh.post(`/api/reports/${fx.scDraft}/documents`, DOCUMENT()),
      await vhxh.del(`/api/evidence/${ev}`),
      await vhxh.del(`/api/documents/${doc}`),
    ];
    assert.deepEqual(attempts.map((r) => r.status), [404, 404, 404, 404, 404, 404]);
    const afterwards = (await (await admin()).get(`/api/reports/${fx.scDraft}`)).json;
    assert.deepEqual(afterwards, before, 'the draft is unchanged');
    // On a report already sent (readable by all), the refusal is 403.
    const r = await vhxh.put(`/api/reports/${fx.scReturned}`, { version: await version(fx.scReturned), progress: 'done', narrative: 'x' });
    assert.equal(r.status, 403);
    assert.equal(r.json.error, MESSAGES.forbidden);
  });
});
