// Small pieces of page shared by several pages.

import { ApiError } from './api';
import { h } from './dom';
import { formatNumber } from './format';
import { common, documentTitle, errors, lightLabels, officialLabels, reportStateLabels } from './labels';
import { links } from './router';
import type { Light, Official, ReportState, StatusCounts } from './types';

const lightSymbols: Record<Light, string> = { on_track: '●', at_risk: '▲', overdue: '■', done: '✔' };

/** The traffic light as a coloured badge that also says it in words and with a shape. */
export function lightBadge(light: Light, testId?: string): HTMLElement {
  return h(
    'span',
    { class: `badge light-${light}`, 'data-light': light, 'data-testid': testId },
    h('span', { 'aria-hidden': 'true' }, lightSymbols[light]),
    ` ${lightLabels[light]}`,
  );
}

export function officialBadge(official: Official): HTMLElement {
  return h('span', { class: `badge official-${official}`, 'data-official': official }, officialLabels[official]);
}

export function reportStateBadge(state: ReportState, testId?: string): HTMLElement {
  return h('span', { class: `badge report-${state}`, 'data-state': state, 'data-testid': testId }, reportStateLabels[state]);
}

export function unitLinks(keys: string[], names: Map<string, string>): HTMLElement {
  if (keys.length === 0) return h('span', { class: 'muted' }, common.none);
  return h(
    'span',
    { class: 'unit-list' },
    keys.map((key, index) => [index > 0 ? '; ' : '', h('a', { href: links.unit(key) }, names.get(key) ?? key)]),
  );
}

export const lightOrder: Light[] = ['on_track', 'at_risk', 'overdue', 'done'];
export const officialOrder: Official[] = ['done_on_time', 'done_late', 'open_in_time', 'open_overdue'];

/** Count cards: one per light (or official status), each with its number and words. */
export function countCards(counts: StatusCounts, kind: 'light' | 'official', testId: string): HTMLElement {
  const keys = kind === 'light' ? lightOrder : officialOrder;
  return h(
    'ul',
    { class: 'count-cards', 'data-testid': testId },
    h('li', { class: 'count-card count-total', 'data-count': 'total' }, h('strong', {}, formatNumber(counts.total)), h('span', {}, common.total)),
    keys.map((key) =>
      h(
        'li',
        { class: `count-card ${kind === 'light' ? `light-${key}` : `official-${key}`}`, 'data-count': key },
        h('strong', {}, formatNumber(counts[key])),
        h('span', {}, kind === 'light' ? lightLabels[key as Light] : officialLabels[key as Official]),
      ),
    ),
  );
}

/** Counts by light as a table with one row per entry (areas, units). */
export function countsTable(caption: string, rows: { label: Node | string; counts: StatusCounts }[]): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, common.name), lightOrder.map((light) => h('th', { scope: 'col' }, lightLabels[light])), h('th', { scope: 'col' }, common.total))),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h('tr', {}, h('th', { scope: 'row' }, row.label), lightOrder.map((light) => h('td', { class: 'num' }, formatNumber(row.counts[light]))), h('td', { class: 'num' }, formatNumber(row.counts.total))),
        ),
      ),
    ),
  );
}

export function pageTitle(text: string): HTMLElement {
  document.title = documentTitle(text);
  return h('h1', { tabindex: '-1' }, text);
}

export function emptyNote(text: string): HTMLElement {
  return h('p', { class: 'muted empty' }, text);
}

/** What to tell the user when a request fails: the server's words, or a general apology. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  console.warn(error);
  return errors.unexpected(0);
}
