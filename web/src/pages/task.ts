// One task: requirement, targets, units, status with reasons, progress reports, obstacles,
// directing comments and history.

import { ApiError, api } from '../api';
import { emptyNote, lightBadge, officialBadge, unitLinks } from '../components';
import { loadPlan, loadUnitNames } from '../data';
import { field, h, messageBox, replaceChildren } from '../dom';
import { formatDate, formatDateTime, formatNumber } from '../format';
import { auditActionLabels, common, documentTitle, errors, periodStateLabels, task as labels } from '../labels';
import type { PageContext } from '../page';
import { links, navigate } from '../router';
import type { AuditEntry, Period, Role, TaskDetail, TargetView } from '../types';
import { answerForm, obstacleItem } from '../obstacle-view';
import { textForm } from '../text-form';
import { reportCard } from './task-report';

const commenters: Role[] = ['chairman', 'vice_chairman', 'coordinator', 'admin'];
const obstacleRaisers: Role[] = ['unit_head', 'unit_staff'];

export async function renderTask(
  context: PageContext,
  route: { code: string; reportId: number | null },
): Promise<HTMLElement> {
  const [names, { plan }] = await Promise.all([loadUnitNames(), loadPlan()]);
  const container = h('div', { class: 'page task' });
  const flash = messageBox();
  flash.setAttribute('data-testid', 'task-message');

  async function load(): Promise<void> {
    const [detail, history] = await Promise.all([
      api.task(route.code),
      api.history(route.code).then(
        (answer) => answer.entries,
        () => null,
      ),
    ]);
    draw(detail, history);
  }

  function reload(message: string, kind: 'ok' | 'error' = 'ok'): void {
    load().then(
      () => flash.show(message, kind),
      (error: unknown) => flash.show(error instanceof ApiError ? error.message : errors.network),
    );
  }

  function draw(answer: TaskDetail, history: AuditEntry[] | null): void {
    // A unit that both leads and supports a task may be listed twice.
    const detail = { ...answer, can_report_for: [...new Set(answer.can_report_for)] };
    document.title = documentTitle(`${detail.code} ${detail.title}`);
    const periodLabels = new Map(detail.periods.map((period) => [period.code, period.label]));
    const reports = [...detail.reports].sort(
      (a, b) => b.period.localeCompare(a.period) || a.unit_name.localeCompare(b.unit_name, 'vi'),
    );
    replaceChildren(
      container,
      h(
        'nav',
        { class: 'breadcrumb', 'aria-label': labels.breadcrumb },
        h('a', { href: links.plan }, `${detail.area_code}. ${detail.area_title}`),
        detail.parent_title ? [' › ', detail.parent_title] : null,
      ),
      h('h1', { tabindex: '-1' }, h('span', { class: 'code' }, detail.code), ' ', detail.title),
      h(
        'div',
        { class: 'status-line', 'data-testid': 'task-status' },
        lightBadge(detail.status.light, 'task-light'),
        officialBadge(detail.status.official),
      ),
      detail.status.reasons.length > 0
        ? h(
            'div',
            { class: 'reasons' },
            h('h2', { class: 'visually-hidden' }, labels.reasons),
            h('ul', {}, detail.status.reasons.map((reason) => h('li', {}, reason))),
          )
        : null,
      flash,
      h(
        'section',
        { class: 'card' },
        h(
          'dl',
          { class: 'facts' },
          h('dt', {}, labels.requirement(plan.year)),
          h('dd', { 'data-testid': 'task-requirement' }, detail.requirement),
          h('dt', {}, labels.deadline),
          h(
            'dd',
            {},
            detail.deadline.label,
            detail.deadline.due && !detail.deadline.label.includes(formatDate(detail.deadline.due))
              ? ` (${labels.due(formatDate(detail.deadline.due))})`
              : '',
          ),
          h('dt', {}, labels.lead),
          h('dd', {}, unitLinks(detail.lead_units, names)),
          h('dt', {}, labels.coordinating),
          h('dd', {}, unitLinks(detail.coordinating_units, names)),
        ),
      ),
      targetsSection(detail, periodLabels, reload),
      h(
        'section',
        { class: 'reports', 'aria-labelledby': 'reports-heading' },
        h('h2', { id: 'reports-heading' }, labels.reports),
        detail.can_report_for.length > 0 ? newReportForm(detail, names) : null,
        reports.length === 0
          ? emptyNote(labels.noReports)
          : reports.map((report) =>
              reportCard({
                report,
                targets: detail.targets,
                periodLabel: report.period_label ?? periodLabels.get(report.period) ?? report.period,
                focused: report.id === route.reportId,
                reload,
              }),
            ),
      ),
      obstaclesSection(detail, context, reload),
      commentsSection(detail, context, reload),
      historySection(history),
    );
    if (route.reportId !== null) {
      requestAnimationFrame(() => document.getElementById(`bao-cao-${route.reportId}`)?.scrollIntoView({ block: 'start' }));
    }
  }

  await load();
  return container;
}

