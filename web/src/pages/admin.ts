// Quản trị (admin only): users and units.

import { ApiError, api } from '../api';
import { pageTitle } from '../components';
import { forgetUnitNames } from '../data';
import { field, h, messageBox, replaceChildren } from '../dom';
import { admin as labels, common, errors, roleLabels } from '../labels';
import { isProvinceRole } from '../tenant';
import type { Role, Unit, User, UserInput } from '../types';

// A ward's accounts: the province's roles belong to the province's own accounts.
const roles = (Object.keys(roleLabels) as Role[]).filter((role) => !isProvinceRole(role));
/** Unit heads and staff must belong to a unit; the coordinator may name its office. */
const unitRoles: Role[] = ['unit_head', 'unit_staff'];
const rolesWithUnit: Role[] = [...unitRoles, 'coordinator'];

export async function renderAdmin(): Promise<HTMLElement> {
  const container = h('div', { class: 'page admin' });
  const flash = messageBox();
  flash.setAttribute('data-testid', 'admin-message');

  async function load(message?: string): Promise<void> {
    const [{ users }, { units }] = await Promise.all([api.users(), api.units()]);
    const realUnits = units.filter((unit) => unit.kind === 'unit');
    replaceChildren(container, pageTitle(labels.title), flash, usersSection(users, realUnits), unitsSection(realUnits));
    if (message) flash.show(message, 'ok');
  }

  function reload(message: string): void {
    load(message).catch((error: unknown) => flash.show(error instanceof ApiError ? error.message : errors.network));
  }

  function usersSection(users: User[], units: Unit[]): HTMLElement {
    const editor = h('div', { class: 'user-editor' });
    const openEditor = (user: User | null) => {
      replaceChildren(editor, userForm(user, units, reload, () => replaceChildren(editor)));
      editor.querySelector<HTMLElement>('input, select')?.focus();
    };
    const unitNames = new Map(units.map((unit) => [unit.key, unit.name]));
    return h(
      'section',
      { class: 'card' },
      h('h2', {}, labels.users),
      h('button', { type: 'button', class: 'primary', 'data-testid': 'user-new', onclick: () => openEditor(null) }, labels.createUser),
      editor,
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { 'data-testid': 'users-table' },
          h(
            'thead',
            {},
            h('tr', {}, [labels.username, labels.displayName, labels.role, labels.unit, common.status, labels.actions].map((title) => h('th', { scope: 'col' }, title))),
          ),
          h(
            'tbody',
            {},
            users.map((user) =>
              h(
                'tr',
                { 'data-testid': `user-row-${user.username}` },
                h('td', {}, user.username),
                h('td', {}, user.display_name),
                h('td', {}, roleLabels[user.role] ?? user.role),
                h('td', {}, user.unit_key ? (unitNames.get(user.unit_key) ?? user.unit_key) : ''),
                h('td', {}, user.active ? labels.active : labels.inactive),
                h(
                  'td',
                  {},
                  h(
                    'button',
                    { type: 'button', class: 'link-button', 'aria-label': labels.editUser(user.username), onclick: () => openEditor(user) },
                    common.edit,
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function unitsSection(units: Unit[]): HTMLElement {
    const message = messageBox();
    const name = h('input', { 'data-testid': 'unit-new-name' });
    const rows = units.map((unit) => {
      const rename = h('input', { value: unit.name, 'aria-label': labels.renameUnit(unit.name) });
      return h(
        'li',
        { class: 'unit-rename', 'data-testid': `unit-admin-${unit.key}` },
        h(
          'form',
          {
            class: 'inline-form',
            onsubmit: (event: Event) => {
              event.preventDefault();
              if (rename.value.trim() === '') return;
              api.renameUnit(unit.key, rename.value.trim()).then(
                () => {
                  forgetUnitNames();
                  reload(labels.unitSaved);
                },
                (error: unknown) => message.show(error instanceof ApiError ? error.message : errors.network),
              );
            },
          },
          rename,
          h('button', { type: 'submit' }, labels.rename),
        ),
      );
    });
    return h(
      'section',
      { class: 'card' },
      h('h2', {}, labels.units),
      h('ul', { class: 'plain' }, rows),
      h(
        'form',
        {
          class: 'inline-form',
          'data-testid': 'unit-new-form',
          onsubmit: (event: Event) => {
            event.preventDefault();
            if (name.value.trim() === '') return;
            api.createUnit(name.value.trim()).then(
              () => {
                forgetUnitNames();
                reload(labels.unitSaved);
              },
              (error: unknown) => message.show(error instanceof ApiError ? error.message : errors.network),
            );
          },
        },
        field(labels.unitName, name),
        h('button', { type: 'submit' }, labels.addUnit),
      ),
      message,
    );
  }

  await load();
  return container;
}

function userForm(user: User | null, units: Unit[], reload: (message: string) => void, close: () => void): HTMLElement {
  const message = messageBox();
  const username = h('input', { value: user?.username ?? '', disabled: user !== null, autocomplete: 'off', 'data-testid': 'user-username' });
  const displayName = h('input', { value: user?.display_name ?? '', 'data-testid': 'user-display-name' });
  const role = h(
    'select',
    { 'data-testid': 'user-role' },
    roles.map((value) => h('option', { value, selected: (user?.role ?? 'unit_staff') === value }, roleLabels[value])),
  );
  const unit = h(
    'select',
    { 'data-testid': 'user-unit' },
    h('option', { value: '' }, labels.noUnit),
    units.map((candidate) => h('option', { value: candidate.key, selected: user?.unit_key === candidate.key }, candidate.name)),
  );
  const active = h('input', { type: 'checkbox', checked: user?.active ?? true, 'data-testid': 'user-active' });
  const password = h('input', { type: 'password', autocomplete: 'new-password', 'data-testid': 'user-password' });
  const syncUnit = () => {
    unit.disabled = !rolesWithUnit.includes(role.value as Role);
    if (unit.disabled) unit.value = '';
  };
  role.addEventListener('change', syncUnit);
  syncUnit();

  return h(
    'form',
    {
      class: 'user-form',
      novalidate: true,
      'data-testid': 'user-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        message.clear();
        const chosenRole = role.value as Role;
        if (unitRoles.includes(chosenRole) && unit.value === '') {
          message.show(labels.unitRequired);
          return;
        }
        const input: UserInput = {
          display_name: displayName.value.trim(),
          role: chosenRole,
          unit_key: unit.value || null,
        };
        if (password.value !== '') input.password = password.value;
        const request = user
          ? api.updateUser(user.id, { ...input, active: active.checked })
          : api.createUser({ ...input, username: username.value.trim(), password: password.value });
        request.then(
          () => reload(labels.userSaved),
          (error: unknown) => message.show(error instanceof ApiError ? error.message : errors.network),
        );
      },
    },
    h('h3', {}, user ? labels.editUser(user.username) : labels.createUser),
    h(
      'div',
      { class: 'grid' },
      field(labels.username, username),
      field(labels.displayName, displayName),
      field(labels.role, role),
      field(labels.unit, unit),
      field(user ? labels.newPassword : labels.password, password),
    ),
    user ? h('label', { class: 'checkbox' }, active, ` ${labels.active}`) : null,
    message,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'user-save' }, common.save),
      h('button', { type: 'button', onclick: close }, common.cancel),
    ),
  );
}
