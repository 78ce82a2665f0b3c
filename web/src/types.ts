// The JSON shapes of docs/api.md, as the browser reads them.

export type Role =
  | 'admin'
  | 'chairman'
  | 'vice_chairman'
  | 'coordinator'
  | 'unit_head'
  | 'unit_staff'
  | 'viewer'
  | 'province_admin'
  | 'province_officer';

export interface User {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  unit_key: string | null;
  active: boolean;
}

export interface Session {
  user: User;
  csrf_token: string;
  /** The ward code whose store holds the session, or "province" (absent from older servers). */
  tenant?: string;
}

/** GET /api/wards: what the login page offers. */
export interface WardRef {
  code: string;
  name: string;
}

export interface WardList {
  wards: WardRef[];
  /** Whether a province (Sở Nội vụ) sits above the wards. */
  province: boolean;
}

/** One dossier indicator of a ward in the province's summary. */
export interface WardIndicator {
  code: string;
  label: string;
  rate: number | null;
  numerator: number;
  denominator: number;
}

/** GET /api/province/wards/{code}, and one row of the ranking. */
export interface WardSummary {
  code: string;
  name: string;
  reports_to?: string;
  /** 1 is the best, ties share; null when not ranked. */
  rank: number | null;
  plan_year?: number | null;
  index_now?: number | null;
  index_projected?: number | null;
  index_max?: number | null;
  last_year?: number | null;
  template_methodology?: boolean;
  tasks?: StatusCounts | null;
  dossiers?: number | null;
  data_as_of?: string | null;
  indicators: WardIndicator[];
  note?: string;
  error: string | null;
}

/** GET /api/province/wards: every ward, ranked. */
export interface ProvinceRanking {
  as_of: string;
  /** "index_projected" or an indicator's code. */
  by: string;
  wards: WardSummary[];
}

export type Light = 'on_track' | 'at_risk' | 'overdue' | 'done';
export type Official = 'done_on_time' | 'done_late' | 'open_in_time' | 'open_overdue';

export interface Status {
  light: Light;
  official: Official;
  label: string;
  official_label: string;
  reasons: string[];
}

export interface Deadline {
  kind: string;
  due: string | null;
  label: string;
}

export interface Target {
  label: string;
  comparator: string;
  value: number | null;
  unit: string;
  reference_year: number | null;
  text: string;
  lower_is_better: boolean;
  origin: string;
}

export interface TargetInput {
  label: string;
  comparator: string;
  value: number | null;
  unit: string;
  reference_year: number | null;
}

export interface TargetView extends Target {
  measured: number | null;
  measured_period: string | null;
  met: boolean | null;
}

export interface TaskSummary {
  code: string;
  title: string;
  area_code: string;
  area_title: string;
  deadline: Deadline;
  lead_units: string[];
  coordinating_units: string[];
  status: Status;
  targets: TargetView[];
}

export interface TaskList {
  year: number;
  today: string;
  tasks: TaskSummary[];
}

export type PeriodState = 'upcoming' | 'open' | 'closed' | 'locked';

export interface Period {
  code: string;
  label: string;
  starts_on: string;
  ends_on: string;
  closes_on?: string;
  state: PeriodState;
}

export type ReportState = 'draft' | 'submitted' | 'returned' | 'accepted';
export type Progress = 'not_started' | 'in_progress' | 'done' | 'at_risk' | 'blocked';

export interface ReportValue {
  target_index: number;
  value: number | null;
}

export interface Evidence {
  id: number;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
}

export interface DocumentReference {
  id: number;
  number_symbol: string;
  issued_on: string;
  issuing_body: string;
  summary: string;
  page: string;
}

export interface DocumentInput {
  number_symbol: string;
  issued_on: string;
  issuing_body: string;
  summary: string;
  page: string;
}

export interface Report {
  id: number;
  task_code: string;
  unit_key: string;
  unit_name: string;
  role: 'lead' | 'coordinating';
  period: string;
  period_label?: string;
  state: ReportState;
  state_label: string;
  progress: Progress;
  progress_label: string;
  narrative: string;
  values: ReportValue[];
  evidence: Evidence[];
  documents: DocumentReference[];
  review_comment: string | null;
  updated_at: string | null;
  updated_by: string | null;
  submitted_at: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  version: number;
  can_edit: boolean;
  can_review: boolean;
}

export interface ReportEdit {
  version: number;
  progress: Progress;
  narrative: string;
  values: ReportValue[];
}

export type ObstacleState = 'open' | 'answered';

