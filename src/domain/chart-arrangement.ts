import type { Panel } from './view/types';

/**
 * How a figure's charts share a fixed frame (a slide on the projector, an exported slide or
 * page): side by side or stacked, and how tall each is. One rule for the presentation and the
 * export, so a slide and its exported image are laid out alike. Sizes are in the frame's pixels.
 */
export interface ChartToPlace {
  kind: Panel['kind'];
  /** The chart's height on screen, before the frame's type scale. */
  naturalHeight: number;
  /**
   * The least height the chart can be drawn at, in the frame, when it is known: what its rows
   * and wrapped labels took when it was drawn (a chart drawn shorter than its layout needs
   * grows past its box). Unknown at first; measured, then the charts are placed again.
   */
  leastHeight?: number;
}

/**
 * The least width a chart of districts' amounts keeps beside another, at type scale 1: about
 * two periods' pairs of bars and their labels. Narrower than that, the charts are stacked.
 */
export const MIN_COLUMN_WIDTH = 200;

/**
 * How far a chart of horizontal bars may grow beyond its natural height (times the type scale).
 * Its bars keep their thickness, so a taller frame only adds white around them: a chart with
 * one bar stays a band at its own height, not a bar floating in an empty slide.
 */
export const MAX_BAR_STRETCH = 1.5;

/**
 * How many charts stand side by side: two or three districts' amounts (one scale, vertical
 * bars) do when each column keeps its least width; anything else is stacked, one column.
 */
export function chartColumns(
  charts: readonly ChartToPlace[],
  width: number,
  gap: number,
  typeScale: number,
): number {
  if (charts.length < 2 || charts.length > 3) return 1;
  if (!charts.every((chart) => chart.kind === 'amount')) return 1;
  for (let columns = charts.length; columns > 1; columns -= 1) {
    if ((width - (columns - 1) * gap) / columns >= MIN_COLUMN_WIDTH * typeScale) return columns;
  }
  return 1;
}

/** The tallest a chart may be drawn: amounts fill what they are given, bars follow their rows. */
export function maxChartHeight(chart: ChartToPlace, typeScale: number): number {
  return chart.kind === 'amount'
    ? Number.POSITIVE_INFINITY
    : Math.max(
        Math.round(chart.naturalHeight * typeScale * MAX_BAR_STRETCH),
        chart.leastHeight ?? 0,
      );
}

/** The least height a chart is given: its own least, when known, and never under `minHeight`. */
export function leastChartHeight(chart: ChartToPlace, minHeight: number): number {
  return Math.max(minHeight, Math.ceil(chart.leastHeight ?? 0));
}

/**
 * Shares `available` height among stacked charts in proportion to their natural heights, none
 * under its least (leastChartHeight) nor above its largest (maxChartHeight); what no chart may take is left
 * over, for the caller to centre the charts in. Whole pixels; they add up to no more than
 * `available` unless the minimums alone need more.
 */
export function stackedHeights(
  charts: readonly ChartToPlace[],
  available: number,
  typeScale: number,
  minHeight: number,
): number[] {
  const heights: (number | null)[] = charts.map(() => null);
  // Water-filling: a chart whose share would fall under the minimum, or pass its largest
  // height, is given that bound, and the rest is shared again among the others.
  for (;;) {
    const open = charts.flatMap((_, index) => (heights[index] == null ? [index] : []));
    if (open.length === 0) break;
    const fixed = heights.reduce<number>((sum, height) => sum + (height ?? 0), 0);
    const left = Math.max(0, available - fixed);
    const natural = open.reduce((sum, index) => sum + (charts[index]?.naturalHeight ?? 0), 0);
    const share = (index: number) =>
      natural > 0 ? (left * (charts[index]?.naturalHeight ?? 0)) / natural : left / open.length;
    const least = (index: number) => {
      const chart = charts[index];
      return chart ? leastChartHeight(chart, minHeight) : minHeight;
    };
    const low = open.filter((index) => share(index) < least(index));
    if (low.length > 0) {
      for (const index of low) heights[index] = least(index);
      continue;
    }
    const high = open.filter((index) => {
      const chart = charts[index];
      return chart != null && share(index) > maxChartHeight(chart, typeScale);
    });
    if (high.length > 0) {
      for (const index of high) {
        const chart = charts[index];
        if (chart) heights[index] = maxChartHeight(chart, typeScale);
      }
      continue;
    }
    for (const index of open) heights[index] = share(index);
  }
  return heights.map((height) => Math.floor(height ?? 0));
}
