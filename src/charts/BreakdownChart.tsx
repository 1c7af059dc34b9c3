import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import {
  axisColours,
  chartInk,
  seriesColours,
  TOOLTIP_CURSOR_OPACITY,
  topicColour,
} from '../domain/palette';
import type { BreakdownPanel, BreakdownRow } from '../domain/view-model';
import { useMessages } from '../i18n/use-messages';
import { ChartFrame, type ChartRenderOptions } from './ChartFrame';
import { BarValueLabel } from './ChartPatterns';
import { rowTooltipContent } from './ChartTooltip';
import { breakdownRowTooltip } from './figure-words';
import { useFormatters } from './use-formatters';

const ROW_HEIGHT = 44;

export function breakdownChartHeight(rows: number): number {
  return Math.max(1, rows) * ROW_HEIGHT + 40;
}

/** A plain count split by topic, each topic in its own colour and named on the axis. */
export function BreakdownChart({
  panel,
  size,
  typeScale = 1,
  projector = false,
}: { panel: BreakdownPanel } & ChartRenderOptions) {
  const t = useMessages();
  const format = useFormatters();
  const type = (px: number) => Math.round(px * typeScale);
  const ink = axisColours(projector);
  const data = panel.rows.map((row) => ({
    topic: row.topicName,
    value: row.value,
    label: `${format.number(row.value, 0)} ${panel.unitLabel}`,
    colour: topicColour(row.colourIndex),
    row,
  }));

  return (
    <ChartFrame
      label={t.chartAlt(`${panel.metricName} (${panel.unitName})`)}
      naturalHeight={breakdownChartHeight(data.length)}
      size={size}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: type(8), right: type(96), bottom: type(8), left: type(8) }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          allowDecimals={false}
          tickFormatter={(value: number) => format.number(value, 0)}
          tick={{ fill: ink.tick, fontSize: type(12) }}
          height={type(30)}
        />
        <YAxis
          type="category"
          interval={0}
          dataKey="topic"
          width={type(300)}
          tick={{ fill: ink.category, fontSize: type(13) }}
          tickLine={false}
        />
        {!size && (
          <Tooltip
            // The bar's row of the data table, in the table's order and words.
            content={rowTooltipContent((row: BreakdownRow) => breakdownRowTooltip(row, panel, t))}
            cursor={{ fill: seriesColours.actual, fillOpacity: TOOLTIP_CURSOR_OPACITY }}
          />
        )}
        <Bar dataKey="value" isAnimationActive={false} barSize={type(24)}>
          {data.map((row) => (
            <Cell key={row.topic} fill={row.colour} />
          ))}
          <LabelList
            content={BarValueLabel}
            dataKey="label"
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
