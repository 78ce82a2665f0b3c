// Every string a person reads in the browser application, and nowhere else (docs/glossary.md).

import type {
  DossierActionList,
  DossierGrouping,
  InboxItem,
  InboxKind,
  Light,
  ObstacleState,
  Official,
  PeriodState,
  Progress,
  ReportState,
  Role,
} from './types';

export const roleLabels: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  chairman: 'Chủ tịch',
  vice_chairman: 'Phó Chủ tịch',
  coordinator: 'Phòng Văn hóa - Xã hội (đầu mối)',
  unit_head: 'Trưởng đơn vị',
  unit_staff: 'Cán bộ đơn vị',
  viewer: 'Người xem',
};

export const lightLabels: Record<Light, string> = {
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ chậm',
  overdue: 'Quá hạn',
  done: 'Hoàn thành',
};

export const officialLabels: Record<Official, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  open_in_time: 'Chưa hoàn thành, còn trong hạn',
  open_overdue: 'Chưa hoàn thành, quá hạn',
};

export const reportStateLabels: Record<ReportState, string> = {
  draft: 'Bản nháp',
  submitted: 'Đã gửi, chờ xem xét',
  returned: 'Bị trả lại',
  accepted: 'Đã chấp nhận',
};

export const progressLabels: Record<Progress, string> = {
  not_started: 'Chưa bắt đầu',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  at_risk: 'Có nguy cơ chậm',
  blocked: 'Gặp vướng mắc',
};

export const periodStateLabels: Record<PeriodState, string> = {
  upcoming: 'Chưa đến kỳ',
  open: 'Đang mở',
  closed: 'Đã đóng',
  locked: 'Đã khóa',
};

export const inboxKindLabels: Record<InboxKind, string> = {
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  returned: 'Bị trả lại',
  to_review: 'Chờ tôi xem xét',
  escalated: 'Đã báo lên cấp trên',
  obstacle: 'Vướng mắc',
};

/** How far an item has been raised; docs/api.md says "reminder", the server says "unit". */
export const inboxLevelLabels: Record<InboxItem['level'], string> = {
  reminder: 'Nhắc việc',
  unit: 'Nhắc việc',
  unit_head: 'Đã báo trưởng đơn vị',
  coordinator: 'Đã báo đầu mối',
};

export const obstacleStateLabels: Record<ObstacleState, string> = {
  open: 'Chưa trả lời',
  answered: 'Đã trả lời',
};

/** The history's actions (audit log codes). */
export const auditActionLabels: Record<string, string> = {
  'report.create': 'Lập báo cáo',
  'report.edit': 'Sửa báo cáo',
  'report.submit': 'Gửi báo cáo',
  'report.accept': 'Chấp nhận báo cáo',
  'report.return': 'Trả lại báo cáo',
  'report.review': 'Xem xét báo cáo',
  'report.evidence.add': 'Tải lên tài liệu kiểm chứng',
  'report.evidence.remove': 'Xóa tài liệu kiểm chứng',
  'report.document.add': 'Thêm văn bản liên quan',
  'report.document.remove': 'Xóa văn bản liên quan',
  'obstacle.raise': 'Nêu vướng mắc, kiến nghị',
  'obstacle.answer': 'Trả lời vướng mắc',
  'task.comment': 'Thêm ý kiến chỉ đạo',
  'period.lock': 'Khóa kỳ báo cáo',
  'period.unlock': 'Mở khóa kỳ báo cáo',
  'user.create': 'Tạo người dùng',
  'user.update': 'Sửa người dùng',
  'task.target.edit': 'Sửa chỉ tiêu',
};

export const unitRoleLabels = { lead: 'Chủ trì', coordinating: 'Phối hợp' } as const;

export const appTitle = 'Theo dõi Chỉ số cải cách hành chính';

/** The browser tab's title of a page. */
export const documentTitle = (page: string) => `${page} · parindex`;

