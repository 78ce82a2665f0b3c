// The frame around every page of a logged-in user: ward, user, navigation.

import { api } from './api';
import { h } from './dom';
import { appTitle, nav, roleLabels } from './labels';
import { links } from './router';
import type { Route } from './router';
import type { Session } from './types';

export interface Shell {
  root: HTMLElement;
  main: HTMLElement;
  setActive(route: Route): void;
  setInboxCount(count: number): void;
  refreshInboxCount(): void;
}

const navItems: { id: string; label: string; href: string; pages: Route['page'][]; adminOnly?: boolean }[] = [
  { id: 'dashboard', label: nav.dashboard, href: links.dashboard, pages: ['dashboard'] },
  { id: 'plan', label: nav.plan, href: links.plan, pages: ['plan', 'task'] },
  { id: 'inbox', label: nav.inbox, href: links.inbox, pages: ['inbox'] },
  { id: 'units', label: nav.units, href: links.units, pages: ['units', 'unit'] },
  { id: 'obstacles', label: nav.obstacles, href: links.obstacles, pages: ['obstacles'] },
  { id: 'dossiers', label: nav.dossiers, href: links.dossiers, pages: ['dossiers'] },
  { id: 'scores', label: nav.scores, href: links.scores, pages: ['scores'] },
  { id: 'documents', label: nav.documents, href: links.documents, pages: ['documents'] },
  { id: 'admin', label: nav.admin, href: links.admin, pages: ['admin'], adminOnly: true },
];

export function createShell(session: Session, wardName: string, onLogout: () => void): Shell {
  const badge = h('span', { class: 'count-badge', 'data-testid': 'nav-inbox-count', hidden: true });
  const anchors = new Map<string, HTMLAnchorElement>();
  const items = navItems
    .filter((item) => !item.adminOnly || session.user.role === 'admin')
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
      h('div', { class: 'brand' }, h('strong', { 'data-testid': 'ward-name' }, wardName), h('span', {}, appTitle)),
      h(
        'div',
        { class: 'who', 'data-testid': 'current-user' },
        h('strong', {}, session.user.display_name),
        h('span', { 'data-testid': 'current-role' }, roleLabels[session.user.role] ?? session.user.role),
      ),
    ),
    h('nav', { class: 'main-nav', 'aria-label': nav.menu }, h('ul', {}, items, h('li', {}, logout))),
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
      for (const item of navItems) {
        const anchor = anchors.get(item.id);
        if (!anchor) continue;
        if (item.pages.includes(route.page)) anchor.setAttribute('aria-current', 'page');
        else anchor.removeAttribute('aria-current');
      }
    },
    setInboxCount,
    refreshInboxCount() {
      api.inbox().then(
        ({ items: inboxItems }) => setInboxCount(inboxItems.length),
        () => setInboxCount(0),
      );
    },
  };
}
