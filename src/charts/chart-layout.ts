import type { ValueScale } from '../domain/scale';
import type { Measure } from './text-measure';

/*
 * Where a chart's text goes, from the widths of its strings measured in the font they are drawn
 * in: no pixel width is assumed for a label. Pure (the measure is given), so the screen, an
 * image and a slide lay a chart out by one rule, and a test can lay it out with any widths.
 * Sizes are at type scale 1 and multiplied by the chart's `scale` (a slide's larger type).
 */

/** Font sizes in px at type scale 1: category names, bar values, axis ticks. */
export const TYPE = { category: 13, value: 13, tick: 12 } as const;
const LINE_HEIGHT = 1.25;
const lineOf = (fontPx: number) => Math.round(fontPx * LINE_HEIGHT);
/** The category axis takes at most this share of the chart's width. */
const AXIS_SHARE = 0.4;
/** Wrapped onto more lines than this, a category goes above its bar instead. */
const AXIS_LINES = 2;
/**
 * The breakpoint: narrower than this (px at scale 1, a phone's chart), a name that needs more
 * than a line in the axis goes above its bar instead, leaving the bar the full width.
 */
export const WRAP_MIN_WIDTH = 480;
/** The bars' length keeps at least this share of the chart's width, and this many px. */
const PLOT_SHARE = 0.5;
const PLOT_MIN = 80;
/** A bar is never shorter than this (px at scale 1), so a small value still shows a mark. */
export const MIN_BAR = 2;

/** Greedy word wrap: each line as long as fits `maxWidth`; a word longer than it, on its own. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontPx: number,
  measure: Measure,
  bold = false,
): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    const joined = last === undefined ? word : `${last} ${word}`;
    if (last !== undefined && measure(joined, fontPx, bold) <= maxWidth)
      lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

const widest = (texts: readonly string[], fontPx: number, measure: Measure, bold = false) =>
  Math.max(0, ...texts.map((text) => measure(text, fontPx, bold)));

/** Whether ticks at these places over `plot` px leave a gap between every two labels. */
function ticksFit(scale: ValueScale, widths: readonly number[], plot: number, gap: number) {
  return scale.ticks.every((tick, index) => {
    const next = scale.ticks[index + 1];
    if (next === undefined) return true;
    const room = ((next - tick) / scale.top) * plot;
    return room >= ((widths[index] ?? 0) + (widths[index + 1] ?? 0)) / 2 + gap;
  });
}

export type ValuePlace = 'beside' | 'inside' | 'above';

export interface HorizontalBarsInput {
  /** The chart's width, and its height when it is given one (an image, a slide). */
  width: number;
  height?: number;
  categories: readonly string[];
  /** Each bar's value label ('' for none). */
  valueLabels: readonly string[];
  /** Where each bar ends, in axis units (its label goes after it); null: no bar. */
  ends: readonly (number | null)[];
  /** The part of each bar a label may be written inside (its dark segment), in axis units. */
  insides?: readonly (number | null)[];
  /** The value axes to choose from, finest first: the first whose tick labels fit is used. */
  scales: readonly ValueScale[];
  tickLabel: (tick: number) => string;
  /** The bar's thickness and the space between two bars, px at type scale 1. */
  bar: { size: number; gap: number };
  scale: number;
  measure: Measure;
}

export interface HorizontalBarsLayout {
  /** Each category's name above its bar, over the chart's full width (a narrow chart). */
  labelsAbove: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The category axis's width, 1 px when the names are above the bars. */
  axisWidth: number;
  xAxisHeight: number;
  plotLeft: number;
  plotWidth: number;
  valueScale: ValueScale;
  height: number;
  /** One row's height; the bar's thickness, and its centre's distance below the row's centre. */
  band: number;
  barSize: number;
  barShift: number;
  categoryLines: string[][];
  /** Each name's first baseline, from its row's centre. */
  categoryYs: number[];
  places: ValuePlace[];
  /** Each value's lines: one, or more where it is written above a bar narrower than it. */
  valueLines: string[][];
  /** The last baseline of a value written above its bar, from the row's centre. */
  valueAboveY: number;
  fontPx: { category: number; value: number; tick: number };
  lineHeight: number;
  /** The gap between a bar's end and its value label. */
  offset: number;
}

/**
 * A horizontal bar chart's layout: the category names in an axis on the left as wide as the
 * widest name (wrapped onto lines past a share of the width), or, where that leaves the bars too
 * little room, above each bar over the full width; each value after its bar's end, or inside
 * the bar where it does not fit there, or above the bar; the height from the rows and lines.
 */