export const nav = {
  dashboard: 'Tổng quan',
  plan: 'Kế hoạch',
  inbox: 'Việc của tôi',
  units: 'Đơn vị',
  obstacles: 'Vướng mắc',
  dossiers: 'Hồ sơ TTHC',
  admin: 'Quản trị',
  logout: 'Đăng xuất',
  menu: 'Điều hướng chính',
  inboxCount: (n: number) => `${n} việc cần làm`,
};

export const common = {
  loading: 'Đang tải…',
  save: 'Lưu',
  cancel: 'Hủy',
  edit: 'Sửa',
  delete: 'Xóa',
  none: 'Không có',
  all: 'Tất cả',
  saved: 'Đã lưu.',
  name: 'Tên',
  task: 'Nhiệm vụ',
  unit: 'Đơn vị',
  status: 'Tình trạng',
  total: 'Tổng số',
  area: 'Lĩnh vực',
  showTable: 'Xem bảng số liệu',
};

export const errors = {
  network: 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  byStatus: {
    400: 'Dữ liệu gửi lên không hợp lệ.',
    401: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    403: 'Bạn không có quyền thực hiện thao tác này.',
    404: 'Không tìm thấy dữ liệu yêu cầu.',
    409: 'Dữ liệu đã bị thay đổi bởi người khác hoặc không còn ở trạng thái cho phép.',
    413: 'Tệp quá lớn: mỗi tệp tối đa 20 MB.',
    415: 'Loại tệp không được chấp nhận. Chỉ nhận PDF, Word, Excel, OpenDocument, PNG, JPEG.',
    429: 'Bạn đã thử quá nhiều lần. Vui lòng chờ vài phút rồi thử lại.',
  } as Record<number, string>,
  badResponse: 'Máy chủ trả lời không đúng định dạng. Vui lòng thử lại sau.',
  unexpected: (status: number) => `Máy chủ gặp lỗi (mã ${status}). Vui lòng thử lại sau.`,
  /** Follows the server's 409 message, once the page has fetched the newest data. */
  reloaded: (message: string) =>
    `${message}${/[.!?]$/.test(message) ? '' : '.'} Trang đã tải lại dữ liệu mới nhất; vui lòng kiểm tra rồi thao tác lại.`,
  pageNotFound: 'Không tìm thấy trang này.',
};

export const login = {
  title: 'Đăng nhập',
  intro: 'Hệ thống theo dõi kế hoạch duy trì, nâng cao Chỉ số cải cách hành chính',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  submit: 'Đăng nhập',
  submitting: 'Đang đăng nhập…',
  required: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
  publicLink: 'Xem tiến độ công khai (không cần đăng nhập)',
};

export const dashboard = {
  title: 'Tổng quan tiến độ',
  today: (d: string) => `Số liệu đến ngày ${d}`,
  lights: 'Theo tín hiệu tiến độ',
  official: 'Theo tình trạng hoàn thành',
  byArea: 'Theo lĩnh vực',
  byUnit: 'Theo đơn vị',
  overdue: 'Nhiệm vụ quá hạn',
  noOverdue: 'Không có nhiệm vụ quá hạn.',
  reports: 'Báo cáo theo trạng thái',
  chartByArea: 'Biểu đồ số nhiệm vụ theo lĩnh vực và tín hiệu tiến độ',
  chartByUnit: 'Biểu đồ số nhiệm vụ theo đơn vị và tín hiệu tiến độ',
};

export const plan = {
  title: 'Kế hoạch',
  filters: 'Lọc nhiệm vụ',
  area: 'Lĩnh vực',
  unit: 'Đơn vị',
  status: 'Tình trạng',
  search: 'Tìm kiếm',
  searchPlaceholder: 'Mã, tên nhiệm vụ, yêu cầu… (gõ không dấu được)',
  allAreas: 'Tất cả lĩnh vực',
  allUnits: 'Tất cả đơn vị',
  allStatuses: 'Mọi tình trạng',
  shown: (shown: number, total: number) => `Đang hiển thị ${shown}/${total} nhiệm vụ`,
  noMatch: 'Không có nhiệm vụ nào khớp với bộ lọc.',
  areaHeading: (code: string, title: string) => `Lĩnh vực ${code}. ${title}`,
  lead: 'Chủ trì',
};

