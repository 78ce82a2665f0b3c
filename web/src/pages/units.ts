// Đơn vị: every unit with its task counts; one unit with everything it leads or supports.

import { api } from '../api';
import { emptyNote, lightBadge, lightOrder, pageTitle } from '../components';
import { h } from '../dom';
import { formatNumber } from '../format';
import { common, lightLabels, unitRoleLabels, unitsPage as labels } from '../labels';
import { links } from '../router';

export async function renderUnits(): Promise<HTMLElement> {
  const { units } = await api.units();
  return h(
    'div',
    { class: 'page units' },
    pageTitle(labels.title),
    h(
      'div',
      { class: 'table-wrap card' },
      h(
        'table',
        { 'data-testid': 'units-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, common.name),
            h('th', { scope: 'col' }, labels.led),
            h('th', { scope: 'col' }, labels.supported),
            lightOrder.map((light) => h('th', { scope: 'col' }, lightLabels[light])),
          ),
        ),
        h(
          'tbody',
          {},
          units.map((unit) =>
            h(
              'tr',
              { 'data-testid': `unit-row-${unit.key}` },
              h(
                'th',
                { scope: 'row' },
                h('a', { href: links.unit(unit.key) }, unit.name),
                unit.is_coordinator ? h('span', { class: 'badge tag' }, labels.coordinator) : null,
                unit.kind !== 'unit' ? h('span', { class: 'muted small' }, ` (${labels.kinds[unit.kind] ?? unit.kind})`) : null,
              ),
              h('td', { class: 'num' }, formatNumber(unit.tasks_led)),
              h('td', { class: 'num' }, formatNumber(unit.tasks_supported)),
              lightOrder.map((light) => h('td', { class: 'num' }, formatNumber(unit.status_counts[light]))),
            ),
          ),
        ),
      ),
    ),
  );
}

export async function renderUnit(route: { key: string }): Promise<HTMLElement> {
  const { unit, tasks } = await api.unit(route.key);
  const ordered = [...tasks].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
  return h(
    'div',
    { class: 'page unit' },
    pageTitle(unit.name),
    h(
      'p',
      { class: 'muted' },
      `${labels.led}: ${formatNumber(unit.tasks_led)} · ${labels.supported}: ${formatNumber(unit.tasks_supported)}`,
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, labels.tasksOf(unit.name)),
      ordered.length === 0
        ? emptyNote(labels.noTasks)
        : h(
            'ul',
            { class: 'task-list' },
            ordered.map((task) =>
              h(
                'li',
                { class: 'task-row', 'data-testid': `task-row-${task.code}` },
                h('a', { href: links.task(task.code), class: 'task-title' }, h('span', { class: 'code' }, task.code), ' ', task.title),
                h(
                  'span',
                  { class: 'task-meta' },
                  h('span', { class: `badge tag role-${task.role}` }, unitRoleLabels[task.role]),
                  lightBadge(task.status.light),
                  h('span', {}, task.deadline.label),
                ),
              ),
            ),
          ),
    ),
  );
}
