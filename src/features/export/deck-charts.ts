import { breakdownValueLabel } from '../../charts/BreakdownChart';
import { countValueLabel } from '../../charts/CountChart';
import { valueText } from '../../charts/figure-words';
import type { Measure } from '../../charts/text-measure';
import { seriesColours, topicColour } from '../../domain/palette';
import { valueScale } from '../../domain/scale';
import { roundTo } from '../../domain/workbook';
import {
  DERIVED_DECIMALS,
  type AmountPanel,
  type AmountRow,
  type BreakdownPanel,
  type CountPanel,
  type CountRow,
  type DerivedMark,
} from '../../domain/view-model';
import type { WordsOf } from '../../i18n/words';
import { COLOURS, TYPE, hex, textWidth } from './deck-geometry';
import type { deckWords } from './deck-words';

/**
 * A native chart of the deck, as its panel on screen draws it: the same rows, the same numbers,
 * the same labels (charts/figure-words.ts). deck-file.ts hands it to PowerPoint's chart format;
 * the numbers stay numbers, so the chart can be edited and its data opens in its sheet.
 */
export interface DeckChart {
  /** Bars standing up (an amount over its periods) or lying down (shares, topics). */
  direction: 'column' | 'bar';
  /**
   * The series drawn over each other rather than side by side: a count's total behind, the part
   * met in front of it, so the grey that shows is the part not yet met.
   */
  overlap: boolean;
  /**
   * Category labels by level, the innermost first: the periods, then (several districts) each
   * district's name at its first period and '' under the rest, as PowerPoint groups them.
   */
  categories: string[][];
  series: DeckSeries[];
  /** The value axis from 0 to `max`, a line every `step`: the screen's scale. */
  axis: { max: number; step: number };
  showLegend: boolean;
}

export interface DeckLabel {
  text: string;
  /** Where the label sits: beyond the bar's end (every chart here is clustered, so it may). */
  place: 'outEnd';
  colour: string;
  bold: boolean;
}

export interface DeckSeries {
  name: string;
  colour: string;
  values: (number | null)[];
  /** Each point's label, as the screen writes it; null for a missing value. */
  labels: (DeckLabel | null)[];
  /** Each point's own fill where it differs from the series': a derived value, a topic. */
  pointFills: (PointFill | null)[];
}

export interface PointFill {
  fill: string;
  /** A dashed outline in this colour: a derived value. */
  dashedLine: string | null;
}

/** Lighter fills for derived values: the screen stripes them; a deck's editable bars are plain. */
export const DERIVED_FILLS = { actual: 'A9C4E2', target: 'E6EAF0' } as const;
const ACTUAL = hex(seriesColours.actual);
const TARGET_FILL = 'B8C1CE';
const REMAINING = hex(seriesColours.remaining);

type ChartWords = WordsOf<typeof deckWords>;

/**
 * A value's label: "12.455,236", or "≈ 9.158,3" over "ước tính" when it is derived (two lines,
 * so that it is no wider than its bar).
 */
function amountLabel(
  value: number | null,
  decimals: number,
  derived: DerivedMark | null,
  t: ChartWords,
  bold: boolean,
): DeckLabel | null {
  if (value == null) return null;
  const text = valueText(value, decimals, derived, t);
  return {
    text: derived ? `${text}\n${t.derivedBadge}` : text,
    place: 'outEnd',
    colour: bold ? COLOURS.ink : COLOURS.meta,
    bold,
  };
}

/** A row's two labels, its value's and its target's. */
function amountLabels(panel: AmountPanel, row: AmountRow, t: ChartWords) {
  return [
    amountLabel(row.value, panel.decimals, row.valueDerived, t, true),
    amountLabel(row.target, panel.decimals, row.targetDerived, t, false),
  ] as const;
}

/** The widest line of a label, in inches. */
export function labelWidth(label: DeckLabel | null, measure: Measure): number {
  if (!label) return 0;
  return Math.max(
    ...label.text.split('\n').map((line) => textWidth(line, TYPE.chartLabel, label.bold, measure)),
  );
}

/** The gap between two periods' columns, as a share of a column's width (PowerPoint's). */
export const COLUMN_GAP_PERCENT = 40;

/**
 * How many of a metric's periods one chart holds with no two labels touching, measured: a
 * period's place holds its two columns and the gap, so the value's and the target's labels, each
 * centred on its column, stand a column's width apart, which must hold the widest label. On a
 * 4:3 slide fewer than on a 16:9 one. At least one period, whatever its labels.
 */
export function amountRowsPerChart(
  panels: readonly AmountPanel[],
  t: ChartWords,
  plotWidth: number,
  measure: Measure,
): number {
  const widest = Math.max(
    0,
    ...panels.flatMap((panel) =>
      panel.rows.flatMap((row) =>
        amountLabels(panel, row, t).map((label) => labelWidth(label, measure)),
      ),
    ),
  );
  const columns = 2 + COLUMN_GAP_PERCENT / 100;
  return Math.max(1, Math.floor(plotWidth / (columns * (widest + 0.08))));
}

/**
 * One metric's amounts in one or more districts, as one chart: its periods along the axis,
 * grouped under their districts, actual and target side by side on the
 * metric's one scale.
 */
