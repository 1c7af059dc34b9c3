import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  type XAxisTickContentProps,
} from 'recharts';
import { axisColours, chartInk, seriesColours, TOOLTIP_CURSOR_OPACITY } from '../domain/palette';
import type { AmountPanel, AmountRow } from '../domain/view-model';
import { withCommonShareDecimals } from '../domain/view/share-precision';
import { useMessages } from '../i18n/use-messages';
import { ChartFrame, type ChartRenderOptions } from './ChartFrame';
import { BarValueLabel, ChartPatterns, patternFill } from './ChartPatterns';
import { rowTooltipContent } from './ChartTooltip';
import { amountRowTooltip } from './figure-words';
import { useFormatters } from './use-formatters';

export const AMOUNT_CHART_HEIGHT = 340;

const noLines = () => [];

/** Result against target for each district and period, as grouped bars with direct labels. */
export function AmountChart({
  panel,
  size,
  typeScale = 1,
  projector = false,
}: { panel: AmountPanel } & ChartRenderOptions) {
  const t = useMessages();
  const format = useFormatters();
  const idPrefix = `amount-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const type = (px: number) => Math.round(px * typeScale);
  const ink = axisColours(projector);
  // The table's one precision for its shares (domain/view/share-precision.ts), as the table.
  const data = withCommonShareDecimals(panel.rows).map((row) => ({
    category: row.category,
    categoryLines: row.categoryLines,
    value: row.value,
    target: row.target,
    valueLabel: format.value(row.value, panel.decimals, row.valueDerived),
    targetLabel: format.value(row.target, panel.decimals, row.targetDerived),
    valueDerived: row.valueDerived != null,
    targetDerived: row.targetDerived != null,
    row,
  }));

  return (
    <ChartFrame
      label={t.chartAlt(panel.metricName)}
      naturalHeight={AMOUNT_CHART_HEIGHT}
      size={size}
    >
      <BarChart
        data={data}
        margin={{ top: type(28), right: type(16), bottom: type(8), left: type(16) }}
        barGap={type(6)}
        accessibilityLayer={false}
      >
        <ChartPatterns idPrefix={idPrefix} />
        {/* Horizontal lines only. Recharts computes the vertical lines' places even when they
            are not drawn (from the x-axis ticks, a sixth of the grid's cost); none are asked. */}
        {!projector && (
          <CartesianGrid
            vertical={false}
            verticalCoordinatesGenerator={noLines}
            stroke={chartInk.grid}
          />
        )}
        <XAxis
          dataKey="category"
          tick={(props: XAxisTickContentProps) => (
            <CategoryTick
              x={Number(props.x)}
              y={Number(props.y)}
              lines={data[props.index]?.categoryLines}
              fill={ink.category}
              fontSize={type(13)}
              room={Number(props.width) / Math.max(1, props.visibleTicksCount) - type(8)}
            />
          )}
          tickLine={false}
          interval={0}
          height={type(46)}
        />
        {/* On screen, every tick the scale gives (five over 340 px): with the default interval,
            Recharts measures each label in the DOM to see which would overlap. An export can be
            far shorter, so there it keeps the default. */}
        <YAxis
          // The figure's one scale for all its districts, as the domain computed it.
          domain={[0, panel.scale.top]}
          ticks={panel.scale.ticks}
          interval={size ? 'preserveEnd' : 0}
          tickFormatter={(value: number) => format.number(value, 0)}
          tick={{ fill: ink.tick, fontSize: type(12) }}
          width={type(70)}
          axisLine={false}
          tickLine={false}
        />
        {!size && (
          <Tooltip
            // The bar's row of the data table, in the table's order and words.
            content={rowTooltipContent((row: AmountRow) => amountRowTooltip(row, panel, t))}
            cursor={{ fill: seriesColours.actual, fillOpacity: TOOLTIP_CURSOR_OPACITY }}
          />
        )}
        <Bar dataKey="value" name={t.legendActual} isAnimationActive={false} maxBarSize={type(72)}>
          {data.map((row) => (
            <Cell
              key={row.category}
              fill={row.valueDerived ? patternFill(idPrefix, 'derived') : seriesColours.actual}
              stroke={seriesColours.actual}
              strokeWidth={row.valueDerived ? 1.5 * typeScale : 0}
              strokeDasharray={row.valueDerived ? '5 3' : undefined}
            />
          ))}
          <LabelList
            content={BarValueLabel}
            dataKey="valueLabel"
            position="top"
            fill={chartInk.label}
            fontSize={type(13)}
            fontWeight={700}
          />
        </Bar>
        <Bar
          dataKey="target"
          name={panel.targetName}
          isAnimationActive={false}
          maxBarSize={type(72)}
        >
          {data.map((row) => (
            <Cell
              key={row.category}
              fill={patternFill(idPrefix, 'target')}
              stroke={seriesColours.target}
              strokeWidth={2 * typeScale}
              strokeDasharray={row.targetDerived ? '6 3' : undefined}
            />
          ))}
          <LabelList
            content={BarValueLabel}
            dataKey="targetLabel"
            position="top"
            fill={ink.targetLabel}
            fontSize={type(13)}
          />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}

/**
 * A category on two lines, district then period: on one line ("Đống Đa · 9T/2021") four of them
 * overlapped on a phone. The text is the view model's; only the line break is the axis's.
 */
function CategoryTick({
  x,
  y,
  lines,
  fill,
  fontSize,
  room,
}: {
  x: number;
  y: number;
  lines: readonly [string, string] | undefined;
  fill: string;
  fontSize: number;
  /** The band's width less a gap: the widest line is made to fit it, in the font in use. */
  room: number;
}) {
  if (!lines) return null;
  const widest = Math.max(...lines.map((line) => textWidth(line, fontSize) ?? 0));
  const fitted = widest > room ? Math.floor((fontSize * room * 10) / widest) / 10 : fontSize;
  return (
    <text
      x={x}
      y={y}
      fill={fill}
      fontSize={fitted}
      textAnchor="middle"
      className="recharts-cartesian-axis-tick-value"
    >
      <tspan x={x} dy="0.71em">
        {lines[0]}
      </tspan>
      <tspan x={x} dy="1.2em">
        {lines[1]}
      </tspan>
    </text>
  );
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** A line's width in the page's own font (null where nothing can measure it, as in jsdom). */
function textWidth(text: string, fontSize: number): number | null {
  if (measuring === undefined)
    measuring =
      typeof document !== 'undefined' && 'fonts' in document
        ? document.createElement('canvas').getContext('2d')
        : null;
  if (!measuring) return null;
  measuring.font = `${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  return measuring.measureText(text).width;
}
