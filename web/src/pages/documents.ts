// Báo cáo, văn bản (`#/bao-cao`): the periodic report of a quarter, half or year, previewed as the
// document the server writes (Nghị định 30: issuer and national title, number, place and date,
// sections I to V, signature and "Nơi nhận") and downloaded as Word, PDF or Excel; for the
// coordinator and the administrator, the period's difficulties and proposals and the settings every
// document prints; the plan as a document, and a plan read from a Word, Excel or text file
// (docs/documents.md).

import { ApiError, api, saveDownload } from '../api';
import type { Download } from '../api';
import { errorText, pageTitle } from '../components';
import { forgetPlan, loadPlan } from '../data';
import { field, h, messageBox, replaceChildren } from '../dom';
import { formatDate, formatDateTime, formatNumber } from '../format';
import { documents as labels } from '../labels';
import type { PageContext } from '../page';
import { uploadForm } from '../upload-form';
import type {
  DocumentFormat,
  DocumentProblem,
  DocumentSettings,
  DocumentSettingsState,
  PeriodicReport,
  PeriodicReportArea,
  PeriodicReportTarget,
  PeriodicReportTask,
  PlanImportResult,
} from '../types';

type TextSetting = Exclude<keyof DocumentSettings, 'recipients'>;

/** The settings form's fields, in the order the document prints them. */
const textSettings: TextSetting[] = [
  'issuer',
  'ward_name',
  'place',
  'superior_body',
  'report_symbol',
  'report_number',
  'signer_authority',
  'signer_title',
  'signer_name',
];

const reportFormats: DocumentFormat[] = ['docx', 'pdf', 'xlsx'];
const planFormats: DocumentFormat[] = ['docx', 'xlsx', 'pdf'];

/** Kept while the application runs, so coming back finds the period chosen before. */
let chosenPeriod: string | null = null;

interface PeriodOption {
  code: string;
  label: string;
  startsOn: string;
  quarter: boolean;
}

/** The quarters, the two halves and the whole year of the plan's year. */
function periodOptions(year: number): PeriodOption[] {
  const quarters = ['I', 'II', 'III', 'IV'].map((roman, index) => ({
    code: `${year}-Q${index + 1}`,
    label: labels.quarter(roman, year),
    startsOn: `${year}-${String(index * 3 + 1).padStart(2, '0')}-01`,
    quarter: true,
  }));
  return [
    ...quarters,
    { code: `${year}-H1`, label: labels.firstHalf(year), startsOn: `${year}-01-01`, quarter: false },
    { code: `${year}-H2`, label: labels.secondHalf(year), startsOn: `${year}-07-01`, quarter: false },
    { code: `${year}`, label: labels.wholeYear(year), startsOn: `${year}-01-01`, quarter: false },
  ];
}

const hasStarted = (option: PeriodOption, today: string) => option.startsOn <= today;

/** The latest quarter that has started; the first one when none has. */
function defaultPeriod(options: PeriodOption[], today: string): string {
  const started = options.filter((option) => option.quarter && hasStarted(option, today));
  return (started[started.length - 1] ?? options[0]!).code;
}

/** The server's today (it may be set with --today), else this computer's. */
async function serverToday(): Promise<string> {
  try {
    return (await api.dashboard()).today;
  } catch {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }
}

// --- Writing as the document writes (src/report/official_layout.cpp) ---

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');
const lower = (text: string) => text.toLocaleLowerCase('vi-VN');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function capitalizeFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return upper(letter) + text.slice(letter.length);
}

const syllablePairs = new Set(['ch', 'gh', 'kh', 'ng', 'nh', 'ph', 'th', 'tr']);

/** UBND, HĐND, QPPL: no vowel, or two consonants no Vietnamese syllable puts side by side. */
function isAbbreviation(lowerWord: string): boolean {
  let hasVowel = false;
  let previous = '';
  for (const letter of lowerWord) {
    const ascii = letter.charCodeAt(0) < 0x80;
    if (ascii && (letter < 'a' || letter > 'z')) {
      previous = '';
      continue;
    }
    const consonant = letter === 'đ' || (ascii && !'aeiouy'.includes(letter));
    if (!consonant) {
      hasVowel = true;
      previous = '';
      continue;
    }
    if (previous !== '' && (previous === 'đ' || letter === 'đ' || !syllablePairs.has(previous + letter))) return true;
    previous = letter;
  }
  return !hasVowel;
}

