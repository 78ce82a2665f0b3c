// Kế hoạch: areas → criterion groups → tasks, with filters and a diacritic-insensitive search.

import { api } from '../api';
import { emptyNote, lightBadge, lightOrder, officialOrder, pageTitle } from '../components';
import { loadPlan, loadUnitNames } from '../data';
import { field, h, replaceChildren } from '../dom';
import { fold, matches } from '../fold';
import { lightLabels, officialLabels, plan as labels } from '../labels';
import { links } from '../router';
import type { PlanNode, TaskSummary } from '../types';

interface Filters {
  area: string;
  unit: string;
  status: string;
  query: string;
}

/** Kept while the application runs, so coming back from a task finds the list as it was. */
const filters: Filters = { area: '', unit: '', status: '', query: '' };

interface Row {
  node: PlanNode;
  task: TaskSummary;
  units: Set<string>;
  folded: string;
}

function rowMatches(row: Row): boolean {
  if (filters.area && row.task.area_code !== filters.area) return false;
  if (filters.unit && !row.units.has(filters.unit)) return false;
  if (filters.status) {
    const [kind, value] = filters.status.split(':');
    if (kind === 'light' && row.task.status.light !== value) return false;
    if (kind === 'official' && row.task.status.official !== value) return false;
  }
  return matches(row.folded, filters.query);
}

export async function renderPlan(): Promise<HTMLElement> {
  const [planData, listed, names] = await Promise.all([loadPlan(), api.tasks(), loadUnitNames()]);
  const tasksByCode = new Map(listed.tasks.map((task) => [task.code, task]));
  const rows = new Map<string, Row>();
  for (const node of planData.nodes) {
    const task = tasksByCode.get(node.code);
    if (node.kind !== 'task' || !task) continue;
    const units = new Set([
      ...task.lead_units,
      ...task.coordinating_units,
      ...(node.responsible_units?.lead ?? []),
      ...(node.responsible_units?.coordinating ?? []),
    ]);
    rows.set(node.code, { node, task, units, folded: fold(`${task.code} ${task.title} ${node.requirement ?? ''}`) });
  }
  const areas = planData.nodes.filter((node) => node.kind === 'area');
  const children = new Map<string, PlanNode[]>();
  for (const node of planData.nodes) {
    if (node.parent) children.set(node.parent, [...(children.get(node.parent) ?? []), node]);
  }

  const areaSelect = h(
    'select',
    { 'data-testid': 'filter-area' },
    h('option', { value: '' }, labels.allAreas),
    areas.map((area) => h('option', { value: area.code, selected: filters.area === area.code }, `${area.code}. ${area.title}`)),
  );
  const unitSelect = h(
    'select',
    { 'data-testid': 'filter-unit' },
    h('option', { value: '' }, labels.allUnits),
    planData.units
      .filter((unit) => unit.kind === 'unit')
      .map((unit) => h('option', { value: unit.key, selected: filters.unit === unit.key }, names.get(unit.key) ?? unit.name)),
  );
  const statusSelect = h(
    'select',
    { 'data-testid': 'filter-status' },
    h('option', { value: '' }, labels.allStatuses),
    lightOrder.map((light) => h('option', { value: `light:${light}`, selected: filters.status === `light:${light}` }, lightLabels[light])),
    officialOrder.map((official) =>
      h('option', { value: `official:${official}`, selected: filters.status === `official:${official}` }, officialLabels[official]),
    ),
  );
  const search = h('input', {
    type: 'search',
    value: filters.query,
    placeholder: labels.searchPlaceholder,
    'data-testid': 'plan-search',
  });
  const summary = h('p', { class: 'muted', role: 'status', 'data-testid': 'plan-count' });
  const tree = h('div', { class: 'plan-tree', 'data-testid': 'plan-tree' });

  function taskRow(row: Row): HTMLElement {
    const { task } = row;
    return h(
      'li',
      { class: 'task-row', 'data-testid': `task-row-${task.code}` },
      h('a', { href: links.task(task.code), class: 'task-title' }, h('span', { class: 'code' }, task.code), ' ', task.title),
      h(
        'span',
        { class: 'task-meta' },
        lightBadge(task.status.light),
        h('span', { class: 'deadline' }, task.deadline.label),
        h('span', { class: 'lead' }, `${labels.lead}: ${task.lead_units.map((key) => names.get(key) ?? key).join('; ')}`),
      ),
    );
  }

  function taskList(nodes: PlanNode[]): HTMLElement | null {
    const shown = nodes.map((node) => rows.get(node.code)).filter((row): row is Row => row !== undefined && rowMatches(row));
    return shown.length === 0 ? null : h('ul', { class: 'task-list' }, shown.map(taskRow));
  }

  function draw(): void {
    let shownCount = 0;
    const sections = areas.map((area) => {
      const parts: HTMLElement[] = [];
      let pendingTasks: PlanNode[] = [];
      const flushTasks = () => {
        const list = taskList(pendingTasks);
        if (list) parts.push(list);
        pendingTasks = [];
      };
      for (const child of children.get(area.code) ?? []) {
        if (child.kind === 'task') {
          pendingTasks.push(child);
          continue;
        }
        flushTasks();
        const list = taskList(children.get(child.code) ?? []);
        if (list) parts.push(h('section', { class: 'group' }, h('h3', {}, `${child.code}. ${child.title}`), list));
      }
      flushTasks();
      shownCount += parts.reduce((sum, part) => sum + part.querySelectorAll('.task-row').length, 0);
      return parts.length === 0 ? null : h('section', { class: 'area card' }, h('h2', {}, labels.areaHeading(area.code, area.title)), parts);
    });
    replaceChildren(tree, shownCount === 0 ? emptyNote(labels.noMatch) : sections);
    summary.textContent = labels.shown(shownCount, rows.size);
  }

  const update = () => {
    filters.area = areaSelect.value;
    filters.unit = unitSelect.value;
    filters.status = statusSelect.value;
    filters.query = search.value;
    draw();
  };
  for (const control of [areaSelect, unitSelect, statusSelect]) control.addEventListener('change', update);
  search.addEventListener('input', update);
  draw();

  return h(
    'div',
    { class: 'page plan' },
    pageTitle(labels.title),
    h(
      'form',
      { class: 'filters card', role: 'search', 'aria-label': labels.filters, onsubmit: (event: Event) => event.preventDefault() },
      field(labels.search, search),
      field(labels.area, areaSelect),
      field(labels.unit, unitSelect),
      field(labels.status, statusSelect),
    ),
    summary,
    tree,
  );
}
