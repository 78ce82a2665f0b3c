// One file-upload form: the file, a button, a message and a place for what the server answers.

import { errorText } from './components';
import { field, h, messageBox, replaceChildren } from './dom';

export type MessageBox = ReturnType<typeof messageBox>;

/** What the answer (or the refusal) may write into. */
export interface UploadContext {
  file: File;
  message: MessageBox;
  result: HTMLElement;
}

export interface UploadFormOptions<T> {
  /** The form's heading (h3); left out where the card around the form names it. */
  title?: string;
  intro?: string;
  /** Classes after `import-form`. */
  formClass?: string;
  novalidate?: boolean;
  fileLabel: string;
  accept: string;
  submitLabel: string;
  /** The names the file may have; any other is refused with badExtension. */
  extensions: RegExp;
  badExtension: string;
  /** The page's words for "choose a file" and "uploading {name}". */
  texts: { chooseFile: string; uploading: (name: string) => string };
  testIds?: { file?: string; submit?: string; message?: string; result?: string };
  /** More fields, set before the file field in one grid. */
  fields?: HTMLElement[];
  /** What stands below the fields and above the button (a checkbox). */
  after?: HTMLElement[];
  /** Checked before the file: the words to show when something is wrong. */
  check?: () => string | undefined;
  /** Keep the chosen file after a success (the default clears it). */
  keepFile?: boolean;
  upload: (file: File) => Promise<T>;
  onSuccess: (answer: T, context: UploadContext) => void;
  /** The default shows the error's text in the message. */
  onError?: (error: unknown, context: UploadContext) => void;
}

export function uploadForm<T>(options: UploadFormOptions<T>): HTMLFormElement {
  const ids = options.testIds ?? {};
  const fileInput = h('input', { type: 'file', accept: options.accept, 'data-testid': ids.file });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': ids.submit }, options.submitLabel);
  const message = messageBox();
  if (ids.message) message.dataset.testid = ids.message;
  const result = h('div', { 'data-testid': ids.result });
  const fileField = field(options.fileLabel, fileInput);
  const form = h(
    'form',
    { class: options.formClass ? `import-form ${options.formClass}` : 'import-form', novalidate: options.novalidate },
    options.title ? h('h3', {}, options.title) : null,
    options.intro ? h('p', { class: 'muted small' }, options.intro) : null,
    options.fields ? h('div', { class: 'grid' }, options.fields, fileField) : fileField,
    options.after,
    h('div', { class: 'actions' }, submit),
    message,
    result,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.clear();
    replaceChildren(result);
    const problem = options.check?.();
    if (problem) return message.show(problem);
    const file = fileInput.files?.[0];
    if (!file) return message.show(options.texts.chooseFile);
    if (!options.extensions.test(file.name)) return message.show(options.badExtension);
    submit.disabled = true;
    message.show(options.texts.uploading(file.name), 'ok');
    const context: UploadContext = { file, message, result };
    options
      .upload(file)
      .then(
        (answer) => {
          if (!options.keepFile) fileInput.value = '';
          options.onSuccess(answer, context);
        },
        (error: unknown) => (options.onError ? options.onError(error, context) : message.show(errorText(error))),
      )
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}
