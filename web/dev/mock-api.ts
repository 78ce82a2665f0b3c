// A dev-only, in-memory stand-in for the parindex API (docs/api.md), served by `npm run dev`
// while the C++ routes are being written. It is a Vite dev-server plugin: `vite build` never
// includes it. Accounts: see `users` below, every password is "parindex-demo".

import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

type Json = Record<string, unknown>;

interface PlanNode {
  code: string;
  kind: 'area' | 'group' | 'task';
  parent: string | null;
  title: string;
  requirement?: string;
  deadline?: { kind: string; due: string | null; label: string };
  targets?: Json[];
  lead_units?: string[];
  coordinating_units?: string[];
  responsible_units?: { lead: string[]; coordinating: string[] };
}

interface PlanUnit {
  key: string;
  name: string;
  kind: string;
  is_coordinator: boolean;
  members?: string[];
}

interface User {
  id: number;
  username: string;
  display_name: string;
  role: string;
  unit_key: string | null;
  active: boolean;
  password: string;
}

interface Report {
  id: number;
  task_code: string;
  unit_key: string;
  period: string;
  state: 'draft' | 'submitted' | 'returned' | 'accepted';
  progress: string;
  narrative: string;
  values: { target_index: number; value: number | null }[];
  evidence: Json[];
  documents: Json[];
  review_comment: string | null;
  updated_at: string | null;
  updated_by: string | null;
  submitted_at: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  version: number;
}

const plan = JSON.parse(readFileSync(new URL('./plan.json', import.meta.url), 'utf8')) as {
  plan: Json & { year: number; title: string; issuing_body: string };
  units: PlanUnit[];
  nodes: PlanNode[];
};
const today = '2025-10-05';
const password = 'parindex-demo';
const unitKeys = {
  vhxh: 'phong van hoa xa hoi',
  vp: 'van phong hdnd va ubnd',
  ttpv: 'trung tam phuc vu hanh chinh cong',
  kt: 'phong kinh te ha tang va do thi',
};

const users: User[] = [
  ['admin', 'Quản trị viên', 'admin', null],
  ['chutich', 'Đình Huy Hoàng', 'chairman', null],
  ['phochutich', 'Nguyễn Văn Phó', 'vice_chairman', null],
  ['daumoi', 'Lê Thị Đầu Mối', 'coordinator', unitKeys.vhxh],
  ['truong.vp', 'Trần Văn Trưởng', 'unit_head', unitKeys.vp],
  ['canbo.vp', 'Phạm Thị Đức', 'unit_staff', unitKeys.vp],
  ['canbo.ttpv', 'Hoàng Văn Phục Vụ', 'unit_staff', unitKeys.ttpv],
  ['canbo.kt', 'Vũ Thị Kinh Tế', 'unit_staff', unitKeys.kt],
  ['canbo.vhxh', 'Đỗ Văn Hóa', 'unit_staff', unitKeys.vhxh],
  ['xem', 'Người Xem', 'viewer', null],
].map(([username, display_name, role, unit_key], index) => ({
  id: index + 1,
  username: username!,
  display_name: display_name!,
  role: role!,
  unit_key,
  active: true,
  password,
}));

const units: PlanUnit[] = plan.units.map((unit) => ({ ...unit }));
const sessions = new Map<string, { userId: number; csrf: string }>();
const reports = new Map<number, Report>();
const evidenceFiles = new Map<number, { reportId: number; bytes: Buffer; meta: Json }>();
const obstacles: Json[] = [];
const comments = new Map<string, Json[]>();
const history = new Map<string, Json[]>();
let failedLogins = 0;
let nextId = 100;

