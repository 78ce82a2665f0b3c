// An obstacle with its answer, and the answer form for those who may answer.

import { api } from './api';
import { h } from './dom';
import { formatDateTime } from './format';
import { common, obstacleStateLabels, task as labels } from './labels';
import { links } from './router';
import { textForm } from './text-form';
import type { Obstacle, Role } from './types';

const answerers: Role[] = ['chairman', 'vice_chairman', 'coordinator', 'admin'];

export function obstacleItem(obstacle: Obstacle, answerForm: HTMLElement | null, taskLink: boolean): HTMLElement {
  return h(
    'li',
    { class: `obstacle obstacle-${obstacle.state}`, 'data-testid': `obstacle-${obstacle.id}` },
    h(
      'p',
      { class: 'obstacle-head' },
      h('span', { class: `badge obstacle-state-${obstacle.state}` }, obstacleStateLabels[obstacle.state]),
      taskLink ? [' ', h('a', { href: links.task(obstacle.task_code) }, `${common.task} ${obstacle.task_code}`)] : null,
      ' ',
      h('span', { class: 'muted small' }, labels.raisedBy(obstacle.raised_by, obstacle.unit_name, formatDateTime(obstacle.raised_at))),
    ),
    h('p', { class: 'narrative' }, obstacle.text),
    obstacle.answer
      ? h(
          'div',
          { class: 'notice' },
          h('p', { class: 'muted small' }, labels.answeredBy(obstacle.answered_by ?? '', formatDateTime(obstacle.answered_at))),
          h('p', { class: 'narrative' }, obstacle.answer),
        )
      : null,
    answerForm,
  );
}

export function answerForm(obstacle: Obstacle, role: Role, reload: (message: string) => void): HTMLElement | null {
  if (obstacle.state !== 'open' || !answerers.includes(role)) return null;
  return textForm(labels.answer, labels.answerText, labels.sendAnswer, `answer-obstacle-${obstacle.id}`, (text) => api.answerObstacle(obstacle.id, text), reload);
}
