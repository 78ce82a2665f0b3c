// A textarea and a button that posts its text: comments, obstacles, answers.

import { ApiError } from './api';
import { field, h, messageBox } from './dom';
import { common, errors } from './labels';

/** Posts the text, then calls reload (which redraws the page). */
export function textForm(
  title: string,
  label: string,
  buttonLabel: string,
  testId: string,
  send: (text: string) => Promise<unknown>,
  reload: (message: string) => void,
): HTMLElement {
  const message = messageBox();
  const text = h('textarea', { rows: 3, required: true, 'data-testid': `${testId}-text` });
  const button = h('button', { type: 'submit', 'data-testid': `${testId}-submit` }, buttonLabel);
  return h(
    'form',
    {
      class: 'text-form',
      'data-testid': testId,
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        message.clear();
        if (text.value.trim() === '') {
          text.focus();
          return;
        }
        button.disabled = true;
        send(text.value.trim()).then(
          () => reload(common.saved),
          (error: unknown) => {
            message.show(error instanceof ApiError ? error.message : errors.network);
            button.disabled = false;
          },
        );
      },
    },
    h('h3', {}, title),
    field(label, text),
    message,
    button,
  );
}
