// The login form; the public progress page is one link away.

import { ApiError, api } from '../api';
import { h, field, messageBox } from '../dom';
import { appTitle, documentTitle, errors, login } from '../labels';
import { links } from '../router';
import type { Session } from '../types';

export function renderLogin(onLoggedIn: (session: Session) => void): HTMLElement {
  document.title = documentTitle(login.title);
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, 'data-testid': 'login-username' });
  const password = h('input', {
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    'data-testid': 'login-password',
  });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'login-submit' }, login.submit);
  const message = messageBox();
  message.setAttribute('data-testid', 'login-error');

  async function onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    message.clear();
    if (username.value.trim() === '' || password.value === '') {
      message.show(login.required);
      return;
    }
    submit.disabled = true;
    submit.textContent = login.submitting;
    try {
      onLoggedIn(await api.login(username.value.trim(), password.value));
    } catch (error) {
      message.show(error instanceof ApiError ? error.message : errors.network);
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = login.submit;
    }
  }

  return h(
    'main',
    { class: 'login-page', id: 'main' },
    h(
      'form',
      { class: 'card login-card', novalidate: true, 'data-testid': 'login-form', onsubmit: (event: Event) => void onSubmit(event) },
      h('p', { class: 'eyebrow' }, appTitle),
      h('h1', {}, login.title),
      h('p', { class: 'muted' }, login.intro),
      field(login.username, username),
      field(login.password, password),
      message,
      submit,
      h('p', { class: 'login-public' }, h('a', { href: links.public, 'data-testid': 'public-link' }, login.publicLink)),
    ),
  );
}
