// Toàn tỉnh (`#/tinh`), for the Sở Nội vụ's accounts: every ward ranked by its projected PAR index
// or by one dossier indicator, the province's workbook, and the way into one ward (read-only).

import { api, saveDownload } from '../api';
import { emptyNote, errorText, pageTitle } from '../components';
import { field, h, messageBox, replaceChildren } from '../dom';
import { formatDate, formatNumber } from '../format';
import { common, indicatorShortLabels, province as labels } from '../labels';
import { links, navigate } from '../router';
import { loadWards, setViewingWard } from '../tenant';
import type { ProvinceRanking, WardIndicator, WardSummary } from '../types';

/** The ranking by the projected index (the server's default). */
const BY_INDEX = 'index_projected';
/** The dossier indicators the table always shows; the one ranked by joins them. */
const keyIndicators = ['on_time_rate', 'digitised_rate', 'online_rate', 'satisfaction_rate'];

/** What the ranking was last sorted by, kept while the user reads a ward and comes back. */
let chosenBy = '';

const dash = () => h('span', { class: 'muted' }, labels.noValue);

function points(value: number | null | undefined): HTMLElement | string {
  return value === null || value === undefined ? dash() : formatNumber(value);
}

function count(value: number | null | undefined): HTMLElement | string {
  return value === null || value === undefined ? dash() : formatNumber(value);
}

function rate(indicator: WardIndicator | undefined): HTMLElement | string {
  if (!indicator || indicator.rate === null) return dash();
  return labels.percent(formatNumber(indicator.rate));
}

