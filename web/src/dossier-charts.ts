// Small monthly charts of the dossier indicators, with the plan's target as a dashed line;
// loaded only by the "Hồ sơ TTHC" page (its own chunk, sharing the ECharts core with the dashboard).

import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { drawWhenSized, escapeHtml } from './chart-host';

echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export interface MonthPoint {
  /** Axis label ("T1" ... "T12"). */
  axis: string;
  rate: number | null;
  /** Tooltip text: the month, the rate as the server wrote it, the counts. */
  tooltip: string;
}

export interface TargetLine {
  value: number;
  label: string;
}

/** One bar per month, 0-100%, with the target as a dashed line. */
export function monthlyRateChart(container: HTMLElement, points: MonthPoint[], target: TargetLine | null): void {
  drawWhenSized(container, (chart) => {
    chart.setOption({
      animation: false,
      color: ['#1f5fa8'],
      grid: { left: 4, right: 12, top: 16, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
          return escapeHtml(points[index]?.tooltip ?? '').replace(/\n/g, '<br>');
        },
      },
      xAxis: { type: 'category', data: points.map((point) => point.axis), axisLabel: { interval: 0, fontSize: 10 } },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { formatter: '{value}%', fontSize: 10 } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: points.map((point) => point.rate),
          markLine: target
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#b42318', width: 1.5 },
                label: { formatter: target.label, position: 'insideEndTop', fontSize: 10, color: '#b42318' },
                data: [{ yAxis: target.value }],
              }
            : undefined,
        },
      ],
    });
  });
}
