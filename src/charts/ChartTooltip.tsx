import type { ReactNode } from 'react';
import { chartInk } from '../domain/palette';
import type { RowTooltip } from './figure-words';

/*
 * A bar's tooltip: the row of the data table it draws, line by line, as figure-words.ts writes
 * it ("Thực hiện (tỷ đồng): 12.455,236"). Styled here, not in the page's CSS: the chart
 * components carry everything they draw, as they do for an exported image.
 */

const box = {
  background: chartInk.background,
  border: `1px solid ${chartInk.grid}`,
  borderRadius: 4,
  boxShadow: '0 2px 6px rgb(0 0 0 / 0.12)',
  color: chartInk.label,
  fontSize: 13,
  lineHeight: 1.4,
  maxWidth: 340,
  padding: '8px 10px',
  whiteSpace: 'normal',
} as const;

const note = { color: chartInk.meta, fontSize: 12 } as const;

/** What Recharts gives a tooltip's content: the hovered data rows. */
interface TooltipContentProps {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}

export function RowTooltipContent({ tooltip }: { tooltip: RowTooltip }) {
  return (
    <div className="chart-tooltip" style={box}>
      <p style={{ margin: 0, fontWeight: 700 }}>{tooltip.title}</p>
      <dl style={{ margin: '4px 0 0' }}>
        {tooltip.facts.map((fact) => (
          <div key={fact.label} style={{ margin: '2px 0' }}>
            <dt style={{ display: 'inline' }}>{fact.label}: </dt>
            <dd style={{ display: 'inline', margin: 0, fontWeight: 600 }}>{fact.text}</dd>
            {fact.note && <dd style={{ ...note, margin: 0 }}>{fact.note}</dd>}
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * Recharts' `content` for a chart whose data rows each carry their view-model row as `row`: its
 * words are written when a bar is hovered, not for every bar at every render.
 */
export function rowTooltipContent<R>(
  tooltipOf: (row: R) => RowTooltip,
): (props: TooltipContentProps) => ReactNode {
  return function ChartRowTooltip({ active, payload }) {
    const row = (payload?.[0]?.payload as { row?: R } | undefined)?.row;
    return active && row ? <RowTooltipContent tooltip={tooltipOf(row)} /> : null;
  };
}
