import { useId } from 'react';
import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { axisColours, chartInk, seriesColours, TOOLTIP_CURSOR_OPACITY } from '../domain/palette';
import type { CountPanel, CountRow } from '../domain/view-model';
import { useMessages } from '../i18n/use-messages';
import { ChartFrame, type ChartRenderOptions } from './ChartFrame';
import { BarValueLabel, ChartPatterns, patternFill } from './ChartPatterns';
import { rowTooltipContent } from './ChartTooltip';
import { countRowTooltip } from './figure-words';
import { useFormatters } from './use-formatters';

const ROW_HEIGHT = 64;

export function countChartHeight(rows: number): number {
  return Math.max(1, rows) * ROW_HEIGHT + 40;
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
  const format = useFormatters();
  const idPrefix = `count-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const type = (px: number) => Math.round(px * typeScale);
  const ink = axisColours(projector);
  const data = panel.rows.map((row) => {
    const label =
      row.total == null
        ? `${format.value(row.value, 0, row.valueDerived)} ${panel.unitLabel}`
        : `${format.value(row.value, 0, row.valueDerived)} / ${format.number(row.total, 0)} ${panel.unitLabel} · ${format.percent(row.share)}`;
    // The label goes after the last segment drawn: a bar at 100 % has no "remaining" segment.
    return {
      category: row.category,
      met: row.metPercent,
      remaining: row.remainingPercent,
      labelAfterMet: row.remainingPercent ? undefined : label,
      labelAfterRemaining: row.remainingPercent ? label : undefined,
      derived: row.valueDerived != null,
      row,
    };
  });

  return (
    <ChartFrame
      label={t.chartAlt(panel.metricName)}
      naturalHeight={countChartHeight(data.length)}
      size={size}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: type(8), right: type(230), bottom: type(8), left: type(8) }}
        accessibilityLayer={false}
      >
        <ChartPatterns idPrefix={idPrefix} />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          interval={size ? 'preserveEnd' : 0}
          tickFormatter={(value: number) => `${value}%`}
          tick={{ fill: ink.tick, fontSize: type(12) }}
          height={type(30)}
        />
        <YAxis
          type="category"
          interval={0}
          dataKey="category"
          width={type(170)}
          tick={{ fill: ink.category, fontSize: type(13) }}
          tickLine={false}
        />
        {!size && (
          <Tooltip
            // The bar's row of the data table, in the table's order and words.
            content={rowTooltipContent((row: CountRow) => countRowTooltip(row, panel, t))}
            cursor={{ fill: seriesColours.actual, fillOpacity: TOOLTIP_CURSOR_OPACITY }}
          />
        )}
        <Bar
          dataKey="met"
          stackId="share"
          name={t.legendActual}
          isAnimationActive={false}
          barSize={type(30)}
        >
          {data.map((row) => (
            <Cell
              key={row.category}
              fill={row.derived ? patternFill(idPrefix, 'derived') : seriesColours.actual}
            />
          ))}
          <LabelList
            content={BarValueLabel}
            dataKey="labelAfterMet"
            position="right"
            fill={chartInk.label}
            fontSize={type(13)}
            fontWeight={700}
          />
        </Bar>
        <Bar
          dataKey="remaining"
          stackId="share"
          name={t.legendRemaining}
          isAnimationActive={false}
          barSize={type(30)}
          fill={seriesColours.remaining}
          stroke={seriesColours.target}
          strokeWidth={typeScale}
        >
          <LabelList
            content={BarValueLabel}
            dataKey="labelAfterRemaining"
            position="right"
            fill={chartInk.label}
            fontSize={type(13)}
            fontWeight={700}
          />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
