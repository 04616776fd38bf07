import { useEffect, useRef } from 'react';
import { BarChart as EBar } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the two charts use: bars, axes, tooltip, legend, scrolling through many organizations.
use([EBar, GridComponent, TooltipComponent, LegendComponent, TitleComponent, DataZoomComponent, CanvasRenderer]);

interface Props {
  option: EChartsCoreOption;
  label: string;
  testId: string;
}

/** An ECharts chart that follows its box's size and is redrawn whenever the option changes. */
export function BarChart({ option, label, testId }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return undefined;
    const chart = init(host.current, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(host.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={host} className="bar-chart" role="img" aria-label={label} data-testid={testId} />;
}