export const task = {
  requirement: (year: number) => `Yêu cầu năm ${year}`,
  targets: 'Chỉ tiêu',
  target: 'Chỉ tiêu',
  expected: 'Mức yêu cầu',
  measured: 'Kết quả đo được',
  met: 'Đánh giá',
  metYes: 'Đạt',
  metNo: 'Chưa đạt',
  metUnknown: 'Chưa có số liệu',
  editTarget: 'Sửa',
  editTargetTitle: (label: string) => `Sửa chỉ tiêu “${label}”`,
  targetLabel: 'Nội dung chỉ tiêu',
  comparator: 'Cách so sánh',
  targetValue: 'Giá trị yêu cầu',
  targetUnit: 'Đơn vị tính (%, đơn vị, hồ sơ…)',
  referenceYear: 'Năm so sánh',
  comparators: {
    gt: 'Trên (>)',
    ge: 'Từ … trở lên (≥)',
    eq: 'Bằng (=)',
    le: 'Không quá (≤)',
    lt: 'Dưới (<)',
    decrease: 'Giảm so với năm',
    increase: 'Tăng so với năm',
    qualitative: 'Định tính (hoàn thành, có tài liệu kiểm chứng)',
  } as Record<string, string>,
  targetEdited: 'đã sửa tay',
  measuredIn: (period: string) => `(kỳ ${period})`,
  deadline: 'Thời gian hoàn thành',
  due: (d: string) => `hạn ${d}`,
  lead: 'Cơ quan chủ trì',
  coordinating: 'Cơ quan phối hợp',
  reasons: 'Lý do',
  reports: 'Báo cáo tiến độ',
  noReports: 'Chưa có báo cáo nào.',
  history: 'Lịch sử thay đổi',
  noHistory: 'Chưa có thay đổi nào được ghi lại.',
  comments: 'Ý kiến chỉ đạo',
  noComments: 'Chưa có ý kiến chỉ đạo.',
  addComment: 'Thêm ý kiến chỉ đạo',
  commentText: 'Nội dung ý kiến',
  sendComment: 'Gửi ý kiến',
  obstacles: 'Vướng mắc, kiến nghị',
  noObstacles: 'Chưa có vướng mắc nào.',
  raiseObstacle: 'Nêu vướng mắc, kiến nghị',
  obstacleText: 'Nội dung vướng mắc, kiến nghị',
  sendObstacle: 'Gửi vướng mắc',
  answer: 'Trả lời',
  answerText: 'Nội dung trả lời',
  sendAnswer: 'Gửi trả lời',
  raisedBy: (who: string, unit: string, when: string) => `${who} (${unit}), ${when}`,
  answeredBy: (who: string, when: string) => `Trả lời của ${who}, ${when}`,
  newReport: 'Lập báo cáo',
  newReportFor: (unit: string) => `Lập hoặc mở báo cáo của ${unit}`,
  choosePeriod: 'Kỳ báo cáo',
  openReport: 'Mở báo cáo',
  noOpenPeriod: 'Hiện không có kỳ báo cáo nào đang mở.',
  breadcrumb: 'Vị trí trong kế hoạch',
};

