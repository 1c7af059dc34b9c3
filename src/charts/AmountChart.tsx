import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  XAxis,
  YAxis,
  type LabelProps,
  type XAxisTickContentProps,
} from 'recharts';
import { formatNumber } from '../domain/format';
import { axisColours, chartInk, seriesColours } from '../domain/palette';
import type { AmountPanel, AmountRow } from '../domain/view-model';
import { withCommonShareDecimals } from '../domain/view/share-precision';
import { useMessages } from '../i18n/use-messages';
import { ChartFrame, type ChartRenderOptions } from './ChartFrame';
import { BarValueLabel, ChartPatterns, patternFill } from './ChartPatterns';
import { RowTooltips } from './RowTooltips';
import { groupedBarsLayout, smallMultiples, type GroupedBarsLayout } from './chart-layout';
import { amountRowTooltip, valueText } from './figure-words';
import type { NumberWords } from './HorizontalBarText';
import { useMeasure, type Measure } from './text-measure';
import { useFormatters } from './use-formatters';

export const AMOUNT_CHART_HEIGHT = 340;
const X_AXIS_HEIGHT = 46;
const BAR_GAP = 6;
const MAX_BAR = 72;
/** The periods' names under the bars: their size, and the least gap between two of them. */
const TICK_PX = 13;
const TICK_GAP = 8;
/**
 * The breakpoint: values and periods' names may be written a little smaller to fit their band,
 * down to this share of their size (a few districts' periods on a phone); smaller than that, the
 * periods are split into small multiples instead.
 */
const LEAST_TYPE_SHARE = 0.85;

const noLines = () => [];

/** The chart's layout at a width: see chart-layout.ts. Its height is the same at every width. */
export function amountChartLayout(
  panel: AmountPanel,
  t: NumberWords,
  at: { width: number; typeScale: number; measure: Measure },
  rows: readonly AmountRow[] = panel.rows,
): GroupedBarsLayout {
  return groupedBarsLayout({
    width: at.width,
    labels: rows.map((row) => [
      valueText(row.value, panel.decimals, row.valueDerived, t),
      row.target == null ? '' : valueText(row.target, panel.decimals, row.targetDerived, t),
    ]),
    tickLabels: panel.scale.ticks.map((tick) => formatNumber(tick, t.numberLang, t.noData, 0)),
    barGap: BAR_GAP,
    maxBar: MAX_BAR,
    scale: at.typeScale,
    measure: at.measure,
  });
}

/** A bar pair's data, as Recharts reads it: its values, their labels, and its row. */
interface ChartRow {
  category: string;
  categoryLines: readonly [string, string];
  value: number | null;
  target: number | null;
  valueLabel: string;
  targetLabel: string;
  valueDerived: boolean;
  targetDerived: boolean;
  row: AmountRow;
}

/**
 * The rows each chart of a panel draws at a width: all in one chart, or, where that would write
 * its values or its periods much smaller to fit (a phone, many periods), a few periods a chart,
 * as small multiples on the panel's one scale.
 */
export function amountChartRows(
  panel: AmountPanel,
  t: NumberWords,
  at: { width: number; typeScale: number; measure: Measure },
): AmountRow[][] {
  const tickPx = Math.round(TICK_PX * at.typeScale);
  return smallMultiples(panel.rows, (rows) => {
    const layout = amountChartLayout(panel, t, at, rows);
    const room = layout.band - Math.round(TICK_GAP * at.typeScale);
    return (
      layout.valueShare >= LEAST_TYPE_SHARE &&
      rows.every((row) =>
        row.categoryLines.every(
          (line) => at.measure(line, tickPx, false) * LEAST_TYPE_SHARE <= room,
        ),
      )
    );
  });
}

