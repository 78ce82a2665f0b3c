// The frame around every page of a logged-in user: ward, user, navigation; for a province
// account, the province's page, and the ward it is reading (read-only) with the way back.

import { api } from './api';
import { h } from './dom';
import { appTitle, nav, roleLabels, viewing as viewingLabels } from './labels';
import { links } from './router';
import type { Route } from './router';
import { isProvinceSession } from './tenant';
import type { Session, WardRef } from './types';

export interface Shell {
  root: HTMLElement;
  main: HTMLElement;
  setActive(route: Route): void;
  setInboxCount(count: number): void;
  refreshInboxCount(): void;
}

interface NavItem {
  id: string;
  label: string;
  href: string;
  pages: Route['page'][];
  adminOnly?: boolean;
  /** Not for a province account (its inbox and administration are not a ward's). */
  wardOnly?: boolean;
}

const provinceItem: NavItem = { id: 'province', label: nav.province, href: links.province, pages: ['province'] };

const navItems: NavItem[] = [
  { id: 'dashboard', label: nav.dashboard, href: links.dashboard, pages: ['dashboard'] },
  { id: 'plan', label: nav.plan, href: links.plan, pages: ['plan', 'task'] },
  { id: 'inbox', label: nav.inbox, href: links.inbox, pages: ['inbox'], wardOnly: true },
  { id: 'units', label: nav.units, href: links.units, pages: ['units', 'unit'] },
  { id: 'obstacles', label: nav.obstacles, href: links.obstacles, pages: ['obstacles'] },
  { id: 'dossiers', label: nav.dossiers, href: links.dossiers, pages: ['dossiers'] },
  { id: 'scores', label: nav.scores, href: links.scores, pages: ['scores'] },
  { id: 'documents', label: nav.documents, href: links.documents, pages: ['documents'] },
  { id: 'admin', label: nav.admin, href: links.admin, pages: ['admin'], adminOnly: true, wardOnly: true },
];

/** What the navigation offers: a ward's pages; for the province, its page and the ward it reads. */
function itemsFor(session: Session, viewing: WardRef | null): NavItem[] {
  if (!isProvinceSession(session)) return navItems.filter((item) => !item.adminOnly || session.user.role === 'admin');
  return [provinceItem, ...(viewing ? navItems.filter((item) => !item.wardOnly) : [])];
}

/**
 * tenantName: the ward's name, or the province's; viewing: the ward a province account reads.
 */
export function createShell(session: Session, tenantName: string, onLogout: () => void, viewing: WardRef | null = null): Shell {
  const badge = h('span', { class: 'count-badge', 'data-testid': 'nav-inbox-count', hidden: true });
  const anchors = new Map<string, HTMLAnchorElement>();
  const shown = itemsFor(session, viewing);
  const hasInbox = shown.some((item) => item.id === 'inbox');
  const items = shown
    .map((item) => {
      const anchor = h('a', { href: item.href, 'data-testid': `nav-${item.id}` }, item.label, item.id === 'inbox' ? badge : null);
      anchors.set(item.id, anchor);
      return h('li', {}, anchor);
    });
  const logout = h('button', { type: 'button', class: 'link-button', 'data-testid': 'nav-logout', onclick: onLogout }, nav.logout);
  const main = h('main', { id: 'main', 'data-testid': 'main' });
  const root = h(
    'div',
    { class: 'shell' },
    h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, h('strong', { 'data-testid': 'ward-name', 'data-tenant': session.tenant }, tenantName), h('span', {}, appTitle)),
      h(
        'div',
        { class: 'who', 'data-testid': 'current-user' },
        h('strong', {}, session.user.display_name),
        h('span', { 'data-testid': 'current-role' }, roleLabels[session.user.role] ?? session.user.role),
      ),
    ),
    h('nav', { class: 'main-nav', 'aria-label': nav.menu }, h('ul', {}, items, h('li', {}, logout))),
    viewing
      ? h(
          'div',
          { class: 'viewing-banner', role: 'region', 'aria-label': viewingLabels.label, 'data-testid': 'viewing-banner', 'data-ward': viewing.code },
          h('span', {}, h('strong', { 'data-testid': 'viewing-ward' }, viewingLabels.banner(viewing.name || viewing.code)), ' ', viewingLabels.readOnly),
          h('span', { 'aria-hidden': 'true' }, ' — '),
          h('a', { href: links.province, 'data-testid': 'viewing-back' }, viewingLabels.back),
        )
      : null,
    main,
  );

  function setInboxCount(count: number): void {
    badge.textContent = String(count);
    badge.hidden = count === 0;
    badge.setAttribute('aria-label', nav.inboxCount(count));
  }

  return {
    root,
    main,
    setActive(route) {
      for (const item of shown) {
        const anchor = anchors.get(item.id);
        if (!anchor) continue;
        if (item.pages.includes(route.page)) anchor.setAttribute('aria-current', 'page');
        else anchor.removeAttribute('aria-current');
      }
    },
    setInboxCount,
    refreshInboxCount() {
      if (!hasInbox) return;
      api.inbox().then(
        ({ items: inboxItems }) => setInboxCount(inboxItems.length),
        () => setInboxCount(0),
      );
    },
  };
}
