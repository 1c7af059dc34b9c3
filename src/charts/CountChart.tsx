import { useId } from 'react';
import { Bar, BarChart, Cell } from 'recharts';
import { formatNumber, formatPercent } from '../domain/format';
import { axisColours, chartInk, seriesColours } from '../domain/palette';
import type { CountPanel, CountRow } from '../domain/view-model';
import { useMessages } from '../i18n/use-messages';
import { horizontalBarsLayout, type HorizontalBarsLayout } from './chart-layout';
import { ChartFrame, type ChartRenderOptions } from './ChartFrame';
import { ChartPatterns, patternFill } from './ChartPatterns';
import { RowTooltips } from './RowTooltips';
import { countRowTooltip, valueText } from './figure-words';
import {
  categoryAxis,
  shiftedBar,
  valueAxis,
  valueLabels,
  type NumberWords,
} from './HorizontalBarText';
import { useMeasure, type Measure } from './text-measure';

const SHARE_SCALES = [
  { top: 100, ticks: [0, 25, 50, 75, 100] },
  { top: 100, ticks: [0, 50, 100] },
  { top: 100, ticks: [0, 100] },
];

/** A row's value label: "43 / 62 trường · 69,35%", or the value alone without a total. */
export function countValueLabel(row: CountRow, panel: CountPanel, t: NumberWords): string {
  const value = `${valueText(row.value, 0, row.valueDerived, t)}`;
  return row.total == null
    ? `${value} ${panel.unitLabel}`
    : `${value} / ${formatNumber(row.total, t.numberLang, t.noData, 0)} ${panel.unitLabel} · ${formatPercent(row.share, t.numberLang, t.noData)}`;
}

/** The chart's layout at a width (and a height, when it is given one): see chart-layout.ts. */
export function countChartLayout(
  panel: CountPanel,
  t: NumberWords,
  at: { width: number; height?: number; typeScale: number; measure: Measure },
): HorizontalBarsLayout {
  return horizontalBarsLayout({
    width: at.width,
    height: at.height,
    categories: panel.rows.map((row) => row.category),
    valueLabels: panel.rows.map((row) => countValueLabel(row, panel, t)),
    // Each bar is the whole 0–100 %: its label after the bar's end, or inside its part met.
    ends: panel.rows.map((row) => (row.metPercent == null ? null : 100)),
    insides: panel.rows.map((row) => row.metPercent),
    scales: SHARE_SCALES,
    tickLabel: (tick) => `${tick}%`,
    bar: { size: 30, gap: 30 },
    scale: at.typeScale,
    measure: at.measure,
  });
}

/**
 * Items met out of a total, as a bar filled to the share met. Each bar is its own 0–100 % scale,
 * so 29 of 31 schemes and 819 of 819 party cells can stand side by side.
 */
export function CountChart({
  panel,
  size,
  typeScale = 1,
  projector = false,
}: { panel: CountPanel } & ChartRenderOptions) {
  const t = useMessages();
  const measure = useMeasure();
  const idPrefix = `count-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const ink = axisColours(projector);
  const layoutAt = (width: number, height?: number) =>
    countChartLayout(panel, t, { width, height, typeScale, measure });
  const data = panel.rows.map((row) => ({
    category: row.category,
    met: row.metPercent,
    remaining: row.remainingPercent,
    label: countValueLabel(row, panel, t),
    derived: row.valueDerived != null,
    row,
  }));

  return (
    <ChartFrame
      label={t.chartAlt(panel.metricName)}
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
            <ChartPatterns idPrefix={idPrefix} />
            {valueAxis(layout, (tick) => `${tick}%`, ink.tick)}
            {categoryAxis(layout, 'category', ink.category)}
            {!size && <RowTooltips tooltipOf={(row: CountRow) => countRowTooltip(row, panel, t)} />}
            <Bar
              dataKey="met"
              stackId="share"
              name={t.legendActual}
              isAnimationActive={false}
              barSize={layout.barSize}
              minPointSize={1}
              shape={shiftedBar(layout)}
            >
              {data.map((row) => (
                <Cell
                  key={row.category}
                  fill={row.derived ? patternFill(idPrefix, 'derived') : seriesColours.actual}
                />
              ))}
              {valueLabels(layout, chartInk.label, 1)}
            </Bar>
            <Bar
              dataKey="remaining"
              stackId="share"
              name={t.legendRemaining}
              isAnimationActive={false}
              barSize={layout.barSize}
              fill={seriesColours.remaining}
              stroke={seriesColours.target}
              strokeWidth={typeScale}
              shape={shiftedBar(layout)}
            />
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
