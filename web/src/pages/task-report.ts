// One progress report on the task page: read-only view, editor (draft or returned) for the
// unit's people, review form for the coordinator.

import { ApiError, api } from '../api';
import { reportStateBadge } from '../components';
import { field, h, messageBox, replaceChildren } from '../dom';
import { formatDate, formatDateTime, formatFileSize, formatNumber, formatNumberInput, parseNumber, parseVietnameseDate } from '../format';
import { common, errors, progressLabels, report as labels } from '../labels';
import type { Progress, Report, ReportValue, TargetView } from '../types';

export interface ReportCardOptions {
  report: Report;
  targets: TargetView[];
  periodLabel: string;
  focused: boolean;
  /** Reloads the whole task page, then shows the message at its top. */
  reload(message: string, kind?: 'ok' | 'error'): void;
}

/** docs/api.md: at most 20 MiB a file; checked here too, so a big file is not sent for nothing. */
const maxEvidenceBytes = 20 * 1024 * 1024;

const progressOrder: Progress[] = ['not_started', 'in_progress', 'at_risk', 'blocked', 'done'];

const isQuantitative = (target: TargetView) => target.comparator !== 'qualitative';

function valueText(target: TargetView, value: number | null | undefined): string {
  if (value === null || value === undefined) return labels.noValue;
  return `${formatNumber(value)}${target.unit ? ` ${target.unit}` : ''}`;
}

/** Turns an API failure into a message; a conflict reloads the page with the newest data. */
function failure(error: unknown, options: ReportCardOptions, message: ReturnType<typeof messageBox>): void {
  const text = error instanceof ApiError ? error.message : errors.network;
  if (error instanceof ApiError && error.status === 409) {
    options.reload(errors.reloaded(text), 'error');
    return;
  }
  message.show(text);
}

export function reportCard(options: ReportCardOptions): HTMLElement {
  const { report } = options;
  const editable = report.can_edit && (report.state === 'draft' || report.state === 'returned');
  const reviewable = report.can_review && report.state === 'submitted';
  return h(
    'article',
    {
      class: `card report${options.focused ? ' focused' : ''}`,
      id: `bao-cao-${report.id}`,
      'data-testid': `report-${report.id}`,
      'data-unit': report.unit_key,
      'data-period': report.period,
    },
    h(
      'header',
      { class: 'report-header' },
      h('h3', {}, labels.heading(report.unit_name, options.periodLabel)),
      reportStateBadge(report.state, 'report-state'),
    ),
    h(
      'p',
      { class: 'muted small' },
      [
        report.updated_at ? labels.updated(formatDateTime(report.updated_at), report.updated_by ?? '') : '',
        report.submitted_at ? labels.submittedAt(formatDateTime(report.submitted_at)) : '',
        report.reviewed_at ? labels.reviewed(formatDateTime(report.reviewed_at), report.reviewed_by ?? '') : '',
      ]
        .filter((part) => part !== '')
        .join(' · '),
    ),
    report.review_comment
      ? h(
          'div',
          { class: report.state === 'returned' ? 'notice notice-warning' : 'notice', 'data-testid': 'report-review-comment' },
          h('strong', {}, report.state === 'returned' ? labels.returnedNotice : `${labels.reviewerComment}:`),
          ' ',
          report.review_comment,
        )
      : null,
    editable ? reportEditor(options) : reportView(options),
    editable ? null : attachments(options, false),
    reviewable ? reviewForm(options) : null,
  );
}

function reportView({ report, targets }: ReportCardOptions): HTMLElement {
  const values = new Map(report.values.map((value) => [value.target_index, value.value]));
  return h(
    'dl',
    { class: 'facts' },
    h('dt', {}, labels.progress),
    h('dd', { 'data-testid': 'report-progress-view' }, progressLabels[report.progress] ?? report.progress_label),
    targets.some(isQuantitative) ? h('dt', {}, labels.values) : null,
    targets.some(isQuantitative)
      ? h(
          'dd',
          {},
          h(
            'ul',
            { class: 'plain' },
            targets.map((target, index) =>
              isQuantitative(target) ? h('li', {}, `${target.label}: `, h('strong', {}, valueText(target, values.get(index)))) : null,
            ),
          ),
        )
      : null,
    h('dt', {}, labels.narrative),
    h('dd', { class: 'narrative' }, report.narrative || common.none),
  );
}

