import {
  LabelList,
  Rectangle,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
  type YAxisTickContentProps,
} from 'recharts';
import type { Messages } from '../i18n';
import type { HorizontalBarsLayout } from './chart-layout';

/** What a chart's numbers are written with: the reader's language, and its "no data". */
export type NumberWords = Pick<Messages, 'noData' | 'numberLang'>;

/*
 * The text of a horizontal bar chart (CountChart, BreakdownChart), placed by its layout
 * (chart-layout.ts) rather than by Recharts: a category's name in the axis or above its bar, on
 * the lines it was wrapped to; a value after the bar's end, inside it, or above it.
 */

/** A category's name, on its lines: right-aligned in the axis, or over its bar. */
export function CategoryLabel({
  layout,
  index,
  y,
  fill,
}: {
  layout: HorizontalBarsLayout;
  index: number;
  /** The row's centre. */
  y: number;
  fill: string;
}) {
  const lines = layout.categoryLines[index];
  if (!lines) return null;
  const x = layout.labelsAbove
    ? layout.plotLeft
    : layout.plotLeft - Math.round(layout.fontPx.category * 0.6);
  return (
    <text
      className="recharts-cartesian-axis-tick-value"
      x={x}
      y={y + (layout.categoryYs[index] ?? 0)}
      fill={fill}
      fontSize={layout.fontPx.category}
      textAnchor={layout.labelsAbove ? 'start' : 'end'}
    >
      {lines.map((line, number) => (
        <tspan key={number} x={x} dy={number === 0 ? undefined : layout.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A bar's value: after the bar's end (`end`, a share of the plot's width; else the end of the
 * bar the label belongs to), inside the bar's end in white, or above the bar, ending where it ends.
 */
export function HorizontalValueLabel({
  layout,
  index,
  viewBox,
  value,
  end,
  fill,
}: {
  layout: HorizontalBarsLayout;
  index: number | undefined;
  viewBox: LabelProps['viewBox'];
  value: LabelProps['value'];
  end?: number;
  fill: string;
}) {
  if (value == null || value === '' || index == null || !viewBox || !('width' in viewBox))
    return null;
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  const centre = y + height / 2 + layout.barShift;
  const place = layout.places[index] ?? 'beside';
  const plotEnd = layout.plotLeft + layout.plotWidth;
  // Above: its lines end just above the bar, at the plot's end.
  const lines = place === 'above' ? (layout.valueLines[index] ?? []) : [String(value)];
  const lineHeight = Math.round(layout.fontPx.value * 1.25);
  const textX =
    place === 'inside'
      ? x + width - layout.offset
      : place === 'above'
        ? plotEnd
        : (end == null ? x + width : layout.plotLeft + end * layout.plotWidth) + layout.offset;
  return (
    <text
      className="recharts-text recharts-label"
      x={textX}
      y={
        place === 'above'
          ? y + height / 2 + layout.valueAboveY - (lines.length - 1) * lineHeight
          : centre
      }
      dy={place === 'above' ? undefined : '0.355em'}
      textAnchor={place === 'beside' ? 'start' : 'end'}
      fill={place === 'inside' ? '#fff' : fill}
      fontSize={layout.fontPx.value}
      fontWeight={700}
    >
      {lines.map((line, number) => (
        <tspan key={number} x={textX} dy={number === 0 ? undefined : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The bar moved down from the row's centre, under the text above it (see barShift). */
export function shiftedBar(layout: HorizontalBarsLayout) {
  if (layout.barShift === 0) return undefined;
  return function ShiftedBar(props: BarShapeProps) {
    return (
      <Rectangle
        x={props.x}
        y={Number(props.y) + layout.barShift}
        width={props.width}
        height={props.height}
        fill={props.fill}
        stroke={props.stroke}
        strokeWidth={props.strokeWidth}
        strokeDasharray={props.strokeDasharray}
      />
    );
  };
}

/*
 * The axes and value labels both horizontal bar charts draw, as elements (not components) so
 * Recharts finds them among the chart's children as it does its own.
 */

/** The value axis along the bottom: the layout's ticks, written by `tickText`. */
export function valueAxis(
  layout: HorizontalBarsLayout,
  tickText: (tick: number) => string,
  tickFill: string,
) {
  return (
    <XAxis
      type="number"
      domain={[0, layout.valueScale.top]}
      ticks={layout.valueScale.ticks}
      interval={0}
      tickFormatter={tickText}
      tick={{ fill: tickFill, fontSize: layout.fontPx.tick }}
      height={layout.xAxisHeight}
    />
  );
}

/** The category axis: each name on its lines, in the axis or above its bar (CategoryLabel). */
export function categoryAxis(layout: HorizontalBarsLayout, dataKey: string, fill: string) {
  return (
    <YAxis
      type="category"
      interval={0}
      dataKey={dataKey}
      width={layout.axisWidth}
      tick={(props: YAxisTickContentProps) => (
        <CategoryLabel layout={layout} index={props.index} y={Number(props.y)} fill={fill} />
      )}
      tickLine={false}
      axisLine={!layout.labelsAbove}
    />
  );
}

/** Each bar's value label, from its data row's `label` (see HorizontalValueLabel for `end`). */
export function valueLabels(layout: HorizontalBarsLayout, fill: string, end?: number) {
  return (
    <LabelList
      dataKey="label"
      content={(props) => (
        <HorizontalValueLabel
          layout={layout}
          index={props.index}
          viewBox={props.viewBox}
          value={props.value}
          end={end}
          fill={fill}
        />
      )}
    />
  );
}
