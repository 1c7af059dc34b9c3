import { useLayoutEffect, useMemo, useState, type ReactElement } from 'react';
import { useDeferredDrawing } from '../components/use-deferred-drawing';
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

export function ChartFrame({
  label,
  heightAt,
  size,
  children,
}: {
  label: string;
  /**
   * The chart's height at a width, from its layout (the rows and the lines its labels wrap to):
   * the frame keeps it before the chart is drawn, and the chart is drawn at it.
   */
  heightAt: (width: number) => number;
  size?: ChartRenderOptions['size'];
  /** The chart at a width, and at a height when one is given (an image, a slide, a page). */
  children: (width: number, height?: number) => ReactElement;
}) {
  const printing = usePrinting();
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const width = useWidth(frame);
  const naturalHeight = width > 0 ? heightAt(width) : 0;
  const chart = useMemo(() => (width > 0 ? children(width) : null), [children, width]);
  const { shown, stale } = useDeferredDrawing(frame, chart, size != null);
  if (!size && printing) {
    return (
      <div className="chart" role="img" aria-label={label}>
        {children(PRINT_CHART_WIDTH, Math.round(heightAt(PRINT_CHART_WIDTH) * PRINT_HEIGHT_FACTOR))}
      </div>
    );
  }
  if (size) {
    return (
      <div className="chart chart-export" style={{ width: size.width, height: size.height }}>
        {children(size.width, size.height)}
      </div>
    );
  }
  // Always the chart's current height: nothing moves when a chart not yet drawn, or drawn for
  // other filters, is drawn.
  return (
    <div
      ref={setFrame}
      className={shown ? 'chart' : 'chart chart-pending'}
      role="img"
      aria-label={label}
      aria-busy={stale || undefined}
      style={naturalHeight > 0 ? { height: naturalHeight } : undefined}
    >
      {shown}
    </div>
  );
}

/**
 * The element's width, measured before the first paint and again whenever it changes (a turned
 * phone, a window resized): the chart is drawn at that width, never at a guess.
 */
function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!element) return;
    // A measurement of the layout just committed, applied before paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
