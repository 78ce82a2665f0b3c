// Hồ sơ TTHC: the indicators computed from the service centre's dossiers (docs/dossiers.md) for a
// period, grouped for the ward or by unit, procedure or field; their months against the plan's
// targets; the lists of dossiers that need action (with the apology letters); the data import.

import { api, saveDownload } from '../api';
import { emptyNote, errorText, pageTitle } from '../components';
import { loadPlan } from '../data';
import { field, h, messageBox, replaceChildren } from '../dom';
import { formatDateTime, formatNumber } from '../format';
import { common, comparatorSymbols, dossiers as labels, indicatorShortLabels } from '../labels';
import type { PageContext } from '../page';
import { links } from '../router';
import { uploadForm } from '../upload-form';
import type {
  ActionItem,
  ActionListResult,
  DossierActionList,
  DossierFilter,
  DossierGrouping,
  DossierImportResult,
  DossierSummary,
  IndicatorLink,
  IndicatorRow,
} from '../types';

type PeriodKind = 'year' | 'quarter' | 'month' | 'custom';

const SERVICE_CENTRE = 'trung tam phuc vu hanh chinh cong';
const actionLists: DossierActionList[] = ['late_without_apology', 'pending_overdue', 'not_digitised', 'fee_not_paid_online'];
const apologyLists: DossierActionList[] = ['late_without_apology', 'pending_overdue'];
const groupings: DossierGrouping[] = ['ward', 'unit', 'procedure', 'field'];
const shownItems = 200;
const shownRejected = 20;
const shownWarnings = 50;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A date or timestamp as dd/mm/yyyy (a timestamp with a zone is read in Vietnam time). */
function day(value: string | null | undefined): string {
  if (!value) return '';
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(value) && value.length > 10) return formatDateTime(value).slice(0, 10);
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return date ? `${date[3]}/${date[2]}/${date[1]}` : value;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a rate meets a target, or null when either has no number or the comparator none. */
function meets(rate: number | null, link: IndicatorLink): boolean | null {
  if (rate === null || link.value === null) return null;
  const v = link.value;
  const result: Record<string, boolean> = { gt: rate > v, ge: rate >= v, eq: rate === v, le: rate <= v, lt: rate < v };
  return link.comparator in result ? result[link.comparator]! : null;
}

function targetText(link: IndicatorLink): string {
  const threshold =
    link.value !== null && link.comparator in comparatorSymbols
      ? `${comparatorSymbols[link.comparator]} ${formatNumber(link.value)}%`
      : link.text;
  return threshold;
}

function indicatorName(id: string, fallback: string): string {
  return indicatorShortLabels[id] ?? fallback;
}

