import { useSyncExternalStore } from 'react';

/**
 * True while the page is being printed (or emulated as print). Recharts' ResponsiveContainer
 * keeps its screen width when the print layout is narrower, and the chart is cropped
 * (recharts#1114, #6112); while printing, charts take a fixed width that fits A4 landscape.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false);
}

let printing = false;
const listeners = new Set<() => void>();
// One query for the whole page: every chart and card asks, and matchMedia is not free.
let printQuery: MediaQueryList | null | undefined;
const query = () =>
  printQuery === undefined ? (printQuery = window.matchMedia?.('print') ?? null) : printQuery;

function notify(value: boolean) {
  if (printing === value) return;
  printing = value;
  for (const listener of listeners) listener();
}

function isPrinting(): boolean {
  return printing || (typeof window !== 'undefined' && query()?.matches === true);
}

const onChange = () => notify(query()?.matches === true);
const onBefore = () => notify(true);
const onAfter = () => notify(false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    query()?.addEventListener?.('change', onChange);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    query()?.removeEventListener?.('change', onChange);
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
  };
}

/** A4 landscape, 297 mm less 2 × 12 mm margins, at 96 px per inch, less the card's padding. */
export const PRINT_CHART_WIDTH = 960;

/** Charts are drawn a little shorter on paper, so that every chart card fits on one page. */
export const PRINT_HEIGHT_FACTOR = 0.7;
