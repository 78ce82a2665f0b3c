// What every chart shares: ECharts drawn once its container is in the page and has a width,
// resized with it, disposed when it leaves; and text made safe for a tooltip's HTML.

import * as echarts from 'echarts/core';

/** Calls `draw` on a fresh chart once `container` has a width; follows its size after that. */
export function drawWhenSized(container: HTMLElement, draw: (chart: echarts.ECharts) => void): void {
  let chart: echarts.ECharts | null = null;
  const observer = new ResizeObserver(() => {
    if (!container.isConnected) {
      observer.disconnect();
      chart?.dispose();
      return;
    }
    if (container.clientWidth === 0) return;
    if (chart) {
      chart.resize();
      return;
    }
    chart = echarts.init(container, undefined, { renderer: 'canvas' });
    draw(chart);
  });
  observer.observe(container);
}

/** Text for a tooltip's HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