/** "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" → "Công tác chỉ đạo, điều hành"; mixed case is kept. */
function sentenceCase(name: string): string {
  const text = name.normalize('NFC');
  if (upper(text) !== text) return name;
  return capitalizeFirst(
    text
      .split(' ')
      .map((word) => (isAbbreviation(lower(word)) ? word : lower(word)))
      .join(' '),
  );
}

/** "Quý III/2025" inside a sentence: "quý III/2025". */
function periodInSentence(label: string): string {
  const space = label.indexOf(' ');
  const end = space < 0 ? label.length : space;
  return lower(label.slice(0, end)) + label.slice(end);
}

function issuerInSentence(settings: DocumentSettings): string {
  if (settings.issuer.trim() === '') return capitalizeFirst(settings.ward_name);
  return sentenceCase(settings.issuer);
}

/** The issuer in capitals on two lines: "ỦY BAN NHÂN DÂN" over "PHƯỜNG BẮC KẠN". */
function issuerLines(issuer: string): string[] {
  if (issuer.includes('\n')) return upper(issuer).split('\n');
  const text = upper(collapse(issuer));
  const committee = upper(labels.peopleCommittee);
  for (const prefix of [`${committee} `, `${labels.peopleCommitteeShort} `]) {
    if (text.length > prefix.length && text.startsWith(prefix)) return [committee, text.slice(prefix.length)];
  }
  return [text];
}

/** A title followed by ": …": its own full stop would read ".:". */
const titleBeforeColon = (title: string) => title.replace(/[.\s]+$/, '');

/** Text a person wrote, on one line, ending a sentence. */
function asSentence(text: string): string {
  const line = collapse(text);
  if (line === '' || /[.!?;:…]$/.test(line)) return line;
  return `${line}.`;
}

/** "Bắc Kạn, ngày 05 tháng 10 năm 2025": the day below 10 and the month below 3 with a zero. */
function placeAndDate(place: string, isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const pad = (text: string, below: number) => (Number(text) < below ? `0${Number(text)}` : String(Number(text)));
  return labels.placeDate(place, pad(day, 10), pad(month, 3), year);
}

/** "- item;" lines, the last ending with "." */
function recipientLines(settings: DocumentSettings): string[] {
  const items = [...(settings.superior_body.trim() ? [labels.superior(settings.superior_body.trim())] : []), ...settings.recipients];
  const lines = items
    .map((item) => collapse(item).replace(/[;.,]+$/, '').replace(/^-\s*/, '').trim())
    .filter((item) => item !== '')
    .map((item) => `- ${item}`);
  return lines.map((line, index) => `${line}${index + 1 === lines.length ? '.' : ';'}`);
}

const points = (value: number) => formatNumber(Math.round(value * 100) / 100);

// --- The preview sheet ---

function docParagraph(testId: string | null, ...children: (Node | string | null)[]): HTMLElement {
  return h('p', { class: 'doc-body', 'data-testid': testId }, children);
}

function docSection(text: string, testId: string): HTMLElement {
  return h('h4', { class: 'doc-heading', 'data-testid': testId }, text);
}

function sheetHeader(report: PeriodicReport): HTMLElement {
  const s = report.settings;
  const number = `${s.report_number.trim() || '\u00a0'.repeat(6)}/${s.report_symbol}`;
  return h(
    'div',
    { class: 'doc-header' },
    h(
      'div',
      { class: 'doc-issuer', 'data-testid': 'doc-issuer' },
      s.superior_body.trim() ? h('span', { class: 'doc-superior' }, upper(s.superior_body)) : null,
      issuerLines(s.issuer || s.ward_name).map((line) => h('strong', {}, line)),
      h('span', { class: 'doc-rule doc-rule-issuer', 'aria-hidden': 'true' }),
    ),
    h(
      'div',
      { class: 'doc-national', 'data-testid': 'doc-national' },
      h('strong', {}, labels.country),
      h('strong', { class: 'doc-motto' }, labels.motto),
      h('span', { class: 'doc-rule doc-rule-motto', 'aria-hidden': 'true' }),
    ),
    h('p', { class: 'doc-number', 'data-testid': 'doc-number' }, labels.number(number)),
    h('p', { class: 'doc-place-date', 'data-testid': 'doc-place-date' }, h('em', {}, placeAndDate(s.place, report.issued_on))),
  );
}