const tasks = plan.nodes.filter((node) => node.kind === 'task');
const periods = [1, 2, 3, 4].map((quarter) => {
  const startsOn = `2025-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  const endsOn = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'][quarter - 1]!;
  const closesOn = new Date(Date.parse(endsOn) + 15 * 86400000).toISOString().slice(0, 10);
  const state = today < startsOn ? 'upcoming' : today <= closesOn ? 'open' : quarter === 1 ? 'locked' : 'closed';
  return { code: `2025-Q${quarter}`, label: `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/2025`, starts_on: startsOn, ends_on: endsOn, closes_on: closesOn, state };
});

const now = () => new Date().toISOString();
const unitName = (key: string) => units.find((unit) => unit.key === key)?.name ?? key;
const taskByCode = (code: string) => tasks.find((task) => task.code === code);
const responsible = (task: PlanNode) => [...(task.responsible_units?.lead ?? []), ...(task.responsible_units?.coordinating ?? [])];
const roleOf = (task: PlanNode, unitKey: string) => (task.responsible_units?.lead.includes(unitKey) ? 'lead' : 'coordinating');

function audit(taskCode: string, actor: User, action: string): void {
  const entry = { id: (nextId += 1), at: now(), username: actor.username, action, entity: taskCode, before: null, after: null };
  history.set(taskCode, [...(history.get(taskCode) ?? []), entry]);
}

function status(task: PlanNode) {
  const accepted = [...reports.values()].filter((report) => report.task_code === task.code && report.state === 'accepted');
  const due = task.deadline?.due ?? '2025-12-31';
  const doneReport = accepted.find((report) => report.progress === 'done');
  const latest = [...reports.values()].filter((report) => report.task_code === task.code).sort((a, b) => b.id - a.id)[0];
  const reasons: string[] = [];
  let light: string;
  let official: string;
  if (doneReport) {
    light = 'done';
    official = (doneReport.reviewed_at ?? '').slice(0, 10) <= due ? 'done_on_time' : 'done_late';
    reasons.push(`Báo cáo kỳ ${doneReport.period} đã được chấp nhận với tiến độ "Đã hoàn thành".`);
  } else if (due < today) {
    light = 'overdue';
    official = 'open_overdue';
    reasons.push(`Đã quá hạn ngày ${due.split('-').reverse().join('/')} mà chưa hoàn thành.`);
  } else if (latest && (latest.progress === 'at_risk' || latest.progress === 'blocked')) {
    light = 'at_risk';
    official = 'open_in_time';
    reasons.push('Đơn vị báo cáo có nguy cơ chậm hoặc gặp vướng mắc.');
  } else if (['3.2.1', '7.3.3', '1.4'].includes(task.code) && !latest) {
    light = 'at_risk';
    official = 'open_in_time';
    reasons.push('Chưa có báo cáo của kỳ Quý III/2025 dù kỳ sắp đóng.');
  } else {
    light = 'on_track';
    official = 'open_in_time';
  }
  const labels: Json = { on_track: 'Đúng tiến độ', at_risk: 'Có nguy cơ chậm', overdue: 'Quá hạn', done: 'Hoàn thành' };
  const officialLabels: Json = {
    done_on_time: 'Hoàn thành đúng hạn',
    done_late: 'Hoàn thành quá hạn',
    open_in_time: 'Chưa hoàn thành, còn trong hạn',
    open_overdue: 'Chưa hoàn thành, quá hạn',
  };
  return { light, official, label: labels[light], official_label: officialLabels[official], reasons };
}

function targetViews(task: PlanNode) {
  return (task.targets ?? []).map((target, index) => {
    const accepted = [...reports.values()]
      .filter((report) => report.task_code === task.code && report.state === 'accepted')
      .sort((a, b) => b.period.localeCompare(a.period))
      .map((report) => ({ report, value: report.values.find((value) => value.target_index === index)?.value }))
      .find((entry) => entry.value !== null && entry.value !== undefined);
    const measured = accepted?.value ?? null;
    let met: boolean | null = null;
    if (measured !== null && typeof target.value === 'number') {
      const limit = target.value;
      met = { ge: measured >= limit, gt: measured > limit, eq: measured === limit, le: measured <= limit, lt: measured < limit }[target.comparator as string] ?? null;
    }
    return { ...target, measured, measured_period: accepted?.report.period ?? null, met };
  });
}

function summary(task: PlanNode): Json {
  const area = plan.nodes.find((node) => node.code === task.code.split('.')[0]) ?? areaOf(task);
  return {
    code: task.code,
    title: task.title,
    area_code: area.code,
    area_title: area.title,
    deadline: task.deadline,
    lead_units: task.lead_units,
    coordinating_units: task.coordinating_units,
    status: status(task),
    targets: targetViews(task),
  };
}

function areaOf(node: PlanNode): PlanNode {
  let current = node;
  while (current.parent) current = plan.nodes.find((candidate) => candidate.code === current.parent)!;
  return current;
}

function canRead(user: User, report: Report): boolean {
  return report.state !== 'draft' || user.role === 'admin' || user.unit_key === report.unit_key;
}

function canEdit(user: User, report: Report): boolean {
  const editor = user.role === 'admin' || (['unit_head', 'unit_staff'].includes(user.role) && user.unit_key === report.unit_key);
  return editor && (report.state === 'draft' || report.state === 'returned');
}

function reportJson(report: Report, user: User): Json {
  const task = taskByCode(report.task_code)!;
  const stateLabels: Json = { draft: 'Bản nháp', submitted: 'Đã gửi', returned: 'Bị trả lại', accepted: 'Đã chấp nhận' };
  return {
    ...report,
    unit_name: unitName(report.unit_key),
    period_label: periods.find((period) => period.code === report.period)?.label,
    role: roleOf(task, report.unit_key),
    state_label: stateLabels[report.state],
    progress_label: report.progress,
    can_edit: canEdit(user, report),
    can_review: ['coordinator', 'admin'].includes(user.role) && report.state === 'submitted',
  };
}

function counts(list: PlanNode[]): Json {
  const result: Record<string, number> = {
    on_track: 0,
    at_risk: 0,
    overdue: 0,
    done: 0,
    total: 0,
    done_on_time: 0,
    done_late: 0,
    open_in_time: 0,
    open_overdue: 0,
  };
  for (const task of list) {
    const current = status(task);
    result[current.light]! += 1;
    result[current.official]! += 1;
    result.total! += 1;
  }
  return result;
}

function byArea(): Json[] {
  return plan.nodes
    .filter((node) => node.kind === 'area')
    .map((area) => ({ code: area.code, title: area.title, counts: counts(tasks.filter((task) => areaOf(task).code === area.code)) }));
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const fail = (status: number, message: string, field?: string): never => {
  throw new HttpError(status, message, field);
};

function sniff(bytes: Buffer, name: string): string | null {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') {
    const zipTypes: Record<string, string> = {
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      odt: 'application/vnd.oasis.opendocument.text',
      ods: 'application/vnd.oasis.opendocument.spreadsheet',
    };
    return zipTypes[extension] ?? null;
  }
  if (bytes.subarray(0, 4).toString('hex') === 'd0cf11e0') return extension === 'xls' ? 'application/vnd.ms-excel' : 'application/msword';
  return null;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function cookie(request: IncomingMessage): string | undefined {
  return /(?:^|;\s*)parindex_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<{ status: number; body?: unknown; raw?: { type: string; name: string; bytes: Buffer } }> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const path = url.pathname;
  const body = await readBody(request);
  const json = (): Json => {
    try {
      return JSON.parse(body.toString('utf8') || '{}') as Json;
    } catch {
      return fail(400, 'Nội dung gửi lên không phải JSON hợp lệ.');
    }
  };

  if (method === 'POST' && path === '/api/login') {
    if (failedLogins >= 5) fail(429, 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 5 phút.');
    const { username, password: given } = json();
    const user = users.find((candidate) => candidate.username === username && candidate.active);
    if (!user || user.password !== given) {
      failedLogins += 1;
      fail(401, 'Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    failedLogins = 0;
    const token = `s${Math.random().toString(36).slice(2)}`;
    const csrf = `c${Math.random().toString(36).slice(2)}`;
    sessions.set(token, { userId: user!.id, csrf });
    response.setHeader('Set-Cookie', `parindex_session=${token}; HttpOnly; SameSite=Strict; Path=/`);
    return { status: 200, body: { user: publicUser(user!), csrf_token: csrf } };
  }
  if (method === 'GET' && path === '/api/plan') return { status: 200, body: plan };
  if (method === 'GET' && path === '/api/public/progress') {
    return {
      status: 200,
      body: {
        year: plan.plan.year,
        title: plan.plan.title,
        issuing_body: plan.plan.issuing_body,
        today,
        totals: counts(tasks),
        by_area: byArea(),
        tasks: tasks.map((task) => {
          const current = status(task);
          return { code: task.code, title: task.title, area_code: areaOf(task).code, deadline_label: task.deadline?.label, light: current.light, official: current.official, label: current.label };
        }),
      },
    };
  }

  const token = cookie(request);
  const session = token ? sessions.get(token) : undefined;
  if (!session) return fail(401, 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.');
  const user = users.find((candidate) => candidate.id === session.userId)!;
  if (method !== 'GET' && request.headers['x-csrf-token'] !== session.csrf) fail(403, 'Thiếu mã chống giả mạo yêu cầu (CSRF).');
  const segments = path.split('/').slice(2).map(decodeURIComponent);
  const [first, second, third] = segments;

  if (path === '/api/session' && method === 'GET') return { status: 200, body: { user: publicUser(user), csrf_token: session.csrf } };
  if (path === '/api/logout' && method === 'POST') {
    sessions.delete(token!);
    return { status: 204 };
  }
  if (path === '/api/tasks' && method === 'GET') return { status: 200, body: { year: 2025, today, tasks: tasks.map(summary) } };
  if (first === 'tasks' && second) {
    const task = taskByCode(second) ?? fail(404, `Không có nhiệm vụ ${second}.`);
    if (!third && method === 'GET') {
      const canReportFor =
        user.role === 'admin' ? responsible(task) : ['unit_head', 'unit_staff'].includes(user.role) && user.unit_key && responsible(task).includes(user.unit_key) ? [user.unit_key] : [];
      return {
        status: 200,
        body: {
          ...summary(task),
          requirement: task.requirement,
          parent_title: task.parent && task.parent.includes('.') ? plan.nodes.find((node) => node.code === task.parent)?.title : null,
          reports: [...reports.values()].filter((report) => report.task_code === task.code && canRead(user, report)).map((report) => reportJson(report, user)),
          obstacles: obstacles.filter((obstacle) => obstacle.task_code === task.code),
          comments: comments.get(task.code) ?? [],
          periods,
          can_report_for: canReportFor,
        },
      };
    }
    if (third === 'history' && method === 'GET') return { status: 200, body: { entries: [...(history.get(task.code) ?? [])].reverse() } };
    if (third === 'comments' && method === 'POST') {
      if (!['chairman', 'vice_chairman', 'coordinator', 'admin'].includes(user.role)) fail(403, 'Bạn không có quyền thêm ý kiến chỉ đạo.');
      const text = String(json().text ?? '').trim() || fail(400, 'Vui lòng nhập nội dung ý kiến.', 'text');
      const comment = { id: (nextId += 1), task_code: task.code, text, written_at: now(), written_by: user.display_name };
      comments.set(task.code, [...(comments.get(task.code) ?? []), comment]);
      audit(task.code, user, 'task.comment');
      return { status: 200, body: comment };
    }
  }
  if (path === '/api/units' && method === 'GET') {
    return {
      status: 200,
      body: {
        units: units
          .filter((unit) => unit.kind === 'unit')
          .map((unit) => ({
            ...unit,
            tasks_led: tasks.filter((task) => task.responsible_units?.lead.includes(unit.key)).length,
            tasks_supported: tasks.filter((task) => task.responsible_units?.coordinating.includes(unit.key)).length,
            status_counts: counts(tasks.filter((task) => responsible(task).includes(unit.key))),
          })),
      },
    };
  }
  if (path === '/api/units' && method === 'POST') {
    requireAdmin(user);
    const name = String(json().name ?? '').trim() || fail(400, 'Vui lòng nhập tên đơn vị.', 'name');
    const unit = { key: name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase(), name, kind: 'unit', is_coordinator: false };
    units.push(unit);
    return { status: 200, body: unit };
  }
  if (first === 'units' && second) {
    const unit = units.find((candidate) => candidate.key === second) ?? fail(404, 'Không có đơn vị này.');
    if (method === 'PUT') {
      requireAdmin(user);
      unit.name = String(json().name ?? '').trim() || fail(400, 'Vui lòng nhập tên đơn vị.', 'name');
      return { status: 200, body: unit };
    }
    const mine = tasks.filter((task) => responsible(task).includes(unit.key));
    return {
      status: 200,
      body: {
        unit: { ...unit, tasks_led: mine.filter((task) => roleOf(task, unit.key) === 'lead').length, tasks_supported: mine.filter((task) => roleOf(task, unit.key) !== 'lead').length, status_counts: counts(mine) },
        tasks: mine.map((task) => ({ ...summary(task), role: roleOf(task, unit.key) })),
      },
    };
  }
  if (path === '/api/periods' && method === 'GET') return { status: 200, body: { periods } };
  if (path === '/api/reports' && method === 'GET') {
    const list = [...reports.values()].filter(
      (report) =>
        canRead(user, report) &&
        (!url.searchParams.get('state') || report.state === url.searchParams.get('state')) &&
        (!url.searchParams.get('task') || report.task_code === url.searchParams.get('task')),
    );
    return { status: 200, body: { reports: list.map((report) => reportJson(report, user)) } };
  }
  if (path === '/api/reports' && method === 'POST') {
    const { task_code, unit_key, period } = json() as { task_code: string; unit_key: string; period: string };
    const task = taskByCode(task_code) ?? fail(404, 'Không có nhiệm vụ này.');
    if (!(user.role === 'admin' || (['unit_head', 'unit_staff'].includes(user.role) && user.unit_key === unit_key)) || !responsible(task).includes(unit_key)) {
      fail(403, 'Bạn không được lập báo cáo cho đơn vị này.');
    }
    const chosen = periods.find((candidate) => candidate.code === period) ?? fail(400, 'Kỳ báo cáo không hợp lệ.', 'period');
    if (chosen.state !== 'open') fail(409, `Kỳ ${chosen.label} không mở để báo cáo.`);
    const existing = [...reports.values()].find((report) => report.task_code === task_code && report.unit_key === unit_key && report.period === period);
    if (existing) return { status: 200, body: reportJson(existing, user) };
    const report: Report = {
      id: (nextId += 1),
      task_code,
      unit_key,
      period,
      state: 'draft',
      progress: 'in_progress',
      narrative: '',
      values: [],
      evidence: [],
      documents: [],
      review_comment: null,
      updated_at: now(),
      updated_by: user.display_name,
      submitted_at: null,
      reviewed_at: null,
      reviewed_by: null,
      version: 1,
    };
    reports.set(report.id, report);
    audit(task_code, user, 'report.create');
    return { status: 200, body: reportJson(report, user) };
  }
  if (first === 'reports' && second) {
    const report = reports.get(Number(second)) ?? fail(404, 'Không có báo cáo này.');
    if (!canRead(user, report)) fail(404, 'Không có báo cáo này.');
    const input = method === 'GET' || third === 'evidence' ? {} : json();
    const checkVersion = () => {
      if (input.version !== report.version) fail(409, 'Báo cáo đã được người khác thay đổi.');
    };
    const touch = (message: string) => {
      report.version += 1;
      report.updated_at = now();
      report.updated_by = user.display_name;
      audit(report.task_code, user, message);
    };
    if (!third && method === 'GET') return { status: 200, body: reportJson(report, user) };
    if (!third && method === 'PUT') {
      if (!canEdit(user, report)) fail(409, 'Báo cáo không ở trạng thái cho phép sửa.');
      checkVersion();
      report.progress = String(input.progress);
      report.narrative = String(input.narrative ?? '');
      report.values = (input.values as Report['values']) ?? [];
      touch('report.edit');
      return { status: 200, body: reportJson(report, user) };
    }
    if (third === 'submit' && method === 'POST') {
      if (!canEdit(user, report)) fail(409, 'Báo cáo không ở trạng thái cho phép gửi.');
      checkVersion();
      report.state = 'submitted';
      report.submitted_at = now();
      touch('report.submit');
      return { status: 200, body: reportJson(report, user) };
    }
    if ((third === 'accept' || third === 'return') && method === 'POST') {
      if (!['coordinator', 'admin'].includes(user.role)) fail(403, 'Chỉ đầu mối mới được xem xét báo cáo.');
      if (report.state !== 'submitted') fail(409, 'Báo cáo không ở trạng thái chờ xem xét.');
      checkVersion();
      const comment = String(input.comment ?? '').trim();
      if (third === 'return' && !comment) fail(400, 'Phải có ý kiến khi trả lại báo cáo.', 'comment');
      report.state = third === 'accept' ? 'accepted' : 'returned';
      report.review_comment = comment || null;
      report.reviewed_at = now();
      report.reviewed_by = user.display_name;
      touch(`report.${third}`);
      return { status: 200, body: reportJson(report, user) };
    }
    if (third === 'evidence' && method === 'POST') {
      if (!canEdit(user, report)) fail(409, 'Báo cáo không ở trạng thái cho phép sửa.');
      if (body.length > 20 * 1024 * 1024) fail(413, 'Tệp quá lớn: tối đa 20 MB.');
      const name = decodeURIComponent(String(request.headers['x-file-name'] ?? 'tep'));
      const type = sniff(body, name) ?? fail(415, 'Loại tệp không được chấp nhận: chỉ nhận PDF, Word, Excel, OpenDocument, PNG, JPEG.');
      const meta = { id: (nextId += 1), file_name: name, media_type: type, size: body.length, sha256: '', uploaded_at: now(), uploaded_by: user.display_name };
      evidenceFiles.set(meta.id, { reportId: report.id, bytes: body, meta });
      report.evidence.push(meta);
      touch('report.evidence.add');
      return { status: 200, body: meta };
    }
    if (third === 'documents' && method === 'POST') {
      if (!canEdit(user, report)) fail(409, 'Báo cáo không ở trạng thái cho phép sửa.');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(input.issued_on))) fail(400, 'Ngày ban hành không hợp lệ.', 'issued_on');
      const document = { id: (nextId += 1), ...input };
      report.documents.push(document);
      touch('report.document.add');
      return { status: 200, body: document };
    }
  }
  if (first === 'evidence' && second) {
    const file = evidenceFiles.get(Number(second)) ?? fail(404, 'Không có tệp này.');
    const report = reports.get(file.reportId)!;
    if (method === 'GET') return { status: 200, raw: { type: String(file.meta.media_type), name: String(file.meta.file_name), bytes: file.bytes } };
    if (method === 'DELETE') {
      if (!canEdit(user, report)) fail(409, 'Báo cáo không ở trạng thái cho phép sửa.');
      evidenceFiles.delete(file.meta.id as number);
      report.evidence = report.evidence.filter((meta) => meta.id !== file.meta.id);
      report.version += 1;
      return { status: 204 };
    }
  }
  if (first === 'documents' && second && method === 'DELETE') {
    const report = [...reports.values()].find((candidate) => candidate.documents.some((document) => document.id === Number(second))) ?? fail(404, 'Không có văn bản này.');
    if (!canEdit(user, report)) fail(409, 'Báo cáo không ở trạng thái cho phép sửa.');
    report.documents = report.documents.filter((document) => document.id !== Number(second));
    report.version += 1;
    return { status: 204 };
  }
  if (path === '/api/obstacles' && method === 'GET') return { status: 200, body: { obstacles } };
  if (path === '/api/obstacles' && method === 'POST') {
    const { task_code, text } = json() as { task_code: string; text: string };
    const task = taskByCode(task_code) ?? fail(404, 'Không có nhiệm vụ này.');
    if (!user.unit_key || !['unit_head', 'unit_staff'].includes(user.role) || !responsible(task).includes(user.unit_key)) fail(403, 'Bạn không được nêu vướng mắc cho nhiệm vụ này.');
    const obstacle = { id: (nextId += 1), task_code, unit_key: user.unit_key, unit_name: unitName(user.unit_key!), text, raised_at: now(), raised_by: user.display_name, state: 'open', answer: null, answered_at: null, answered_by: null };
    obstacles.push(obstacle);
    audit(task_code, user, 'obstacle.raise');
    return { status: 200, body: obstacle };
  }
  if (first === 'obstacles' && second && third === 'answer' && method === 'POST') {
    if (!['coordinator', 'chairman', 'vice_chairman', 'admin'].includes(user.role)) fail(403, 'Bạn không có quyền trả lời vướng mắc.');
    const obstacle = obstacles.find((candidate) => candidate.id === Number(second)) ?? fail(404, 'Không có vướng mắc này.');
    Object.assign(obstacle, { state: 'answered', answer: String(json().answer ?? ''), answered_at: now(), answered_by: user.display_name });
    return { status: 200, body: obstacle };
  }
  if (path === '/api/dashboard' && method === 'GET') {
    const reportCounts = { draft: 0, submitted: 0, returned: 0, accepted: 0 };
    for (const report of reports.values()) if (canRead(user, report)) reportCounts[report.state] += 1;
    return {
      status: 200,
      body: {
        year: 2025,
        today,
        totals: counts(tasks),
        by_area: byArea(),
        by_unit: units.filter((unit) => unit.kind === 'unit').map((unit) => ({ key: unit.key, name: unit.name, counts: counts(tasks.filter((task) => responsible(task).includes(unit.key))) })),
        overdue: tasks.filter((task) => status(task).light === 'overdue').map(summary),
        reports: reportCounts,
      },
    };
  }
  if (path === '/api/inbox' && method === 'GET') return { status: 200, body: { items: inbox(user) } };
  if (path === '/api/users' && method === 'GET') {
    requireAdmin(user);
    return { status: 200, body: { users: users.map(publicUser) } };
  }
  if (path === '/api/users' && method === 'POST') {
    requireAdmin(user);
    const input = json() as Partial<User>;
    if (!input.username) fail(400, 'Vui lòng nhập tên đăng nhập.', 'username');
    if (users.some((candidate) => candidate.username === input.username)) fail(409, 'Tên đăng nhập đã có.', 'username');
    const created: User = { id: (nextId += 1), username: input.username!, display_name: input.display_name ?? '', role: input.role ?? 'viewer', unit_key: input.unit_key ?? null, active: true, password: input.password ?? '' };
    users.push(created);
    return { status: 200, body: publicUser(created) };
  }
  if (first === 'users' && second && method === 'PUT') {
    requireAdmin(user);
    const target = users.find((candidate) => candidate.id === Number(second)) ?? fail(404, 'Không có người dùng này.');
    const input = json() as Partial<User>;
    Object.assign(target, { display_name: input.display_name, role: input.role, unit_key: input.unit_key ?? null, active: input.active ?? target.active });
    if (input.password) target.password = input.password;
    return { status: 200, body: publicUser(target) };
  }
  return fail(404, 'Không tìm thấy địa chỉ này.');
}

function inbox(user: User): Json[] {
  const items: Json[] = [];
  const current = periods.filter((period) => period.state === 'open');
  if (user.unit_key && ['unit_head', 'unit_staff'].includes(user.role)) {
    for (const report of reports.values()) {
      if (report.unit_key === user.unit_key && report.state === 'returned') {
        const task = taskByCode(report.task_code)!;
        items.push(urging('returned', 'reminder', task, report.unit_key, report.period, report.id, today));
      }
    }
    for (const task of tasks.filter((candidate) => candidate.responsible_units?.lead.includes(user.unit_key!))) {
      for (const period of current) {
        const done = [...reports.values()].some((report) => report.task_code === task.code && report.unit_key === user.unit_key && report.period === period.code && report.state !== 'draft');
        const closes = new Date(Date.parse(period.ends_on) + 15 * 86400000).toISOString().slice(0, 10);
        if (!done && period.ends_on < today) {
          items.push(urging('due_soon', 'reminder', task, user.unit_key!, period.code, null, closes));
        }
      }
    }
  }
  if (['coordinator', 'admin'].includes(user.role)) {
    for (const report of reports.values()) {
      if (report.state === 'submitted') {
        const task = taskByCode(report.task_code)!;
        items.push(urging('to_review', 'coordinator', task, report.unit_key, report.period, report.id, today));
      }
    }
  }
  if (['coordinator', 'chairman', 'vice_chairman', 'admin'].includes(user.role)) {
    for (const obstacle of obstacles.filter((candidate) => candidate.state === 'open')) {
      const task = taskByCode(String(obstacle.task_code))!;
      items.push({ ...urging('obstacle', 'coordinator', task, String(obstacle.unit_key), current[0]!.code, null, today), obstacle_id: obstacle.id, message: obstacle.text });
    }
  }
  return items;
}

function urging(kind: string, level: string, task: PlanNode, unitKey: string, period: string, reportId: number | null, dueOn: string): Json {
  const periodLabel = periods.find((candidate) => candidate.code === period)?.label;
  return { kind, level, task_code: task.code, task_title: task.title, unit_key: unitKey, unit_name: unitName(unitKey), period, period_label: periodLabel, report_id: reportId, due_on: dueOn };
}

function requireAdmin(user: User): void {
  if (user.role !== 'admin') fail(403, 'Chỉ quản trị hệ thống mới được làm việc này.');
}

function publicUser(user: User): Json {
  const { password: _secret, ...rest } = user;
  return rest;
}

export function mockApi(): Plugin {
  return {
    name: 'parindex-mock-api',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith('/api/')) {
          next();
          return;
        }
        handle(request, response).then(
          (answer) => {
            response.statusCode = answer.status;
            if (answer.raw) {
              response.setHeader('Content-Type', answer.raw.type);
              response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(answer.raw.name)}`);
              response.end(answer.raw.bytes);
            } else if (answer.body !== undefined) {
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.end(JSON.stringify(answer.body));
            } else {
              response.end();
            }
          },
          (error: unknown) => {
            const problem = error instanceof HttpError ? error : new HttpError(500, `Lỗi giả lập: ${String(error)}`);
            response.statusCode = problem.status;
            response.setHeader('Content-Type', 'application/json; charset=utf-8');
            response.end(JSON.stringify(problem.field ? { error: problem.message, field: problem.field } : { error: problem.message }));
          },
        );
      });
    },
  };
}
