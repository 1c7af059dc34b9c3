import { Tooltip } from 'recharts/es6/component/Tooltip.js';
import { seriesColours, TOOLTIP_CURSOR_OPACITY } from '../domain/palette';
import { rowTooltipContent } from './ChartTooltip';
import type { RowTooltip } from './figure-words';

/**
 * A chart's tooltip layer: Recharts' tooltip showing the hovered bar's row of the data table,
 * in the table's order and words. A chunk of its own (see RowTooltips.tsx): a tooltip is read
 * after the chart is drawn, so its code is no part of the first chart.
 */
export default function TooltipLayer({ tooltipOf }: { tooltipOf: (row: never) => RowTooltip }) {
  return (
    <Tooltip
      content={rowTooltipContent(tooltipOf)}
      cursor={{ fill: seriesColours.actual, fillOpacity: TOOLTIP_CURSOR_OPACITY }}
    />
  );
}