function targetText(target: PeriodicReportTarget): HTMLElement {
  const noValue = target.measured === null && target.measured_text === '';
  const measured = target.measured_text || (target.measured === null ? '' : formatNumber(target.measured));
  const verdict = target.met === null ? '' : target.met ? 'met' : 'unmet';
  return h(
    'span',
    { class: `doc-target${verdict ? ` doc-target-${verdict}` : ''}`, 'data-testid': 'doc-target', 'data-met': verdict || null },
    noValue ? labels.targetNoValue(target.required) : labels.targetValue(target.required, measured),
    target.automatic && !noValue ? ` ${labels.targetAutomatic}` : '',
    target.met === null ? '' : ` ${target.met ? labels.targetMet : labels.targetUnmet}`,
  );
}

function taskParagraph(task: PeriodicReportTask): HTMLElement {
  const targets = task.targets.flatMap((target, index) => [index > 0 ? '; ' : '', targetText(target)]);
  const narrative = asSentence(task.narrative);
  return h(
    'p',
    { class: `doc-body doc-task doc-task-${task.status}`, 'data-testid': 'doc-task', 'data-code': task.code },
    h('strong', { class: 'doc-task-title' }, `${task.code}. ${titleBeforeColon(task.title)}`),
    ': ',
    h('span', { class: 'doc-status', 'data-status': task.status }, `${task.status_label}.`),
    targets.length > 0 ? [' ', labels.taskTargets, targets, '.'] : null,
    narrative ? [' ', h('span', { class: 'doc-narrative' }, narrative)] : null,
  );
}

function areaProgress(area: PeriodicReportArea): string {
  const clauses = [labels.areaDone(formatNumber(area.done), formatNumber(area.total))];
  if (area.points_now !== null && area.max_points !== null) clauses.push(labels.areaPointsNow(points(area.points_now), points(area.max_points)));
  else if (area.max_points !== null) clauses.push(labels.areaPointsMax(points(area.max_points)));
  if (area.points_projected !== null) clauses.push(labels.areaPointsProjected(points(area.points_projected)));
  return `${capitalizeFirst(clauses.join('; '))}.`;
}

function generalResults(report: PeriodicReport): HTMLElement[] {
  const m = report.summary;
  const n = formatNumber;
  const items: (Node | string)[][] = [
    [labels.tasksLine(n(m.tasks), n(m.done_on_time + m.done_late), n(m.done_on_time), n(m.done_late), n(m.open_in_time), n(m.open_overdue))],
  ];
  if (m.targets > 0) {
    items.push([labels.targetsLine(n(m.targets), n(m.targets_met), n(m.targets_unmet), n(m.targets - m.targets_met - m.targets_unmet))]);
  }
  const clauses: string[] = [];
  if (m.index_now !== null) clauses.push(labels.indexNow(formatDate(report.as_of), points(m.index_now)));
  if (m.index_projected !== null) clauses.push(labels.indexProjected(report.plan_year, points(m.index_projected)));
  if (m.index_last_year !== null) clauses.push(labels.indexLastYear(report.plan_year - 1, points(m.index_last_year)));
  if (clauses.length > 0) {
    items.push([
      labels.indexLine,
      h('span', { 'data-testid': 'doc-index' }, clauses.join('; ')),
      m.template_methodology
        ? [' ', h('span', { class: 'doc-template', title: labels.templateHint, 'data-testid': 'doc-template-note' }, labels.templateNote)]
        : '',
      '.',
      m.index_now_formula ? ` ${labels.indexFormula(m.index_now_formula)}` : '',
    ].flat());
  }
  return items.map((children, index) => docParagraph(null, `${index + 1}. `, ...children));
}

