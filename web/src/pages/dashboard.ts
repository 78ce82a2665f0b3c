// Tổng quan: totals by light and by official status, charts by area and unit, overdue tasks,
// report counts.

import { api } from '../api';
import { countCards, countsTable, emptyNote, lightBadge, pageTitle } from '../components';
import { loadUnitNames } from '../data';
import { h } from '../dom';
import { formatDate, formatNumber } from '../format';
import { common, dashboard, reportStateLabels } from '../labels';
import { links } from '../router';
import type { ReportState } from '../types';

const reportStates: ReportState[] = ['draft', 'submitted', 'returned', 'accepted'];

export async function renderDashboard(): Promise<HTMLElement> {
  const [data, names, charts] = await Promise.all([api.dashboard(), loadUnitNames(), import('../charts')]);
  const areaChart = h('div', { class: 'chart', role: 'img', 'aria-label': dashboard.chartByArea });
  const unitChart = h('div', { class: 'chart chart-tall', role: 'img', 'aria-label': dashboard.chartByUnit });
  charts.stackedBarChart(
    areaChart,
    data.by_area.map((area) => ({ axis: area.code, name: `${area.code}. ${area.title}`, counts: area.counts })),
    false,
  );
  charts.stackedBarChart(
    unitChart,
    data.by_unit.map((unit) => ({ axis: unit.name, name: unit.name, counts: unit.counts })),
    true,
  );

  return h(
    'div',
    { class: 'page dashboard' },
    pageTitle(dashboard.title),
    h('p', { class: 'muted' }, dashboard.today(formatDate(data.today))),
    h('section', {}, h('h2', {}, dashboard.lights), countCards(data.totals, 'light', 'dashboard-totals')),
    h('section', {}, h('h2', {}, dashboard.official), countCards(data.totals, 'official', 'dashboard-official')),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, dashboard.byArea),
      areaChart,
      h(
        'details',
        {},
        h('summary', {}, common.showTable),
        countsTable(dashboard.byArea, data.by_area.map((area) => ({ label: `${area.code}. ${area.title}`, counts: area.counts }))),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, dashboard.byUnit),
      unitChart,
      h(
        'details',
        {},
        h('summary', {}, common.showTable),
        countsTable(
          dashboard.byUnit,
          data.by_unit.map((unit) => ({ label: h('a', { href: links.unit(unit.key) }, unit.name), counts: unit.counts })),
        ),
      ),
    ),
    h(
      'section',
      { class: 'card', 'data-testid': 'dashboard-overdue' },
      h('h2', {}, dashboard.overdue),
      data.overdue.length === 0
        ? emptyNote(dashboard.noOverdue)
        : h(
            'ul',
            { class: 'task-list' },
            data.overdue.map((task) =>
              h(
                'li',
                { class: 'task-row' },
                h('a', { href: links.task(task.code), class: 'task-title' }, h('span', { class: 'code' }, task.code), ' ', task.title),
                h(
                  'span',
                  { class: 'task-meta' },
                  lightBadge(task.status.light),
                  h('span', {}, task.deadline.label),
                  h('span', {}, task.lead_units.map((key) => names.get(key) ?? key).join('; ')),
                ),
              ),
            ),
          ),
    ),
    h(
      'section',
      {},
      h('h2', {}, dashboard.reports),
      h(
        'ul',
        { class: 'count-cards', 'data-testid': 'dashboard-reports' },
        reportStates.map((state) =>
          h(
            'li',
            { class: `count-card report-${state}`, 'data-count': state },
            h('strong', {}, formatNumber(data.reports[state] ?? 0)),
            h('span', {}, reportStateLabels[state]),
          ),
        ),
      ),
    ),
  );
}
