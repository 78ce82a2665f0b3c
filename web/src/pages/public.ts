// Công khai: the plan's progress for anyone, without login: no names, no evidence. In a deployment
// of many wards, the visitor picks the ward (`#/cong-khai/CODE`); a ward's own account sees its ward.

import { api } from '../api';
import { countCards, lightBadge } from '../components';
import { field, h, replaceChildren } from '../dom';
import { fold, matches } from '../fold';
import { formatDate } from '../format';
import { appTitle, common, documentTitle, plan as planLabels, publicPage as labels } from '../labels';
import { links, navigate } from '../router';
import { hasManyWards, isProvinceSession, loadWards, rememberedWard } from '../tenant';
import type { Session } from '../types';

export async function renderPublic(session: Session | null, wardCode: string | null): Promise<HTMLElement> {
  const loggedIn = session !== null;
  const wardList = await loadWards();
  // The ward to show: none to name when there is one ward, or for the account of a ward (its own).
  const choosing = hasManyWards(wardList) && wardList.wards.length > 0 && (session === null || isProvinceSession(session));
  const codes = wardList.wards.map((ward) => ward.code);
  const remembered = rememberedWard();
  const ward = !choosing ? undefined : wardCode && codes.includes(wardCode) ? wardCode : codes.includes(remembered) ? remembered : codes[0];
  const data = await api.publicProgress(ward);
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

  const picker = choosing
    ? h(
        'select',
        {
          'aria-label': labels.ward,
          class: 'public-ward',
          'data-testid': 'public-ward',
          onchange: (event: Event) => navigate(links.publicWard((event.target as HTMLSelectElement).value)),
        },
        [...wardList.wards]
          .sort((a, b) => (a.name || a.code).localeCompare(b.name || b.code, 'vi'))
          .map((entry) => h('option', { value: entry.code, selected: entry.code === ward }, entry.name || entry.code)),
      )
    : null;

  return h(
    'div',
    { class: 'public-page' },
    h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, h('strong', {}, data.issuing_body), h('span', {}, appTitle)),
      h(
        'div',
        { class: 'actions public-actions' },
        picker,
        h('a', { href: loggedIn ? links.dashboard : links.login, class: 'button' }, loggedIn ? labels.dashboardLink : labels.loginLink),
      ),
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