/** Result against target for each district and period, as grouped bars with direct labels. */
export function AmountChart({
  panel,
  size,
  typeScale = 1,
  projector = false,
}: { panel: AmountPanel } & ChartRenderOptions) {
  const t = useMessages();
  const format = useFormatters();
  const measure = useMeasure();
  const idPrefix = `amount-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const type = (px: number) => Math.round(px * typeScale);
  const ink = axisColours(projector);
  // The table's one precision for its shares (domain/view/share-precision.ts), as the table.
  const data: ChartRow[] = withCommonShareDecimals(panel.rows).map((row) => ({
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

  const chartsAt = (width: number) => amountChartRows(panel, t, { width, typeScale, measure });
  const rowIndex = new Map(panel.rows.map((row, index) => [row, index]));

  return (
    <ChartFrame
      label={t.chartAlt(panel.metricName)}
      heightAt={(width) => AMOUNT_CHART_HEIGHT * chartsAt(width).length}
      size={size}
    >
      {(width, height) => {
        const charts = chartsAt(width);
        const each = height == null ? AMOUNT_CHART_HEIGHT : Math.floor(height / charts.length);
        const drawn = charts.map((rows, index) =>
          drawChart(
            rows.flatMap((row) => data[rowIndex.get(row) ?? -1] ?? []),
            width,
            each,
            charts.length > 1 ? `${idPrefix}-${index}` : idPrefix,
          ),
        );
        return drawn.length === 1 && drawn[0] ? (
          drawn[0]
        ) : (
          <div className="chart-multiples">{drawn}</div>
        );
      }}
    </ChartFrame>
  );

  /** One chart of the panel's rows (all of them, or a few periods of small multiples). */
  function drawChart(data: ChartRow[], width: number, height: number, idPrefix: string) {
    const layout = amountChartLayout(
      panel,
      t,
      { width, typeScale, measure },
      data.map((item) => item.row),
    );
    const xAxisHeight = type(X_AXIS_HEIGHT);
    // Stacked: a category's values one above the other over its taller bar, centred on it.
    const plotHeight = height - layout.margin.top - layout.margin.bottom - xAxisHeight;
    const stackedLabel = (line: 0 | 1, fill: string, bold: boolean) =>
      function StackedLabel(props: LabelProps) {
        // Its category from its bar's place: a bar not drawn (no target) has no label, so
        // the label's index counts the bars drawn, not the rows.
        const box = props.viewBox && 'width' in props.viewBox ? props.viewBox : null;
        const category = box
          ? Math.floor(((box.x ?? 0) + (box.width ?? 0) / 2 - layout.plotLeft) / layout.band)
          : -1;
        const row = data[category];
        if (!row || props.value == null || props.value === '') return null;
        const tallest = Math.max(row.value ?? 0, row.target ?? 0);
        const top = layout.margin.top + plotHeight * (1 - tallest / panel.scale.top);
        const lines = row.target == null ? 1 : 2;
        return (
          <text
            className="recharts-text recharts-label"
            x={layout.plotLeft + (category + 0.5) * layout.band}
            y={top - layout.offset - (lines - 1 - line) * layout.lineHeight}
            textAnchor="middle"
            fill={fill}
            fontSize={layout.fontPx.value}
            fontWeight={bold ? 700 : undefined}
          >
            {props.value}
          </text>
        );
      };
    return (
      <BarChart
        key={idPrefix}
        width={width}
        height={height}
        data={data}
        margin={layout.margin}
        barGap={layout.barGap}
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
              room={layout.band - type(8)}
              measure={measure}
            />
          )}
          tickLine={false}
          interval={0}
          height={xAxisHeight}
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
          tick={{ fill: ink.tick, fontSize: layout.fontPx.tick }}
          width={layout.axisWidth}
          axisLine={false}
          tickLine={false}
        />
        {!size && <RowTooltips tooltipOf={(row: AmountRow) => amountRowTooltip(row, panel, t)} />}
        <Bar
          dataKey="value"
          name={t.legendActual}
          isAnimationActive={false}
          maxBarSize={type(MAX_BAR)}
          minPointSize={type(2)}
        >
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
            content={layout.stacked ? stackedLabel(0, chartInk.label, true) : BarValueLabel}
            dataKey="valueLabel"
            position="top"
            offset={layout.offset}
            fill={chartInk.label}
            fontSize={layout.fontPx.value}
            fontWeight={700}
          />
        </Bar>
        <Bar
          dataKey="target"
          name={panel.targetName}
          isAnimationActive={false}
          maxBarSize={type(MAX_BAR)}
          minPointSize={type(2)}
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
            content={layout.stacked ? stackedLabel(1, ink.targetLabel, false) : BarValueLabel}
            dataKey="targetLabel"
            position="top"
            offset={layout.offset}
            fill={ink.targetLabel}
            fontSize={layout.fontPx.value}
          />
        </Bar>
      </BarChart>
    );
  }
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
  measure,
}: {
  x: number;
  y: number;
  lines: readonly [string, string] | undefined;
  fill: string;
  fontSize: number;
  /** The band's width less a gap: the widest line is made to fit it, in the font in use. */
  room: number;
  measure: Measure;
}) {
  if (!lines) return null;
  const widest = Math.max(...lines.map((line) => measure(line, fontSize, false)));
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
