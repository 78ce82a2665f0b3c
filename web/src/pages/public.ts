// Công khai: the plan's progress for anyone, without login: no names, no evidence.

import { api } from '../api';
import { countCards, lightBadge } from '../components';
import { field, h, replaceChildren } from '../dom';
import { fold, matches } from '../fold';
import { formatDate } from '../format';
import { appTitle, common, documentTitle, plan as planLabels, publicPage as labels } from '../labels';
import { links } from '../router';

export async function renderPublic(loggedIn: boolean): Promise<HTMLElement> {
  const data = await api.publicProgress();
  document.title = documentTitle(labels.heading);
  const folded = new Map(data.tasks.map((task) => [task.code, fold(`${task.code} ${task.title}`)]));
  const search = h('input', { type: 'search', placeholder: planLabels.searchPlaceholder, 'data-testid': 'public-search' });
  const list = h('ul', { class: 'task-list', 'data-testid': 'public-tasks' });
  const draw = () =>
    replaceChildren(
      list,
      data.tasks
        .filter((task) => matches(folded.get(task.code) ?? '', search.value))
        .map((task) =>
          h(
            'li',
            { class: 'task-row', 'data-testid': `public-task-${task.code}` },
            h('span', { class: 'task-title' }, h('span', { class: 'code' }, task.code), ' ', task.title),
            h('span', { class: 'task-meta' }, lightBadge(task.light), h('span', {}, task.label), h('span', {}, task.deadline_label)),
          ),
        ),
    );
  search.addEventListener('input', draw);
  draw();

  return h(
    'div',
    { class: 'public-page' },
    h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, h('strong', {}, data.issuing_body), h('span', {}, appTitle)),
      h('a', { href: loggedIn ? links.dashboard : links.login, class: 'button' }, loggedIn ? labels.dashboardLink : labels.loginLink),
    ),
    h(
      'main',
      { id: 'main', class: 'page' },
      h('p', { class: 'eyebrow' }, labels.heading),
      h('h1', { tabindex: '-1', 'data-testid': 'public-title' }, data.title),
      h('p', { class: 'muted' }, labels.today(formatDate(data.today))),
      countCards(data.totals, 'light', 'public-totals'),
      countCards(data.totals, 'official', 'public-official'),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, labels.byArea),
        h(
          'ul',
          { class: 'plain area-progress', 'data-testid': 'public-areas' },
          data.by_area.map((area) =>
            h(
              'li',
              {},
              h('span', {}, `${area.code}. ${area.title}`),
              h('progress', { max: area.counts.total || 1, value: area.counts.done, 'aria-label': `${common.area} ${area.code}` }),
              h('span', { class: 'muted small' }, labels.done(area.counts.done, area.counts.total)),
            ),
          ),
        ),
      ),
      h('section', { class: 'card' }, h('h2', {}, labels.tasks), field(planLabels.search, search), list),
    ),
  );
}