export interface Obstacle {
  id: number;
  task_code: string;
  unit_key: string;
  unit_name: string;
  text: string;
  raised_at: string;
  raised_by: string;
  state: ObstacleState;
  answer: string | null;
  answered_at: string | null;
  answered_by: string | null;
}

// docs/api.md names Comment and AuditEntry without their fields; these are the server's.
export interface Comment {
  id: number;
  task_code: string;
  text: string;
  written_at: string;
  written_by: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  username: string;
  /** "report.submit", "obstacle.raise", ... */
  action: string;
  entity: string;
  before: unknown;
  after: unknown;
}

export interface TaskDetail extends TaskSummary {
  requirement: string;
  parent_title: string | null;
  reports: Report[];
  obstacles: Obstacle[];
  comments: Comment[];
  periods: Period[];
  can_report_for: string[];
  can_edit_targets: boolean;
}

export interface StatusCounts {
  on_track: number;
  at_risk: number;
  overdue: number;
  done: number;
  total: number;
  done_on_time: number;
  done_late: number;
  open_in_time: number;
  open_overdue: number;
}

export interface Unit {
  key: string;
  name: string;
  kind: string;
  is_coordinator: boolean;
  tasks_led: number;
  tasks_supported: number;
  status_counts: StatusCounts;
}

export interface UnitTask extends TaskSummary {
  role: 'lead' | 'coordinating';
}

export interface UnitDetail {
  unit: Unit;
  tasks: UnitTask[];
}

export interface AreaCounts {
  code: string;
  title: string;
  counts: StatusCounts;
}

export interface Dashboard {
  year: number;
  today: string;
  totals: StatusCounts;
  by_area: AreaCounts[];
  by_unit: { key: string; name: string; counts: StatusCounts }[];
  overdue: TaskSummary[];
  reports: Record<ReportState, number>;
}

export type InboxKind = 'due_soon' | 'overdue' | 'returned' | 'to_review' | 'escalated' | 'obstacle';

export interface InboxItem {
  kind: InboxKind;
  level: 'reminder' | 'unit' | 'unit_head' | 'coordinator';
  task_code: string;
  task_title: string;
  unit_key: string | null;
  unit_name?: string;
  period: string | null;
  period_label?: string;
  report_id: number | null;
  due_on: string | null;
  /** Only obstacles carry a text; the other kinds are worded here from their fields. */
  message?: string;
}

export interface PublicTask {
  code: string;
  title: string;
  area_code: string;
  deadline_label: string;
  light: Light;
  official: Official;
  label: string;
}

export interface PublicProgress {
  year: number;
  title: string;
  issuing_body: string;
  today: string;
  totals: StatusCounts;
  by_area: AreaCounts[];
  tasks: PublicTask[];
}

export interface PlanUnit {
  key: string;
  name: string;
  kind: string;
  is_coordinator: boolean;
  members?: string[];
}

export interface PlanNode {
  code: string;
  kind: 'area' | 'group' | 'task';
  parent: string | null;
  title: string;
  requirement?: string;
  responsible_units?: { lead: string[]; coordinating: string[] };
}

export interface Plan {
  plan: { year: number; title: string; issuing_body: string; number: string };
  counts: { areas: number; groups: number; tasks: number };
  units: PlanUnit[];
  nodes: PlanNode[];
}

export interface UserInput {
  username?: string;
  display_name: string;
  role: Role;
  unit_key: string | null;
  active?: boolean;
  password?: string;
}

// Dossier indicators (docs/dossiers.md): the /api/dossiers routes.

export type DossierGrouping = 'ward' | 'unit' | 'procedure' | 'field' | 'month';

export type DossierIndicatorId =
  | 'on_time_rate'
  | 'apology_rate'
  | 'e_result_rate'
  | 'digitised_rate'
  | 'reuse_rate'
  | 'online_rate'
  | 'full_online_rate'
  | 'online_payment_rate'
  | 'payment_procedures_rate'
  | 'payment_enabled_rate'
  | 'satisfaction_rate';

export type DossierActionList = 'late_without_apology' | 'pending_overdue' | 'not_digitised' | 'fee_not_paid_online';

export interface DossierImportRun {
  imported_at: string;
  source: string;
  rows_read: number;
  inserted: number;
  updated: number;
  rejected: number;
  latest_day: string | null;
}

export interface DossierUnit {
  code: string;
  plan_unit_key: string | null;
  plan_unit_name: string | null;
}

