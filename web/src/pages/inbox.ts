// Việc của tôi: what waits for the user, grouped by kind.

import { api } from '../api';
import { emptyNote, pageTitle } from '../components';
import { h } from '../dom';
import { formatDate } from '../format';
import { inbox as labels, inboxKindLabels, inboxLevelLabels } from '../labels';
import type { PageContext } from '../page';
import { links } from '../router';
import type { InboxItem, InboxKind } from '../types';

/** A longer group starts folded, so that the groups after it stay in sight. */
const openLimit = 15;

const kindOrder: InboxKind[] = ['returned', 'to_review', 'overdue', 'due_soon', 'escalated', 'obstacle'];

function describe(entry: InboxItem): string {
  const period = entry.period_label ?? entry.period ?? '';
  const unit = entry.unit_name ?? entry.unit_key ?? '';
  return labels.message[entry.kind](period, unit, formatDate(entry.due_on));
}

function item(entry: InboxItem): HTMLElement {
  return h(
    'li',
    { class: `inbox-item inbox-${entry.kind}`, 'data-testid': `inbox-item-${entry.kind}-${entry.task_code}` },
    h(
      'a',
      { href: links.task(entry.task_code, entry.report_id), class: 'task-title' },
      h('span', { class: 'code' }, entry.task_code),
      ' ',
      entry.task_title,
    ),
    h('p', {}, entry.message ?? describe(entry)),
    h(
      'p',
      { class: 'task-meta' },
      h('span', { class: `badge level-${entry.level}` }, inboxLevelLabels[entry.level]),
      entry.kind !== 'obstacle' && entry.period ? h('span', {}, entry.period_label ?? entry.period) : null,
      entry.kind !== 'obstacle' && entry.due_on ? h('span', {}, labels.due(formatDate(entry.due_on))) : null,
    ),
  );
}

export async function renderInbox(context: PageContext): Promise<HTMLElement> {
  const { items } = await api.inbox();
  context.setInboxCount(items.length);
  const groups = kindOrder
    .map((kind) => ({ kind, entries: items.filter((entry) => entry.kind === kind) }))
    .filter((group) => group.entries.length > 0);
  return h(
    'div',
    { class: 'page inbox' },
    pageTitle(labels.title),
    groups.length === 0
      ? emptyNote(labels.empty)
      : groups.map((group) =>
          h(
            'details',
            { class: 'card inbox-group', open: group.entries.length <= openLimit, 'data-testid': `inbox-${group.kind}` },
            h('summary', {}, h('h2', {}, `${inboxKindLabels[group.kind]} (${group.entries.length})`)),
            h('ul', { class: 'plain' }, group.entries.map(item)),
          ),
        ),
  );
}
