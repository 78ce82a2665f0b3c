// The login form; the public progress page is one link away. In a deployment of many wards (or
// with the province above them) the form first asks which ward, and remembers the last choice.

import { ApiError, api } from '../api';
import { h, field, messageBox } from '../dom';
import { appTitle, documentTitle, errors, login } from '../labels';
import { links } from '../router';
import { PROVINCE, hasManyWards, loadWards, rememberWard, rememberedWard } from '../tenant';
import type { Session, WardList } from '../types';

/** The ward picker: the wards by name, then the province when there is one. */
function wardPicker(list: WardList): HTMLSelectElement {
  const remembered = rememberedWard();
  const choices = [
    ...[...list.wards].sort((a, b) => (a.name || a.code).localeCompare(b.name || b.code, 'vi')).map((ward) => ({ value: ward.code, text: ward.name || ward.code })),
    ...(list.province ? [{ value: PROVINCE, text: login.province }] : []),
  ];
  const known = choices.some((choice) => choice.value === remembered);
  return h(
    'select',
    { name: 'ward', required: true, 'data-testid': 'login-ward' },
    h('option', { value: '', selected: !known, disabled: true }, login.chooseWard),
    choices.map((choice) => h('option', { value: choice.value, selected: known && choice.value === remembered }, choice.text)),
  );
}

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
  const publicLink = h('a', { href: links.public, 'data-testid': 'public-link' }, login.publicLink);
  const wardSlot = h('div', { 'data-testid': 'login-ward-slot', hidden: true });

  // One ward and no province: no picker, the form as it always was.
  let picker: HTMLSelectElement | null = null;
  const ready = loadWards().then((list) => {
    if (!hasManyWards(list)) return;
    picker = wardPicker(list);
    const syncPublicLink = () => {
      const ward = picker?.value ?? '';
      publicLink.href = ward && ward !== PROVINCE ? links.publicWard(ward) : links.public;
    };
    picker.addEventListener('change', syncPublicLink);
    syncPublicLink();
    wardSlot.replaceChildren(field(login.ward, picker));
    wardSlot.hidden = false;
  });

  async function onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    message.clear();
    await ready;
    if (picker && picker.value === '') {
      message.show(login.wardRequired);
      picker.focus();
      return;
    }
    if (username.value.trim() === '' || password.value === '') {
      message.show(login.required);
      return;
    }
    const ward = picker?.value || undefined;
    submit.disabled = true;
    submit.textContent = login.submitting;
    try {
      const session = await api.login(username.value.trim(), password.value, ward);
      if (ward) rememberWard(ward);
      onLoggedIn(session);
    } catch (error) {
      message.show(error instanceof ApiError ? error.message : errors.network);
      if (error instanceof ApiError && error.field === 'ward' && picker) {
        picker.focus();
      } else {
        password.value = '';
        password.focus();
      }
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
      wardSlot,
      field(login.username, username),
      field(login.password, password),
      message,
      submit,
      h('p', { class: 'login-public' }, publicLink),
    ),
  );
}
