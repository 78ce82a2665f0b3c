// The score page's chart: each area's points last year beside this year's projection; loaded
// only by the "Điểm Chỉ số CCHC" page (its own chunk, sharing the ECharts core with the others).

import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { drawWhenSized, escapeHtml } from './chart-host';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface AreaBar {
  /** The area's numeral on the axis (I ... IX). */
  axis: string;
  /** Tooltip lines: the area's title, then its figures as the page writes them. */
  tooltip: string[];
  lastYear: number | null;
  projected: number;
}

/** Two bars per area: last year's points and this year's projection. */
export function areaComparisonChart(container: HTMLElement, bars: AreaBar[], names: { lastYear: string; projected: string }): void {
  drawWhenSized(container, (chart) => {
    chart.setOption({
      animation: false,
      color: ['#8c959f', '#1f5fa8'],
      legend: { top: 0 },
      grid: { left: 4, right: 12, top: 36, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
          const [title, ...lines] = bars[index]?.tooltip ?? [];
          return [`<strong>${escapeHtml(title ?? '')}</strong>`, ...lines.map(escapeHtml)].join('<br>');
        },
      },
      xAxis: { type: 'category', data: bars.map((bar) => bar.axis), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', min: 0, axisLabel: { formatter: (value: number) => String(value).replace('.', ',') } },
      series: [
        { name: names.lastYear, type: 'bar', barMaxWidth: 22, data: bars.map((bar) => bar.lastYear) },
        { name: names.projected, type: 'bar', barMaxWidth: 22, data: bars.map((bar) => bar.projected) },
      ],
    });
  });
}
