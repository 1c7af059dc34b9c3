import { Bar, BarChart, Cell } from 'recharts';
import { formatNumber } from '../domain/format';
import { axisColours, chartInk, topicColour } from '../domain/palette';
import { valueScale } from '../domain/scale';
import type { BreakdownPanel, BreakdownRow } from '../domain/view-model';
import { useMessages } from '../i18n/use-messages';
import { countScales, horizontalBarsLayout, type HorizontalBarsLayout } from './chart-layout';
import { ChartFrame, type ChartRenderOptions } from './ChartFrame';
import { RowTooltips } from './RowTooltips';
import { breakdownRowTooltip } from './figure-words';
import {
  categoryAxis,
  shiftedBar,
  valueAxis,
  valueLabels,
  type NumberWords,
} from './HorizontalBarText';
import { useMeasure, type Measure } from './text-measure';

/** A topic's value label: "12 chỉ tiêu". */
export function breakdownValueLabel(row: BreakdownRow, panel: BreakdownPanel, t: NumberWords) {
  return `${formatNumber(row.value, t.numberLang, t.noData, 0)} ${panel.unitLabel}`;
}

/** The chart's layout at a width (and a height, when it is given one): see chart-layout.ts. */
export function breakdownChartLayout(
  panel: BreakdownPanel,
  t: NumberWords,
  at: { width: number; height?: number; typeScale: number; measure: Measure },
): HorizontalBarsLayout {
  const largest = Math.max(0, ...panel.rows.map((row) => row.value ?? 0));
  return horizontalBarsLayout({
    width: at.width,
    height: at.height,
    categories: panel.rows.map((row) => row.topicName),
    valueLabels: panel.rows.map((row) => breakdownValueLabel(row, panel, t)),
    ends: panel.rows.map((row) => row.value),
    scales: countScales(largest, valueScale),
    tickLabel: (tick) => formatNumber(tick, t.numberLang, t.noData, 0),
    bar: { size: 24, gap: 20 },
    scale: at.typeScale,
    measure: at.measure,
  });
}

/** A plain count split by topic, each topic in its own colour and named on the axis. */
export function BreakdownChart({
  panel,
  size,
  typeScale = 1,
  projector = false,
}: { panel: BreakdownPanel } & ChartRenderOptions) {
  const t = useMessages();
  const measure = useMeasure();
  const ink = axisColours(projector);
  const layoutAt = (width: number, height?: number) =>
    breakdownChartLayout(panel, t, { width, height, typeScale, measure });
  const data = panel.rows.map((row) => ({
    topic: row.topicName,
    value: row.value,
    label: breakdownValueLabel(row, panel, t),
    colour: topicColour(row.colourIndex),
    row,
  }));

  return (
    <ChartFrame
      label={t.chartAlt(`${panel.metricName} (${panel.unitName})`)}
      heightAt={(width) => layoutAt(width).height}
      size={size}
    >
      {(width, height) => {
        const layout = layoutAt(width, height);
        return (
          <BarChart
            width={width}
            height={Math.max(height ?? 0, layout.height)}
            data={data}
            layout="vertical"
            margin={layout.margin}
            accessibilityLayer={false}
          >
            {valueAxis(layout, (tick) => formatNumber(tick, t.numberLang, t.noData, 0), ink.tick)}
            {categoryAxis(layout, 'topic', ink.category)}
            {!size && (
              <RowTooltips tooltipOf={(row: BreakdownRow) => breakdownRowTooltip(row, panel, t)} />
            )}
            <Bar
              dataKey="value"
              isAnimationActive={false}
              barSize={layout.barSize}
              minPointSize={2 * typeScale}
              shape={shiftedBar(layout)}
            >
              {data.map((row) => (
                <Cell key={row.topic} fill={row.colour} />
              ))}
              {valueLabels(layout, chartInk.label)}
            </Bar>
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
