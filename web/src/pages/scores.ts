// Điểm Chỉ số CCHC (`#/diem`): the ward's PAR index as the methodology scores it (docs/methodology.md),
// now and projected to 31/12, every rolled-up number beside its formula; the criterion tree with
// what-if values (computed by the server, never stored); the points at risk; the units that answer
// for them; last year beside this year; and, for the coordinator and the administrator, the
// appraisal round, the values entered by hand and the methodology file.

import { ApiError, api, saveDownload } from '../api';
import { emptyNote, errorText, pageTitle } from '../components';
import { loadPlan } from '../data';
import { field, h, messageBox, replaceChildren } from '../dom';
import { formatDate, formatDateTime, formatNumber, formatNumberInput, parseNumber } from '../format';
import { common, indicatorShortLabels, scores as labels } from '../labels';
import type { PageContext } from '../page';
import { links } from '../router';
import { isProvinceRole } from '../tenant';
import { uploadForm } from '../upload-form';
import type {
  MethodologyProblem,
  ScoreNode,
  ScoreResultInput,
  ScoreResultsImport,
  ScoreUnitRef,
  Scorecard,
} from '../types';

type TabId = 'tree' | 'risks' | 'units' | 'compare' | 'appraisal' | 'methodology';

const treeColumns = 9;

/** Points as Vietnamese readers write them: "7,5". */
const points = (value: number) => formatNumber(Math.round(value * 100) / 100);

/** A change with its sign: "+1,5", "−0,25", "0". */
function signed(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded > 0) return `+${formatNumber(rounded)}`;
  if (rounded < 0) return `−${formatNumber(-rounded)}`;
  return '0';
}

function changeCell(value: number | null, label: string): HTMLElement {
  if (value === null) return h('td', { class: 'num muted', 'data-label': label }, '—');
  const kind = Math.round(value * 100) === 0 ? 'zero' : value > 0 ? 'up' : 'down';
  return h('td', { class: `num delta delta-${kind}`, 'data-label': label }, signed(value));
}

const optionalPoints = (value: number | null) => (value === null ? '—' : points(value));
const domId = (code: string) => code.replace(/[^A-Za-z0-9_-]/g, '_');

function errorNote(error: unknown): HTMLElement {
  return h('p', { class: 'message message-error', role: 'alert' }, errorText(error));
}

function stateBadge(node: { state: ScoreNode['state']; state_label: string }): HTMLElement {
  return h(
    'span',
    { class: `badge score-state score-state-${node.state}`, 'data-state': node.state },
    node.state_label || labels.states[node.state],
  );
}

function unitList(units: ScoreUnitRef[]): HTMLElement {
  if (units.length === 0) return h('span', { class: 'muted' }, labels.noLeadUnits);
  return h(
    'span',
    { class: 'unit-list' },
    units.map((unit, index) => [index > 0 ? '; ' : '', h('a', { href: links.unit(unit.key) }, unit.name || unit.key)]),
  );
}

/** The areas (depth 0) with the nodes under each, in document order. */
function areasOf(card: Scorecard): { area: ScoreNode; nodes: ScoreNode[] }[] {
  const areas: { area: ScoreNode; nodes: ScoreNode[] }[] = [];
  for (const node of card.nodes) {
    if (node.depth === 0) areas.push({ area: node, nodes: [] });
    else areas[areas.length - 1]?.nodes.push(node);
  }
  return areas;
}