/** The coordinator's form that corrects a target the plan reader got wrong. */
function targetForm(
  code: string,
  index: number,
  target: TargetView,
  reload: (message: string, kind?: 'ok' | 'error') => void,
): HTMLElement {
  const message = messageBox();
  const label = h('input', { type: 'text', value: target.label, required: true, 'data-testid': `target-label-${index}` });
  const comparator = h(
    'select',
    { 'data-testid': `target-comparator-${index}` },
    Object.entries(labels.comparators).map(([code, text]) =>
      h('option', { value: code, selected: code === target.comparator }, text),
    ),
  );
  const value = h('input', { type: 'number', step: 'any', value: target.value === null ? '' : String(target.value), 'data-testid': `target-value-${index}` });
  const unit = h('input', { type: 'text', value: target.unit });
  const year = h('input', { type: 'number', step: '1', value: target.reference_year === null ? '' : String(target.reference_year) });
  const form = h(
    'form',
    { class: 'stack-form', 'aria-label': labels.editTargetTitle(target.label) },
    field(labels.targetLabel, label),
    field(labels.comparator, comparator),
    field(labels.targetValue, value),
    field(labels.targetUnit, unit),
    field(labels.referenceYear, year),
    message,
    h('button', { type: 'submit', class: 'primary', 'data-testid': `target-save-${index}` }, common.save),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.clear();
    const number = (input: HTMLInputElement) => (input.value.trim() === '' ? null : Number(input.value));
    api
      .correctTarget(code, index, {
        label: label.value,
        comparator: comparator.value,
        value: number(value),
        unit: unit.value,
        reference_year: number(year),
      })
      .then(() => reload(common.saved))
      .catch((error: unknown) => message.show(error instanceof ApiError ? error.message : errors.network));
  });
  return form;
}

function targetsSection(
  detail: TaskDetail,
  periodLabels: Map<string, string>,
  reload: (message: string, kind?: 'ok' | 'error') => void,
): HTMLElement {
  const targets = detail.targets;
  const editors = h('div', {});
  const editButton = (target: TargetView, index: number) =>
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        'data-testid': `target-edit-${index}`,
        'aria-label': labels.editTargetTitle(target.label),
        onclick: () => replaceChildren(editors, targetForm(detail.code, index, target, reload)),
      },
      labels.editTarget,
    );
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, labels.targets),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'stack', 'data-testid': 'task-targets' },
        h(
          'thead',
          {},
          h('tr', {}, [labels.target, labels.expected, labels.measured, labels.met].map((title) => h('th', { scope: 'col' }, title))),
        ),
        h(
          'tbody',
          {},
          targets.map((target, index) =>
            h(
              'tr',
              { 'data-testid': `target-${index}` },
              h(
                'td',
                { 'data-label': labels.target },
                target.label,
                target.origin === 'edited' ? h('span', { class: 'muted small' }, ` (${labels.targetEdited})`) : null,
                detail.can_edit_targets ? [' ', editButton(target, index)] : null,
              ),
              h('td', { 'data-label': labels.expected }, target.text),
              h(
                'td',
                { class: 'num', 'data-label': labels.measured },
                h(
                  'span',
                  {},
                  target.measured === null
                  ? '–'
                  : `${formatNumber(target.measured)}${target.unit ? ` ${target.unit}` : ''}`,
                target.measured_period
                  ? h('span', { class: 'muted small' }, ` ${labels.measuredIn(periodLabels.get(target.measured_period) ?? target.measured_period)}`)
                  : null,
                ),
              ),
              h(
                'td',
                { 'data-label': labels.met },
                target.met === null
                  ? h('span', { class: 'muted' }, labels.metUnknown)
                  : h('span', { class: `badge ${target.met ? 'met' : 'not-met'}` }, target.met ? `✔ ${labels.metYes}` : `✘ ${labels.metNo}`),
              ),
            ),
          ),
        ),
      ),
    ),
    editors,
  );
}

