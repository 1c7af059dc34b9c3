import { cloneElement, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { PRINT_CHART_WIDTH, PRINT_HEIGHT_FACTOR, usePrinting } from '../components/use-printing';

/**
 * How a chart is drawn: on screen it fills its container's width at its natural height; for an
 * export it is drawn at an exact size, with type scaled for a slide or a page.
 */
export interface ChartRenderOptions {
  size?: { width: number; height: number };
  typeScale?: number;
  /** For a projector: no thin gridlines, darker axis text; thickness comes from typeScale. */
  projector?: boolean;
}

/**
 * A chart at its place: on screen it is drawn with the chart card around it, which waits for its
 * turn as a whole (FigureCard, useDeferredDrawing); drawing the chart a frame later, in a task of
 * its own, only put the first chart one more frame and task away.
 */
export function ChartFrame({
  label,
  naturalHeight,
  size,
  children,
}: {
  label: string;
  naturalHeight: number;
  size?: ChartRenderOptions['size'];
  children: ReactElement<{ width?: number; height?: number }>;
}) {
  const printing = usePrinting();
  if (!size && printing) {
    return (
      <div className="chart" role="img" aria-label={label}>
        {cloneElement(children, {
          width: PRINT_CHART_WIDTH,
          height: Math.round(naturalHeight * PRINT_HEIGHT_FACTOR),
        })}
      </div>
    );
  }
  if (size) {
    return (
      <div className="chart chart-export" style={{ width: size.width, height: size.height }}>
        {cloneElement(children, { width: size.width, height: size.height })}
      </div>
    );
  }
  return (
    <div className="chart" role="img" aria-label={label} style={{ height: naturalHeight }}>
      <ResponsiveContainer
        width="100%"
        height={naturalHeight}
        initialDimension={{ width: 800, height: naturalHeight }}
      >
        {children}
      </ResponsiveContainer>
    </div>
  );
}