export async function renderScores(context: PageContext): Promise<HTMLElement> {
  const [initial, plan] = await Promise.all([api.scores(), loadPlan().catch(() => null)]);
  const role = context.session.user.role;
  const canEdit = role === 'coordinator' || role === 'admin';
  // The what-if is computed, never stored, but it is a POST: the province's accounts only read.
  const canTry = !isProvinceRole(role);
  const taskCodes = new Set((plan?.nodes ?? []).filter((node) => node.kind === 'task').map((node) => node.code));
  const isTask = (node: { code: string }, source?: string | null) =>
    plan ? taskCodes.has(node.code) : source === 'task' || source === 'target';

  /** The stored figures. */
  let base: Scorecard = initial;
  /** What the page shows: `base`, or the same computed with the assumptions. */
  let shown: Scorecard = initial;
  /** The assumptions `shown` was computed with; empty when it is `base`. */
  let applied: Record<string, number> = {};
  /** What people typed in the "Giả định" inputs, by criterion code. */
  const drafts = new Map<string, string>();
  const collapsed = new Set<string>(initial.nodes.filter((node) => node.depth === 0).map((node) => node.code));
  const openDetails = new Set<string>();
  const whatIf = () => Object.keys(applied).length > 0;
  const baseNodes = () => new Map(base.nodes.map((node) => [node.code, node]));

  // Header: the index now and projected, each with its formula; last year and the change.
  const header = h('section', { class: 'card score-header', 'aria-label': labels.figures, 'data-testid': 'score-header' });

  function figure(
    caption: string,
    value: string,
    testId: string,
    formula: string | null,
    baseValue: string | null,
    extraClass = '',
  ): HTMLElement {
    return h(
      'li',
      { class: `score-figure ${extraClass}`.trim() },
      h('span', { class: 'score-figure-caption' }, caption, baseValue !== null ? h('span', { class: 'badge whatif-tag' }, labels.whatIfTag) : null),
      h('strong', { class: 'score-figure-value', 'data-testid': testId }, value),
      formula ? h('small', { class: 'score-formula', 'data-testid': `${testId}-formula` }, formula) : null,
      baseValue !== null ? h('small', { class: 'muted', 'data-testid': `${testId}-base` }, labels.whatIfBase(baseValue)) : null,
    );
  }

  function renderHeader(): void {
    const t = shown.totals;
    const m = shown.methodology;
    const trying = whatIf();
    const changeKind = t.change === null ? '' : Math.round(t.change * 100) === 0 ? 'delta-zero' : t.change > 0 ? 'delta-up' : 'delta-down';
    replaceChildren(
      header,
      h(
        'p',
        { class: 'muted score-meta' },
        labels.today(formatDate(shown.today)),
        ' · ',
        `${labels.methodology}: ${m.title}`,
      ),
      m.template
        ? h(
            'p',
            { class: 'notice notice-warning score-template', 'data-testid': 'score-template' },
            h('span', { class: 'badge template-badge', 'data-testid': 'score-template-badge' }, labels.templateBadge),
            ' ',
            labels.templateNote,
          )
        : null,
      trying
        ? h(
            'div',
            { class: 'notice whatif-banner', role: 'status', 'data-testid': 'score-whatif-banner' },
            h('span', {}, labels.whatIfBanner(Object.keys(applied).length)),
            h('button', { type: 'button', 'data-testid': 'score-whatif-reset-top', onclick: resetWhatIf }, labels.resetWhatIf),
          )
        : null,
      h(
        'ul',
        { class: 'score-figures' },
        figure(labels.indexNow, formatNumber(t.index_now), 'score-index-now', t.now_formula, trying ? formatNumber(base.totals.index_now) : null, trying ? 'whatif' : ''),
        figure(
          labels.indexProjected,
          formatNumber(t.index_projected),
          'score-index-projected',
          t.projected_formula,
          trying ? formatNumber(base.totals.index_projected) : null,
          trying ? 'whatif' : '',
        ),
        figure(labels.indexLastYear, t.last_year === null ? labels.noLastYear : formatNumber(t.last_year), 'score-index-last-year', null, null, t.last_year === null ? 'score-figure-empty' : ''),
        figure(
          labels.indexChange,
          t.change === null ? '—' : signed(t.change),
          'score-index-change',
          null,
          trying && base.totals.change !== null ? signed(base.totals.change) : null,
          changeKind,
        ),
      ),
      h(
        'p',
        { class: 'muted small' },
        labels.parts(
          points(t.assessed_projected),
          points(t.assessed_max),
          t.survey_known ? labels.surveyPoints(points(t.survey_projected), points(t.survey_max)) : labels.surveyUnknown(points(t.survey_max)),
        ),
      ),
    );
  }

  // Tabs.
  const tabIds: TabId[] = ['tree', 'risks', 'units', 'compare', ...(canEdit ? (['appraisal', 'methodology'] as TabId[]) : [])];
  let activeTab: TabId = 'tree';
  const panels = new Map<TabId, HTMLElement>();
  const tabButtons = new Map<TabId, HTMLButtonElement>();
  for (const id of tabIds) {
    panels.set(
      id,
      h('section', {
        class: 'card tab-panel score-panel',
        role: 'tabpanel',
        id: `score-panel-${id}`,
        'aria-labelledby': `score-tab-${id}`,
        'data-testid': `score-panel-${id}`,
        hidden: id !== activeTab,
      }),
    );
  }
  function selectTab(id: TabId): void {
    activeTab = id;
    for (const [tabId, button] of tabButtons) {
      button.setAttribute('aria-selected', tabId === id ? 'true' : 'false');
      button.tabIndex = tabId === id ? 0 : -1;
    }
    for (const [tabId, panel] of panels) panel.hidden = tabId !== id;
  }
  const tabList = h(
    'div',
    { class: 'tabs score-tabs', role: 'tablist', 'aria-label': labels.tabs },
    tabIds.map((id) => {
      const button = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: 'tab',
          id: `score-tab-${id}`,
          'aria-controls': `score-panel-${id}`,
          'aria-selected': id === activeTab ? 'true' : 'false',
          tabindex: id === activeTab ? '0' : '-1',
          'data-testid': `score-tab-${id}`,
          onclick: () => selectTab(id),
        },
        labels.tabNames[id],
      );
      button.addEventListener('keydown', (event) => {
        const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (step === 0) return;
        event.preventDefault();
        const next = tabIds[(tabIds.indexOf(id) + step + tabIds.length) % tabIds.length]!;
        selectTab(next);
        tabButtons.get(next)?.focus();
      });
      tabButtons.set(id, button);
      return button;
    }),
  );

  // 1. The tree, with the what-if inputs.
  const whatIfMessage = messageBox();
  whatIfMessage.dataset.testid = 'score-whatif-message';
  const runButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'score-whatif-run', onclick: () => void runWhatIf() }, labels.tryIt);
  const resetButton = h('button', { type: 'button', 'data-testid': 'score-whatif-reset', onclick: resetWhatIf }, labels.resetWhatIf);
  const treeBody = h('div', { 'data-testid': 'score-tree-area' });
  const treePanel = panels.get('tree')!;
  replaceChildren(
    treePanel,
    h('h2', {}, labels.tabNames.tree),
    h(
      'div',
      { class: 'whatif-bar' },
      canTry ? h('p', { class: 'muted small' }, labels.whatIfIntro) : null,
      h(
        'div',
        { class: 'actions' },
        canTry ? [runButton, resetButton] : null,
        h('button', { type: 'button', class: 'link-button', 'data-testid': 'score-expand-all', onclick: () => setAllAreas(false) }, labels.expandAll),
        h('button', { type: 'button', class: 'link-button', 'data-testid': 'score-collapse-all', onclick: () => setAllAreas(true) }, labels.collapseAll),
      ),
      whatIfMessage,
    ),
    treeBody,
  );

  interface TreeRow {
    node: ScoreNode;
    row: HTMLTableRowElement;
    ancestors: string[];
    extra: HTMLTableRowElement | null;
    toggle: HTMLButtonElement;
  }
  let treeRows: TreeRow[] = [];

  function applyVisibility(): void {
    for (const entry of treeRows) {
      const visible = entry.ancestors.every((code) => !collapsed.has(code));
      entry.row.hidden = !visible;
      const open = entry.node.leaf ? openDetails.has(entry.node.code) : !collapsed.has(entry.node.code);
      entry.toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (entry.extra) entry.extra.hidden = !(visible && open);
    }
  }

  function setAllAreas(collapse: boolean): void {
    for (const node of shown.nodes) {
      if (node.depth !== 0) continue;
      if (collapse) collapsed.add(node.code);
      else collapsed.delete(node.code);
    }
    applyVisibility();
  }

  function detailRow(node: ScoreNode): HTMLTableRowElement {
    const rule = node.rule;
    const facts: [string, Node | string][] = [];
    if (node.reason) facts.push([labels.reason, node.reason]);
    if (node.projection_note) facts.push([labels.projectionNote, node.projection_note]);
    facts.push([
      labels.values,
      labels.valueLine(
        node.value_now === null ? labels.noValue : formatNumber(node.value_now),
        node.value_projected === null ? labels.noValue : formatNumber(node.value_projected),
      ),
    ]);
    facts.push([labels.formulaNow, h('span', { class: 'score-formula' }, node.now_formula)]);
    facts.push([labels.formulaProjected, h('span', { class: 'score-formula' }, node.projected_formula)]);
    if (rule) {
      facts.push([
        labels.rule,
        h(
          'ul',
          { class: 'rule-facts' },
          h('li', {}, rule.type_label || rule.type),
          h('li', {}, labels.ruleSource(labels.ruleSources[rule.source] ?? rule.source)),
          rule.indicator ? h('li', {}, labels.ruleIndicator(indicatorShortLabels[rule.indicator] ?? rule.indicator)) : null,
          rule.target !== null ? h('li', {}, labels.ruleTarget(rule.target)) : null,
          rule.threshold !== null ? h('li', {}, labels.ruleThreshold(formatNumber(rule.threshold))) : null,
          rule.evidence ? h('li', {}, `${labels.evidence}: ${rule.evidence}`) : null,
        ),
      ]);
    }
    facts.push([labels.part, labels.partNames[node.part] ?? node.part]);
    facts.push([labels.leadUnits, unitList(node.lead_units)]);
    const r = node.result;
    if (r.stage !== 'open') {
      facts.push([
        labels.appraisalLine,
        [
          labels.stages[r.stage],
          r.self_points !== null ? ` · ${labels.resultFields.self_points}: ${points(r.self_points)}` : '',
          r.appraised_points !== null ? ` · ${labels.resultFields.appraised_points}: ${points(r.appraised_points)}` : '',
          r.final_points !== null ? ` · ${labels.resultFields.final_points}: ${points(r.final_points)}` : '',
        ].join(''),
      ]);
    }
    return h(
      'tr',
      { class: 'score-detail', id: `score-detail-${domId(node.code)}`, 'data-testid': 'score-detail', 'data-code': node.code },
      h(
        'td',
        { colspan: String(treeColumns) },
        node.closed ? h('p', { class: 'notice notice-warning small' }, labels.closed) : null,
        h('dl', { class: 'facts' }, facts.map(([term, description]) => [h('dt', {}, term), h('dd', {}, description)])),
        isTask(node, rule?.source) ? h('p', {}, h('a', { href: links.task(node.code), 'data-testid': 'score-task-link' }, labels.openTask(node.code))) : null,
      ),
    );
  }

  function formulaRow(node: ScoreNode): HTMLTableRowElement {
    return h(
      'tr',
      { class: `score-formula-row depth-${Math.min(node.depth, 3)}`, 'data-testid': 'score-formula-row', 'data-code': node.code },
      h(
        'td',
        { colspan: String(treeColumns) },
        h('span', { class: 'score-formula' }, `${labels.formulaNow}: ${node.now_formula}`),
        h('span', { class: 'score-formula' }, `${labels.formulaProjected}: ${node.projected_formula}`),
      ),
    );
  }

  function assumeInput(node: ScoreNode): HTMLElement | string {
    if (!node.leaf || node.state === 'not_applicable' || node.state === 'settled') return '';
    const input = h('input', {
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      class: 'assume-input',
      value: drafts.get(node.code) ?? '',
      placeholder: node.value_now !== null ? formatNumber(node.value_now) : labels.assumePlaceholder,
      'aria-label': labels.assumeLabel(node.code),
      'data-testid': `score-assume-${node.code}`,
    });
    input.addEventListener('input', () => {
      if (input.value.trim() === '') drafts.delete(node.code);
      else drafts.set(node.code, input.value);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void runWhatIf();
      }
    });
    return input;
  }

  function renderTree(): void {
    const c = labels.columns;
    const before = whatIf() ? baseNodes() : null;
    const stack: string[] = [];
    treeRows = [];
    const body = h('tbody', {});
    for (const node of shown.nodes) {
      stack.length = Math.min(stack.length, node.depth);
      const ancestors = stack.filter((code) => code !== undefined);
      stack[node.depth] = node.code;
      const old = before?.get(node.code);
      const nowChanged = old !== undefined && Math.round((old.now - node.now) * 100) !== 0;
      const projectedChanged = old !== undefined && Math.round((old.projected - node.projected) * 100) !== 0;
      const kind = node.depth === 0 ? 'area' : node.leaf ? 'leaf' : 'group';
      const extra = node.leaf ? detailRow(node) : formulaRow(node);
      const toggle = h(
        'button',
        {
          type: 'button',
          class: `tree-toggle tree-toggle-${kind}`,
          'aria-expanded': 'false',
          'aria-controls': extra.id || null,
          'aria-label': node.leaf ? labels.showDetails(node.code) : labels.toggleNode(node.code, node.title),
          'data-testid': `score-toggle-${node.code}`,
          onclick: () => {
            const set = node.leaf ? openDetails : collapsed;
            const key = node.code;
            if (set.has(key)) set.delete(key);
            else set.add(key);
            applyVisibility();
          },
        },
        h('span', { class: 'tree-caret', 'aria-hidden': 'true' }),
        node.code,
      );
      const whatIfMark = (changed: boolean, was: number | undefined) =>
        changed && was !== undefined ? h('span', { class: 'badge whatif-tag', title: labels.whatIfBase(points(was)) }, labels.whatIfTag) : null;
      const row = h(
        'tr',
        {
          class: `score-row score-${kind} depth-${Math.min(node.depth, 3)}${nowChanged || projectedChanged ? ' whatif-changed' : ''}`,
          'data-testid': 'score-row',
          'data-code': node.code,
          'data-depth': String(node.depth),
          'data-state': node.state,
        },
        h('td', { class: 'tree-code', 'data-label': c.code }, toggle),
        h('td', { class: 'tree-title', 'data-label': c.criterion }, node.title),
        h('td', { class: 'num', 'data-label': c.max }, node.state === 'not_applicable' ? h('s', {}, points(node.max)) : points(node.max)),
        h(
          'td',
          { class: 'num', 'data-label': c.now, title: node.now_formula, 'data-testid': 'score-now' },
          h('span', {}, points(node.now), whatIfMark(nowChanged, old?.now)),
        ),
        h(
          'td',
          { class: 'num', 'data-label': c.projected, title: node.projected_formula, 'data-testid': 'score-projected' },
          h('span', {}, points(node.projected), whatIfMark(projectedChanged, old?.projected)),
        ),
        h('td', { class: 'num', 'data-label': c.lastYear }, optionalPoints(node.last_year)),
        changeCell(node.change, c.change),
        h('td', { class: 'state', 'data-label': c.state }, node.leaf || node.state === 'not_applicable' ? stateBadge(node) : ''),
        canTry ? h('td', { class: 'assume', 'data-label': c.assume }, assumeInput(node)) : null,
      );
      treeRows.push({ node, row, ancestors, extra, toggle });
      body.append(row, extra);
    }
    const t = shown.totals;
    const table = h(
      'table',
      { class: 'stack score-tree', 'data-testid': 'score-tree' },
      h('caption', { class: 'visually-hidden' }, labels.treeCaption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, c.code),
          h('th', { scope: 'col' }, c.criterion),
          [c.max, c.now, c.projected, c.lastYear, c.change].map((text) => h('th', { scope: 'col', class: 'num' }, text)),
          h('th', { scope: 'col' }, c.state),
          canTry ? h('th', { scope: 'col' }, c.assume) : null,
        ),
      ),
      body,
      h(
        'tfoot',
        {},
        h(
          'tr',
          { class: 'score-total-row' },
          h('th', { scope: 'row', colspan: '2' }, common.total),
          h('td', { class: 'num', 'data-label': c.max }, points(t.applicable_max)),
          h('td', { class: 'num', 'data-label': c.now }, points(t.assessed_now + t.survey_now)),
          h('td', { class: 'num', 'data-label': c.projected }, points(t.assessed_projected + t.survey_projected)),
          h('td', { colspan: canTry ? '4' : '3' }),
        ),
      ),
    );
    replaceChildren(treeBody, h('div', { class: 'table-wrap' }, table));
    applyVisibility();
  }

  let whatIfTicket = 0;
  async function runWhatIf(): Promise<void> {
    whatIfMessage.clear();
    const assume: Record<string, number> = {};
    for (const [code, text] of drafts) {
      const value = parseNumber(text);
      if (value === null) continue;
      if (Number.isNaN(value)) {
        whatIfMessage.show(labels.assumptionInvalid(code));
        document.querySelector<HTMLInputElement>(`[data-testid="score-assume-${CSS.escape(code)}"]`)?.focus();
        return;
      }
      assume[code] = value;
    }
    if (Object.keys(assume).length === 0) {
      whatIfMessage.show(labels.noAssumption);
      return;
    }
    whatIfTicket += 1;
    const ticket = whatIfTicket;
    runButton.disabled = true;
    runButton.textContent = labels.trying;
    try {
      const result = await api.scoresWhatIf(assume);
      if (ticket !== whatIfTicket) return;
      shown = result;
      applied = assume;
      renderShown();
    } catch (error) {
      if (ticket === whatIfTicket) whatIfMessage.show(errorText(error));
    } finally {
      runButton.disabled = false;
      runButton.textContent = labels.tryIt;
    }
  }

  function resetWhatIf(): void {
    whatIfTicket += 1;
    whatIfMessage.clear();
    drafts.clear();
    applied = {};
    shown = base;
    renderShown();
  }

  // 2. The points at risk.
  const risksPanel = panels.get('risks')!;
  function renderRisks(): void {
    const risks = shown.risks;
    replaceChildren(
      risksPanel,
      h('h2', {}, labels.tabNames.risks, whatIf() ? h('span', { class: 'badge whatif-tag' }, labels.whatIfTag) : null),
      h('p', { class: 'muted small' }, labels.risksIntro),
      risks.length === 0
        ? emptyNote(labels.noRisks)
        : h(
            'ol',
            { class: 'score-risks', 'data-testid': 'score-risk-list' },
            risks.map((risk) =>
              h(
                'li',
                { class: 'score-risk', 'data-testid': 'score-risk', 'data-code': risk.code },
                h(
                  'div',
                  { class: 'score-risk-head' },
                  h('span', { class: 'score-risk-rank' }, `${risk.rank}.`),
                  h(
                    'span',
                    { class: 'score-risk-title' },
                    isTask(risk) ? h('a', { href: links.task(risk.code), class: 'code' }, risk.code) : h('span', { class: 'code' }, risk.code),
                    ' ',
                    risk.title,
                  ),
                  h('strong', { class: 'badge score-gain', 'data-testid': 'score-risk-gain', 'data-gain': String(risk.gain) }, labels.gain(points(risk.gain))),
                ),
                h(
                  'p',
                  { class: 'score-risk-figures' },
                  stateBadge(risk),
                  ' ',
                  labels.riskFigures(points(risk.projected), points(risk.max), points(risk.now)),
                  risk.last_year !== null ? `; ${labels.riskLastYear(points(risk.last_year))}` : '',
                ),
                risk.reason ? h('p', {}, risk.reason) : null,
                risk.projection_note ? h('p', { class: 'muted small' }, risk.projection_note) : null,
                risk.formula ? h('p', { class: 'score-formula' }, risk.formula) : null,
                h('p', { class: 'small' }, h('strong', {}, `${labels.leadUnits}: `), unitList(risk.lead_units)),
              ),
            ),
          ),
    );
  }

  // 3. The units that answer for the points.
  const unitsPanel = panels.get('units')!;
  const unitsMessage = messageBox();
  const unitsBody = h('div', {});
  const xlsxButton = h(
    'button',
    {
      type: 'button',
      'data-testid': 'score-units-xlsx',
      onclick: () => {
        unitsMessage.clear();
        xlsxButton.disabled = true;
        xlsxButton.textContent = labels.downloading;
        api
          .scoreUnitsWorkbook()
          .then(
            (download) => {
              saveDownload(download);
              unitsMessage.show(labels.downloaded(download.fileName), 'ok');
            },
            (error: unknown) => unitsMessage.show(errorText(error)),
          )
          .finally(() => {
            xlsxButton.disabled = false;
            xlsxButton.textContent = labels.downloadExcel;
          });
      },
    },
    labels.downloadExcel,
  );
  const unitsHeading = h('h2', {}, labels.tabNames.units);
  replaceChildren(
    unitsPanel,
    unitsHeading,
    h('p', { class: 'muted small' }, labels.unitsIntro),
    h('div', { class: 'actions' }, xlsxButton),
    unitsMessage,
    unitsBody,
  );
  function renderUnits(): void {
    replaceChildren(unitsHeading, labels.tabNames.units, whatIf() ? h('span', { class: 'badge whatif-tag' }, labels.whatIfTag) : null);
    const u = labels.unitColumns;
    if (shown.units.length === 0) {
      replaceChildren(unitsBody, emptyNote(labels.noUnits));
      return;
    }
    replaceChildren(
      unitsBody,
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'stack score-units', 'data-testid': 'score-units-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col', class: 'num' }, u.rank),
              h('th', { scope: 'col' }, u.unit),
              h('th', { scope: 'col' }, u.head),
              [u.criteria, u.stake, u.now, u.projected, u.lost, u.atRisk, u.share, u.overdueTasks, u.lateDossiers].map((text) =>
                h('th', { scope: 'col', class: 'num' }, text),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            shown.units.map((unit) =>
              h(
                'tr',
                { 'data-testid': 'score-unit-row', 'data-unit': unit.key },
                h('td', { class: 'num', 'data-label': u.rank }, String(unit.rank)),
                h('td', { class: 'unit-name', 'data-label': u.unit }, h('a', { href: links.unit(unit.key) }, unit.name || unit.key)),
                h('td', { 'data-label': u.head }, unit.head ?? h('span', { class: 'muted' }, labels.noHead)),
                h('td', { class: 'num', 'data-label': u.criteria, title: unit.criteria.join(', ') }, formatNumber(unit.criteria.length)),
                h('td', { class: 'num', 'data-label': u.stake }, points(unit.stake)),
                h('td', { class: 'num', 'data-label': u.now }, points(unit.now)),
                h('td', { class: 'num', 'data-label': u.projected }, points(unit.projected)),
                h('td', { class: `num${unit.lost > 0 ? ' delta-down' : ''}`, 'data-label': u.lost }, points(unit.lost)),
                h('td', { class: `num${unit.at_risk > 0 ? ' delta-warn' : ''}`, 'data-label': u.atRisk }, points(unit.at_risk)),
                h('td', { class: 'num', 'data-label': u.share }, labels.percent(points(unit.share))),
                h('td', { class: 'num', 'data-label': u.overdueTasks }, formatNumber(unit.overdue_tasks)),
                h('td', { class: 'num', 'data-label': u.lateDossiers }, formatNumber(unit.late_dossiers)),
              ),
            ),
          ),
        ),
      ),
    );
  }

  // 4. Last year beside this year.
  const comparePanel = panels.get('compare')!;
  function renderCompare(): void {
    const areas = areasOf(shown).map(({ area }) => area);
    const hasLastYear = areas.some((area) => area.last_year !== null);
    const k = labels.compareColumns;
    const t = shown.totals;
    const chartBox = h('div', { class: 'chart score-chart', role: 'img', 'aria-label': labels.compareChart, 'data-testid': 'score-compare-chart' });
    void import('../score-charts').then(
      (charts) =>
        charts.areaComparisonChart(
          chartBox,
          areas.map((area) => ({
            axis: area.code,
            tooltip: [
              `${area.code}. ${area.title}`,
              `${k.max}: ${points(area.max)}`,
              `${labels.seriesLastYear(shown.year)}: ${optionalPoints(area.last_year)}`,
              `${labels.seriesProjected(shown.year)}: ${points(area.projected)}`,
            ],
            lastYear: area.last_year,
            projected: area.projected,
          })),
          { lastYear: labels.seriesLastYear(shown.year), projected: labels.seriesProjected(shown.year) },
        ),
      (error: unknown) => replaceChildren(chartBox, errorNote(error)),
    );
    replaceChildren(
      comparePanel,
      h('h2', {}, labels.tabNames.compare, whatIf() ? h('span', { class: 'badge whatif-tag' }, labels.whatIfTag) : null),
      h('p', { class: 'muted small' }, labels.compareIntro(shown.year)),
      hasLastYear ? null : h('p', { class: 'notice', 'data-testid': 'score-compare-empty' }, labels.noCompare),
      chartBox,
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'stack score-compare', 'data-testid': 'score-compare-table' },
          h(
            'thead',
            {},
            h('tr', {}, h('th', { scope: 'col' }, k.area), [k.max, k.lastYear, k.now, k.projected, k.change].map((text) => h('th', { scope: 'col', class: 'num' }, text))),
          ),
          h(
            'tbody',
            {},
            areas.map((area) =>
              h(
                'tr',
                { 'data-code': area.code },
                h('td', { class: 'tree-title', 'data-label': k.area }, h('span', { class: 'code' }, area.code), `. ${area.title}`),
                h('td', { class: 'num', 'data-label': k.max }, points(area.max)),
                h('td', { class: 'num', 'data-label': k.lastYear }, optionalPoints(area.last_year)),
                h('td', { class: 'num', 'data-label': k.now, title: area.now_formula }, points(area.now)),
                h('td', { class: 'num', 'data-label': k.projected, title: area.projected_formula }, points(area.projected)),
                changeCell(area.change, k.change),
              ),
            ),
          ),
          h(
            'tfoot',
            {},
            h(
              'tr',
              { class: 'score-total-row' },
              h('th', { scope: 'row' }, labels.indexRow),
              h('td', { class: 'num', 'data-label': k.max }, '100'),
              h('td', { class: 'num', 'data-label': k.lastYear }, optionalPoints(t.last_year)),
              h('td', { class: 'num', 'data-label': k.now, title: t.now_formula }, formatNumber(t.index_now)),
              h('td', { class: 'num', 'data-label': k.projected, title: t.projected_formula }, formatNumber(t.index_projected)),
              changeCell(t.change, k.change),
            ),
          ),
        ),
      ),
    );
  }

  // Reloads the stored figures after a change (and the what-if, when one is shown).
  async function reload(message: ReturnType<typeof messageBox>): Promise<void> {
    try {
      base = await api.scores();
      shown = base;
      if (whatIf()) {
        try {
          shown = await api.scoresWhatIf(applied);
        } catch {
          applied = {};
          drafts.clear();
        }
      }
      renderShown();
      renderEditing();
    } catch {
      message.show(labels.reloadFailed);
    }
  }

  // 5. The appraisal round and the values entered by hand (coordinator, administrator).
  const appraisalPanel = panels.get('appraisal');
  const appraisalMessage = messageBox();
  appraisalMessage.dataset.testid = 'score-appraisal-message';
  const appraisalBody = h('div', { 'data-testid': 'score-appraisal' });
  const entriesMessage = messageBox();
  entriesMessage.dataset.testid = 'score-entries-message';
  const entriesBody = h('div', { 'data-testid': 'score-entries' });
  let appraisalArea = initial.nodes.find((node) => node.depth === 0)?.code ?? '';
  const areaSelect = h('select', { 'data-testid': 'score-appraisal-area' });
  areaSelect.addEventListener('change', () => {
    appraisalArea = areaSelect.value;
    renderAppraisal();
  });
  if (appraisalPanel) {
    replaceChildren(
      appraisalPanel,
      h('h2', {}, labels.tabNames.appraisal),
      h('p', { class: 'muted small' }, labels.appraisalIntro),
      h('div', { class: 'filter-row' }, field(labels.appraisalArea, areaSelect)),
      appraisalMessage,
      appraisalBody,
      h('h3', {}, labels.entries),
      h('p', { class: 'muted small' }, labels.entriesIntro),
      entriesMessage,
      entriesBody,
    );
  }

  function numberText(value: number | null): string {
    return value === null ? '—' : points(value);
  }

  function resultForm(node: ScoreNode, close: () => void): HTMLElement {
    const r = node.result;
    const f = labels.resultFields;
    const pointInput = (value: number | null, name: string) =>
      h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', value: formatNumberInput(value), 'data-testid': `result-${name}` });
    const textInput = (value: string, name: string) => h('textarea', { rows: 2, 'data-testid': `result-${name}` }, value);
    const self = pointInput(r.self_points, 'self_points');
    const selfText = textInput(r.self_explanation, 'self_explanation');
    const appraised = pointInput(r.appraised_points, 'appraised_points');
    const comment = textInput(r.appraisal_comment, 'appraisal_comment');
    const explanation = textInput(r.ward_explanation, 'ward_explanation');
    const final = pointInput(r.final_points, 'final_points');
    const message = messageBox();
    const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'result-save' }, common.save);
    const form = h(
      'form',
      { class: 'result-form', novalidate: true, 'aria-label': labels.editResult(node.code) },
      h('div', { class: 'grid' }, field(f.self_points, self), field(f.appraised_points, appraised), field(f.final_points, final)),
      field(f.self_explanation, selfText),
      field(f.appraisal_comment, comment),
      field(f.ward_explanation, explanation),
      message,
      h('div', { class: 'actions' }, submit, h('button', { type: 'button', onclick: close }, common.cancel)),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      message.clear();
      const read = (input: HTMLInputElement, label: string): number | null | undefined => {
        const value = parseNumber(input.value);
        if (value === null) return null;
        if (Number.isNaN(value) || value < 0 || value > node.max + 1e-9) {
          message.show(labels.pointsInvalid(label, points(node.max)));
          input.focus();
          return undefined;
        }
        return value;
      };
      const selfPoints = read(self, f.self_points);
      if (selfPoints === undefined) return;
      const appraisedPoints = read(appraised, f.appraised_points);
      if (appraisedPoints === undefined) return;
      const finalPoints = read(final, f.final_points);
      if (finalPoints === undefined) return;
      const input: ScoreResultInput = {
        self_points: selfPoints,
        self_explanation: selfText.value.trim(),
        appraised_points: appraisedPoints,
        appraisal_comment: comment.value.trim(),
        ward_explanation: explanation.value.trim(),
        final_points: finalPoints,
      };
      submit.disabled = true;
      api
        .saveScoreResult(node.code, input)
        .then(
          () => {
            appraisalMessage.show(labels.resultSaved(node.code), 'ok');
            editing = null;
            void reload(appraisalMessage);
          },
          (error: unknown) => message.show(errorText(error)),
        )
        .finally(() => {
          submit.disabled = false;
        });
    });
    return form;
  }

  let editing: string | null = null;
  function renderAppraisal(): void {
    const areas = areasOf(base);
    replaceChildren(
      areaSelect,
      h('option', { value: '', selected: appraisalArea === '' }, common.all),
      areas.map(({ area }) => h('option', { value: area.code, selected: area.code === appraisalArea }, `${area.code}. ${area.title}`)),
    );
    const leaves = areas.filter(({ area }) => appraisalArea === '' || area.code === appraisalArea).flatMap(({ nodes }) => nodes.filter((node) => node.leaf));
    const f = labels.resultFields;
    const rows = leaves.flatMap((node) => {
      const r = node.result;
      const open = editing === node.code;
      const row = h(
        'tr',
        { 'data-testid': 'score-result-row', 'data-code': node.code },
        h('td', { class: 'tree-code', 'data-label': labels.columns.code }, h('span', { class: 'code' }, node.code)),
        h('td', { class: 'tree-title', 'data-label': labels.columns.criterion }, node.title),
        h('td', { class: 'num', 'data-label': labels.columns.max }, points(node.max)),
        h('td', { class: 'num', 'data-label': f.self_points, title: r.self_explanation || null }, numberText(r.self_points)),
        h('td', { class: 'num', 'data-label': f.appraised_points, title: r.appraisal_comment || null }, numberText(r.appraised_points)),
        changeCell(r.difference, labels.difference),
        h('td', { class: 'num', 'data-label': f.final_points, title: r.ward_explanation || null }, numberText(r.final_points)),
        h(
          'td',
          { 'data-label': labels.stage },
          h(
            'span',
            {},
            h('span', { class: `badge stage-${r.stage}`, 'data-stage': r.stage }, labels.stages[r.stage]),
            r.updated_at ? h('span', { class: 'muted sub' }, labels.updatedBy(formatDateTime(r.updated_at), r.updated_by)) : null,
          ),
        ),
        h(
          'td',
          { 'data-label': '' },
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'aria-expanded': open ? 'true' : 'false',
              'aria-label': labels.editResult(node.code),
              'data-testid': `score-result-edit-${node.code}`,
              onclick: () => {
                editing = open ? null : node.code;
                appraisalMessage.clear();
                renderAppraisal();
                if (editing) appraisalBody.querySelector<HTMLInputElement>('.result-form input')?.focus();
              },
            },
            open ? labels.close : labels.edit,
          ),
        ),
      );
      if (!open) return [row];
      const close = () => {
        editing = null;
        renderAppraisal();
      };
      return [row, h('tr', { class: 'result-form-row' }, h('td', { colspan: '9' }, resultForm(node, close)))];
    });
    replaceChildren(
      appraisalBody,
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'stack score-results', 'data-testid': 'score-results-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, labels.columns.code),
              h('th', { scope: 'col' }, labels.columns.criterion),
              [labels.columns.max, f.self_points, f.appraised_points].map((text) => h('th', { scope: 'col', class: 'num' }, text)),
              h('th', { scope: 'col', class: 'num', title: labels.differenceHint }, labels.difference),
              h('th', { scope: 'col', class: 'num' }, f.final_points),
              h('th', { scope: 'col' }, labels.stage),
              h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, labels.edit)),
            ),
          ),
          h('tbody', {}, rows),
        ),
      ),
    );
  }

  function renderEntries(): void {
    const entered = base.nodes.filter((node) => node.leaf && node.rule?.source === 'entered');
    if (entered.length === 0) {
      replaceChildren(entriesBody, emptyNote(labels.noEntries));
      return;
    }
    replaceChildren(
      entriesBody,
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'stack score-entries', 'data-testid': 'score-entries-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [labels.columns.code, labels.columns.criterion].map((text) => h('th', { scope: 'col' }, text)),
              h('th', { scope: 'col', class: 'num' }, labels.entryCurrent),
              [labels.entryValue, labels.entryNote].map((text) => h('th', { scope: 'col' }, text)),
              h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, common.save)),
            ),
          ),
          h(
            'tbody',
            {},
            entered.map((node) => {
              const value = h('input', {
                type: 'text',
                inputmode: 'decimal',
                autocomplete: 'off',
                class: 'entry-value',
                value: formatNumberInput(node.value_now),
                'aria-label': `${labels.entryValue} ${node.code}`,
                'data-testid': `score-entry-value-${node.code}`,
              });
              const note = h('input', { type: 'text', autocomplete: 'off', 'aria-label': `${labels.entryNote} ${node.code}`, 'data-testid': `score-entry-note-${node.code}` });
              const save = h('button', { type: 'button', 'data-testid': `score-entry-save-${node.code}` }, common.save);
              save.addEventListener('click', () => {
                entriesMessage.clear();
                const parsed = parseNumber(value.value);
                if (parsed !== null && (Number.isNaN(parsed) || parsed < 0)) {
                  entriesMessage.show(labels.entryInvalid(node.code));
                  value.focus();
                  return;
                }
                save.disabled = true;
                api
                  .saveScoreEntry(node.code, parsed, note.value.trim())
                  .then(
                    () => {
                      entriesMessage.show(labels.entrySaved(node.code), 'ok');
                      void reload(entriesMessage);
                    },
                    (error: unknown) => entriesMessage.show(errorText(error)),
                  )
                  .finally(() => {
                    save.disabled = false;
                  });
              });
              return h(
                'tr',
                { 'data-testid': 'score-entry-row', 'data-code': node.code },
                h('td', { class: 'tree-code', 'data-label': labels.columns.code }, h('span', { class: 'code' }, node.code)),
                h('td', { class: 'tree-title', 'data-label': labels.columns.criterion }, node.title, node.reason ? h('span', { class: 'muted sub' }, node.reason) : null),
                h('td', { class: 'num', 'data-label': labels.entryCurrent }, node.value_now === null ? labels.noValue : formatNumber(node.value_now)),
                h('td', { 'data-label': labels.entryValue }, value),
                h('td', { 'data-label': labels.entryNote }, note),
                h('td', { 'data-label': '' }, save),
              );
            }),
          ),
        ),
      ),
    );
  }

  // 6. The methodology file and last year's results (coordinator, administrator).
  const methodologyPanel = panels.get('methodology');
  const methodologyFacts = h('dl', { class: 'facts', 'data-testid': 'score-methodology-facts' });
  function renderMethodologyFacts(): void {
    const m = base.methodology;
    replaceChildren(
      methodologyFacts,
      h('dt', {}, labels.methodology),
      h('dd', {}, m.title, m.template ? [' ', h('span', { class: 'badge template-badge' }, labels.templateBadge)] : null),
      h('dt', {}, common.status),
      h(
        'dd',
        {},
        m.is_default ? labels.methodologyDefault : '',
        m.is_default && (m.source_name || m.imported_at) ? ' · ' : '',
        m.source_name ? labels.methodologySource(m.source_name) : '',
        m.imported_at ? [m.source_name ? ' · ' : '', labels.methodologyImported(formatDateTime(m.imported_at), m.imported_by ?? '')] : '',
      ),
    );
  }

  function methodologyDownload(): HTMLElement {
    const message = messageBox();
    const button = h('button', { type: 'button', 'data-testid': 'score-methodology-download' }, labels.downloadYaml);
    button.addEventListener('click', () => {
      message.clear();
      button.disabled = true;
      api
        .scoreMethodologyFile(`phuong-phap-cham-diem-${base.year}.yaml`)
        .then(
          (download) => {
            const name = /\.ya?ml$/i.test(download.fileName) ? download.fileName : `${download.fileName}.yaml`;
            saveDownload({ blob: download.blob, fileName: name });
          },
          (error: unknown) => message.show(errorText(error)),
        )
        .finally(() => {
          button.disabled = false;
        });
    });
    return h('div', {}, h('div', { class: 'actions' }, button), message);
  }

  function problemsTable(problems: MethodologyProblem[]): HTMLElement {
    const p = labels.problemColumns;
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'stack', 'data-testid': 'score-methodology-problems' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'num' }, p.line), h('th', { scope: 'col' }, p.field), h('th', { scope: 'col' }, p.message))),
        h(
          'tbody',
          {},
          problems.map((problem) =>
            h(
              'tr',
              {},
              h('td', { class: 'num', 'data-label': p.line }, problem.line ? formatNumber(problem.line) : '—'),
              h('td', { 'data-label': p.field }, problem.field ? h('code', {}, problem.field) : ''),
              h('td', { 'data-label': p.message }, problem.message),
            ),
          ),
        ),
      ),
    );
  }

  function methodologyUpload(): HTMLElement {
    return uploadForm({
      title: labels.uploadYaml,
      fileLabel: labels.yamlFile,
      accept: '.yaml,.yml,application/yaml,text/yaml',
      submitLabel: labels.uploadYamlSubmit,
      extensions: /\.ya?ml$/i,
      badExtension: labels.badYamlExtension,
      texts: labels,
      testIds: { file: 'score-methodology-file', submit: 'score-methodology-submit', message: 'score-methodology-message' },
      upload: (file) => api.uploadMethodology(file),
      onSuccess: (_answer, { file, message }) => {
        message.show(labels.yamlSaved(file.name), 'ok');
        void reload(message);
      },
      onError: (error, { message, result }) => {
        const body = error instanceof ApiError ? (error.body as { problems?: unknown } | null | undefined) : null;
        const problems = Array.isArray(body?.problems) ? (body.problems as MethodologyProblem[]) : [];
        if (problems.length > 0) {
          message.show(labels.yamlRefused(problems.length));
          replaceChildren(result, problemsTable(problems));
        } else {
          message.show(errorText(error));
        }
      },
    });
  }

  function skippedTable(skipped: ScoreResultsImport['skipped']): HTMLElement {
    const s = labels.skippedColumns;
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'stack', 'data-testid': 'score-results-skipped' },
        h('caption', {}, labels.skippedCaption),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'num' }, s.line), h('th', { scope: 'col' }, s.message))),
        h(
          'tbody',
          {},
          skipped.map((row) =>
            h('tr', {}, h('td', { class: 'num', 'data-label': s.line }, formatNumber(row.line)), h('td', { 'data-label': s.message }, row.message)),
          ),
        ),
      ),
    );
  }

  function resultsUpload(): HTMLElement {
    const yearInput = h('input', { type: 'number', min: '2000', max: '2100', step: '1', value: String(base.year - 1), 'data-testid': 'score-results-year' });
    return uploadForm({
      title: labels.resultsUpload,
      intro: labels.resultsIntro,
      novalidate: true,
      fields: [field(labels.resultsYear, yearInput)],
      fileLabel: labels.resultsFile,
      accept: '.csv,.xlsx,text/csv',
      submitLabel: labels.resultsSubmit,
      extensions: /\.(csv|xlsx)$/i,
      badExtension: labels.badResultsExtension,
      texts: labels,
      testIds: { file: 'score-results-file', submit: 'score-results-submit', message: 'score-results-message', result: 'score-results-outcome' },
      check: () => {
        if (/^\d{4}$/.test(yearInput.value.trim()) && Number(yearInput.value) >= 2000) return undefined;
        yearInput.focus();
        return labels.resultsYearInvalid;
      },
      upload: (file) => api.uploadScoreResults(Number(yearInput.value), file),
      onSuccess: (answer, { message, result }) => {
        const skipped = answer.skipped ?? [];
        message.show(labels.resultsDone(formatNumber(answer.stored), formatNumber(skipped.length)), 'ok');
        if (skipped.length > 0) replaceChildren(result, skippedTable(skipped));
        void reload(message);
      },
    });
  }

  if (methodologyPanel) {
    replaceChildren(
      methodologyPanel,
      h('h2', {}, labels.tabNames.methodology),
      h('p', { class: 'muted small' }, labels.methodologyIntro),
      methodologyFacts,
      methodologyDownload(),
      methodologyUpload(),
      resultsUpload(),
    );
  }

  function renderShown(): void {
    renderHeader();
    renderTree();
    renderRisks();
    renderUnits();
    renderCompare();
  }

  function renderEditing(): void {
    if (!canEdit) return;
    renderAppraisal();
    renderEntries();
    renderMethodologyFacts();
  }

  renderShown();
  renderEditing();

  return h(
    'div',
    { class: 'page scores' },
    pageTitle(labels.title(initial.year)),
    header,
    tabList,
    [...panels.values()],
  );
}