/** The latest open period is the current one (a period stays open 15 days after it ends). */
function currentPeriod(periods: Period[]): Period | undefined {
  return periods.filter((period) => period.state === 'open').sort((a, b) => b.starts_on.localeCompare(a.starts_on))[0];
}

function newReportForm(detail: TaskDetail, names: Map<string, string>): HTMLElement {
  const message = messageBox();
  const open = detail.periods.filter((period) => period.state === 'open');
  const current = currentPeriod(detail.periods);
  const unitSelect = h(
    'select',
    { 'data-testid': 'new-report-unit' },
    detail.can_report_for.map((key) => h('option', { value: key }, names.get(key) ?? key)),
  );
  const periodSelect = h(
    'select',
    { 'data-testid': 'new-report-period' },
    detail.periods.map((period) =>
      h(
        'option',
        { value: period.code, disabled: period.state !== 'open', selected: period.code === current?.code },
        `${period.label} (${periodStateLabels[period.state]})`,
      ),
    ),
  );
  const button = h('button', { type: 'submit', class: 'primary', 'data-testid': 'new-report', disabled: open.length === 0 }, labels.openReport);
  return h(
    'form',
    {
      class: 'card new-report',
      'data-testid': 'new-report-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        message.clear();
        button.disabled = true;
        api.openReport(detail.code, unitSelect.value, periodSelect.value).then(
          (report) => navigate(links.task(detail.code, report.id)),
          (error: unknown) => {
            message.show(error instanceof ApiError ? error.message : errors.network);
            button.disabled = false;
          },
        );
      },
    },
    h('h3', {}, labels.newReport),
    detail.can_report_for.length > 1
      ? field(common.unit, unitSelect)
      : h('p', {}, labels.newReportFor(names.get(detail.can_report_for[0]!) ?? detail.can_report_for[0]!)),
    open.length === 0 ? h('p', { class: 'muted' }, labels.noOpenPeriod) : field(labels.choosePeriod, periodSelect),
    message,
    button,
  );
}

function obstaclesSection(detail: TaskDetail, context: PageContext, reload: (message: string) => void): HTMLElement {
  const role = context.session.user.role;
  return h(
    'section',
    { class: 'card', 'data-testid': 'task-obstacles' },
    h('h2', {}, labels.obstacles),
    detail.obstacles.length === 0
      ? emptyNote(labels.noObstacles)
      : h('ul', { class: 'plain' }, detail.obstacles.map((obstacle) => obstacleItem(obstacle, answerForm(obstacle, role, reload), false))),
    obstacleRaisers.includes(role) && detail.can_report_for.length > 0
      ? textForm(labels.raiseObstacle, labels.obstacleText, labels.sendObstacle, 'raise-obstacle', (text) => api.raiseObstacle(detail.code, text), reload)
      : null,
  );
}

function commentsSection(detail: TaskDetail, context: PageContext, reload: (message: string) => void): HTMLElement {
  return h(
    'section',
    { class: 'card', 'data-testid': 'task-comments' },
    h('h2', {}, labels.comments),
    detail.comments.length === 0
      ? emptyNote(labels.noComments)
      : h(
          'ul',
          { class: 'plain' },
          detail.comments.map((comment) =>
            h(
              'li',
              { class: 'comment' },
              h('p', { class: 'muted small' }, `${comment.written_by}, ${formatDateTime(comment.written_at)}`),
              h('p', { class: 'narrative' }, comment.text),
            ),
          ),
        ),
    commenters.includes(context.session.user.role)
      ? textForm(labels.addComment, labels.commentText, labels.sendComment, 'add-comment', (text) => api.addComment(detail.code, text), reload)
      : null,
  );
}

function historySection(history: AuditEntry[] | null): HTMLElement {
  return h(
    'section',
    { class: 'card', 'data-testid': 'task-history' },
    h('h2', {}, labels.history),
    !history || history.length === 0
      ? emptyNote(labels.noHistory)
      : h(
          'ol',
          { class: 'history' },
          history.map((entry) =>
            h(
              'li',
              {},
              h('span', { class: 'muted small' }, `${formatDateTime(entry.at)} · ${entry.username}`),
              ' ',
              auditActionLabels[entry.action] ?? entry.action,
            ),
          ),
        ),
  );
}