export const report = {
  heading: (unit: string, period: string) => `${unit} · ${period}`,
  progress: 'Tiến độ thực hiện',
  narrative: 'Kết quả thực hiện (mô tả)',
  values: 'Số liệu theo chỉ tiêu',
  valueFor: (label: string, unit: string) => (unit ? `${label} (${unit})` : label),
  valueInvalid: (label: string) => `Giá trị của chỉ tiêu "${label}" phải là một số.`,
  noValue: 'chưa nhập',
  evidence: 'Tài liệu kiểm chứng',
  noEvidence: 'Chưa có tài liệu kiểm chứng.',
  upload: 'Tải lên tài liệu kiểm chứng',
  uploadHint: 'PDF, Word, Excel, OpenDocument, PNG hoặc JPEG; mỗi tệp tối đa 20 MB.',
  uploading: (name: string) => `Đang tải lên ${name}…`,
  uploaded: (name: string) => `Đã tải lên ${name}.`,
  documents: 'Văn bản liên quan',
  noDocuments: 'Chưa có văn bản nào.',
  addDocument: 'Thêm văn bản',
  numberSymbol: 'Số, ký hiệu',
  issuedOn: 'Ngày ban hành (dd/mm/yyyy)',
  datePlaceholder: 'dd/mm/yyyy',
  issuingBody: 'Cơ quan ban hành',
  summary: 'Trích yếu',
  page: 'Trang',
  dateInvalid: 'Ngày ban hành phải có dạng dd/mm/yyyy, ví dụ 23/07/2025.',
  documentRequired: 'Vui lòng nhập số, ký hiệu và trích yếu của văn bản.',
  saveDraft: 'Lưu nháp',
  submit: 'Gửi báo cáo',
  resubmit: 'Gửi lại báo cáo',
  submitted: 'Đã gửi báo cáo.',
  review: 'Xem xét báo cáo',
  reviewComment: 'Ý kiến xem xét',
  reviewCommentRequired: 'Vui lòng nhập ý kiến khi trả lại báo cáo.',
  accept: 'Chấp nhận',
  return: 'Trả lại để bổ sung',
  accepted: 'Đã chấp nhận báo cáo.',
  returned: 'Đã trả lại báo cáo.',
  returnedNotice: 'Báo cáo bị trả lại, ý kiến của người xem xét:',
  reviewerComment: 'Ý kiến xem xét',
  updated: (when: string, who: string) => `Cập nhật ${when}${who ? ` bởi ${who}` : ''}`,
  submittedAt: (when: string) => `Gửi lúc ${when}`,
  reviewed: (when: string, who: string) => `Xem xét ${when}${who ? ` bởi ${who}` : ''}`,
  download: (name: string) => `Tải về ${name}`,
  deleteEvidence: (name: string) => `Xóa tệp ${name}`,
  deleteDocument: (symbol: string) => `Xóa văn bản ${symbol}`,
  confirmDelete: 'Bạn có chắc muốn xóa?',
};

export const unitsPage = {
  title: 'Đơn vị',
  kinds: { unit: 'Đơn vị', group: 'Nhóm đơn vị' } as Record<string, string>,
  coordinator: 'Đầu mối',
  led: 'Chủ trì',
  supported: 'Phối hợp',
  tasksOf: (name: string) => `Nhiệm vụ của ${name}`,
  noTasks: 'Đơn vị chưa được giao nhiệm vụ nào.',
};

export const inbox = {
  title: 'Việc của tôi',
  message: {
    due_soon: (period: string, unit: string, due: string) => `Báo cáo ${period} của ${unit} cần gửi trước ngày ${due}.`,
    overdue: (period: string, unit: string, due: string) => `Báo cáo ${period} của ${unit} đã quá hạn từ ngày ${due}.`,
    returned: (period: string, unit: string) => `Báo cáo ${period} của ${unit} bị trả lại: cần bổ sung và gửi lại.`,
    to_review: (period: string, unit: string) => `${unit} đã gửi báo cáo ${period}, chờ xem xét.`,
    escalated: (period: string, unit: string, due: string) => `Báo cáo ${period} của ${unit} chưa gửi dù hạn là ngày ${due}.`,
    obstacle: (_period: string, unit: string) => `${unit} nêu vướng mắc, kiến nghị.`,
  } satisfies Record<InboxKind, (period: string, unit: string, due: string) => string>,
  empty: 'Không có việc nào cần làm.',
  due: (d: string) => `Hạn ${d}`,
};

export const obstacles = {
  title: 'Vướng mắc, kiến nghị',
  filter: 'Lọc theo trạng thái',
  empty: 'Chưa có vướng mắc nào.',
};

