// Stacked bar charts of task counts by light; loaded only by the dashboard (its own chunk).

import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { drawWhenSized, escapeHtml } from './chart-host';
import { lightOrder } from './components';
import { lightLabels } from './labels';
import type { StatusCounts } from './types';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const lightColours = { on_track: '#1a7f37', at_risk: '#b35900', overdue: '#c62828', done: '#1f5fa8' } as const;

export interface ChartRow {
  /** Short label on the axis (an area's numeral, a unit's name). */
  axis: string;
  /** Full name in the tooltip. */
  name: string;
  counts: StatusCounts;
}

/** Task counts by light, stacked, one bar per row. */
export function stackedBarChart(container: HTMLElement, rows: ChartRow[], horizontal: boolean): void {
  drawWhenSized(container, (chart) => {
    const categoryAxis = {
      type: 'category' as const,
      data: rows.map((row) => row.axis),
      inverse: horizontal,
      axisLabel: { width: horizontal ? 120 : undefined, overflow: 'truncate' as const, interval: 0 },
    };
    const valueAxis = { type: 'value' as const, minInterval: 1 };
    chart.setOption({
      animation: false,
      color: lightOrder.map((light) => lightColours[light]),
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => tooltip(rows, params),
      },
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: lightOrder.map((light) => ({
        name: lightLabels[light],
        type: 'bar' as const,
        stack: 'tasks',
        data: rows.map((row) => row.counts[light]),
      })),
    });
  });
}

function tooltip(rows: ChartRow[], params: unknown): string {
  const items = params as { dataIndex: number; seriesName: string; value: number; marker: string }[];
  const row = rows[items[0]?.dataIndex ?? 0];
  const lines = items.map((item) => `${item.marker}${escapeHtml(item.seriesName)}: ${item.value}`);
  return [`<strong>${escapeHtml(row?.name ?? '')}</strong>`, ...lines].join('<br>');
}