function areaResults(report: PeriodicReport): HTMLElement[] {
  const blocks = report.areas.map((area, index) =>
    h(
      'section',
      { class: 'doc-area', 'data-testid': 'doc-area', 'data-code': area.code },
      h('p', { class: 'doc-body doc-subheading' }, `${index + 1}. ${sentenceCase(area.title)}`),
      docParagraph(null, areaProgress(area)),
      area.tasks.map(taskParagraph),
    ),
  );
  if (report.indicators.length > 0) {
    blocks.push(
      h(
        'section',
        { class: 'doc-area', 'data-testid': 'doc-indicators' },
        h('p', { class: 'doc-body doc-subheading' }, `${report.areas.length + 1}. ${labels.indicators(report.indicator_range)}`),
        report.indicators.map((indicator) =>
          docParagraph(
            null,
            indicator.percent === null
              ? labels.indicatorNone(indicator.name)
              : labels.indicatorValue(indicator.name, `${formatNumber(indicator.percent)}%`, formatNumber(indicator.numerator), formatNumber(indicator.denominator)),
          ),
        ),
      ),
    );
  }
  return blocks;
}

function unmetTasks(report: PeriodicReport): HTMLElement[] {
  const tasks = new Map(report.areas.flatMap((area) => area.tasks).map((task) => [task.code, task]));
  const unmet = report.unmet.map((code) => tasks.get(code)).filter((task): task is PeriodicReportTask => task !== undefined);
  if (unmet.length === 0) return [docParagraph(null, labels.unmetNone(formatDate(report.as_of)))];
  return unmet.map((task) => {
    const reasons = task.reasons.map(asSentence).filter((reason) => reason !== '');
    return docParagraph(
      'doc-unmet-task',
      h('strong', {}, `- ${task.code}. ${titleBeforeColon(task.title)}`),
      `: ${reasons.length > 0 ? reasons.join(' ') : labels.unmetNoReason}`,
    );
  });
}

function itemList(items: string[], testId: string): HTMLElement {
  const lines = items.map(asSentence).filter((item) => item !== '');
  return h(
    'div',
    { 'data-testid': testId },
    lines.length === 0 ? docParagraph(null, labels.none) : lines.map((line) => docParagraph('doc-item', `- ${line}`)),
  );
}

function signature(report: PeriodicReport): HTMLElement {
  const s = report.settings;
  const lines = recipientLines(s);
  return h(
    'div',
    { class: 'doc-signature', 'data-testid': 'doc-signature' },
    h(
      'div',
      { class: 'doc-recipients', 'data-testid': 'doc-recipients' },
      lines.length > 0 ? [h('p', { class: 'doc-recipients-title' }, labels.recipients), lines.map((line) => h('p', {}, line))] : null,
    ),
    h(
      'div',
      { class: 'doc-signer', 'data-testid': 'doc-signer' },
      s.signer_authority.trim() ? h('strong', {}, upper(s.signer_authority)) : null,
      h('strong', {}, upper(s.signer_title)),
      h('span', { class: 'doc-sign-space', 'aria-hidden': 'true' }),
      s.signer_name.trim() ? h('strong', {}, s.signer_name) : null,
    ),
  );
}

/** The report as an A4 sheet: what the DOCX and the PDF print, without the appendix. */
function reportSheet(report: PeriodicReport): HTMLElement {
  const s = report.settings;
  const period = periodInSentence(report.period.label);
  const issuer = issuerInSentence(s);
  return h(
    'article',
    { class: 'doc-sheet', lang: 'vi', 'data-testid': 'doc-preview', 'data-period': report.period.code, 'aria-label': labels.sheetLabel(report.period.label) },
    sheetHeader(report),
    h('h3', { class: 'doc-kind', 'data-testid': 'doc-kind' }, labels.kind),
    h('p', { class: 'doc-summary', 'data-testid': 'doc-summary' }, labels.summary(s.ward_name, period)),
    h('span', { class: 'doc-rule doc-rule-summary', 'aria-hidden': 'true' }),
    docParagraph(
      'doc-opening',
      report.plan_reference ? labels.opening(report.plan_reference, issuer, period) : labels.openingNoPlan(issuer, period),
    ),
    h('section', { 'data-testid': 'doc-general' }, docSection(labels.sectionGeneral, 'doc-section-general'), generalResults(report)),
    h('section', { 'data-testid': 'doc-areas' }, docSection(labels.sectionAreas, 'doc-section-areas'), areaResults(report)),
    h('section', { 'data-testid': 'doc-unmet' }, docSection(labels.sectionUnmet, 'doc-section-unmet'), unmetTasks(report)),
    h('section', {}, docSection(labels.sectionObstacles, 'doc-section-obstacles'), itemList(report.obstacles, 'doc-obstacles')),
    h('section', {}, docSection(labels.sectionProposals, 'doc-section-proposals'), itemList(report.proposals, 'doc-proposals')),
    docParagraph('doc-closing', labels.closing(period, issuer)),
    signature(report),
  );
}