export function horizontalBarsLayout(input: HorizontalBarsInput): HorizontalBarsLayout {
  const axis = layoutWith(input, false);
  return axis ?? (layoutWith(input, true) as HorizontalBarsLayout);
}

function layoutWith(input: HorizontalBarsInput, labelsAbove: boolean): HorizontalBarsLayout | null {
  const { width, measure, scale: s } = input;
  const fontPx = {
    category: Math.round(TYPE.category * s),
    value: Math.round(TYPE.value * s),
    tick: Math.round(TYPE.tick * s),
  };
  const lineHeight = lineOf(fontPx.category);
  const edge = Math.round(8 * s);
  const gap = Math.round(8 * s);
  const offset = Math.round(5 * s);
  const pad = Math.round(6 * s);
  const minPlot = Math.max(PLOT_MIN * s, PLOT_SHARE * width);

  const rows = input.categories.length;
  const valueWidths = input.valueLabels.map((label) =>
    label ? measure(label, fontPx.value, true) : 0,
  );
  const lastResort = input.scales.at(-1) as ValueScale;

  for (const valueScale of input.scales) {
    const tickWidths = valueScale.ticks.map((tick) =>
      measure(input.tickLabel(tick), fontPx.tick, false),
    );
    const firstHalf = (tickWidths[0] ?? 0) / 2;
    const lastHalf = (tickWidths.at(-1) ?? 0) / 2;

    let categoryLines: string[][];
    // Recharts draws no ticks on an axis 0 px wide: above the bars, the names are the ticks of
    // an axis 1 px wide.
    let axisWidth = 1;
    let left = edge;
    if (labelsAbove) {
      left = Math.max(edge, Math.ceil(firstHalf));
      categoryLines = input.categories.map((name) =>
        wrapText(name, width - left - edge, fontPx.category, measure),
      );
    } else {
      const cap = AXIS_SHARE * width - gap;
      const oneLine = widest(input.categories, fontPx.category, measure);
      categoryLines =
        oneLine <= cap
          ? input.categories.map((name) => [name])
          : input.categories.map((name) => wrapText(name, cap, fontPx.category, measure));
      const longest = widest(categoryLines.flat(), fontPx.category, measure);
      const wrapped = categoryLines.some((lines) => lines.length > 1);
      if (
        longest > cap ||
        categoryLines.some((lines) => lines.length > AXIS_LINES) ||
        (wrapped && width < WRAP_MIN_WIDTH * s)
      )
        return null;
      axisWidth = Math.ceil(longest + gap);
    }
    const plotLeft = left + axisWidth;
    const room = width - plotLeft;
    const fraction = (end: number | null) => (end == null ? 0 : Math.min(1, end / valueScale.top));

    // After the bar's end: the right margin that holds every label after its bar, the bars
    // scaled to what is left (a closed form: a label after a shorter bar needs less).
    let right = lastHalf;
    let besideFits = true;
    input.ends.forEach((end, index) => {
      const labelWidth = valueWidths[index] ?? 0;
      if (!labelWidth || end == null) return;
      const f = fraction(end);
      if (f <= 0) besideFits &&= offset + labelWidth <= room - right;
      else right = Math.max(right, (offset + labelWidth - room * (1 - f)) / f);
    });
    right = Math.ceil(right + s);
    let places: ValuePlace[];
    if (besideFits && room - right >= minPlot) {
      places = input.valueLabels.map(() => 'beside');
    } else {
      right = Math.ceil(lastHalf + s);
      const plot = room - right;
      places = input.valueLabels.map((label, index) => {
        const inside = fraction(input.insides?.[index] ?? null) * plot;
        return label && inside >= (valueWidths[index] ?? 0) + 2 * pad ? 'inside' : 'above';
      });
      places = places.map((place, index) => (input.valueLabels[index] ? place : 'beside'));
    }
    const plotWidth = room - right;
    // A value above its bar ends where the plot ends: wider than the plot, it would run into
    // the names of the axis.
    const aboveTooWide = places.some(
      (place, index) => place === 'above' && (valueWidths[index] ?? 0) > plotWidth,
    );
    // Above its bar, a value too long for the plot's width (a phone) wraps onto lines.
    const valueLines = input.valueLabels.map((label, index) =>
      places[index] === 'above' ? wrapText(label, plotWidth, fontPx.value, measure, true) : [label],
    );
    if (!labelsAbove && (plotWidth < minPlot || aboveTooWide)) return null;
    if (!ticksFit(valueScale, tickWidths, plotWidth, gap) && valueScale !== lastResort) continue;

    // A row: [names above] [a value above] the bar, and space between rows.
    const maxLines = Math.max(1, ...categoryLines.map((lines) => lines.length));
    const valueAboveLines = Math.max(
      0,
      ...valueLines.map((lines, index) => (places[index] === 'above' ? lines.length : 0)),
    );
    const aboveText =
      (labelsAbove ? maxLines * lineHeight : 0) + valueAboveLines * lineOf(fontPx.value);
    const aboveBlock = aboveText > 0 ? aboveText + Math.round(3 * s) : 0;
    const axisText = labelsAbove ? 0 : maxLines * lineHeight;
    const xAxisHeight = Math.round(30 * s);
    const margin = { top: edge, right, bottom: edge, left };
    const nominalBar = Math.round(input.bar.size * s);
    const nominalGap = Math.round(input.bar.gap * s);
    const naturalBand = Math.max(aboveBlock + nominalBar, axisText) + nominalGap;
    const chrome = margin.top + margin.bottom + xAxisHeight;
    // A given height too small for a row's text and a thin bar is not taken: the chart is then
    // taller than asked (its text never overlaps; the slide or page should ask for this height).
    const leastBand = Math.max(aboveBlock + MIN_BAR * 2 * s, axisText) + Math.round(4 * s);
    const band =
      input.height == null
        ? naturalBand
        : Math.max(leastBand, (input.height - chrome) / Math.max(1, rows));
    // Given more or less room than its natural height (an image, a slide), the bar takes it, up to
    // half as thick again, and never less than a few px.
    const barSize = Math.round(
      Math.max(
        MIN_BAR * 2 * s,
        Math.min(nominalBar * 1.5, band - aboveBlock - Math.min(nominalGap, band * 0.3)),
      ),
    );
    const content = Math.max(aboveBlock + barSize, axisText);
    // Distances from the row's centre, where Recharts centres the bar.
    const contentTop = -content / 2;
    const barTop = contentTop + (content - aboveBlock - barSize) / 2 + aboveBlock;
    const barShift = Math.round(barTop + barSize / 2);
    const ascent = Math.round(fontPx.category * 0.8);
    // Above the bar: from the row's top; in the axis: each name's lines centred on its bar.
    const valueAboveY = Math.round(barTop - Math.round(3 * s) - lineOf(fontPx.value) * 0.25);
    const categoryYs = categoryLines.map((lines, index) =>
      labelsAbove
        ? // Just above its bar, or above its value written there.
          Math.round(
            valueAboveY -
              (lines.length - 1) * lineHeight -
              (places[index] === 'above'
                ? (valueLines[index]?.length ?? 0) * lineOf(fontPx.value)
                : 0),
          )
        : Math.round(barShift - (lines.length * lineHeight) / 2 + ascent),
    );
    return {
      labelsAbove,
      margin,
      axisWidth,
      xAxisHeight,
      plotLeft,
      plotWidth,
      valueScale,
      height: Math.ceil(chrome + band * Math.max(1, rows)),
      band,
      barSize,
      barShift,
      categoryLines,
      categoryYs,
      places,
      valueLines,
      valueAboveY,
      fontPx,
      lineHeight,
      offset,
    };
  }
  return null;
}

