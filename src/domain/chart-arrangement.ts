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

/**
 * A chart as a frame places it: its heights and its heading's at a width, in the frame's pixels
 * (a chart's labels wrap, or go above its bars, in a narrow column, and it grows with them).
 */
export interface ChartAtWidths {
  kind: Panel['kind'];
  at: (width: number) => { natural: number; least: number; heading: number };
}

export interface Arrangement {
  columns: number;
  /** Each column's width: the room's, or the columns' (two charts may share it unevenly). */
  widths: number[];
  /** Each chart's height, and its heading's (in columns, a row's headings take its tallest). */
  heights: number[];
  headings: number[];
  /** The height the charts and their headings take, gaps included. */
  used: number;
  /** Whether it fits the room; when no arrangement does, the one that overflows least. */
  fits: boolean;
}

/**
 * How a figure's charts share a fixed frame: the ways to place them, each with every chart at
 * least its least height at its width, and the first of them that fits. Districts' amounts try
 * their columns first (chartColumns); any other charts are stacked, and stand side by side, two
 * to a row, only when stacked they do not fit and the frame is wide enough for two columns
 * (a breakdown's long names then go above its bars). Nothing fitting, the one that needs least.
 */
export function arrangeCharts(
  charts: readonly ChartAtWidths[],
  room: { width: number; height: number },
  options: { columnGap: number; rowGap: number; typeScale: number; minHeight: number },
): Arrangement {
  const { columnGap, rowGap, typeScale, minHeight } = options;
  const amountColumns = chartColumns(
    charts.map((chart) => ({ kind: chart.kind, naturalHeight: 0 })),
    room.width,
    columnGap,
    typeScale,
  );
  const candidates =
    amountColumns > 1
      ? [amountColumns, 1]
      : charts.length >= 2 &&
          (room.width - columnGap) / 2 >= MIN_COLUMN_WIDTH * typeScale &&
          !charts.every((chart) => chart.kind === 'amount')
        ? [1, 2]
        : [1];
  const arrangements = candidates.flatMap((columns) =>
    columnShares(charts.length, columns).map((shares) =>
      arrangeIn(charts, room, shares, { columnGap, rowGap, typeScale, minHeight }),
    ),
  );
  return (
    arrangements.find((arrangement) => arrangement.fits) ??
    arrangements.reduce((best, arrangement) => (arrangement.used < best.used ? arrangement : best))
  );
}

/**
 * How the columns share the room's width, in the order they are tried: evenly; and two charts of
 * bars side by side, also one a third and the other two thirds (a short count beside a breakdown
 * whose long names need the width to stay on one line).
 */
function columnShares(charts: number, columns: number): number[][] {
  const even = Array.from({ length: columns }, () => 1);
  return columns === 2 && charts === 2 ? [even, [1, 2], [2, 1]] : [even];
}

