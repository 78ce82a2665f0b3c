// The one place that speaks HTTP to the parindex server (docs/api.md).

import { errors } from './labels';
import type {
  AuditEntry,
  Comment,
  Dashboard,
  DocumentInput,
  DocumentReference,
  Evidence,
  InboxItem,
  Obstacle,
  Period,
  Plan,
  PublicProgress,
  Report,
  ReportEdit,
  Session,
  TargetInput,
  TaskDetail,
  TaskList,
  Unit,
  UnitDetail,
  User,
  UserInput,
} from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

let csrfToken = '';
let onUnauthorized: () => void = () => {};

export function rememberSession(session: Session | null): void {
  csrfToken = session?.csrf_token ?? '';
}

/** Called when a request other than the session check answers 401 (the session expired). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

type Body = { json: unknown } | { file: File };

async function request<T>(method: string, path: string, body?: Body): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body && 'json' in body) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body) {
    headers['Content-Type'] = body.file.type || 'application/octet-stream';
    headers['X-File-Name'] = encodeURIComponent(body.file.name);
    payload = body.file;
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, errors.network);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    if (response.ok) throw new ApiError(response.status, errors.badResponse);
  }
  if (!response.ok) {
    const problem = (data ?? {}) as { error?: unknown; field?: unknown };
    const message =
      typeof problem.error === 'string' && problem.error !== ''
        ? problem.error
        : (errors.byStatus[response.status] ?? errors.unexpected(response.status));
    const error = new ApiError(response.status, message, typeof problem.field === 'string' ? problem.field : undefined);
    if (response.status === 401 && path !== '/api/session' && path !== '/api/login') onUnauthorized();
    throw error;
  }
  return data as T;
}

const get = <T>(path: string) => request<T>('GET', path);
const post = <T>(path: string, json?: unknown) => request<T>('POST', path, json === undefined ? undefined : { json });
const put = <T>(path: string, json: unknown) => request<T>('PUT', path, { json });
const del = (path: string) => request<void>('DELETE', path);
const seg = encodeURIComponent;

export const api = {
  session: () => get<Session>('/api/session'),
  login: (username: string, password: string) => post<Session>('/api/login', { username, password }),
  logout: () => post<void>('/api/logout'),

  plan: () => get<Plan>('/api/plan'),
  tasks: () => get<TaskList>('/api/tasks'),
  task: (code: string) => get<TaskDetail>(`/api/tasks/${seg(code)}`),
  history: (code: string) => get<{ entries: AuditEntry[] }>(`/api/tasks/${seg(code)}/history`),
  addComment: (code: string, text: string) => post<Comment>(`/api/tasks/${seg(code)}/comments`, { text }),
  units: () => get<{ units: Unit[] }>('/api/units'),
  unit: (key: string) => get<UnitDetail>(`/api/units/${seg(key)}`),
  periods: () => get<{ periods: Period[] }>('/api/periods'),

  openReport: (taskCode: string, unitKey: string, period: string) =>
    post<Report>('/api/reports', { task_code: taskCode, unit_key: unitKey, period }),
  report: (id: number) => get<Report>(`/api/reports/${id}`),
  saveReport: (id: number, edit: ReportEdit) => put<Report>(`/api/reports/${id}`, edit),
  correctTarget: (code: string, index: number, target: TargetInput) =>
    put<unknown>(`/api/tasks/${seg(code)}/targets/${index}`, target),
  submitReport: (id: number, version: number) => post<Report>(`/api/reports/${id}/submit`, { version }),
  acceptReport: (id: number, version: number, comment: string) =>
    post<Report>(`/api/reports/${id}/accept`, { version, comment }),
  returnReport: (id: number, version: number, comment: string) =>
    post<Report>(`/api/reports/${id}/return`, { version, comment }),
  uploadEvidence: (id: number, file: File) => request<Evidence>('POST', `/api/reports/${id}/evidence`, { file }),
  evidenceUrl: (id: number) => `/api/evidence/${id}`,
  deleteEvidence: (id: number) => del(`/api/evidence/${id}`),
  addDocument: (id: number, document: DocumentInput) =>
    post<DocumentReference>(`/api/reports/${id}/documents`, document),
  deleteDocument: (id: number) => del(`/api/documents/${id}`),

  obstacles: () => get<{ obstacles: Obstacle[] }>('/api/obstacles'),
  raiseObstacle: (taskCode: string, text: string) => post<Obstacle>('/api/obstacles', { task_code: taskCode, text }),
  answerObstacle: (id: number, answer: string) => post<Obstacle>(`/api/obstacles/${id}/answer`, { answer }),

  dashboard: () => get<Dashboard>('/api/dashboard'),
  inbox: () => get<{ items: InboxItem[] }>('/api/inbox'),
  publicProgress: () => get<PublicProgress>('/api/public/progress'),

  users: () => get<{ users: User[] }>('/api/users'),
  createUser: (user: UserInput) => post<User>('/api/users', user),
  updateUser: (id: number, user: UserInput) => put<User>(`/api/users/${id}`, user),
  createUnit: (name: string) => post<Unit>('/api/units', { name }),
  renameUnit: (key: string, name: string) => put<Unit>(`/api/units/${seg(key)}`, { name }),
};