export const admin = {
  title: 'Quản trị',
  users: 'Người dùng',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  role: 'Vai trò',
  unit: 'Đơn vị',
  noUnit: '(không thuộc đơn vị)',
  active: 'Đang hoạt động',
  inactive: 'Đã khóa',
  password: 'Mật khẩu',
  newPassword: 'Đặt lại mật khẩu (để trống nếu không đổi)',
  createUser: 'Thêm người dùng',
  editUser: (name: string) => `Sửa người dùng ${name}`,
  userSaved: 'Đã lưu người dùng.',
  unitRequired: 'Vai trò này cần chọn đơn vị.',
  units: 'Đơn vị',
  unitName: 'Tên đơn vị',
  addUnit: 'Thêm đơn vị',
  rename: 'Đổi tên',
  renameUnit: (name: string) => `Tên mới cho ${name}`,
  unitSaved: 'Đã lưu đơn vị.',
  actions: 'Thao tác',
};

export const publicPage = {
  heading: 'Tiến độ thực hiện kế hoạch (công khai)',
  byArea: 'Tiến độ theo lĩnh vực',
  tasks: 'Danh sách nhiệm vụ',
  done: (done: number, total: number) => `${done}/${total} nhiệm vụ hoàn thành`,
  loginLink: 'Đăng nhập dành cho cán bộ',
  dashboardLink: 'Vào hệ thống',
  today: (d: string) => `Số liệu đến ngày ${d}`,
};

/** Short column heads of the indicators (the server's labels are the long names). */
export const indicatorShortLabels: Record<string, string> = {
  on_time_rate: 'Đúng hạn',
  apology_rate: 'Xin lỗi khi quá hạn',
  e_result_rate: 'Kết quả điện tử',
  digitised_rate: 'Số hóa',
  reuse_rate: 'Tái sử dụng',
  online_rate: 'Trực tuyến',
  full_online_rate: 'Toàn trình',
  online_payment_rate: 'Thanh toán trực tuyến',
  payment_procedures_rate: 'TTHC có thanh toán TT',
  payment_enabled_rate: 'TTHC triển khai TTTT',
  satisfaction_rate: 'Hài lòng',
};

export const comparatorSymbols: Record<string, string> = { gt: '>', ge: '≥', eq: '=', le: '≤', lt: '<' };

