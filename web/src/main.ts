// Starts the application: checks the session, then shows the page the address names.

import './styles.css';
import { ApiError, api, rememberSession, setUnauthorizedHandler } from './api';
import { forgetPlan, loadPlan } from './data';
import { h, replaceChildren } from './dom';
import { common, errors, province as provinceLabels } from './labels';
import { createShell } from './layout';
import type { Shell } from './layout';
import type { PageContext } from './page';
import { renderAdmin } from './pages/admin';
import { renderDashboard } from './pages/dashboard';
import { renderDocuments } from './pages/documents';
import { renderDossiers } from './pages/dossiers';
import { renderInbox } from './pages/inbox';
import { renderLogin } from './pages/login';
import { renderObstacles } from './pages/obstacles';
import { renderPlan } from './pages/plan';
import { renderProvince } from './pages/province';
import { renderPublic } from './pages/public';
import { renderScores } from './pages/scores';
import { renderTask } from './pages/task';
import { renderUnit, renderUnits } from './pages/units';
import { links, navigate, parseRoute } from './router';
import type { Route } from './router';
import { hasManyWards, isProvinceSession, loadWards, restoreViewingWard, setViewingWard, viewingWard } from './tenant';
import type { Session } from './types';

const root = document.getElementById('app')!;
let session: Session | null = null;
let shell: Shell | null = null;
/** The ward the shell was built for (its navigation and banner): '' for none. */
let shellWard = '';
let afterLogin: string = links.dashboard;
let showing = 0;

function setSession(next: Session | null): void {
  session = next;
  shell = null;
  rememberSession(next);
  // A new session may belong to another ward: nothing of the last one is kept.
  forgetPlan();
  restoreViewingWard(next);
}

/** Where a user lands after login: the province's page for a province account. */
function landing(current: Session): string {
  return isProvinceSession(current) ? links.province : links.dashboard;
}

async function pageFor(context: PageContext, route: Route): Promise<HTMLElement> {
  switch (route.page) {
    case 'dashboard':
      return renderDashboard();
    case 'plan':
      return renderPlan();
    case 'task':
      return renderTask(context, route);
    case 'units':
      return renderUnits();
    case 'unit':
      return renderUnit(route);
    case 'inbox':
      // A province account has no tasks of its own in a ward, nor its accounts to manage.
      if (isProvinceSession(context.session)) break;
      return renderInbox(context);
    case 'obstacles':
      return renderObstacles(context);
    case 'dossiers':
      return renderDossiers(context);
    case 'scores':
      return renderScores(context);
    case 'documents':
      return renderDocuments(context);
    case 'admin':
      if (isProvinceSession(context.session)) break;
      return renderAdmin();
    case 'province':
      if (!isProvinceSession(context.session)) break;
      return renderProvince();
    default:
      break;
  }
  return h('p', { class: 'message message-error', role: 'alert', 'data-testid': 'page-not-found' }, errors.pageNotFound);
}

function errorView(error: unknown): HTMLElement {
  const text = error instanceof ApiError ? error.message : errors.unexpected(0);
  if (!(error instanceof ApiError)) console.warn(error);
  return h('p', { class: 'message message-error', role: 'alert', 'data-testid': 'page-error' }, text);
}

/** The header's name: the province's, the ward's in a deployment of many, else the plan's issuer. */
async function tenantName(current: Session): Promise<string> {
  if (isProvinceSession(current)) return provinceLabels.name;
  const [list, issuer] = await Promise.all([
    loadWards(),
    loadPlan().then(
      (plan) => plan.plan.issuing_body,
      () => '',
    ),
  ]);
  const own = hasManyWards(list) ? list.wards.find((ward) => ward.code === current.tenant)?.name : '';
  return own || issuer;
}

async function ensureShell(current: Session): Promise<Shell> {
  const ward = viewingWard();
  if (shell && shellWard === (ward?.code ?? '')) return shell;
  const name = await tenantName(current);
  shell = createShell(current, name, () => void logout(), ward);
  shellWard = ward?.code ?? '';
  return shell;
}

async function logout(): Promise<void> {
  try {
    await api.logout();
  } catch {
    // The session is dropped on this side whatever the server answered.
  }
  setSession(null);
  afterLogin = links.dashboard;
  navigate(links.login);
}

async function show(): Promise<void> {
  showing += 1;
  const ticket = showing;
  const route = parseRoute(location.hash);
  window.scrollTo(0, 0);
  if (route.page === 'public') {
    const page = await renderPublic(session, route.ward).catch(errorView);
    if (ticket === showing) replaceChildren(root, page);
    return;
  }
  if (!session) {
    if (route.page !== 'login') afterLogin = location.hash || links.dashboard;
    replaceChildren(
      root,
      renderLogin((next) => {
        setSession(next);
        const home = landing(next);
        navigate(afterLogin === links.login || afterLogin === links.dashboard ? home : afterLogin);
      }),
    );
    return;
  }
  if (route.page === 'login') {
    navigate(landing(session));
    return;
  }
  if (isProvinceSession(session)) {
    // The province's page is the province's own data: reading a ward ends there. A ward's page
    // without a ward to read goes back to it.
    if (route.page === 'province') setViewingWard(null);
    else if (!viewingWard()) {
      navigate(links.province);
      return;
    }
  }
  const current = await ensureShell(session);
  if (ticket !== showing) return;
  if (root.firstChild !== current.root) replaceChildren(root, current.root);
  current.setActive(route);
  replaceChildren(current.main, h('p', { class: 'muted', role: 'status' }, common.loading));
  const context: PageContext = { session, setInboxCount: current.setInboxCount };
  const page = await pageFor(context, route).catch(errorView);
  if (ticket !== showing) return;
  replaceChildren(current.main, page);
  page.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  if (route.page !== 'inbox') current.refreshInboxCount();
}

async function start(): Promise<void> {
  setUnauthorizedHandler(() => {
    if (!session) return;
    setSession(null);
    void show();
  });
  // The session cookie is HttpOnly; the server sets a readable hint beside it, so a visitor who
  // never logged in is not asked for a session that would only answer 401.
  if (document.cookie.split('; ').includes('parindex_signed_in=1')) {
    try {
      setSession(await api.session());
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) console.warn(error);
      document.cookie = 'parindex_signed_in=; Path=/; Max-Age=0; SameSite=Strict';
      setSession(null);
    }
  }
  window.addEventListener('hashchange', () => void show());
  await show();
}

void start();
