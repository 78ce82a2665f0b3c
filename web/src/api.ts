// The one place that speaks HTTP to the parindex server (docs/api.md).

import { errors } from './labels';
import type {
  ActionListResult,
  ApologyRequest,
  AuditEntry,
  Comment,
  Dashboard,
  DocumentFormat,
  DocumentInput,
  DocumentReference,
  DocumentSettings,
  DocumentSettingsState,
  DossierActionList,
  DossierFilter,
  DossierGrouping,
  DossierImportResult,
  DossierSummary,
  Evidence,
  InboxItem,
  IndicatorLink,
  IndicatorTable,
  ScoreResult,
  ScoreResultInput,
  ScoreResultsImport,
  ScoreTable,
  Scorecard,
  Obstacle,
  Period,
  PeriodicReport,
  Plan,
  PlanImportResult,
  ProvinceRanking,
  PublicProgress,
  Report,
  ReportEdit,
  ReportNotes,
  Session,
  TargetInput,
  TaskDetail,
  TaskList,
  Unit,
  UnitDetail,
  User,
  UserInput,
  WardList,
  WardSummary,
} from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    /** The answer's JSON body (for the details some routes add, such as `problems`). */
    readonly body?: unknown,
  ) {
    super(message);
  }
}

let csrfToken = '';
let onUnauthorized: () => void = () => {};
/** The ward a province account is reading (tenant.ts sets it); '' when none. */
let viewingWard = '';

/** From now on every request for a ward's data names this ward ('' stops it). */
export function setWardHeader(code: string): void {
  viewingWard = code;
}

/** Requests that are about the session or the province itself, never about one ward. */
function namesWard(path: string): boolean {
  const [pathname = '', search = ''] = path.split('?');
  if (['/api/session', '/api/login', '/api/logout', '/api/wards'].includes(pathname)) return false;
  if (pathname.startsWith('/api/province/')) return false;
  return !new URLSearchParams(search).has('ward');
}

