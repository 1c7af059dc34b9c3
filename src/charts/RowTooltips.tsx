import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import type { RowTooltip } from './figure-words';

const TooltipLayer = lazy(() => import('./TooltipLayer'));

/*
 * The tooltips' code (Recharts' tooltip and cursor, a chunk of its own) is asked for once the
 * charts are drawn and the page is idle, or as soon as the pointer moves or the focus moves:
 * nothing a reader does needs it before, and the first chart does not wait for it.
 */
let wanted = false;
const listeners = new Set<() => void>();
const want = () => {
  if (wanted) return;
  wanted = true;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const isWanted = () => wanted;
const READER_EVENTS = ['pointermove', 'pointerdown', 'focusin', 'keydown'] as const;

function useTooltipsWanted(): boolean {
  const shown = useSyncExternalStore(subscribe, isWanted, isWanted);
  useEffect(() => {
    if (wanted) return;
    for (const type of READER_EVENTS) document.addEventListener(type, want, { passive: true });
    // Safari has no requestIdleCallback: a moment after the charts' paint instead.
    const idle = 'requestIdleCallback' in window;
    const handle = idle
      ? window.requestIdleCallback(want, { timeout: 3000 })
      : window.setTimeout(want, 500);
    return () => {
      for (const type of READER_EVENTS) document.removeEventListener(type, want);
      if (idle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, []);
  return shown;
}

/**
 * The tooltip of a chart whose data rows each carry their view-model row as `row`: the bar's row
 * of the data table, its words written when the bar is hovered.
 */
export function RowTooltips<R>({ tooltipOf }: { tooltipOf: (row: R) => RowTooltip }) {
  const shown = useTooltipsWanted();
  return shown ? (
    <Suspense fallback={null}>
      <TooltipLayer tooltipOf={tooltipOf as (row: never) => RowTooltip} />
    </Suspense>
  ) : null;
}