export async function renderDossiers(context: PageContext): Promise<HTMLElement> {
  const [initialSummary, indicatorLinks, plan] = await Promise.all([api.dossierSummary(), api.dossierLinks(), loadPlan()]);
  let summary: DossierSummary = initialSummary;
  const user = context.session.user;
  // The same people may import data and draft apology letters (the server checks it too).
  const canImport = user.role === 'admin' || user.role === 'coordinator' || user.unit_key === SERVICE_CENTRE;
  const linksOf = (indicator: string) => indicatorLinks.filter((link) => link.indicator === indicator);

  // The period: the plan's year by default, cut at the end of the server's default period (today,
  // or the year's end once it is over): an open dossier cannot be judged at a day still to come.
  const newestDay = () => summary.to ?? summary.latest_import?.latest_day ?? null;
  const newest = newestDay();
  let year = plan.plan.year;
  let kind: PeriodKind = 'year';
  const newestInYear = newest && Number(newest.slice(0, 4)) === year ? newest : null;
  let month = newestInYear ? Number(newestInYear.slice(5, 7)) : 1;
  let quarter = Math.ceil(month / 3);
  let by: DossierGrouping = 'ward';
  let unit = '';
  let activeList: DossierActionList = 'late_without_apology';

  function periodFilter(): DossierFilter {
    let from: string;
    let to: string;
    if (kind === 'custom') {
      from = fromInput.value;
      to = toInput.value;
    } else {
      const [first, last] = kind === 'year' ? [1, 12] : kind === 'quarter' ? [quarter * 3 - 2, quarter * 3] : [month, month];
      from = `${year}-${pad(first)}-01`;
      to = `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`;
      const cut = newestDay();
      if (cut && cut >= from && cut < to) to = cut;
    }
    return { from, to, unit, procedure: '' };
  }

  // Header: freshness and the filters.
  const freshness = h('div', { class: 'notice', 'data-testid': 'dossier-freshness' });
  function showFreshness(): void {
    const latest = summary.latest_import;
    replaceChildren(
      freshness,
      h('strong', {}, labels.freshness(formatNumber(summary.count))),
      h('br', {}),
      latest ? labels.lastImport(day(latest.imported_at), latest.source) : labels.noImport,
      latest?.latest_day ? [h('br', {}), labels.newestDay(day(latest.latest_day))] : null,
      h('br', {}),
      h('span', { class: 'muted' }, labels.catalogue(formatNumber(summary.procedure_count), formatNumber(summary.catalogue_count))),
    );
  }
  showFreshness();

  const years = new Set<number>([plan.plan.year]);
  for (const edge of [summary.from, summary.to]) if (edge && isoDay.test(edge)) years.add(Number(edge.slice(0, 4)));
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const yearSelect = h(
    'select',
    { 'data-testid': 'period-year' },
    Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i).map((y) =>
      h('option', { value: String(y), selected: y === year }, String(y)),
    ),
  );
  const kindSelect = h(
    'select',
    { 'data-testid': 'period-kind' },
    (['year', 'quarter', 'month', 'custom'] as PeriodKind[]).map((k) => h('option', { value: k, selected: k === kind }, labels.periodKinds[k])),
  );
  const quarterSelect = h(
    'select',
    { 'data-testid': 'period-quarter' },
    [1, 2, 3, 4].map((q) => h('option', { value: String(q), selected: q === quarter }, labels.quarterName(q))),
  );
  const monthSelect = h(
    'select',
    { 'data-testid': 'period-month' },
    Array.from({ length: 12 }, (_, i) => i + 1).map((m) => h('option', { value: String(m), selected: m === month }, labels.monthName(m))),
  );
  const initial = periodFilter();
  const fromInput = h('input', { type: 'date', value: initial.from, 'data-testid': 'period-from' });
  const toInput = h('input', { type: 'date', value: initial.to, 'data-testid': 'period-to' });
  const unitSelect = h('select', { 'data-testid': 'unit-filter' });
  function fillUnits(): void {
    replaceChildren(
      unitSelect,
      h('option', { value: '' }, labels.allUnits),
      summary.units.map((u) =>
        h('option', { value: u.code, selected: u.code === unit }, u.plan_unit_name ? `${u.plan_unit_name} (${u.code})` : u.code),
      ),
    );
  }
  fillUnits();
  const quarterField = field(labels.quarter, quarterSelect);
  const monthField = field(labels.month, monthSelect);
  const yearField = field(labels.year, yearSelect);
  const fromField = field(labels.from, fromInput);
  const toField = field(labels.to, toInput);
  const filterMessage = messageBox();
  const periodText = h('p', { class: 'muted', 'data-testid': 'period-text' });

  function showPeriodControls(): void {
    yearField.hidden = kind === 'custom';
    quarterField.hidden = kind !== 'quarter';
    monthField.hidden = kind !== 'month';
    fromField.hidden = kind !== 'custom';
    toField.hidden = kind !== 'custom';
  }
  showPeriodControls();

  const groupButtons = groupings.map((g) =>
    h(
      'button',
      {
        type: 'button',
        class: 'segment',
        'aria-pressed': g === by ? 'true' : 'false',
        'data-testid': `group-by-${g}`,
        onclick: () => {
          by = g;
          for (const [i, button] of groupButtons.entries()) button.setAttribute('aria-pressed', groupings[i] === by ? 'true' : 'false');
          void loadIndicators();
        },
      },
      labels.groupings[g],
    ),
  );

  function periodChanged(): void {
    filterMessage.clear();
    if (kind === 'custom') {
      const [from, to] = [fromInput.value, toInput.value];
      if (!isoDay.test(from) || !isoDay.test(to) || from > to) {
        filterMessage.show(labels.rangeInvalid);
        return;
      }
    }
    void loadIndicators();
    void loadActions();
  }

  kindSelect.addEventListener('change', () => {
    const before = periodFilter();
    kind = kindSelect.value as PeriodKind;
    if (kind === 'custom') {
      fromInput.value = before.from;
      toInput.value = before.to;
    }
    showPeriodControls();
    periodChanged();
  });
  yearSelect.addEventListener('change', () => {
    year = Number(yearSelect.value);
    periodChanged();
    void loadCharts();
  });
  quarterSelect.addEventListener('change', () => {
    quarter = Number(quarterSelect.value);
    periodChanged();
  });
  monthSelect.addEventListener('change', () => {
    month = Number(monthSelect.value);
    periodChanged();
  });
  fromInput.addEventListener('change', periodChanged);
  toInput.addEventListener('change', periodChanged);
  unitSelect.addEventListener('change', () => {
    unit = unitSelect.value;
    periodChanged();
    void loadCharts();
  });

  const filters = h(
    'section',
    { class: 'card dossier-filters', 'aria-label': labels.filters },
    h(
      'div',
      { class: 'filter-row' },
      field(labels.periodKind, kindSelect),
      yearField,
      quarterField,
      monthField,
      fromField,
      toField,
      field(labels.unitFilter, unitSelect),
    ),
    h(
      'div',
      { class: 'segments', role: 'group', 'aria-label': labels.groupBy },
      h('span', { class: 'segments-label' }, `${labels.groupBy}:`),
      groupButtons,
    ),
    filterMessage,
    periodText,
  );

  // Indicators.
  const indicatorBody = h('div', { 'data-testid': 'indicator-area' }, h('p', { class: 'muted', role: 'status' }, common.loading));
  let indicatorTicket = 0;
  async function loadIndicators(): Promise<void> {
    indicatorTicket += 1;
    const ticket = indicatorTicket;
    const filter = periodFilter();
    indicatorBody.setAttribute('aria-busy', 'true');
    try {
      const table = await api.dossierIndicators(filter, by);
      if (ticket !== indicatorTicket) return;
      periodText.textContent = labels.period(day(table.from || filter.from), day(table.to || filter.to));
      replaceChildren(indicatorBody, table.rows.length === 0 ? emptyNote(labels.noRows) : by === 'ward' ? wardTable(table.rows) : matrix(table.rows));
      void loadScores();
    } catch (error) {
      if (ticket !== indicatorTicket) return;
      replaceChildren(indicatorBody, errorNote(error));
    } finally {
      if (ticket === indicatorTicket) indicatorBody.removeAttribute('aria-busy');
    }
  }

  // Points of the 766 kind for the same period (the ward, or the chosen unit).
  const scoreBody = h('div', { 'data-testid': 'score-area' }, h('p', { class: 'muted', role: 'status' }, common.loading));
  async function loadScores(): Promise<void> {
    try {
      const table = await api.dossierScores(periodFilter());
      const points = (value: number | null) => (value === null ? 'N/A' : formatNumber(Math.round(value * 100) / 100));
      replaceChildren(
        scoreBody,
        h(
          'table',
          { class: 'stack', 'data-testid': 'score-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, labels.scoreGroup),
              h('th', { scope: 'col' }, labels.indicator),
              h('th', { scope: 'col', class: 'num' }, labels.rate),
              h('th', { scope: 'col', class: 'num' }, labels.scoreThreshold),
              h('th', { scope: 'col', class: 'num' }, labels.scorePoints),
              h('th', { scope: 'col', class: 'num' }, labels.scoreMax),
            ),
          ),
          h(
            'tbody',
            {},
            table.rows.map((row) =>
              h(
                'tr',
                { 'data-testid': 'score-row' },
                withLabel(h('td', {}, row.group), labels.scoreGroup),
                withLabel(h('td', { title: row.note }, row.label), labels.indicator),
                withLabel(h('td', { class: 'num' }, row.rate_text), labels.rate),
                withLabel(h('td', { class: 'num' }, `${formatNumber(row.threshold)}%`), labels.scoreThreshold),
                withLabel(h('td', { class: 'num' }, h('strong', {}, points(row.points))), labels.scorePoints),
                withLabel(h('td', { class: 'num' }, formatNumber(row.max_points)), labels.scoreMax),
              ),
            ),
            h(
              'tr',
              {},
              h('th', { scope: 'row', colspan: '4' }, labels.scoreTotal),
              withLabel(h('td', { class: 'num' }, h('strong', { 'data-testid': 'score-total' }, points(table.points))), labels.scorePoints),
              withLabel(h('td', { class: 'num' }, formatNumber(table.max_points)), labels.scoreMax),
            ),
          ),
        ),
        h('p', { class: 'muted' }, labels.scoresNote),
      );
    } catch (error) {
      replaceChildren(scoreBody, errorNote(error));
    }
  }

  function targetCell(row: IndicatorRow): HTMLElement {
    const targets = linksOf(row.indicator).filter((link) => link.value !== null || link.text);
    if (targets.length === 0) return h('td', { class: 'muted' }, labels.noTarget);
    return h(
      'td',
      {},
      targets.map((link, index) => {
        const met = meets(row.rate, link);
        return h(
          'div',
          { class: 'target-line', 'data-testid': index === 0 ? 'indicator-target' : null },
          `${targetText(link)} (`,
          h('a', { href: links.task(link.task_code) }, link.task_code),
          ') ',
          met === null
            ? null
            : h('span', { class: `badge ${met ? 'met' : 'not-met'}`, 'data-met': met ? 'yes' : 'no' }, met ? labels.met : labels.notMet),
        );
      }),
    );
  }

  function wardTable(rows: IndicatorRow[]): HTMLElement {
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'stack', 'data-testid': 'indicator-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, labels.indicator),
            h('th', { scope: 'col', class: 'num' }, labels.numerator),
            h('th', { scope: 'col', class: 'num' }, labels.denominator),
            h('th', { scope: 'col', class: 'num' }, labels.rate),
            h('th', { scope: 'col' }, labels.target),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((row) =>
            h(
              'tr',
              { 'data-testid': `indicator-row-${row.indicator}`, 'data-indicator': row.indicator },
              h('td', { 'data-label': labels.indicator, class: 'indicator-name' }, row.label),
              h('td', { class: 'num', 'data-label': labels.numerator }, formatNumber(row.numerator)),
              h('td', { class: 'num', 'data-label': labels.denominator }, formatNumber(row.denominator)),
              h(
                'td',
                { class: `num rate${row.rate === null ? ' na' : ''}`, 'data-label': labels.rate, 'data-testid': 'indicator-rate' },
                h('strong', {}, row.rate === null ? labels.notApplicable : row.rate_text),
              ),
              withLabel(targetCell(row), labels.target),
            ),
          ),
        ),
      ),
    );
  }

  function matrix(rows: IndicatorRow[]): HTMLElement {
    const indicators: { id: string; label: string }[] = [];
    const groups = new Map<string, { name: string; cells: Map<string, IndicatorRow> }>();
    for (const row of rows) {
      if (!indicators.some((i) => i.id === row.indicator)) indicators.push({ id: row.indicator, label: row.label });
      let group = groups.get(row.group);
      if (!group) {
        group = { name: row.name || row.group, cells: new Map() };
        groups.set(row.group, group);
      }
      group.cells.set(row.indicator, row);
    }
    return h(
      'div',
      { class: 'table-wrap matrix-wrap' },
      h(
        'table',
        { class: 'matrix', 'data-testid': 'indicator-matrix', 'data-by': by },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', class: 'matrix-group' }, labels.groupings[by]),
            indicators.map((i) => h('th', { scope: 'col', class: 'num', title: i.label }, indicatorName(i.id, i.label))),
          ),
        ),
        h(
          'tbody',
          {},
          [...groups.entries()].map(([key, group]) =>
            h(
              'tr',
              { 'data-group': key },
              h('th', { scope: 'row', class: 'matrix-group' }, group.name, group.name !== key ? h('span', { class: 'muted sub' }, key) : null),
              indicators.map((i) => {
                const cell = group.cells.get(i.id);
                if (!cell) return h('td', { class: 'num muted' }, '');
                const ratio = labels.ratio(formatNumber(cell.numerator), formatNumber(cell.denominator));
                return h(
                  'td',
                  {
                    class: `num${cell.rate === null ? ' na' : ''}`,
                    title: labels.cellTitle(cell.label, formatNumber(cell.numerator), formatNumber(cell.denominator)),
                    'data-testid': 'matrix-cell',
                    'data-indicator': i.id,
                  },
                  h('span', { class: 'rate' }, cell.rate === null ? labels.notApplicable : cell.rate_text),
                  h('span', { class: 'muted sub' }, ratio),
                );
              }),
            ),
          ),
        ),
      ),
    );
  }

  // Charts: the months of the chosen year.
  const chartBody = h('div', { class: 'chart-grid', 'data-testid': 'dossier-charts' }, h('p', { class: 'muted', role: 'status' }, common.loading));
  const chartHeading = h('h2', {}, labels.charts(year));
  let chartTicket = 0;
  async function loadCharts(): Promise<void> {
    chartTicket += 1;
    const ticket = chartTicket;
    chartHeading.textContent = labels.charts(year);
    // Months after the newest day of data would count every open dossier as judged at their end.
    const cut = newestDay();
    const filter: DossierFilter = { from: `${year}-01-01`, to: `${year}-12-31`, unit, procedure: '' };
    if (cut && cut >= filter.from && cut < filter.to) filter.to = cut;
    try {
      const [table, charts] = await Promise.all([api.dossierIndicators(filter, 'month'), import('../dossier-charts')]);
      if (ticket !== chartTicket) return;
      const byIndicator = new Map<string, { label: string; months: (IndicatorRow | undefined)[] }>();
      for (const row of table.rows) {
        let entry = byIndicator.get(row.indicator);
        if (!entry) {
          entry = { label: row.label, months: new Array<IndicatorRow | undefined>(12).fill(undefined) };
          byIndicator.set(row.indicator, entry);
        }
        const m = Number((row.from || row.group).slice(5, 7));
        if (m >= 1 && m <= 12) entry.months[m - 1] = row;
      }
      if (byIndicator.size === 0) {
        replaceChildren(chartBody, emptyNote(labels.noRows));
        return;
      }
      replaceChildren(
        chartBody,
        [...byIndicator.entries()].map(([id, entry]) => {
          const link = linksOf(id).find((l) => l.value !== null && ['gt', 'ge', 'eq'].includes(l.comparator));
          const box = h('div', { class: 'chart chart-small', role: 'img', 'aria-label': labels.chartLabel(entry.label) });
          charts.monthlyRateChart(
            box,
            entry.months.map((row, i) => ({
              axis: labels.monthShort(i + 1),
              rate: row?.rate ?? null,
              tooltip: `${labels.monthName(i + 1)}/${year}\n${row ? row.rate_text : labels.notApplicable}${
                row ? ` (${labels.ratio(formatNumber(row.numerator), formatNumber(row.denominator))})` : ''
              }`,
            })),
            link && link.value !== null ? { value: link.value, label: labels.targetLine(`${targetText(link)} (${link.task_code})`) } : null,
          );
          return h('figure', { class: 'chart-card', 'data-testid': `chart-${id}` }, h('figcaption', {}, entry.label), box);
        }),
      );
    } catch (error) {
      if (ticket !== chartTicket) return;
      replaceChildren(chartBody, errorNote(error));
    }
  }

  // Action lists.
  const results = new Map<DossierActionList, ActionListResult>();
  const tabButtons = new Map<DossierActionList, HTMLButtonElement>();
  const tabCounts = new Map<DossierActionList, HTMLElement>();
  const actionPanel = h('div', { class: 'tab-panel', role: 'tabpanel', 'data-testid': 'action-panel' });
  const tabs = h(
    'div',
    { class: 'tabs', role: 'tablist', 'aria-label': labels.actions },
    actionLists.map((list) => {
      const count = h('span', { class: 'count-badge tab-count', 'data-testid': 'action-count' }, '…');
      const button = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: 'tab',
          id: `tab-${list}`,
          'aria-selected': list === activeList ? 'true' : 'false',
          'data-testid': `action-tab-${list}`,
          onclick: () => {
            activeList = list;
            for (const [l, b] of tabButtons) b.setAttribute('aria-selected', l === activeList ? 'true' : 'false');
            showActionPanel();
          },
        },
        labels.actionLists[list],
        ' ',
        count,
      );
      tabButtons.set(list, button);
      tabCounts.set(list, count);
      return button;
    }),
  );
  let actionTicket = 0;
  let actionError: unknown = null;
  async function loadActions(): Promise<void> {
    actionTicket += 1;
    const ticket = actionTicket;
    const filter = periodFilter();
    results.clear();
    actionError = null;
    for (const count of tabCounts.values()) count.textContent = '…';
    replaceChildren(actionPanel, h('p', { class: 'muted', role: 'status' }, common.loading));
    try {
      const answers = await Promise.all(actionLists.map((list) => api.dossierActions(list, filter)));
      if (ticket !== actionTicket) return;
      answers.forEach((answer, i) => {
        const list = actionLists[i]!;
        results.set(list, answer);
        tabCounts.get(list)!.textContent = formatNumber(answer.count);
      });
    } catch (error) {
      if (ticket !== actionTicket) return;
      actionError = error;
    }
    showActionPanel();
  }

  function showActionPanel(): void {
    actionPanel.setAttribute('aria-labelledby', `tab-${activeList}`);
    actionPanel.dataset.list = activeList;
    if (actionError) {
      replaceChildren(actionPanel, errorNote(actionError));
      return;
    }
    const result = results.get(activeList);
    if (!result) return;
    const filter = periodFilter();
    const downloads = h(
      'div',
      { class: 'actions' },
      h('a', { class: 'button', href: api.dossierActionsUrl(activeList, filter, 'csv'), download: '', 'data-testid': 'action-csv' }, labels.downloadCsv),
      h('a', { class: 'button', href: api.dossierActionsUrl(activeList, filter, 'xlsx'), download: '', 'data-testid': 'action-xlsx' }, labels.downloadExcel),
    );
    if (result.items.length === 0) {
      replaceChildren(actionPanel, downloads, emptyNote(labels.emptyList));
      return;
    }
    const selectable = canImport && apologyLists.includes(activeList);
    const items = result.items.slice(0, shownItems);
    const selected = new Set<string>();
    const selectedText = h('p', { class: 'muted', 'aria-live': 'polite', 'data-testid': 'apology-selected' }, labels.selected(0));
    const boxes: HTMLInputElement[] = [];
    const selectAll = h('input', { type: 'checkbox', 'aria-label': labels.selectAll, 'data-testid': 'action-select-all' });
    const updateSelected = () => {
      selectedText.textContent = labels.selected(selected.size);
      selectAll.checked = selected.size === items.length;
      selectAll.indeterminate = selected.size > 0 && selected.size < items.length;
    };
    selectAll.addEventListener('change', () => {
      for (const [i, box] of boxes.entries()) {
        box.checked = selectAll.checked;
        if (selectAll.checked) selected.add(items[i]!.code);
        else selected.delete(items[i]!.code);
      }
      updateSelected();
    });
    const c = labels.columns;
    const row = (item: ActionItem) => {
      let box: HTMLInputElement | null = null;
      if (selectable) {
        box = h('input', { type: 'checkbox', 'aria-label': labels.selectOne(item.code), 'data-testid': `action-select-${item.code}`, class: 'action-select' });
        box.addEventListener('change', () => {
          if (box!.checked) selected.add(item.code);
          else selected.delete(item.code);
          updateSelected();
        });
        boxes.push(box);
      }
      return h(
        'tr',
        { 'data-code': item.code },
        selectable ? h('td', { 'data-label': c.select }, box) : null,
        h('td', { 'data-label': c.code, class: 'code' }, item.code),
        h('td', { 'data-label': c.unit }, item.unit),
        h('td', { 'data-label': c.procedure, title: item.procedure }, item.procedure_name || item.procedure),
        h('td', { 'data-label': c.status }, item.status_label),
        h('td', { 'data-label': c.received }, day(item.received)),
        h('td', { 'data-label': c.due }, day(item.due)),
        h('td', { 'data-label': c.ended }, day(item.ended)),
        h('td', { 'data-label': c.daysLate, class: 'num' }, item.days_late === null || item.days_late === undefined ? '' : formatNumber(item.days_late)),
      );
    };
    const table = h(
      'div',
      { class: 'table-wrap action-table-wrap' },
      h(
        'table',
        { class: 'stack', 'data-testid': 'action-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            selectable ? h('th', { scope: 'col' }, selectAll) : null,
            [c.code, c.unit, c.procedure, c.status, c.received, c.due, c.ended].map((t) => h('th', { scope: 'col' }, t)),
            h('th', { scope: 'col', class: 'num' }, c.daysLate),
          ),
        ),
        h('tbody', {}, items.map(row)),
      ),
    );
    const more = result.count > items.length ? h('p', { class: 'muted' }, labels.shownOf(formatNumber(items.length), formatNumber(result.count))) : null;
    replaceChildren(actionPanel, downloads, more, table, selectable ? apologyForm(selected, selectedText) : null);
  }

  function apologyForm(selected: Set<string>, selectedText: HTMLElement): HTMLElement {
    const reason = h('textarea', { rows: 2, required: true, 'data-testid': 'apology-reason' });
    const newDue = h('input', { type: 'date', 'data-testid': 'apology-due' });
    const applicant = h('input', { type: 'text', autocomplete: 'off', 'data-testid': 'apology-applicant' });
    const message = messageBox();
    message.dataset.testid = 'apology-message';
    const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'apology-submit' }, labels.makeLetters);
    const form = h(
      'form',
      { class: 'apology-form', novalidate: true },
      h('h3', {}, labels.apology),
      selectedText,
      field(labels.reason, reason),
      h('div', { class: 'grid' }, field(labels.newDue, newDue), field(labels.applicant, applicant)),
      message,
      h('div', { class: 'actions' }, submit),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      message.clear();
      if (selected.size === 0) return message.show(labels.noneSelected);
      if (!reason.value.trim()) {
        reason.focus();
        return message.show(labels.reasonRequired);
      }
      if (!isoDay.test(newDue.value)) {
        newDue.focus();
        return message.show(labels.newDueRequired);
      }
      submit.disabled = true;
      submit.textContent = labels.making;
      const codes = [...selected];
      api
        .apologyLetters({ codes, reason: reason.value.trim(), new_due: newDue.value, ...(applicant.value.trim() ? { applicant: applicant.value.trim() } : {}) })
        .then(
          (download) => {
            saveDownload(download);
            message.show(labels.made(codes.length), 'ok');
          },
          (error: unknown) => message.show(errorText(error)),
        )
        .finally(() => {
          submit.disabled = false;
          submit.textContent = labels.makeLetters;
        });
    });
    return form;
  }

  // Import.
  function importPanel(): HTMLElement {
    const kindInput = h(
      'select',
      { 'data-testid': 'import-kind' },
      ['dossiers', 'procedures'].map((k) => h('option', { value: k }, labels.importKinds[k])),
    );
    const strict = h('input', { type: 'checkbox', 'data-testid': 'import-strict' });
    const form = uploadForm({
      fields: [field(labels.importKind, kindInput)],
      after: [h('label', { class: 'checkbox' }, strict, labels.strict)],
      fileLabel: labels.importFile,
      accept: '.csv,.xlsx,.jsonl,text/csv',
      submitLabel: labels.upload,
      extensions: /\.(csv|xlsx|jsonl)$/i,
      badExtension: labels.badExtension,
      texts: labels,
      testIds: { file: 'import-file', submit: 'import-submit', result: 'import-result' },
      keepFile: true,
      upload: (file) => {
        const format = file.name.toLowerCase().split('.').pop() as 'csv' | 'xlsx' | 'jsonl';
        return api.importDossiers(kindInput.value as 'dossiers' | 'procedures', format, strict.checked, file);
      },
      onSuccess: (answer, { message, result }) => {
        message.show(
          labels.importDone(formatNumber(answer.rows_read), formatNumber(answer.inserted), formatNumber(answer.updated), formatNumber(answer.rejected_count)),
          answer.rejected_count > 0 ? 'error' : 'ok',
        );
        replaceChildren(result, importDetails(answer));
        void refreshAll();
      },
    });
    return h('section', { class: 'card', 'data-testid': 'import-panel' }, h('h2', {}, labels.import), form);
  }

  function importDetails(answer: DossierImportResult): HTMLElement[] {
    const parts: HTMLElement[] = [];
    const rejected = answer.rejected.slice(0, shownRejected);
    if (rejected.length > 0) {
      parts.push(
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'stack', 'data-testid': 'import-rejected' },
            h('caption', {}, labels.rejectedRows(rejected.length, formatNumber(answer.rejected_count))),
            h('thead', {}, h('tr', {}, [labels.line, labels.column, labels.message].map((t) => h('th', { scope: 'col' }, t)))),
            h(
              'tbody',
              {},
              rejected.map((r) =>
                h(
                  'tr',
                  { title: r.raw ?? '' },
                  h('td', { class: 'num', 'data-label': labels.line }, formatNumber(r.line)),
                  h('td', { 'data-label': labels.column }, r.column ?? ''),
                  h('td', { 'data-label': labels.message }, r.message),
                ),
              ),
            ),
          ),
        ),
      );
    }
    if (answer.warnings.length > 0) {
      parts.push(
        h(
          'details',
          { class: 'notice notice-warning', 'data-testid': 'import-warnings' },
          h('summary', {}, labels.warningCount(answer.warnings.length)),
          h(
            'ul',
            {},
            answer.warnings.slice(0, shownWarnings).map((w) =>
              h('li', {}, typeof w === 'string' ? w : `${w.line ? `${labels.line} ${w.line}: ` : ''}${w.message}`),
            ),
          ),
        ),
      );
    }
    return parts;
  }

  async function refreshAll(): Promise<void> {
    try {
      summary = await api.dossierSummary();
      showFreshness();
      fillUnits();
    } catch {
      // The figures below still reload; the header keeps what it showed.
    }
    void loadIndicators();
    void loadActions();
    void loadCharts();
  }

  void loadIndicators();
  void loadActions();
  void loadCharts();

  return h(
    'div',
    { class: 'page dossiers' },
    pageTitle(labels.title),
    freshness,
    filters,
    h('section', { class: 'card', 'data-testid': 'indicator-section' }, h('h2', {}, labels.indicators), indicatorBody),
    h('section', { class: 'card', 'data-testid': 'score-section' }, h('h2', {}, labels.scores), scoreBody),
    h('section', { class: 'card' }, chartHeading, chartBody),
    h('section', { class: 'card', 'data-testid': 'action-section' }, h('h2', {}, labels.actions), tabs, actionPanel),
    canImport ? importPanel() : null,
  );
}

function withLabel(cell: HTMLElement, label: string): HTMLElement {
  cell.setAttribute('data-label', label);
  return cell;
}

function errorNote(error: unknown): HTMLElement {
  return h('p', { class: 'message message-error', role: 'alert' }, errorText(error));
}