export const dossiers = {
  title: 'Hồ sơ thủ tục hành chính',
  freshness: (count: string) => `${count} hồ sơ trong cơ sở dữ liệu`,
  lastImport: (date: string, source: string) => `Lần nhập gần nhất: ${date}${source ? ` (${source})` : ''}`,
  newestDay: (date: string) => `Số liệu mới nhất: ngày ${date}`,
  noImport: 'Chưa nhập dữ liệu hồ sơ nào.',
  catalogue: (procedures: string, catalogue: string) => `${procedures} thủ tục có hồ sơ; danh mục có ${catalogue} thủ tục`,
  filters: 'Kỳ số liệu và cách nhóm',
  periodKind: 'Kỳ',
  periodKinds: { year: 'Cả năm', quarter: 'Quý', month: 'Tháng', custom: 'Tùy chọn' } as Record<string, string>,
  year: 'Năm',
  quarter: 'Quý',
  quarterName: (q: number) => `Quý ${['I', 'II', 'III', 'IV'][q - 1]}`,
  month: 'Tháng',
  monthName: (m: number) => `Tháng ${m}`,
  monthShort: (m: number) => `T${m}`,
  from: 'Từ ngày',
  to: 'Đến ngày',
  period: (from: string, to: string) => `Từ ${from} đến ${to}`,
  rangeInvalid: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.',
  groupBy: 'Nhóm theo',
  groupings: { ward: 'Toàn phường', unit: 'Đơn vị', procedure: 'Thủ tục', field: 'Lĩnh vực', month: 'Tháng' } satisfies Record<DossierGrouping, string>,
  unitFilter: 'Đơn vị xử lý',
  allUnits: 'Tất cả đơn vị',
  indicators: 'Chỉ số',
  scores: 'Điểm theo phương pháp của Quyết định 766/QĐ-TTg',
  scoresNote: 'Điểm = điểm tối đa × tỷ lệ / ngưỡng đủ điểm, không quá điểm tối đa; các mức là dữ liệu phương pháp (data/methodology), không cố định trong chương trình.',
  scoreGroup: 'Nhóm',
  scorePoints: 'Điểm',
  scoreMax: 'Tối đa',
  scoreThreshold: 'Ngưỡng đủ điểm',
  scoreTotal: 'Cộng',
  indicator: 'Chỉ số',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  rate: 'Tỷ lệ',
  target: 'Chỉ tiêu kế hoạch',
  assessment: 'Đánh giá',
  met: 'Đạt',
  notMet: 'Chưa đạt',
  noTarget: '—',
  notApplicable: 'N/A',
  groupColumn: (by: string) => by,
  ratio: (numerator: string, denominator: string) => `${numerator}/${denominator}`,
  cellTitle: (label: string, numerator: string, denominator: string) => `${label}: ${numerator}/${denominator} hồ sơ`,
  noRows: 'Không có số liệu trong kỳ này.',
  charts: (year: number) => `Diễn biến theo tháng năm ${year}`,
  chartLabel: (label: string) => `Biểu đồ ${label} theo tháng`,
  targetLine: (text: string) => `Chỉ tiêu ${text}`,
  actions: 'Danh sách cần xử lý',
  actionLists: {
    late_without_apology: 'Quá hạn chưa có phiếu xin lỗi',
    pending_overdue: 'Đang xử lý đã quá hạn',
    not_digitised: 'Chưa số hóa',
    fee_not_paid_online: 'Phí chưa thanh toán trực tuyến',
  } satisfies Record<DossierActionList, string>,
  downloadCsv: 'Tải CSV',
  downloadExcel: 'Tải Excel',
  emptyList: 'Không có hồ sơ nào trong danh sách này.',
  shownOf: (shown: string, total: string) => `Đang hiển thị ${shown}/${total} hồ sơ; tải CSV hoặc Excel để xem đầy đủ.`,
  columns: {
    select: 'Chọn',
    code: 'Mã hồ sơ',
    unit: 'Đơn vị',
    procedure: 'Thủ tục',
    status: 'Trạng thái',
    received: 'Ngày tiếp nhận',
    due: 'Ngày hẹn trả',
    ended: 'Ngày kết thúc',
    apologised: 'Ngày xin lỗi',
    daysLate: 'Số ngày trễ',
  },
  selectAll: 'Chọn tất cả hồ sơ đang hiển thị',
  selectOne: (code: string) => `Chọn hồ sơ ${code}`,
  selected: (n: number) => `Đã chọn ${n} hồ sơ`,
  apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  reason: 'Lý do chậm trễ',
  newDue: 'Ngày hẹn trả mới',
  applicant: 'Người nộp (không bắt buộc)',
  makeLetters: 'Tạo phiếu xin lỗi (DOCX)',
  making: 'Đang tạo phiếu…',
  made: (n: number) => `Đã tạo phiếu xin lỗi cho ${n} hồ sơ.`,
  noneSelected: 'Vui lòng chọn ít nhất một hồ sơ.',
  reasonRequired: 'Vui lòng nhập lý do chậm trễ.',
  newDueRequired: 'Vui lòng chọn ngày hẹn trả mới.',
  import: 'Nhập dữ liệu',
  importKind: 'Loại dữ liệu',
  importKinds: { dossiers: 'Hồ sơ', procedures: 'Danh mục TTHC' } as Record<string, string>,
  importFile: 'Tệp dữ liệu (CSV, Excel .xlsx hoặc JSONL)',
  strict: 'Dừng nếu có lỗi',
  upload: 'Tải lên và nhập',
  uploading: (name: string) => `Đang nhập ${name}…`,
  chooseFile: 'Vui lòng chọn tệp cần nhập.',
  badExtension: 'Chỉ nhận tệp .csv, .xlsx hoặc .jsonl.',
  importDone: (read: string, inserted: string, updated: string, rejected: string) =>
    `Đã đọc ${read} dòng: thêm mới ${inserted}, cập nhật ${updated}, bị từ chối ${rejected}.`,
  rejectedRows: (shown: number, total: string) => `Các dòng bị từ chối (${shown} dòng đầu trên tổng số ${total})`,
  warningCount: (n: number) => `Cảnh báo (${n})`,
  line: 'Dòng',
  column: 'Cột',
  message: 'Lỗi',
};
