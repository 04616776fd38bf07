// The two charts of the analysis page as ECharts options: coverage per organization (coloured by
// tier, with the 100% line), and cards per organization stacked by status.
import type { EChartsCoreOption } from 'echarts/core';
import { formatIndicator } from '../../../../shared/domain/indicator-format';
import { TIER_LABELS, type IndicatorRow, type TierId } from '../../../../shared/domain/indicators';
import { formatInt } from '../../../../shared/ru';
import { ANALYSIS_TEXT } from './strings';

const C = ANALYSIS_TEXT.charts;
export const TIER_COLORS: Record<TierId, string> = {
  complete: '#2e7d32',
  near: '#9ccc65',
  weak: '#f9a825',
  zero: '#c62828',
  liquidating: '#9e9e9e',
  noData: '#bdbdbd',
};

const name = (r: IndicatorRow): string => r.shortName ?? r.name;
/** Show about 30 bars at a time; the slider scrolls through the rest. */
const zoom = (count: number) => (count > 30 ? [{ type: 'slider', yAxisIndex: 0, start: 0, end: (30 / count) * 100, width: 14, right: 4 }] : []);

export function coverageOption(rows: readonly IndicatorRow[]): EChartsCoreOption | null {
  const data = rows.filter((r) => r.values.coverage !== null).sort((a, b) => b.values.coverage! - a.values.coverage!);
  if (data.length === 0) return null;
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const r = data[p.dataIndex]!;
        return `${name(r)}<br/>${formatIndicator('coverage', r.values.coverage)} (${formatInt(r.values.registered ?? 0)} из ${formatInt(r.values.statMembers ?? 0)})<br/>${TIER_LABELS[r.tier]}`;
      },
    },
    grid: { left: 8, right: 30, top: 10, bottom: 10, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${v}%` } },
    yAxis: { type: 'category', inverse: true, data: data.map(name), axisLabel: { width: 260, overflow: 'truncate' } },
    dataZoom: zoom(data.length),
    series: [
      {
        type: 'bar',
        data: data.map((r) => ({ value: Number(r.values.coverage!.toFixed(2)), itemStyle: { color: TIER_COLORS[r.tier] } })),
        markLine: { silent: true, symbol: 'none', data: [{ xAxis: 100 }], lineStyle: { color: '#1f1f1f', type: 'dashed' } },
      },
    ],
  };
}

export function cardsOption(rows: readonly IndicatorRow[]): EChartsCoreOption | null {
  const data = rows.filter((r) => (r.values.registered ?? 0) > 0).sort((a, b) => (b.values.cardsProduced ?? 0) - (a.values.cardsProduced ?? 0));
  if (data.length === 0) return null;
  const v = (r: IndicatorRow, k: 'cardsIssued' | 'cardsDelivered' | 'cardsProduced' | 'cardsRefused') => r.values[k] ?? 0;
  const series = (label: string, color: string, value: (r: IndicatorRow) => number) => ({
    name: label,
    type: 'bar',
    stack: 'cards',
    itemStyle: { color },
    data: data.map(value),
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 30, top: 56, bottom: 10, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: data.map(name), axisLabel: { width: 260, overflow: 'truncate' } },
    dataZoom: zoom(data.length),
    series: [
      series(C.issued, '#2e7d32', (r) => v(r, 'cardsIssued')),
      series(C.delivered, '#f9a825', (r) => v(r, 'cardsDelivered')),
      series(C.otherProduced, '#90caf9', (r) => v(r, 'cardsProduced') - v(r, 'cardsIssued') - v(r, 'cardsDelivered')),
      series(C.refused, '#c62828', (r) => v(r, 'cardsRefused')),
    ],
  };
}