export interface DossierSummary {
  count: number;
  latest_import: DossierImportRun | null;
  units: DossierUnit[];
  procedure_count: number;
  catalogue_count: number;
  from: string | null;
  to: string | null;
}

export interface IndicatorRow {
  group: string;
  name: string;
  from: string;
  to: string;
  indicator: DossierIndicatorId | string;
  label: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  rate_text: string;
}

export interface ScoreRow {
  group: string;
  indicator: string;
  label: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  rate_text: string;
  max_points: number;
  threshold: number;
  points: number | null;
  note: string;
}

export interface ScoreTable {
  from: string;
  to: string;
  rows: ScoreRow[];
  points: number;
  max_points: number;
}

export interface IndicatorTable {
  from: string;
  to: string;
  by: DossierGrouping;
  rows: IndicatorRow[];
}

export interface IndicatorLink {
  task_code: string;
  target_index: number;
  indicator: string;
  label: string;
  comparator: string;
  value: number | null;
  text: string;
  measured: number | null;
  met: boolean | null;
  period: string | null;
  source: string | null;
}

export interface DossierFilter {
  from: string;
  to: string;
  unit: string;
  procedure: string;
}

export interface ActionItem {
  code: string;
  unit: string;
  procedure: string;
  procedure_name: string;
  status: number | string;
  status_label: string;
  channel: number | string;
  received: string | null;
  due: string | null;
  ended: string | null;
  apologised: string | boolean | null;
  days_late: number | null;
}

export interface ActionListResult {
  list: DossierActionList;
  label: string;
  count: number;
  items: ActionItem[];
}

export interface ApologyRequest {
  codes: string[];
  reason: string;
  new_due: string;
  applicant?: string;
}

export interface RejectedRow {
  line: number;
  column: string | null;
  message: string;
  raw?: string;
}

export interface DossierImportResult {
  rows_read: number;
  inserted: number;
  updated: number;
  rejected_count: number;
  rejected: RejectedRow[];
  warnings: (string | { line?: number; message: string })[];
}

// The PAR-index scores (docs/methodology.md): the /api/scores routes.

export type CriterionState = 'scored' | 'pending' | 'missed' | 'settled' | 'not_applicable';
export type ScorePart = 'assessed' | 'survey';
export type AppraisalStage = 'open' | 'self_assessed' | 'appraised' | 'explained' | 'final';
export type RuleSource = 'indicator' | 'target' | 'task' | 'entered';

export interface ScoreMethodologyInfo {
  title: string;
  template: boolean;
  is_default: boolean;
  source_name: string | null;
  imported_at: string | null;
  imported_by: string | null;
}

export interface ScoreTotals {
  max: number;
  applicable_max: number;
  assessed_max: number;
  survey_max: number;
  assessed_now: number;
  survey_now: number;
  assessed_projected: number;
  survey_projected: number;
  survey_known: boolean;
  index_now: number;
  index_projected: number;
  now_formula: string;
  projected_formula: string;
  last_year: number | null;
  change: number | null;
}

export interface ScoreUnitRef {
  key: string;
  name: string;
}

export interface ScoreRule {
  type: string;
  type_label: string;
  source: RuleSource;
  indicator: string | null;
  /** The target's number in the task, from 1. */
  target: number | null;
  threshold: number | null;
  evidence: string;
}

export interface ScoreResult {
  self_points: number | null;
  self_explanation: string;
  appraised_points: number | null;
  appraisal_comment: string;
  ward_explanation: string;
  final_points: number | null;
  stage: AppraisalStage;
  /** Appraised − self. */
  difference: number | null;
  updated_at: string;
  updated_by: string;
}

export interface ScoreResultInput {
  self_points: number | null;
  self_explanation: string;
  appraised_points: number | null;
  appraisal_comment: string;
  ward_explanation: string;
  final_points: number | null;
}

export interface ScoreNode {
  code: string;
  title: string;
  /** 0 for an area (I..IX). */
  depth: number;
  leaf: boolean;
  part: ScorePart;
  max: number;
  applicable_max: number;
  state: CriterionState;
  state_label: string;
  now: number;
  projected: number;
  now_formula: string;
  projected_formula: string;
  value_now: number | null;
  value_projected: number | null;
  closed: boolean;
  reason: string;
  projection_note: string;
  lead_units: ScoreUnitRef[];
  rule: ScoreRule | null;
  result: ScoreResult;
  last_year: number | null;
  /** Projected − last year. */
  change: number | null;
}