/** Integer-only axes (counts of things): 4, 3, 2 and 1 intervals, those with whole ticks. */
export function countScales(largest: number, scaleOf: (largest: number, n: number) => ValueScale) {
  return [4, 3, 2, 1]
    .map((intervals) => scaleOf(largest, intervals))
    .filter((scale) => scale.ticks.every(Number.isInteger));
}

export interface GroupedBarsInput {
  width: number;
  /** Per category, the labels of its bars, left to right ('' for none). */
  labels: readonly (readonly string[])[];
  /** The value axis's tick labels. */
  tickLabels: readonly string[];
  /** The least gap between the bars of one category, and their widest (px at scale 1). */
  barGap: number;
  maxBar: number;
  scale: number;
  measure: Measure;
}

export interface GroupedBarsLayout {
  margin: { top: number; right: number; bottom: number; left: number };
  axisWidth: number;
  /** The gap between the bars of one category, px. */
  barGap: number;
  /** Each label over its own bar; else a category's labels one above the other, centred. */
  stacked: boolean;
  /** The values' size as a share of their full size: under 1, made smaller to fit a band. */
  valueShare: number;
  /** Where the plot starts, and one category's width of it. */
  plotLeft: number;
  band: number;
  fontPx: { value: number; tick: number };
  lineHeight: number;
  offset: number;
}

