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
  if (first === 'dossiers') return dossierRoute(user, method, second, third, url, body, request);
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

// Dossiers (docs/dossiers.md): a fixed pseudo-random set of the plan year, with the indicators
// computed as the document defines them, so that the groupings add up.

interface MockProcedure {
  code: string;
  name: string;
  field: string;
  level: 2 | 3 | 4;
  fee: boolean;
  payOnline: boolean;
  result: boolean;
}

interface MockDossier {
  code: string;
  unit: string;
  procedure: MockProcedure;
  channel: 1 | 2 | 3;
  received: string;
  due: string;
  ended: string | null;
  status: number;
  supplements: number;
  pauseDays: number;
  paidOnline: boolean;
  digitised: boolean;
  reused: boolean;
  eResult: boolean;
  apologised: string | null;
  complaint: boolean;
}

const dossierFields: Record<string, string> = {
  HT: 'Hộ tịch',
  CT: 'Chứng thực',
  DD: 'Đất đai',
  XD: 'Xây dựng',
  BTXH: 'Bảo trợ xã hội',
  KD: 'Hộ kinh doanh',
};
const procedureNames: [string, string][] = [
  ['HT', 'Đăng ký khai sinh'],
  ['HT', 'Đăng ký kết hôn'],
  ['HT', 'Đăng ký khai tử'],
  ['HT', 'Cấp bản sao trích lục hộ tịch'],
  ['HT', 'Xác nhận tình trạng hôn nhân'],
  ['CT', 'Chứng thực bản sao từ bản chính'],
  ['CT', 'Chứng thực chữ ký'],
  ['CT', 'Chứng thực hợp đồng, giao dịch'],
  ['DD', 'Đăng ký biến động đất đai'],
  ['DD', 'Hòa giải tranh chấp đất đai'],
  ['XD', 'Cấp giấy phép xây dựng nhà ở riêng lẻ'],
  ['BTXH', 'Trợ cấp xã hội hằng tháng'],
  ['BTXH', 'Hỗ trợ chi phí mai táng'],
  ['KD', 'Đăng ký thành lập hộ kinh doanh'],
  ['KD', 'Đăng ký thay đổi nội dung hộ kinh doanh'],
];
const dossierUnits: { code: string; key: string | null }[] = [
  { code: 'TTPVHCC', key: unitKeys.ttpv },
  { code: 'VPUB', key: unitKeys.vp },
  { code: 'PKT', key: unitKeys.kt },
  { code: 'PVHXH', key: unitKeys.vhxh },
  { code: 'CAPHUONG', key: null },
];
const statusLabels: Record<number, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};
const dossierToday = '2025-11-20';