// --- Downloads ---

/** A button that fetches a file, says it is busy meanwhile (the PDF takes seconds), then saves it. */
function downloadButton(
  format: DocumentFormat,
  testId: string,
  fetchFile: () => Promise<Download>,
  message: ReturnType<typeof messageBox>,
): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'download-button', 'data-testid': testId, 'data-format': format }, labels.download[format]);
  button.addEventListener('click', () => {
    message.clear();
    button.disabled = true;
    button.classList.add('busy');
    button.setAttribute('aria-busy', 'true');
    button.textContent = labels.preparing[format];
    fetchFile()
      .then(
        (download) => {
          const fileName = download.fileName.toLowerCase().endsWith(`.${format}`) ? download.fileName : `${download.fileName}.${format}`;
          saveDownload({ blob: download.blob, fileName });
        },
        (error: unknown) => message.show(errorText(error)),
      )
      .finally(() => {
        button.disabled = false;
        button.classList.remove('busy');
        button.removeAttribute('aria-busy');
        button.textContent = labels.download[format];
      });
  });
  return button;
}

// --- The page ---

export async function renderDocuments(context: PageContext): Promise<HTMLElement> {
  const role = context.session.user.role;
  // The server's can_edit_documents and can_edit_plan: the coordinator and the administrator.
  const canEdit = role === 'coordinator' || role === 'admin';
  const [plan, today, settingsState] = await Promise.all([
    loadPlan(),
    serverToday(),
    canEdit ? api.documentSettings().catch((error: unknown) => error) : Promise.resolve(null),
  ]);
  const year = plan.plan.year;
  const options = periodOptions(year);
  if (!options.some((option) => option.code === chosenPeriod)) chosenPeriod = defaultPeriod(options, today);
  let period = chosenPeriod!;
  const periodLabel = () => options.find((option) => option.code === period)?.label ?? period;

  // The period and the downloads.
  const periodSelect = h(
    'select',
    { 'data-testid': 'doc-period' },
    options.map((option) =>
      h(
        'option',
        { value: option.code, selected: option.code === period },
        hasStarted(option, today) ? option.label : labels.notStarted(option.label),
      ),
    ),
  );
  const downloadMessage = messageBox();
  downloadMessage.dataset.testid = 'doc-download-message';
  const downloads = h(
    'div',
    { class: 'actions doc-downloads', role: 'group', 'aria-label': labels.downloads },
    reportFormats.map((format) => downloadButton(format, `doc-download-${format}`, () => api.officialReportFile(period, format), downloadMessage)),
  );

  // Announces loading and the dates; the sheet itself is not live (it would be read out whole).
  const previewMeta = h('p', { class: 'muted small', role: 'status', 'data-testid': 'doc-preview-meta' });
  // Focusable: on a wide screen it scrolls by itself, and keyboards must reach that scrolling too.
  const previewBody = h('div', { class: 'doc-scroll', tabindex: '0', role: 'region', 'aria-label': labels.preview, 'data-testid': 'doc-preview-area' });
  const previewRegion = h(
    'section',
    { class: 'doc-preview' },
    previewMeta,
    previewBody,
    h('p', { class: 'muted small' }, labels.previewNote),
  );

  // The coordinator's notes for the period.
  const notesHeading = h('h2', {}, labels.notes(periodLabel()));
  const obstaclesText = h('textarea', { rows: 5, 'data-testid': 'doc-notes-obstacles' });
  const proposalsText = h('textarea', { rows: 5, 'data-testid': 'doc-notes-proposals' });
  const notesSubmit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'doc-notes-submit' }, labels.saveNotes);
  const notesMessage = messageBox();
  notesMessage.dataset.testid = 'doc-notes-message';
  const notesUpdated = h('p', { class: 'muted small', 'data-testid': 'doc-notes-updated' });
  const notesFieldset = h(
    'fieldset',
    { class: 'bare' },
    h('legend', { class: 'visually-hidden' }, labels.notes(periodLabel())),
    h('div', { class: 'grid doc-notes-grid' }, field(labels.obstaclesLabel, obstaclesText, labels.onePerLine), field(labels.proposalsLabel, proposalsText, labels.onePerLine)),
  );
  const notesForm = h(
    'form',
    { class: 'card doc-notes', 'data-testid': 'doc-notes', novalidate: true },
    notesHeading,
    h('p', { class: 'muted small' }, labels.notesIntro),
    notesFieldset,
    notesUpdated,
    h('div', { class: 'actions' }, notesSubmit),
    notesMessage,
  );

  function fillNotes(report: PeriodicReport | null): void {
    notesFieldset.disabled = report === null;
    notesSubmit.disabled = report === null;
    obstaclesText.value = report?.notes.obstacles ?? '';
    proposalsText.value = report?.notes.proposals ?? '';
    const notes = report?.notes;
    notesUpdated.textContent = notes?.updated_at ? labels.updatedBy(formatDateTime(notes.updated_at), notes.updated_by) : '';
    notesUpdated.hidden = !notes?.updated_at;
  }

  // The report: loaded for the chosen period; a later choice wins over an answer still on its way.
  let loading = 0;
  async function loadReport(): Promise<boolean> {
    loading += 1;
    const ticket = loading;
    previewRegion.setAttribute('aria-busy', 'true');
    replaceChildren(previewMeta, labels.loadingReport);
    try {
      const report = await api.officialReport(period);
      if (ticket !== loading) return false;
      replaceChildren(previewMeta, labels.previewMeta(formatDate(report.as_of), formatDate(report.issued_on)));
      replaceChildren(previewBody, reportSheet(report));
      if (canEdit) fillNotes(report);
      return true;
    } catch (error) {
      if (ticket !== loading) return false;
      replaceChildren(previewMeta);
      replaceChildren(previewBody, h('p', { class: 'message message-error', role: 'alert', 'data-testid': 'doc-preview-error' }, errorText(error)));
      if (canEdit) fillNotes(null);
      return false;
    } finally {
      if (ticket === loading) previewRegion.removeAttribute('aria-busy');
    }
  }

  periodSelect.addEventListener('change', () => {
    period = periodSelect.value;
    chosenPeriod = period;
    downloadMessage.clear();
    notesMessage.clear();
    notesHeading.textContent = labels.notes(periodLabel());
    void loadReport();
  });

  notesForm.addEventListener('submit', (event) => {
    event.preventDefault();
    notesMessage.clear();
    const savedFor = period;
    const savedLabel = periodLabel();
    notesSubmit.disabled = true;
    api
      .saveReportNotes(savedFor, { obstacles: obstaclesText.value, proposals: proposalsText.value })
      .then(
        async () => {
          const reloaded = await loadReport();
          notesMessage.show(reloaded ? labels.notesSaved(savedLabel) : labels.savedButNotReloaded, reloaded ? 'ok' : 'error');
        },
        (error: unknown) => notesMessage.show(errorText(error)),
      )
      .finally(() => {
        notesSubmit.disabled = false;
      });
  });

  const reportCard = h(
    'section',
    { class: 'card doc-report', 'aria-labelledby': 'doc-report-heading' },
    h('h2', { id: 'doc-report-heading' }, labels.report),
    h('p', { class: 'muted small' }, labels.reportIntro),
    h('div', { class: 'doc-toolbar' }, field(labels.period, periodSelect), downloads),
    downloadMessage,
    previewRegion,
  );

  await loadReport();

  return h(
    'div',
    { class: 'page documents' },
    pageTitle(labels.title),
    reportCard,
    canEdit ? notesForm : null,
    canEdit ? settingsCard(settingsState, () => void loadReport()) : null,
    planCard(year, canEdit, () => void loadReport()),
  );
}

