import { lazy, Suspense } from 'react';
import type { RowTooltip } from './figure-words';

const TooltipLayer = lazy(() => import('./TooltipLayer'));

/**
 * The tooltip of a chart whose data rows each carry their view-model row as `row`: the bar's row
 * of the data table, its words written when the bar is hovered. Its code (Recharts' tooltip and
 * cursor) is fetched as the chart is first drawn and does not hold the chart back.
 */
export function RowTooltips<R>({ tooltipOf }: { tooltipOf: (row: R) => RowTooltip }) {
  return (
    <Suspense fallback={null}>
      <TooltipLayer tooltipOf={tooltipOf as (row: never) => RowTooltip} />
    </Suspense>
  );
}
