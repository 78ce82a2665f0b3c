// A small element builder: text goes in as text nodes, never as HTML.

type Child = Node | string | number | null | undefined | false;
type Children = Child | Children[];
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    } else if (name === 'value' && 'value' in element) {
      (element as HTMLInputElement).value = String(value);
    } else if (name === 'checked' || name === 'selected' || name === 'disabled' || name === 'open') {
      (element as unknown as Record<string, boolean>)[name] = Boolean(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Children[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (child !== null && child !== undefined && child !== false) {
      parent.appendChild(document.createTextNode(String(child)));
    }
  }
}

export function replaceChildren(parent: Element, ...children: Children[]): void {
  parent.replaceChildren();
  append(parent, children);
}

let nextId = 0;

/** A unique id to tie a label to its input. */
function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled form field: the label, then the control, with the id wired. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uid('f');
  control.id = id;
  const hintElement = hint ? h('small', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintElement) control.setAttribute('aria-describedby', hintElement.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintElement);
}

/** A message area that screen readers announce. */
export function messageBox(): HTMLElement & { show(text: string, kind?: 'error' | 'ok'): void; clear(): void } {
  const box = h('p', { class: 'message', role: 'status', 'aria-live': 'polite', hidden: true });
  return Object.assign(box, {
    show(text: string, kind: 'error' | 'ok' = 'error') {
      box.textContent = text;
      box.className = `message message-${kind}`;
      box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      box.hidden = false;
    },
    clear() {
      box.textContent = '';
      box.hidden = true;
    },
  });
}