function reportEditor(options: ReportCardOptions): HTMLElement {
  let current = options.report;
  const message = messageBox();
  message.setAttribute('data-testid', 'report-message');
  const progress = h(
    'select',
    { 'data-testid': 'report-progress' },
    progressOrder.map((value) => h('option', { value, selected: current.progress === value }, progressLabels[value])),
  );
  const known = new Map(current.values.map((value) => [value.target_index, value.value]));
  const valueInputs = options.targets.flatMap((target, index) =>
    isQuantitative(target)
      ? [
          {
            index,
            target,
            input: h('input', {
              type: 'text',
              inputmode: 'decimal',
              value: formatNumberInput(known.get(index)),
              'data-testid': `report-value-${index}`,
            }),
          },
        ]
      : [],
  );
  const narrative = h('textarea', { rows: 5, 'data-testid': 'report-narrative' }, current.narrative);
  const saveButton = h('button', { type: 'button', 'data-testid': 'save-report' }, labels.saveDraft);
  const submitButton = h(
    'button',
    { type: 'submit', class: 'primary', 'data-testid': 'submit-report' },
    current.state === 'returned' ? labels.resubmit : labels.submit,
  );
  const buttons = [saveButton, submitButton];

  function readValues(): ReportValue[] | null {
    const values: ReportValue[] = [];
    for (const { index, target, input } of valueInputs) {
      const value = parseNumber(input.value);
      if (value !== null && Number.isNaN(value)) {
        message.show(labels.valueInvalid(target.label));
        input.focus();
        return null;
      }
      values.push({ target_index: index, value });
    }
    return values;
  }

  async function save(): Promise<Report | null> {
    const values = readValues();
    if (!values) return null;
    current = await api.saveReport(current.id, {
      version: current.version,
      progress: progress.value as Progress,
      narrative: narrative.value,
      values,
    });
    return current;
  }

  async function run(action: () => Promise<void>): Promise<void> {
    message.clear();
    for (const button of buttons) button.disabled = true;
    try {
      await action();
    } catch (error) {
      failure(error, options, message);
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  }

  saveButton.addEventListener('click', () =>
    void run(async () => {
      if (await save()) message.show(common.saved, 'ok');
    }),
  );

  const form = h(
    'form',
    {
      class: 'report-form',
      'data-testid': 'report-form',
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        void run(async () => {
          const saved = await save();
          if (!saved) return;
          await api.submitReport(saved.id, saved.version);
          options.reload(labels.submitted);
        });
      },
    },
    field(labels.progress, progress),
    valueInputs.length > 0
      ? h(
          'fieldset',
          {},
          h('legend', {}, labels.values),
          valueInputs.map(({ target, input }) => field(labels.valueFor(target.label, target.unit), input, target.text)),
        )
      : null,
    field(labels.narrative, narrative),
    message,
    h('div', { class: 'actions' }, buttons),
  );
  const files = attachments(options, true, (next) => {
    current = { ...current, version: next.version };
  });
  return h('div', { class: 'report-editor' }, form, files);
}

/** Evidence files and document references; editors may add and remove them. */
function attachments(options: ReportCardOptions, editable: boolean, onChanged?: (report: Report) => void): HTMLElement {
  let report = options.report;
  const message = messageBox();
  message.setAttribute('data-testid', 'evidence-message');
  const evidenceList = h('ul', { class: 'plain evidence-list', 'data-testid': 'evidence-list' });
  const documentList = h('ul', { class: 'plain document-list', 'data-testid': 'document-list' });

  async function refresh(): Promise<void> {
    report = await api.report(report.id);
    onChanged?.(report);
    draw();
  }

  async function act(action: () => Promise<unknown>, done?: string): Promise<void> {
    message.clear();
    try {
      await action();
      await refresh();
      if (done) message.show(done, 'ok');
    } catch (error) {
      failure(error, options, message);
    }
  }

  function draw(): void {
    replaceChildren(
      evidenceList,
      report.evidence.length === 0
        ? h('li', { class: 'muted' }, labels.noEvidence)
        : report.evidence.map((evidence) =>
            h(
              'li',
              {},
              h('a', { href: api.evidenceUrl(evidence.id), download: evidence.file_name, 'aria-label': labels.download(evidence.file_name) }, evidence.file_name),
              h('span', { class: 'muted small' }, ` (${formatFileSize(evidence.size)}, ${formatDateTime(evidence.uploaded_at)})`),
              editable
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'link-button danger',
                      'aria-label': labels.deleteEvidence(evidence.file_name),
                      onclick: () => {
                        if (confirm(labels.confirmDelete)) void act(() => api.deleteEvidence(evidence.id));
                      },
                    },
                    common.delete,
                  )
                : null,
            ),
          ),
    );
    replaceChildren(
      documentList,
      report.documents.length === 0
        ? h('li', { class: 'muted' }, labels.noDocuments)
        : report.documents.map((document) =>
            h(
              'li',
              {},
              h('strong', {}, document.number_symbol),
              ` ${formatDate(document.issued_on)}${document.issuing_body ? ` – ${document.issuing_body}` : ''}: ${document.summary}`,
              document.page ? ` (${labels.page.toLowerCase()} ${document.page})` : '',
              editable
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'link-button danger',
                      'aria-label': labels.deleteDocument(document.number_symbol),
                      onclick: () => {
                        if (confirm(labels.confirmDelete)) void act(() => api.deleteDocument(document.id));
                      },
                    },
                    common.delete,
                  )
                : null,
            ),
          ),
    );
  }
  draw();

  const sections: HTMLElement[] = [h('h4', {}, labels.evidence), evidenceList];
  if (editable) sections.push(uploadField(act, message, () => report.id));
  sections.push(h('h4', {}, labels.documents), documentList);
  if (editable) sections.push(documentForm(act, message, () => report.id));
  sections.push(message);
  return h('div', { class: 'attachments' }, sections);
}