export interface ScoreRisk {
  rank: number;
  code: string;
  title: string;
  gain: number;
  max: number;
  now: number;
  projected: number;
  reason: string;
  projection_note: string;
  formula: string;
  state: CriterionState;
  state_label: string;
  lead_units: ScoreUnitRef[];
  last_year: number | null;
}

export interface ScoreUnitAccount {
  rank: number;
  key: string;
  name: string;
  head: string | null;
  criteria: string[];
  stake: number;
  now: number;
  projected: number;
  lost: number;
  at_risk: number;
  /** Percent. */
  share: number;
  overdue_tasks: number;
  late_dossiers: number;
}

export interface Scorecard {
  year: number;
  today: string;
  methodology: ScoreMethodologyInfo;
  totals: ScoreTotals;
  /** Document order; depth 0 = area. */
  nodes: ScoreNode[];
  /** Largest gain first. */
  risks: ScoreRisk[];
  units: ScoreUnitAccount[];
}

export interface MethodologyProblem {
  line: number | null;
  field: string;
  message: string;
}

export interface ScoreResultsImport {
  stored: number;
  skipped: { line: number; message: string }[];
}

// Official documents (docs/documents.md): the /api/official routes and the plan import.

export type DocumentFormat = 'docx' | 'pdf' | 'xlsx';

/** What the frame of every official document prints: stored once per ward, or read off the plan. */
export interface DocumentSettings {
  ward_name: string;
  superior_body: string;
  issuer: string;
  place: string;
  report_symbol: string;
  report_number: string;
  signer_authority: string;
  signer_title: string;
  signer_name: string;
  recipients: string[];
}

export interface DocumentSettingsState {
  settings: DocumentSettings;
  /** False while the settings are still read off the plan. */
  stored: boolean;
  updated_at: string;
  updated_by: string;
}

/** A refused field: `field` is a settings field, or `recipients[2]` for a list item. */
export interface DocumentProblem {
  field: string;
  line: number | null;
  message: string;
}

export interface ReportNotes {
  obstacles: string;
  proposals: string;
  updated_at: string;
  updated_by: string;
}

export interface PeriodicReportTarget {
  required: string;
  measured: number | null;
  measured_text: string;
  met: boolean | null;
  /** The value came from the one-stop dossier data. */
  automatic: boolean;
}

export interface PeriodicReportTask {
  code: string;
  title: string;
  requirement: string;
  deadline_text: string;
  lead_units: string;
  coordinating_units: string;
  status: Official;
  status_label: string;
  light: Light;
  light_label: string;
  targets: PeriodicReportTarget[];
  narrative: string;
  reasons: string[];
  unmet: boolean;
}

export interface PeriodicReportArea {
  code: string;
  title: string;
  done: number;
  total: number;
  max_points: number | null;
  points_now: number | null;
  points_projected: number | null;
  tasks: PeriodicReportTask[];
}

export interface PeriodicReportSummary {
  tasks: number;
  done_on_time: number;
  done_late: number;
  open_in_time: number;
  open_overdue: number;
  targets: number;
  targets_met: number;
  targets_unmet: number;
  index_now: number | null;
  index_projected: number | null;
  index_last_year: number | null;
  /** How the index now adds up ("100 × 13,53 / 68 = 19,9 …"), when the server gives it. */
  index_now_formula?: string;
  template_methodology: boolean;
}

/** GET /api/official/report: the periodic report as of the period's last day. */
export interface PeriodicReport {
  period: { code: string; label: string; from: string; to: string };
  as_of: string;
  issued_on: string;
  plan_year: number;
  plan_reference: string;
  plan_title: string;
  settings: DocumentSettings;
  summary: PeriodicReportSummary;
  areas: PeriodicReportArea[];
  /** Codes of the tasks overdue or with a target measured and not met. */
  unmet: string[];
  indicators: { name: string; percent: number | null; numerator: number; denominator: number }[];
  indicator_range: string;
  scores: {
    code: string;
    title: string;
    depth: number;
    max_points: number;
    now: number | null;
    projected: number | null;
    last_year: number | null;
  }[];
  obstacles: string[];
  proposals: string[];
  notes: ReportNotes;
}

export type PlanImportOutcome = 'created' | 'updated' | 'unchanged';

/** POST /api/plan/import: what reading a plan file changed. */
export interface PlanImportResult {
  outcome: PlanImportOutcome;
  year: number;
  counts: { areas: number; groups: number; tasks: number };
  units: number;
  added: string[];
  modified: string[];
  removed: string[];
  warnings: DocumentProblem[];
}
