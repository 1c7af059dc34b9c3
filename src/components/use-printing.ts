import { useSyncExternalStore } from 'react';

/**
 * True while the page is being printed (or emulated as print). A chart measured on screen keeps
 * its screen width when the print layout is narrower, and is cropped (as Recharts'
 * ResponsiveContainer did: recharts#1114, #6112); while printing, charts take a fixed width that
 * fits A4 landscape.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false);
}

let printing = false;
const listeners = new Set<() => void>();

// Two queries for the whole page (every chart and card asks, and matchMedia is not free): one
// read when drawing, one listened to. Reading a query's `matches` can use up the change its
// listener would have heard, so the listened one is never read.
let readQuery: MediaQueryList | null | undefined;
let listenedQuery: MediaQueryList | null | undefined;
const printQuery = () => window.matchMedia?.('print') ?? null;

function notify(value: boolean) {
  if (printing === value) return;
  printing = value;
  for (const listener of listeners) listener();
}

function isPrinting(): boolean {
  if (typeof window === 'undefined') return false;
  if (readQuery === undefined) readQuery = printQuery();
  return printing || readQuery?.matches === true;
}

const onChange = (event: MediaQueryListEvent) => notify(event.matches);
const onBefore = () => notify(true);
const onAfter = () => notify(false);

// Listened to once, for the life of the page.
function subscribe(listener: () => void): () => void {
  if (listenedQuery === undefined) {
    listenedQuery = printQuery();
    listenedQuery?.addEventListener?.('change', onChange);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The inner width of a chart card on paper, where the cards stand two to a row
 * (styles/print.css): A4 landscape, 297 mm less 2 × 12 mm margins at 96 px per inch (1032 px),
 * less the 12 pt between the columns, halved (508 px), less the card's 10 pt padding and 1 px
 * border each side (479 px); a little less, for rounding.
 */
export const PRINT_CHART_WIDTH = 476;

/** Charts are drawn a little shorter on paper, so that more of them share a page. */
export const PRINT_HEIGHT_FACTOR = 0.7;