type Act = (action: () => Promise<unknown>, done?: string) => Promise<void>;

function uploadField(act: Act, message: ReturnType<typeof messageBox>, reportId: () => number): HTMLElement {
  const input = h('input', {
    type: 'file',
    multiple: true,
    accept: '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.png,.jpg,.jpeg',
    'data-testid': 'evidence-input',
  });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void (async () => {
      for (const file of files) {
        if (file.size > maxEvidenceBytes) {
          message.show(`${file.name}: ${errors.byStatus[413]}`);
          continue;
        }
        message.show(labels.uploading(file.name), 'ok');
        await act(() => api.uploadEvidence(reportId(), file), labels.uploaded(file.name));
      }
    })();
  });
  return field(labels.upload, input, labels.uploadHint);
}

function documentForm(act: Act, message: ReturnType<typeof messageBox>, reportId: () => number): HTMLElement {
  const numberSymbol = h('input', { 'data-testid': 'document-number' });
  const issuedOn = h('input', { inputmode: 'numeric', placeholder: labels.datePlaceholder, 'data-testid': 'document-date' });
  const issuingBody = h('input', { 'data-testid': 'document-body' });
  const summary = h('input', { 'data-testid': 'document-summary' });
  const page = h('input', { 'data-testid': 'document-page' });
  const form = h(
    'form',
    {
      class: 'document-form',
      novalidate: true,
      'data-testid': 'document-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        message.clear();
        if (numberSymbol.value.trim() === '' || summary.value.trim() === '') {
          message.show(labels.documentRequired);
          return;
        }
        const date = parseVietnameseDate(issuedOn.value);
        if (!date) {
          message.show(labels.dateInvalid);
          issuedOn.focus();
          return;
        }
        void act(async () => {
          await api.addDocument(reportId(), {
            number_symbol: numberSymbol.value.trim(),
            issued_on: date,
            issuing_body: issuingBody.value.trim(),
            summary: summary.value.trim(),
            page: page.value.trim(),
          });
          form.reset();
        });
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, labels.addDocument),
      h(
        'div',
        { class: 'grid' },
        field(labels.numberSymbol, numberSymbol),
        field(labels.issuedOn, issuedOn),
        field(labels.issuingBody, issuingBody),
        field(labels.page, page),
      ),
      field(labels.summary, summary),
      h('button', { type: 'submit', 'data-testid': 'add-document' }, labels.addDocument),
    ),
  );
  return form;
}

function reviewForm(options: ReportCardOptions): HTMLElement {
  const { report } = options;
  const message = messageBox();
  const comment = h('textarea', { rows: 3, 'data-testid': 'review-comment' });
  const accept = h('button', { type: 'button', class: 'primary', 'data-testid': 'accept-report' }, labels.accept);
  const giveBack = h('button', { type: 'button', class: 'danger', 'data-testid': 'return-report' }, labels.return);

  async function decide(kind: 'accept' | 'return'): Promise<void> {
    message.clear();
    if (kind === 'return' && comment.value.trim() === '') {
      message.show(labels.reviewCommentRequired);
      comment.focus();
      return;
    }
    accept.disabled = giveBack.disabled = true;
    try {
      if (kind === 'accept') await api.acceptReport(report.id, report.version, comment.value.trim());
      else await api.returnReport(report.id, report.version, comment.value.trim());
      options.reload(kind === 'accept' ? labels.accepted : labels.returned);
    } catch (error) {
      failure(error, options, message);
    } finally {
      accept.disabled = giveBack.disabled = false;
    }
  }
  accept.addEventListener('click', () => void decide('accept'));
  giveBack.addEventListener('click', () => void decide('return'));

  return h(
    'form',
    { class: 'review-form', 'data-testid': 'review-form', onsubmit: (event: Event) => event.preventDefault() },
    h('h4', {}, labels.review),
    field(labels.reviewComment, comment),
    message,
    h('div', { class: 'actions' }, accept, giveBack),
  );
}