let seed = 20251120;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const addDays = (dayText: string, days: number) => new Date(Date.parse(`${dayText}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

const procedures: MockProcedure[] = procedureNames.map(([fieldCode, name], index) => ({
  code: `1.00${String(1100 + index * 37).padStart(4, '0')}`,
  name,
  field: fieldCode,
  level: index % 3 === 0 ? 4 : index % 3 === 1 ? 3 : 2,
  fee: index % 2 === 0,
  payOnline: index % 4 !== 2,
  result: index % 5 !== 4,
}));

const dossierRecords: MockDossier[] = Array.from({ length: 2400 }, (_, index) => {
  const procedure = procedures[Math.floor(random() * procedures.length)]!;
  const received = addDays('2025-01-02', Math.floor(random() * 322));
  const due = addDays(received, 3 + Math.floor(random() * 12));
  const finished = random() < 0.93 && addDays(received, 2) <= dossierToday;
  const late = random() < 0.07;
  const ended = finished ? addDays(received, late ? 5 + Math.floor(random() * 20) : 1 + Math.floor(random() * 3)) : null;
  const endedDay = ended && ended > dossierToday ? dossierToday : ended;
  const status = !finished ? [2, 4, 5, 6][Math.floor(random() * 4)]! : random() < 0.03 ? 7 : random() < 0.5 ? 9 : 10;
  const apologised = late && random() < 0.6 ? addDays(due, -1) : null;
  return {
    code: `H${String(index + 1).padStart(5, '0')}-2025`,
    unit: dossierUnits[index % 10 < 6 ? 0 : (index % 4) + 1]!.code,
    procedure,
    channel: random() < 0.55 ? 2 : random() < 0.9 ? 1 : 3,
    received,
    due,
    ended: endedDay,
    status,
    supplements: random() < 0.1 ? 1 : 0,
    pauseDays: 0,
    paidOnline: procedure.fee && random() < 0.8,
    digitised: random() < 0.9,
    reused: random() < 0.4,
    eResult: random() < 0.85,
    apologised,
    complaint: random() < 0.01,
  };
});

const terminal = (d: MockDossier) => [7, 8, 9, 10].includes(d.status);
const finishedIn = (d: MockDossier, from: string, to: string) => terminal(d) && d.ended !== null && from <= d.ended && d.ended <= to;
const handled = (d: MockDossier, from: string, to: string) =>
  ![1, 3].includes(d.status) && d.received <= to && (finishedIn(d, from, to) || !terminal(d) || (d.ended ?? '') > to);
const onTime = (d: MockDossier, from: string, to: string) => {
  const end = finishedIn(d, from, to) ? addDays(d.ended!, -d.pauseDays) : to;
  return d.supplements <= 1 && end <= d.due;
};

const indicatorLabels: [string, string][] = [
  ['on_time_rate', 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
  ['apology_rate', 'Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi'],
  ['e_result_rate', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử'],
  ['digitised_rate', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC'],
  ['reuse_rate', 'Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa'],
  ['online_rate', 'Tỷ lệ hồ sơ trực tuyến'],
  ['full_online_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình'],
  ['online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến'],
  ['payment_procedures_rate', 'Tỷ lệ TTHC có phát sinh thanh toán trực tuyến'],
  ['payment_enabled_rate', 'Tỷ lệ TTHC triển khai thanh toán trực tuyến'],
  ['satisfaction_rate', 'Mức độ hài lòng trong giải quyết TTHC'],
];

function rateOf(numerator: number, denominator: number): { rate: number | null; rate_text: string } {
  if (denominator === 0) return { rate: null, rate_text: 'N/A' };
  const rate = Math.round((numerator / denominator) * 10000) / 100;
  return { rate, rate_text: `${rate.toFixed(2).replace('.', ',')}%` };
}

function indicatorRows(list: MockDossier[], from: string, to: string, group: string, name: string): Json[] {
  const h = list.filter((d) => handled(d, from, to));
  const finished = h.filter((d) => finishedIn(d, from, to));
  const late = h.filter((d) => !onTime(d, from, to));
  const feeDossiers = h.filter((d) => d.procedure.fee);
  const feeProcedures = new Set(feeDossiers.map((d) => d.procedure.code));
  const paidProcedures = new Set(feeDossiers.filter((d) => d.paidOnline).map((d) => d.procedure.code));
  const level4 = h.filter((d) => d.procedure.level === 4);
  const withResult = finished.filter((d) => d.procedure.result);
  const complaints = h.filter((d) => d.complaint).length;
  const satisfied = Math.max(0, h.length - late.length - complaints);
  const counts: Record<string, [number, number]> = {
    on_time_rate: [h.length - late.length, h.length],
    apology_rate: [late.filter((d) => d.apologised !== null && d.apologised <= d.due).length, late.length],
    e_result_rate: [withResult.filter((d) => d.eResult).length, withResult.length],
    digitised_rate: [h.filter((d) => d.digitised && (d.eResult || !d.procedure.result || !finishedIn(d, from, to))).length, h.length],
    reuse_rate: [h.filter((d) => d.reused).length, h.length],
    online_rate: [h.filter((d) => d.channel === 2).length, h.length],
    full_online_rate: [level4.filter((d) => d.channel === 2).length, level4.length],
    online_payment_rate: [feeDossiers.filter((d) => d.paidOnline).length, feeDossiers.length],
    payment_procedures_rate: [paidProcedures.size, feeProcedures.size],
    payment_enabled_rate: [procedures.filter((p) => p.fee && p.payOnline).length, procedures.filter((p) => p.fee).length],
    satisfaction_rate: [satisfied, h.length],
  };
  return indicatorLabels.map(([indicator, label]) => {
    const [numerator, denominator] = counts[indicator]!;
    return { group, name, from, to, indicator, label, numerator, denominator, ...rateOf(numerator, denominator) };
  });
}

function dossierFilter(url: URL, user: User): { from: string; to: string; list: MockDossier[] } {
  const from = url.searchParams.get('from') || '2025-01-01';
  const to = url.searchParams.get('to') || dossierToday;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) fail(400, 'Kỳ số liệu không hợp lệ (from, to: yyyy-mm-dd).');
  const unit = url.searchParams.get('unit') ?? '';
  const procedure = url.searchParams.get('procedure') ?? '';
  void user;
  return {
    from,
    to,
    list: dossierRecords.filter((d) => (!unit || d.unit === unit) && (!procedure || d.procedure.code === procedure)),
  };
}

const dossierLinks: Json[] = [
  ['3.2.1', 'on_time_rate', 'gt', 90, 'Trên 90% hồ sơ giải quyết đúng hạn'],
  ['3.2.2', 'apology_rate', 'eq', 100, '100% hồ sơ quá hạn có văn bản xin lỗi'],
  ['3.2.3', 'e_result_rate', 'ge', 90, 'Từ 90% trở lên kết quả được cấp điện tử'],
  ['7.3.1', 'digitised_rate', 'eq', 100, '100% hồ sơ được số hóa'],
  ['7.3.3', 'full_online_rate', 'eq', 100, '100% hồ sơ trực tuyến toàn trình'],
  ['7.3.4', 'online_payment_rate', 'ge', 90, 'Từ 90% hồ sơ thanh toán trực tuyến'],
  ['7.3.4', 'payment_procedures_rate', 'ge', 70, 'Từ 70% TTHC có thanh toán trực tuyến'],
  ['7.3.4', 'payment_enabled_rate', 'eq', 100, '100% TTHC triển khai thanh toán trực tuyến'],
].map(([task_code, indicator, comparator, value, label], index) => {
  const row = indicatorRows(dossierRecords, '2025-01-01', dossierToday, 'ward', 'Toàn phường').find((r) => r.indicator === indicator)!;
  const measured = row.rate as number | null;
  const v = value as number;
  const met = measured === null ? null : comparator === 'gt' ? measured > v : comparator === 'ge' ? measured >= v : measured === v;
  return { task_code, target_index: index % 2, indicator, label, comparator, value, text: `${comparator === 'gt' ? '> ' : comparator === 'ge' ? '≥ ' : ''}${v}%`, measured, met, period: '2025', source: 'dossiers' };
});

const dossierImports: Json[] = [
  { imported_at: '2025-11-20T01:15:00Z', source: 'mot-cua-2025-11-20.csv', rows_read: dossierRecords.length, inserted: dossierRecords.length, updated: 0, rejected: 0, latest_day: dossierToday },
];

const actionItems = (list: string, from: string, to: string, dossiersIn: MockDossier[]): MockDossier[] => {
  const h = dossiersIn.filter((d) => handled(d, from, to));
  switch (list) {
    case 'late_without_apology':
      return h.filter((d) => !onTime(d, from, to) && (d.apologised === null || d.apologised > d.due));
    case 'pending_overdue':
      return h.filter((d) => !finishedIn(d, from, to) && d.due < to);
    case 'not_digitised':
      return h.filter((d) => !d.digitised);
    case 'fee_not_paid_online':
      return h.filter((d) => d.procedure.fee && !d.paidOnline);
    default:
      return fail(404, 'Không có danh sách này.');
  }
};

const actionLabels: Record<string, string> = {
  late_without_apology: 'Hồ sơ quá hạn chưa có văn bản xin lỗi',
  pending_overdue: 'Hồ sơ đang xử lý đã quá hạn',
  not_digitised: 'Hồ sơ chưa số hóa',
  fee_not_paid_online: 'Hồ sơ có phí chưa thanh toán trực tuyến',
};

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

function actionJson(d: MockDossier, to: string): Json {
  const end = d.ended && d.ended <= to ? d.ended : to;
  return {
    code: d.code,
    unit: d.unit,
    procedure: d.procedure.code,
    procedure_name: d.procedure.name,
    status: d.status,
    status_label: statusLabels[d.status],
    channel: d.channel,
    received: `${d.received}T08:00:00`,
    due: `${d.due}T17:00:00`,
    ended: d.ended && d.ended <= to ? `${d.ended}T10:30:00` : null,
    apologised: d.apologised,
    days_late: Math.max(0, daysBetween(d.due, end)),
  };
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function dossierRoute(user: User, method: string, second: string | undefined, third: string | undefined, url: URL, body: Buffer, request: IncomingMessage) {
  if (second === 'summary' && method === 'GET') {
    return {
      status: 200,
      body: {
        count: dossierRecords.length,
        latest_import: dossierImports[dossierImports.length - 1] ?? null,
        units: dossierUnits.map((unit) => ({ code: unit.code, plan_unit_key: unit.key, plan_unit_name: unit.key ? unitName(unit.key) : null })),
        procedure_count: new Set(dossierRecords.map((d) => d.procedure.code)).size,
        catalogue_count: procedures.length,
        from: dossierRecords.reduce((min, d) => (d.received < min ? d.received : min), dossierToday),
        to: dossierToday,
      },
    };
  }
  if (second === 'links' && method === 'GET') return { status: 200, body: dossierLinks };
  if (second === 'scores' && method === 'GET') {
    // The shipped methodology (data/methodology/qd766-ho-so.csv), scored as the server does.
    const { from, to, list } = dossierFilter(url, user);
    const rows = indicatorRows(list, from, to, 'ward', 'Toàn phường') as Record<string, any>[];
    const rules: [string, string, number, number][] = [
      ['Tiến độ giải quyết', 'on_time_rate', 20, 100],
      ['Dịch vụ công trực tuyến', 'online_rate', 12, 50],
      ['Thanh toán trực tuyến', 'payment_enabled_rate', 10, 80],
      ['Số hóa hồ sơ', 'digitised_rate', 11, 80],
      ['Số hóa hồ sơ', 'reuse_rate', 11, 80],
      ['Mức độ hài lòng', 'satisfaction_rate', 18, 90],
    ];
    const scored = rules.map(([group, indicator, max, threshold]) => {
      const row = rows.find((r) => r.indicator === indicator) ?? {};
      const points = row.rate === null || row.rate === undefined ? null : Math.min(max, (max * row.rate) / threshold);
      return { group, indicator, label: row.label, numerator: row.numerator, denominator: row.denominator, rate: row.rate ?? null, rate_text: row.rate_text ?? 'N/A', max_points: max, threshold, points, note: '' };
    });
    return {
      status: 200,
      body: { from, to, rows: scored, points: scored.reduce((sum, r) => sum + (r.points ?? 0), 0), max_points: scored.reduce((sum, r) => sum + r.max_points, 0) },
    };
  }
  if (second === 'indicators' && method === 'GET') {
    const { from, to, list } = dossierFilter(url, user);
    const by = url.searchParams.get('by') ?? 'ward';
    let rows: Json[] = [];
    if (by === 'ward') rows = indicatorRows(list, from, to, 'ward', 'Toàn phường');
    else if (by === 'unit') {
      rows = dossierUnits.flatMap((unit) => {
        const subset = list.filter((d) => d.unit === unit.code);
        return subset.length ? indicatorRows(subset, from, to, unit.code, unit.key ? unitName(unit.key) : unit.code) : [];
      });
    } else if (by === 'procedure') {
      rows = procedures.flatMap((p) => {
        const subset = list.filter((d) => d.procedure.code === p.code);
        return subset.length ? indicatorRows(subset, from, to, p.code, p.name) : [];
      });
    } else if (by === 'field') {
      rows = Object.entries(dossierFields).flatMap(([code, name]) => {
        const subset = list.filter((d) => d.procedure.field === code);
        return subset.length ? indicatorRows(subset, from, to, code, name) : [];
      });
    } else if (by === 'month') {
      for (let cursor = `${from.slice(0, 7)}-01`; cursor <= to; ) {
        const next = addDays(`${cursor.slice(0, 7)}-28`, 4).slice(0, 7) + '-01';
        const monthFrom = cursor < from ? from : cursor;
        const monthTo = addDays(next, -1) > to ? to : addDays(next, -1);
        if (monthFrom <= dossierToday) rows.push(...indicatorRows(list, monthFrom, monthTo > dossierToday ? dossierToday : monthTo, cursor.slice(0, 7), `Tháng ${Number(cursor.slice(5, 7))}/${cursor.slice(0, 4)}`));
        cursor = next;
      }
    } else fail(400, 'Cách nhóm không hợp lệ.', 'by');
    return { status: 200, body: { from, to, by, rows } };
  }
  if (second === 'actions' && third && method === 'GET') {
    const { from, to, list } = dossierFilter(url, user);
    const items = actionItems(third, from, to, list).map((d) => actionJson(d, to));
    const format = url.searchParams.get('format') ?? 'json';
    if (format === 'json') return { status: 200, body: { list: third, label: actionLabels[third], count: items.length, items } };
    const columns = ['code', 'unit', 'procedure', 'procedure_name', 'status_label', 'received', 'due', 'ended', 'days_late'];
    const csv = `\ufeff${columns.join(',')}\n${items.map((item) => columns.map((c) => csvCell(item[c])).join(',')).join('\n')}\n`;
    if (format === 'csv') return { status: 200, raw: { type: 'text/csv; charset=utf-8', name: `${third}.csv`, bytes: Buffer.from(csv, 'utf8') } };
    if (format === 'xlsx') {
      return { status: 200, raw: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: `${third}.xlsx`, bytes: Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from(csv)]) } };
    }
    return fail(400, 'Định dạng không hợp lệ (json, csv, xlsx).', 'format');
  }
  if (second === 'apology-letters' && method === 'POST') {
    let input: Json;
    try {
      input = JSON.parse(body.toString('utf8') || '{}') as Json;
    } catch {
      return fail(400, 'Nội dung gửi lên không phải JSON hợp lệ.');
    }
    const codes = Array.isArray(input.codes) ? (input.codes as string[]) : [];
    if (codes.length === 0) fail(400, 'Chưa chọn hồ sơ nào.', 'codes');
    if (!String(input.reason ?? '').trim()) fail(400, 'Vui lòng nhập lý do chậm trễ.', 'reason');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(input.new_due ?? ''))) fail(400, 'Ngày hẹn trả mới không hợp lệ.', 'new_due');
    const unknown = codes.find((code) => !dossierRecords.some((d) => d.code === code));
    if (unknown) fail(404, `Không có hồ sơ ${unknown}.`);
    const text = `PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ\n${codes.join(', ')}\n${String(input.reason)}\n${String(input.new_due)}`;
    return {
      status: 200,
      raw: {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        name: codes.length === 1 ? `phieu-xin-loi-${codes[0]}.docx` : `phieu-xin-loi-${codes.length}-ho-so.docx`,
        bytes: Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from(text, 'utf8')]),
      },
    };
  }
  if (second === 'import' && method === 'POST') {
    if (!(user.role === 'admin' || user.role === 'coordinator' || user.unit_key === unitKeys.ttpv)) {
      fail(403, 'Chỉ quản trị, đầu mối và cán bộ Trung tâm Phục vụ hành chính công được nhập dữ liệu hồ sơ.');
    }
    const kind = url.searchParams.get('kind');
    const format = url.searchParams.get('format');
    if (kind !== 'dossiers' && kind !== 'procedures') fail(400, 'Loại dữ liệu không hợp lệ.', 'kind');
    if (format !== 'csv' && format !== 'jsonl' && format !== 'xlsx') fail(400, 'Định dạng không hợp lệ.', 'format');
    const strict = url.searchParams.get('strict') === '1';
    const lines = format === 'xlsx' ? [] : body.toString('utf8').replace(/^\ufeff/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
    const header = format === 'csv' ? (lines.shift() ?? '').split(',') : [];
    const rejected: Json[] = [];
    lines.forEach((line, index) => {
      const wrong = format === 'csv' ? line.split(',').length !== header.length : !line.trim().startsWith('{');
      if (wrong) rejected.push({ line: index + 2, column: format === 'csv' ? header[Math.min(line.split(',').length, header.length - 1)] ?? null : null, message: 'Số cột không khớp với dòng tiêu đề.', raw: line.slice(0, 200) });
    });
    if (strict && rejected.length > 0) {
      return { status: 200, body: { rows_read: lines.length, inserted: 0, updated: 0, rejected_count: rejected.length, rejected: rejected.slice(0, 100), warnings: ['Có dòng lỗi: không nhập dòng nào (Dừng nếu có lỗi).'] } };
    }
    const accepted = lines.length - rejected.length;
    const inserted = Math.ceil(accepted * 0.7);
    dossierImports.push({ imported_at: now(), source: decodeURIComponent(url.searchParams.get('name') ?? String(request.headers['x-file-name'] ?? 'tep')), rows_read: lines.length, inserted, updated: accepted - inserted, rejected: rejected.length, latest_day: dossierToday });
    return { status: 200, body: { rows_read: lines.length, inserted, updated: accepted - inserted, rejected_count: rejected.length, rejected: rejected.slice(0, 100), warnings: header.includes('GhiChu') ? ['Cột "GhiChu" không được dùng, đã bỏ qua.'] : [] } };
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