/** A plain address (a link, not a fetch) that carries the viewed ward as its `ward` parameter. */
export function withWard(path: string): string {
  if (!viewingWard || !namesWard(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}ward=${encodeURIComponent(viewingWard)}`;
}

export function rememberSession(session: Session | null): void {
  csrfToken = session?.csrf_token ?? '';
}

/** Called when a request other than the session check answers 401 (the session expired). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

type Body = { json: unknown } | { file: File };

async function send(method: string, path: string, body?: Body, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (viewingWard && namesWard(path)) headers['X-Parindex-Ward'] = viewingWard;
  let payload: BodyInit | undefined;
  if (body && 'json' in body) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body) {
    headers['Content-Type'] = body.file.type || 'application/octet-stream';
    headers['X-File-Name'] = encodeURIComponent(body.file.name);
    payload = body.file;
  }
  try {
    return await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, errors.network);
  }
}

async function request<T>(method: string, path: string, body?: Body): Promise<T> {
  const response = await send(method, path, body);
  if (response.status === 204) return undefined as T;
  return (await readJson(response, path)) as T;
}

/** Reads a JSON answer; an answer that is not 2xx becomes an ApiError with the server's message. */
async function readJson(response: Response, path: string): Promise<unknown> {
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    if (response.ok) throw new ApiError(response.status, errors.badResponse);
  }
  if (!response.ok) {
    const problem = (data ?? {}) as { error?: unknown; field?: unknown };
    // The error is a sentence, or (the methodology upload) an object with its `message`.
    const detail = (problem.error ?? {}) as { message?: unknown; field?: unknown };
    const text = typeof problem.error === 'string' ? problem.error : typeof detail.message === 'string' ? detail.message : '';
    const message = text !== '' ? text : (errors.byStatus[response.status] ?? errors.unexpected(response.status));
    const fieldName = typeof problem.field === 'string' ? problem.field : typeof detail.field === 'string' ? detail.field : undefined;
    const error = new ApiError(response.status, message, fieldName, data);
    if (response.status === 401 && path !== '/api/session' && path !== '/api/login') onUnauthorized();
    throw error;
  }
  return data;
}

/** A file the server makes (a POST that answers with a document, not JSON). */
export interface Download {
  blob: Blob;
  fileName: string;
}

async function requestFile(method: string, path: string, json: unknown, fallbackName: string): Promise<Download> {
  const response = await send(method, path, json === undefined ? undefined : { json }, '*/*');
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok || type.startsWith('application/json')) {
    await readJson(response, path);
    throw new ApiError(response.status, errors.badResponse);
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName };
}

function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]!.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1]!.trim() : null;
}

/** Saves a downloaded file through a temporary object address. */
export function saveDownload(download: Download): void {
  const url = URL.createObjectURL(download.blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = download.fileName;
  anchor.hidden = true;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function query(parameters: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

function filterQuery(filter: DossierFilter, extra: Record<string, string> = {}): string {
  return query({ from: filter.from, to: filter.to, ...extra, unit: filter.unit, procedure: filter.procedure });
}

const get = <T>(path: string) => request<T>('GET', path);
const post = <T>(path: string, json?: unknown) => request<T>('POST', path, json === undefined ? undefined : { json });
const put = <T>(path: string, json: unknown) => request<T>('PUT', path, { json });
const del = (path: string) => request<void>('DELETE', path);
const seg = encodeURIComponent;

export const api = {
  session: () => get<Session>('/api/session'),
  /** `ward`: a ward code, or "province"; needed when the deployment has more than one ward. */
  login: (username: string, password: string, ward?: string) =>
    post<Session>('/api/login', ward ? { username, password, ward } : { username, password }),
  wards: () => get<WardList>('/api/wards'),
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
  evidenceUrl: (id: number) => withWard(`/api/evidence/${id}`),
  deleteEvidence: (id: number) => del(`/api/evidence/${id}`),
  addDocument: (id: number, document: DocumentInput) =>
    post<DocumentReference>(`/api/reports/${id}/documents`, document),
  deleteDocument: (id: number) => del(`/api/documents/${id}`),

  obstacles: () => get<{ obstacles: Obstacle[] }>('/api/obstacles'),
  raiseObstacle: (taskCode: string, text: string) => post<Obstacle>('/api/obstacles', { task_code: taskCode, text }),
  answerObstacle: (id: number, answer: string) => post<Obstacle>(`/api/obstacles/${id}/answer`, { answer }),

  dashboard: () => get<Dashboard>('/api/dashboard'),
  inbox: () => get<{ items: InboxItem[] }>('/api/inbox'),
  publicProgress: (ward?: string) => get<PublicProgress>(`/api/public/progress${query({ ward })}`),

  users: () => get<{ users: User[] }>('/api/users'),
  createUser: (user: UserInput) => post<User>('/api/users', user),
  updateUser: (id: number, user: UserInput) => put<User>(`/api/users/${id}`, user),
  dossierSummary: () => get<DossierSummary>('/api/dossiers/summary'),
  dossierIndicators: (filter: DossierFilter, by: DossierGrouping) =>
    get<IndicatorTable>(`/api/dossiers/indicators${filterQuery(filter, { by })}`),
  dossierScores: (filter: DossierFilter) => get<ScoreTable>(`/api/dossiers/scores${filterQuery(filter)}`),
  dossierLinks: () =>
    get<IndicatorLink[] | { links: IndicatorLink[] }>('/api/dossiers/links').then((answer) =>
      Array.isArray(answer) ? answer : (answer?.links ?? []),
    ),
  dossierActions: (list: DossierActionList, filter: DossierFilter) =>
    get<ActionListResult>(`/api/dossiers/actions/${list}${filterQuery(filter, { format: 'json' })}`),
  /** A plain address for a download link (CSV or Excel) of an action list. */
  dossierActionsUrl: (list: DossierActionList, filter: DossierFilter, format: 'csv' | 'xlsx') =>
    withWard(`/api/dossiers/actions/${list}${filterQuery(filter, { format })}`),
  apologyLetters: (letter: ApologyRequest) => requestFile('POST', '/api/dossiers/apology-letters', letter, 'phieu-xin-loi.docx'),
  importDossiers: (kind: 'dossiers' | 'procedures', format: 'csv' | 'xlsx' | 'jsonl', strict: boolean, file: File) =>
    request<DossierImportResult>(
      'POST',
      `/api/dossiers/import${query({ kind, format, strict: strict ? '1' : '0', name: file.name })}`,
      { file },
    ),

  scores: () => get<Scorecard>('/api/scores'),
  /** The scorecard computed with assumed values (nothing is stored). */
  scoresWhatIf: (assume: Record<string, number>) => post<Scorecard>('/api/scores/what-if', { assume }),
  scoreUnitsWorkbook: () => requestFile('GET', '/api/scores/units.xlsx', undefined, 'trach-nhiem-don-vi.xlsx'),
  scoreMethodologyFile: (fallbackName: string) => requestFile('GET', '/api/scores/methodology', undefined, fallbackName),
  uploadMethodology: (file: File) =>
    request<{ saved: boolean }>('PUT', `/api/scores/methodology${query({ name: file.name })}`, { file }),
  uploadScoreResults: (year: number, file: File) =>
    request<ScoreResultsImport>('POST', `/api/scores/results${query({ year: String(year), name: file.name })}`, { file }),
  saveScoreResult: (code: string, result: ScoreResultInput) => put<ScoreResult>(`/api/scores/results/${seg(code)}`, result),
  saveScoreEntry: (code: string, value: number | null, note: string) =>
    put<unknown>(`/api/scores/entries/${seg(code)}`, { value, note }),

  officialReport: (period: string) => get<PeriodicReport>(`/api/official/report${query({ period })}`),
  officialReportFile: (period: string, format: DocumentFormat) =>
    requestFile('GET', `/api/official/report/file${query({ period, format })}`, undefined, `bao-cao-cchc-${period}.${format}`),
  saveReportNotes: (period: string, notes: { obstacles: string; proposals: string }) =>
    put<ReportNotes>(`/api/official/report/notes${query({ period })}`, notes),
  documentSettings: () => get<DocumentSettingsState>('/api/official/settings'),
  saveDocumentSettings: (settings: DocumentSettings) => put<DocumentSettingsState>('/api/official/settings', settings),
  planFile: (format: DocumentFormat, year: number) =>
    requestFile('GET', `/api/official/plan/file${query({ format })}`, undefined, `ke-hoach-cchc-${year}.${format}`),
  /** The plan from a Word, Excel or text file, sent as the raw body. */
  importPlan: (file: File) => request<PlanImportResult>('POST', `/api/plan/import${query({ name: file.name })}`, { file }),

  /** The province's routes (a province session, never for one ward). */
  provinceWards: (by: string) => get<ProvinceRanking>(`/api/province/wards${query({ by })}`),
  provinceWard: (code: string) => get<WardSummary>(`/api/province/wards/${seg(code)}`),
  provinceReport: (fallbackName: string) => requestFile('GET', '/api/province/report.xlsx', undefined, fallbackName),

  createUnit: (name: string) => post<Unit>('/api/units', { name }),
  renameUnit: (key: string, name: string) => put<Unit>(`/api/units/${seg(key)}`, { name }),
};