// --- Document settings (coordinator, administrator) ---

function settingsCard(initial: DocumentSettingsState | unknown, refresh: () => void): HTMLElement {
  if (!initial || !(typeof initial === 'object' && 'settings' in initial)) {
    return h(
      'section',
      { class: 'card', 'data-testid': 'doc-settings' },
      h('h2', {}, labels.settings),
      h('p', { class: 'message message-error', role: 'alert' }, initial instanceof ApiError ? initial.message : labels.settingsUnavailable),
    );
  }
  let state = initial as DocumentSettingsState;
  const source = h('span', { class: 'muted doc-settings-source', 'data-testid': 'doc-settings-source' });
  const updated = h('p', { class: 'muted small', 'data-testid': 'doc-settings-updated' });
  const message = messageBox();
  message.dataset.testid = 'doc-settings-message';
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'doc-settings-submit' }, labels.saveSettings);

  const inputs = new Map<TextSetting, HTMLInputElement>();
  const errorsByField = new Map<keyof DocumentSettings, HTMLElement>();
  function withError(name: keyof DocumentSettings, control: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
    control.id = `doc-settings-${name}`;
    const wrapper = field(labels.fields[name], control, labels.hints[name]);
    const error = h('p', { class: 'field-error', id: `doc-settings-${name}-error`, 'data-testid': `doc-settings-error-${name}`, hidden: true });
    control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${error.id}`.trim());
    wrapper.appendChild(error);
    errorsByField.set(name, error);
    return wrapper;
  }
  const textFields = textSettings.map((name) => {
    const input = h('input', { type: 'text', autocomplete: 'off', 'data-testid': `doc-settings-${name}` });
    inputs.set(name, input);
    return withError(name, input);
  });
  const recipients = h('textarea', { rows: 6, 'data-testid': 'doc-settings-recipients' });
  const recipientsField = withError('recipients', recipients);
  recipientsField.classList.add('doc-settings-wide');

  function fill(): void {
    for (const [name, input] of inputs) input.value = state.settings[name];
    recipients.value = state.settings.recipients.join('\n');
    source.textContent = state.stored ? '' : ` ${labels.fromPlan}`;
    source.hidden = state.stored;
    updated.textContent = state.stored && state.updated_at ? labels.updatedBy(formatDateTime(state.updated_at), state.updated_by) : '';
    updated.hidden = updated.textContent === '';
  }

  function clearProblems(): void {
    for (const [name, error] of errorsByField) {
      error.textContent = '';
      error.hidden = true;
      document.getElementById(`doc-settings-${name}`)?.removeAttribute('aria-invalid');
    }
  }

  /** Each problem under its field ("recipients[2]" under the recipients, as line 3); true if all found one. */
  function showProblems(problems: DocumentProblem[]): boolean {
    let placed = 0;
    let first: HTMLElement | null = null;
    for (const problem of problems) {
      const item = /^recipients\[(\d+)\]$/.exec(problem.field);
      const name = (item ? 'recipients' : problem.field) as keyof DocumentSettings;
      const error = errorsByField.get(name);
      if (!error) continue;
      const text = item ? labels.recipientLine(Number(item[1]) + 1, problem.message) : problem.message;
      error.textContent = error.textContent ? `${error.textContent} ${text}` : text;
      error.hidden = false;
      const control = document.getElementById(`doc-settings-${name}`);
      control?.setAttribute('aria-invalid', 'true');
      first ??= control;
      placed += 1;
    }
    first?.focus();
    return placed === problems.length;
  }

  const form = h(
    'form',
    { class: 'card doc-settings', 'data-testid': 'doc-settings', novalidate: true },
    h('h2', {}, labels.settings, source),
    h('p', { class: 'muted small' }, labels.settingsIntro),
    h('div', { class: 'grid doc-settings-grid' }, textFields, recipientsField),
    updated,
    h('div', { class: 'actions' }, submit),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.clear();
    clearProblems();
    const settings = { ...state.settings };
    for (const [name, input] of inputs) settings[name] = input.value.trim();
    settings.recipients = recipients.value
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    submit.disabled = true;
    api
      .saveDocumentSettings(settings)
      .then(
        (saved) => {
          state = saved;
          fill();
          message.show(labels.settingsSaved, 'ok');
          refresh();
        },
        (error: unknown) => {
          const body = error instanceof ApiError ? (error.body as { problems?: unknown } | null | undefined) : null;
          const problems = Array.isArray(body?.problems) ? (body.problems as DocumentProblem[]) : [];
          if (problems.length === 0) return message.show(errorText(error));
          const allPlaced = showProblems(problems);
          message.show(allPlaced ? labels.settingsRefused(problems.length) : `${labels.settingsRefused(problems.length)} ${errorText(error)}`);
        },
      )
      .finally(() => {
        submit.disabled = false;
      });
  });
  fill();
  return form;
}

// --- The plan as a document, and a plan from a file ---

function codeList(caption: string, codes: string[], testId: string): HTMLElement[] {
  return [
    h('dt', {}, `${caption} (${formatNumber(codes.length)})`),
    h('dd', { 'data-testid': testId }, codes.length === 0 ? h('span', { class: 'muted' }, labels.noCodes) : codes.join(', ')),
  ];
}

function importSummary(result: PlanImportResult): HTMLElement {
  const c = result.counts;
  const w = labels.warningColumns;
  return h(
    'div',
    { class: 'doc-import-result', 'data-testid': 'doc-plan-result' },
    h(
      'p',
      { class: `message message-ok`, 'data-testid': 'doc-plan-outcome', 'data-outcome': result.outcome },
      `${labels.outcomes[result.outcome]}. `,
      labels.importYear(result.year),
      ': ',
      labels.importCounts(formatNumber(c.areas), formatNumber(c.groups), formatNumber(c.tasks), formatNumber(result.units)),
      '.',
    ),
    h(
      'dl',
      { class: 'facts' },
      codeList(labels.added, result.added, 'doc-plan-added'),
      codeList(labels.modified, result.modified, 'doc-plan-modified'),
      codeList(labels.removed, result.removed, 'doc-plan-removed'),
    ),
    result.warnings.length === 0
      ? null
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'stack', 'data-testid': 'doc-plan-warnings' },
            h('caption', {}, labels.warnings(result.warnings.length)),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'num' }, w.line), h('th', { scope: 'col' }, w.field), h('th', { scope: 'col' }, w.message))),
            h(
              'tbody',
              {},
              result.warnings.map((warning) =>
                h(
                  'tr',
                  { 'data-testid': 'doc-plan-warning' },
                  h('td', { class: 'num', 'data-label': w.line }, warning.line ? formatNumber(warning.line) : '—'),
                  h('td', { 'data-label': w.field }, warning.field),
                  h('td', { 'data-label': w.message }, warning.message),
                ),
              ),
            ),
          ),
        ),
  );
}

function planUpload(refresh: () => void): HTMLElement {
  return uploadForm({
    title: labels.upload,
    intro: labels.uploadIntro,
    formClass: 'doc-plan-upload',
    novalidate: true,
    fileLabel: labels.planFile,
    accept: '.docx,.xlsx,.txt',
    submitLabel: labels.uploadSubmit,
    extensions: /\.(docx|xlsx|txt)$/i,
    badExtension: labels.badExtension,
    texts: labels,
    testIds: { file: 'doc-plan-file', submit: 'doc-plan-submit', message: 'doc-plan-message' },
    upload: (file) => api.importPlan(file),
    onSuccess: (answer, { message, result }) => {
      message.clear();
      replaceChildren(result, importSummary(answer));
      if (answer.outcome !== 'unchanged') {
        forgetPlan();
        refresh();
      }
    },
  });
}

function planCard(year: number, canImport: boolean, refresh: () => void): HTMLElement {
  const message = messageBox();
  message.dataset.testid = 'doc-plan-download-message';
  return h(
    'section',
    { class: 'card doc-plan', 'data-testid': 'doc-plan', 'aria-labelledby': 'doc-plan-heading' },
    h('h2', { id: 'doc-plan-heading' }, labels.plan(year)),
    h('p', { class: 'muted small' }, labels.planIntro),
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': labels.planDownloads },
      planFormats.map((format) => downloadButton(format, `doc-plan-download-${format}`, () => api.planFile(format, year), message)),
    ),
    message,
    canImport ? planUpload(refresh) : null,
  );
}