/**
 * Upright bars grouped by category, with their values written above them: the value axis as
 * wide as its widest tick label; each value centred over its bar where the labels clear each
 * other and the plot's edges, else each category's values stacked over its taller bar.
 */
export function groupedBarsLayout(input: GroupedBarsInput): GroupedBarsLayout {
  const { width, measure, scale: s } = input;
  const fontPx = { value: Math.round(TYPE.value * s), tick: Math.round(TYPE.tick * s) };
  const edge = Math.round(8 * s);
  const offset = Math.round(5 * s);
  const gap = Math.round(6 * s);
  const axisWidth = Math.ceil(widest(input.tickLabels, fontPx.tick, measure) + Math.round(10 * s));
  const margin = { top: 0, right: edge, bottom: Math.round(8 * s), left: edge };
  const plot = width - margin.left - margin.right - axisWidth;
  const categories = Math.max(1, input.labels.length);
  // Recharts' band: a tenth of it on each side, the rest shared by the bars and their gaps.
  const band = plot / categories;
  const bars = Math.max(1, ...input.labels.map((labels) => labels.length));
  const minGap = input.barGap * s;
  const barWidth = Math.min(input.maxBar * s, (band * 0.8 - minGap * (bars - 1)) / bars);
  const widths = input.labels.map((labels) =>
    labels.map((label, index) => (label ? measure(label, fontPx.value, index === 0) : 0)),
  );
  // The bars of a category move apart, as far as its band allows, until their labels clear
  // each other (each centred over its own bar).
  const needed = Math.max(
    0,
    ...widths.flatMap((row) =>
      row.slice(1).map((right, index) => ((row[index] ?? 0) + right) / 2 + gap - barWidth),
    ),
  );
  const barGap =
    bars > 1
      ? Math.ceil(Math.max(minGap, Math.min(needed, (band * 0.8 - bars * barWidth) / (bars - 1))))
      : 0;
  const spans: [number, number][] = [];
  input.labels.forEach((labels, category) => {
    const groupWidth = bars * barWidth + (bars - 1) * barGap;
    const start = category * band + (band - groupWidth) / 2;
    labels.forEach((label, index) => {
      if (!label) return;
      const centre = start + index * (barWidth + barGap) + barWidth / 2;
      const half = (widths[category]?.[index] ?? 0) / 2;
      spans.push([centre - half, centre + half]);
    });
  });
  const clear = spans.every(
    ([from, to], index) =>
      from >= 0 && to <= plot && (index === 0 || from >= (spans[index - 1]?.[1] ?? 0) + gap),
  );
  if (!clear) {
    // Stacked, a label has its category's width: the type is made smaller where even that is
    // too narrow (a very narrow chart), rather than letting two labels run together.
    const longest = widest(input.labels.flat(), fontPx.value, measure, true);
    if (longest > band - gap) fontPx.value = Math.floor((fontPx.value * (band - gap)) / longest);
  }
  const valueShare = fontPx.value / Math.round(TYPE.value * s);
  const lines = clear ? 1 : bars;
  const lineHeight = lineOf(fontPx.value);
  margin.top = Math.round(offset + lines * lineHeight + 2 * s);
  return {
    margin,
    axisWidth,
    barGap,
    stacked: !clear,
    valueShare,
    plotLeft: margin.left + axisWidth,
    band,
    fontPx,
    lineHeight,
    offset,
  };
}

/**
 * Categories shared among small multiples: all in one chart where `fits` holds for it, else
 * split into the fewest charts, in order, of sizes differing by at most one, for which it holds
 * (a phone with many periods: a few periods a chart, rather than every label made smaller).
 */
export function smallMultiples<T>(
  items: readonly T[],
  fits: (chunk: readonly T[]) => boolean,
): T[][] {
  if (items.length <= 1 || fits(items)) return [[...items]];
  for (let charts = 2; charts < items.length; charts += 1) {
    const chunks = evenChunks(items, charts);
    if (chunks.every(fits)) return chunks;
  }
  return items.map((item) => [item]);
}

/** `items` in `count` runs, in order, the first ones one longer where they do not divide. */
function evenChunks<T>(items: readonly T[], count: number): T[][] {
  const size = Math.floor(items.length / count);
  const longer = items.length % count;
  const chunks: T[][] = [];
  let start = 0;
  for (let index = 0; index < count; index += 1) {
    const end = start + size + (index < longer ? 1 : 0);
    chunks.push(items.slice(start, end));
    start = end;
  }
  return chunks;
}