export async function renderProvince(): Promise<HTMLElement> {
  const [initial, wardList] = await Promise.all([api.provinceWards(chosenBy === BY_INDEX ? '' : chosenBy), loadWards()]);
  const names = new Map(wardList.wards.filter((ward) => ward.name).map((ward) => [ward.code, ward.name]));
  const wardName = (ward: WardSummary) => names.get(ward.code) ?? (ward.name || ward.code);

  // The indicators to rank by: those of the first ward (every ward has the same list).
  const indicatorList = initial.wards.find((ward) => ward.indicators.length > 0)?.indicators ?? [];
  const indicatorLabel = new Map(indicatorList.map((indicator) => [indicator.code, indicator.label]));
  const shortLabel = (code: string) => indicatorShortLabels[code] ?? indicatorLabel.get(code) ?? code;

  const bySelect = h(
    'select',
    { 'data-testid': 'province-by' },
    h('option', { value: BY_INDEX }, labels.byIndex),
    indicatorList.map((indicator) => h('option', { value: indicator.code }, indicator.label)),
  );
  bySelect.value = initial.by || BY_INDEX;

  const message = messageBox();
  message.dataset.testid = 'province-message';
  const downloadButton = h(
    'button',
    {
      type: 'button',
      'data-testid': 'province-download',
      onclick: () => {
        message.clear();
        downloadButton.disabled = true;
        downloadButton.setAttribute('aria-busy', 'true');
        downloadButton.textContent = labels.downloading;
        api
          .provinceReport(`tong-hop-cchc-xa-phuong-${initial.as_of}.xlsx`)
          .then(
            (download) => {
              saveDownload(download);
              message.show(labels.downloaded(download.fileName), 'ok');
            },
            (error: unknown) => message.show(errorText(error)),
          )
          .finally(() => {
            downloadButton.disabled = false;
            downloadButton.removeAttribute('aria-busy');
            downloadButton.textContent = labels.download;
          });
      },
    },
    labels.download,
  );

  const meta = h('p', { class: 'muted', 'data-testid': 'province-as-of' });
  const templateNote = h('p', { class: 'notice notice-warning', 'data-testid': 'province-note', hidden: true });
  const tableArea = h('div', { 'data-testid': 'province-table-area' });

  function table(ranking: ProvinceRanking): HTMLElement {
    if (ranking.wards.length === 0) return emptyNote(labels.noWards);
    const by = ranking.by || BY_INDEX;
    const indicators = [...keyIndicators.filter((code) => indicatorLabel.has(code)), ...(by !== BY_INDEX && !keyIndicators.includes(by) ? [by] : [])];
    const c = labels.columns;
    const ranked = (code: string) => (code === by ? ' ranked-by' : '');
    const columnCount = 9 + indicators.length;

    const rows = ranking.wards.map((ward) => {
      const name = wardName(ward);
      const byCode = new Map(ward.indicators.map((indicator) => [indicator.code, indicator]));
      const nameCell = h(
        'th',
        { scope: 'row', class: 'province-ward', 'data-label': c.ward },
        h('span', { class: 'province-ward-name', 'data-testid': 'province-ward-name' }, name),
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            'aria-label': labels.viewWard(name),
            'data-testid': `province-view-${ward.code}`,
            onclick: () => {
              setViewingWard({ code: ward.code, name });
              navigate(links.dashboard);
            },
          },
          labels.view,
        ),
      );
      const rankCell = h(
        'td',
        { class: 'num province-rank', 'data-label': c.rank, 'data-testid': 'province-rank', title: ward.rank === null ? labels.notRanked : null },
        ward.rank === null ? dash() : h('strong', {}, formatNumber(ward.rank)),
      );
      if (ward.error) {
        return h(
          'tr',
          { 'data-testid': 'province-row', 'data-code': ward.code },
          rankCell,
          nameCell,
          h('td', { colspan: String(columnCount - 2), class: 'province-error', 'data-label': common.status }, labels.wardError(ward.error)),
        );
      }
      const tasks = ward.tasks ?? null;
      return h(
        'tr',
        { 'data-testid': 'province-row', 'data-code': ward.code },
        rankCell,
        nameCell,
        h('td', { class: 'num', 'data-label': c.now, 'data-testid': 'province-now' }, points(ward.index_now)),
        h('td', { class: `num${ranked(BY_INDEX)}`, 'data-label': c.projected, 'data-testid': 'province-projected' }, points(ward.index_projected)),
        h('td', { class: 'num', 'data-label': c.tasks, 'data-testid': 'province-tasks' }, count(tasks?.total)),
        h('td', { class: 'num', 'data-label': c.done }, count(tasks?.done)),
        h('td', { class: 'num', 'data-label': c.atRisk }, count(tasks?.at_risk)),
        h('td', { class: 'num', 'data-label': c.overdue }, count(tasks?.overdue)),
        h(
          'td',
          { class: 'num', 'data-label': c.dossiers, 'data-testid': 'province-dossiers' },
          h(
            'span',
            {},
            count(ward.dossiers),
            ward.data_as_of ? h('small', { class: 'muted as-of' }, labels.dossiersAsOf(formatDate(ward.data_as_of))) : null,
          ),
        ),
        indicators.map((code) => {
          const indicator = byCode.get(code);
          return h(
            'td',
            {
              class: `num${ranked(code)}`,
              'data-label': labels.indicatorColumn(shortLabel(code)),
              'data-indicator': code,
              title: indicator && indicator.rate !== null ? `${indicator.label}: ${formatNumber(indicator.numerator)}/${formatNumber(indicator.denominator)}` : null,
            },
            rate(indicator),
          );
        }),
      );
    });

    // Two header rows: the groups (points, tasks, dossier indicators), then their columns.
    const single = (text: string, num: boolean) => h('th', { scope: 'col', rowspan: '2', class: num ? 'num' : null }, text);
    const group = (text: string, span: number) => h('th', { scope: 'colgroup', colspan: String(span), class: 'group' }, text);
    const sub = (text: string, code: string | null, title?: string) =>
      h('th', { scope: 'col', class: `num${code ? ranked(code) : ''}`, title }, text);
    const g = labels.groups;
    const byLabel = by === BY_INDEX ? labels.byIndex : (indicatorLabel.get(by) ?? by);
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'stack province-table', 'data-testid': 'province-table', 'data-by': by },
        h('caption', {}, labels.caption(ranking.wards.length, byLabel)),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            single(c.rank, true),
            single(c.ward, false),
            group(g.points, 2),
            group(g.tasks, 4),
            single(c.dossiers, true),
            indicators.length > 0 ? group(g.indicators, indicators.length) : null,
          ),
          h(
            'tr',
            {},
            sub(g.now, null),
            sub(g.projected, BY_INDEX),
            sub(g.total, null),
            sub(g.done, null),
            sub(g.atRisk, null),
            sub(g.overdue, null),
            indicators.map((code) => sub(shortLabel(code), code, indicatorLabel.get(code))),
          ),
        ),
        h('tbody', {}, rows),
      ),
    );
  }

  function show(ranking: ProvinceRanking): void {
    meta.textContent = labels.today(formatDate(ranking.as_of));
    const note = ranking.wards.find((ward) => ward.template_methodology && ward.note)?.note ?? '';
    templateNote.textContent = note;
    templateNote.hidden = note === '';
    replaceChildren(tableArea, table(ranking));
  }

  let ticket = 0;
  bySelect.addEventListener('change', () => {
    ticket += 1;
    const mine = ticket;
    chosenBy = bySelect.value;
    message.clear();
    tableArea.setAttribute('aria-busy', 'true');
    api
      .provinceWards(chosenBy === BY_INDEX ? '' : chosenBy)
      .then(
        (ranking) => {
          if (mine === ticket) show(ranking);
        },
        (error: unknown) => {
          if (mine === ticket) message.show(errorText(error));
        },
      )
      .finally(() => {
        if (mine === ticket) tableArea.removeAttribute('aria-busy');
      });
  });

  show(initial);
  return h(
    'div',
    { class: 'page province' },
    pageTitle(labels.title),
    meta,
    h('p', { class: 'muted small' }, labels.intro),
    templateNote,
    h(
      'section',
      { class: 'card' },
      h('div', { class: 'filter-row province-controls' }, field(labels.rankBy, bySelect), h('div', { class: 'actions' }, downloadButton)),
      message,
      tableArea,
    ),
  );
}
