// Vướng mắc: every obstacle raised, open ones first, with the answer form for those who answer.

import { api } from '../api';
import { emptyNote, pageTitle } from '../components';
import { field, h, messageBox, replaceChildren } from '../dom';
import { common, obstacles as labels, obstacleStateLabels } from '../labels';
import { answerForm, obstacleItem } from '../obstacle-view';
import type { PageContext } from '../page';
import type { Obstacle, ObstacleState } from '../types';

export async function renderObstacles(context: PageContext): Promise<HTMLElement> {
  const list = h('ul', { class: 'plain', 'data-testid': 'obstacle-list' });
  const flash = messageBox();
  const filter = h(
    'select',
    { 'data-testid': 'obstacle-filter' },
    h('option', { value: '' }, common.all),
    (['open', 'answered'] as ObstacleState[]).map((state) => h('option', { value: state }, obstacleStateLabels[state])),
  );
  let obstacles: Obstacle[] = [];

  function draw(): void {
    const shown = obstacles
      .filter((obstacle) => filter.value === '' || obstacle.state === filter.value)
      .sort((a, b) => (a.state === b.state ? b.raised_at.localeCompare(a.raised_at) : a.state === 'open' ? -1 : 1));
    replaceChildren(
      list,
      shown.length === 0
        ? h('li', {}, emptyNote(labels.empty))
        : shown.map((obstacle) => obstacleItem(obstacle, answerForm(obstacle, context.session.user.role, reload), true)),
    );
  }

  async function load(): Promise<void> {
    obstacles = (await api.obstacles()).obstacles;
    draw();
  }

  function reload(message: string): void {
    void load().then(() => flash.show(message, 'ok'));
  }

  filter.addEventListener('change', draw);
  await load();
  return h('div', { class: 'page obstacles' }, pageTitle(labels.title), h('div', { class: 'filters' }, field(labels.filter, filter)), flash, list);
}
