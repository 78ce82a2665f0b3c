// Starts the application: checks the session, then shows the page the address names.

import './styles.css';
import { ApiError, api, rememberSession, setUnauthorizedHandler } from './api';
import { loadPlan } from './data';
import { h, replaceChildren } from './dom';
import { common, errors } from './labels';
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
import { renderPublic } from './pages/public';
import { renderScores } from './pages/scores';
import { renderTask } from './pages/task';
import { renderUnit, renderUnits } from './pages/units';
import { links, navigate, parseRoute } from './router';
import type { Route } from './router';
import type { Session } from './types';

const root = document.getElementById('app')!;
let session: Session | null = null;
let shell: Shell | null = null;
let afterLogin: string = links.dashboard;
let showing = 0;

function setSession(next: Session | null): void {
  session = next;
  shell = null;
  rememberSession(next);
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
      return renderAdmin();
    default:
      return h('p', { class: 'message message-error', role: 'alert' }, errors.pageNotFound);
  }
}

function errorView(error: unknown): HTMLElement {
  const text = error instanceof ApiError ? error.message : errors.unexpected(0);
  if (!(error instanceof ApiError)) console.warn(error);
  return h('p', { class: 'message message-error', role: 'alert', 'data-testid': 'page-error' }, text);
}

async function ensureShell(current: Session): Promise<Shell> {
  if (shell) return shell;
  const wardName = await loadPlan().then(
    (plan) => plan.plan.issuing_body,
    () => '',
  );
  shell = createShell(current, wardName, () => void logout());
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
    const page = await renderPublic(session !== null).catch(errorView);
    if (ticket === showing) replaceChildren(root, page);
    return;
  }
  if (!session) {
    if (route.page !== 'login') afterLogin = location.hash || links.dashboard;
    replaceChildren(
      root,
      renderLogin((next) => {
        setSession(next);
        navigate(afterLogin === links.login ? links.dashboard : afterLogin);
      }),
    );
    return;
  }
  if (route.page === 'login') {
    navigate(links.dashboard);
    return;
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