export function amountChart(panels: readonly AmountPanel[], t: ChartWords): DeckChart {
  const rows: { panel: AmountPanel; row: AmountRow; first: boolean }[] = panels.flatMap((panel) =>
    panel.rows.map((row, index) => ({ panel, row, first: index === 0 })),
  );
  const scale = panels[0]?.scale ?? valueScale(0);
  const fill = (derived: DerivedMark | null, kind: 'actual' | 'target'): PointFill | null =>
    derived
      ? {
          fill: DERIVED_FILLS[kind],
          dashedLine: kind === 'actual' ? ACTUAL : hex(seriesColours.target),
        }
      : null;
  return {
    direction: 'column',
    overlap: false,
    // The district under its periods, even alone: a slide has no heading over each chart.
    categories: [
      rows.map(({ row }) => row.categoryLines[0]),
      rows.map(({ row, first }) => (first ? row.unitName : '')),
    ],
    series: [
      {
        name: t.legendActual,
        colour: ACTUAL,
        values: rows.map(({ panel, row }) => shown(row.value, panel.decimals, row.valueDerived)),
        labels: rows.map(({ panel, row }) => amountLabels(panel, row, t)[0]),
        pointFills: rows.map(({ row }) => fill(row.valueDerived, 'actual')),
      },
      {
        name: panels[0]?.targetName || t.legendTarget,
        colour: TARGET_FILL,
        values: rows.map(({ panel, row }) => shown(row.target, panel.decimals, row.targetDerived)),
        labels: rows.map(({ panel, row }) => amountLabels(panel, row, t)[1]),
        pointFills: rows.map(({ row }) => fill(row.targetDerived, 'target')),
      },
    ],
    axis: { max: scale.top, step: stepOf(scale.ticks) },
    showLegend: true,
  };
}

/**
 * A value as the table shows it (a derived one to a tenth): the chart's data, and its sheet,
 * hold the numbers the reader sees, as the workbook does (domain/workbook.ts).
 */
function shown(value: number | null, decimals: number, derived: DerivedMark | null): number | null {
  return value == null ? null : roundTo(value, derived ? DERIVED_DECIMALS : decimals);
}

function stepOf(ticks: readonly number[]): number {
  const [first = 0, second] = ticks;
  return second == null ? Math.max(1, first) : second - first;
}

/**
 * Counts met against their totals, as bars lying down: each row's total behind (its name the
 * panel's, "Tổng số trường") and the part met over it, so the grey that shows is the part not yet
 * met, as on screen. Both are the table's numbers. Each row's label ("43 / 62 trường · 69,35%")
 * stands beyond the longer bar, the axis reaching past the widest label, measured against the
 * plot's width (`plotWidth`, in inches, as far as it is known before PowerPoint lays it out).
 */
export function countChart(
  panel: CountPanel,
  rows: readonly CountRow[],
  t: ChartWords,
  plotWidth: number,
  measure: Measure,
): DeckChart {
  const texts = rows.map((row) => countValueLabel(row, panel, t));
  const ends = rows.map((row) => Math.max(row.total ?? 0, row.value ?? 0));
  const top = axisPast(ends, texts, plotWidth, measure);
  const label = (text: string | undefined): DeckLabel | null =>
    text == null ? null : { text, place: 'outEnd', colour: COLOURS.ink, bold: true };
  return {
    direction: 'bar',
    overlap: true,
    categories: [rows.map((row) => row.category)],
    series: [
      {
        name: panel.targetName || t.legendTarget,
        colour: REMAINING,
        values: rows.map((row) => row.total),
        // A row's label on its total's bar, which is the longer; on its own bar without one.
        labels: rows.map((row, index) => (row.total == null ? null : label(texts[index]))),
        pointFills: rows.map(() => null),
      },
      {
        name: t.legendActual,
        colour: ACTUAL,
        values: rows.map((row) => row.value),
        labels: rows.map((row, index) =>
          row.total == null && row.value != null ? label(texts[index]) : null,
        ),
        pointFills: rows.map((row) =>
          row.valueDerived ? { fill: DERIVED_FILLS.actual, dashedLine: ACTUAL } : null,
        ),
      },
    ],
    axis: { max: top, step: stepOf(valueScale(top).ticks) },
    showLegend: true,
  };
}

/**
 * The top of an axis of bars lying down whose labels stand beyond their ends: a round number
 * past every bar's end and its label's width, measured (the label at 12 pt bold).
 */
function axisPast(
  ends: readonly number[],
  texts: readonly string[],
  plotWidth: number,
  measure: Measure,
): number {
  const largest = Math.max(0, ...ends);
  // A bar ending at `end` leaves its label a share of the plot after it: the axis reaches to
  // end / (1 − share), the share capped so that a very long label still leaves its bar room.
  const needed = ends.map((end, index) => {
    const width = textWidth(texts[index] ?? '', TYPE.chartLabel, true, measure) + 0.15;
    const share = Math.min(0.8, width / Math.max(plotWidth, 0.1));
    return end / (1 - share);
  });
  const top = valueScale(Math.max(largest, ...needed)).top;
  return top;
}

/** A programme's indicators by topic, each topic in its own colour, as bars lying down. */
export function breakdownChart(
  panel: BreakdownPanel,
  t: ChartWords,
  measure: Measure,
  plotWidth: number,
): DeckChart {
  const texts = panel.rows.map((row) => breakdownValueLabel(row, panel, t));
  // The labels stand beyond their bars: the axis reaches past the longest bar's label.
  const top = axisPast(
    panel.rows.map((row) => row.value ?? 0),
    texts,
    plotWidth,
    measure,
  );
  return {
    direction: 'bar',
    overlap: false,
    categories: [panel.rows.map((row) => row.topicName)],
    series: [
      {
        name: panel.metricName,
        colour: ACTUAL,
        values: panel.rows.map((row) => row.value),
        labels: panel.rows.map((row, index) =>
          row.value == null
            ? null
            : { text: texts[index] ?? '', place: 'outEnd', colour: COLOURS.ink, bold: true },
        ),
        pointFills: panel.rows.map((row) => ({
          fill: hex(topicColour(row.colourIndex)),
          dashedLine: null,
        })),
      },
    ],
    axis: { max: top, step: stepOf(valueScale(top).ticks) },
    showLegend: false,
  };
}