function arrangeIn(
  charts: readonly ChartAtWidths[],
  room: { width: number; height: number },
  shares: readonly number[],
  options: { columnGap: number; rowGap: number; typeScale: number; minHeight: number },
): Arrangement {
  const { columnGap, rowGap, typeScale, minHeight } = options;
  const columns = shares.length;
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) =>
    Math.floor(((room.width - (columns - 1) * columnGap) * share) / total),
  );
  const widthOf = (index: number) => widths[index % columns] ?? 0;
  const sizes = charts.map((chart, index) => chart.at(widthOf(index)));
  const places: ChartToPlace[] = charts.map((chart, index) => ({
    kind: chart.kind,
    naturalHeight: (sizes[index]?.natural ?? 0) / typeScale,
    leastHeight: sizes[index]?.least,
  }));
  if (columns === 1) {
    const headings = sizes.map((size) => size.heading);
    const gaps = (charts.length - 1) * rowGap;
    const headingsTotal = headings.reduce((sum, height) => sum + height, 0);
    const heights = stackedHeights(
      places,
      room.height - headingsTotal - gaps,
      typeScale,
      minHeight,
    );
    const used = headingsTotal + gaps + heights.reduce((sum, height) => sum + height, 0);
    return { columns, widths, heights, headings, used, fits: used <= room.height };
  }
  // Rows of columns: each row's headings take its tallest; the rows share the room.
  const rows = Math.ceil(charts.length / columns);
  const rowOf = (index: number) => Math.floor(index / columns);
  const rowHeadings = Array.from({ length: rows }, (_, row) =>
    Math.max(0, ...sizes.slice(row * columns, (row + 1) * columns).map((size) => size.heading)),
  );
  const headingsTotal = rowHeadings.reduce((sum, height) => sum + height, 0);
  const share = Math.floor((room.height - headingsTotal - (rows - 1) * rowGap) / rows);
  const rowLeast = Array.from({ length: rows }, (_, row) =>
    Math.max(
      0,
      ...places
        .slice(row * columns, (row + 1) * columns)
        .map((place) => leastChartHeight(place, minHeight)),
    ),
  );
  // In a row, each chart as tall as the row; a chart of bars beside a taller one no taller than
  // its natural height (its bars at their own thickness, not stretched to its neighbour's).
  const largest = (place: ChartToPlace) =>
    place.kind === 'amount'
      ? Number.POSITIVE_INFINITY
      : Math.round(place.naturalHeight * typeScale);
  const heights = places.map((place, index) =>
    Math.max(
      leastChartHeight(place, minHeight),
      Math.min(Math.max(share, rowLeast[rowOf(index)] ?? 0), largest(place)),
    ),
  );
  const rowHeights = Array.from({ length: rows }, (_, row) =>
    Math.max(0, ...heights.slice(row * columns, (row + 1) * columns)),
  );
  const used =
    headingsTotal + (rows - 1) * rowGap + rowHeights.reduce((sum, height) => sum + height, 0);
  return {
    columns,
    widths,
    heights,
    headings: charts.map((_, index) => rowHeadings[rowOf(index)] ?? 0),
    used,
    fits: used <= room.height,
  };
}

/** A chart as a frame may place it at more than one type scale (see arrangeLarge). */
export interface ChartAtScales {
  kind: Panel['kind'];
  at: (width: number, typeScale: number) => { natural: number; least: number; heading: number };
}

/**
 * How much larger than the frame's type the charts of a figure of bars may be drawn, largest
 * first, where the frame would otherwise be mostly white around them (a district's one bar on a
 * slide): the chart is laid out large, its bars and words in proportion, not a thin band.
 */
export const LARGER_TYPE = [1.5, 1.25] as const;

/**
 * arrangeCharts at the largest type (LARGER_TYPE times the frame's) at which every chart still
 * gets its whole natural height, none squeezed; else at the frame's own type. Charts of amounts
 * fill what they are given at any type, so a figure with one keeps the frame's type.
 */
export function arrangeLarge(
  charts: readonly ChartAtScales[],
  room: { width: number; height: number },
  options: { columnGap: number; rowGap: number; typeScale: number; minHeight: number },
): Arrangement & { typeScale: number } {
  const atScale = (typeScale: number): ChartAtWidths[] =>
    charts.map((chart) => ({ kind: chart.kind, at: (width) => chart.at(width, typeScale) }));
  if (charts.length > 0 && !charts.some((chart) => chart.kind === 'amount')) {
    for (const factor of LARGER_TYPE) {
      const typeScale = options.typeScale * factor;
      const arrangement = arrangeCharts(atScale(typeScale), room, { ...options, typeScale });
      const whole = charts.every(
        (chart, index) =>
          (arrangement.heights[index] ?? 0) >=
          chart.at(arrangement.widths[index % arrangement.columns] ?? 0, typeScale).natural,
      );
      if (arrangement.fits && whole) return { ...arrangement, typeScale };
    }
  }
  return {
    ...arrangeCharts(atScale(options.typeScale), room, options),
    typeScale: options.typeScale,
  };
}
