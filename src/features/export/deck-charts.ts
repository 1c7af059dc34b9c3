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
import { COLOURS, TYPE, textWidth } from './deck-geometry';
import type { deckWords } from './deck-words';

/**
 * A native chart of the deck, as its panel on screen draws it: the same rows, the same numbers,
 * the same labels (charts/figure-words.ts). deck-file.ts hands it to PowerPoint's chart format;
 * the numbers stay numbers, so the chart can be edited and its data opens in its sheet.
 */
export interface DeckChart {
  /** Bars standing up (an amount over its periods) or lying down (shares, topics). */
  direction: 'column' | 'bar';
  stacked: boolean;
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
  /** Where the label sits: beyond the bar's end, inside it at its end, or at its base. */
  place: 'outEnd' | 'inEnd' | 'inBase';
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
const ACTUAL = seriesColours.actual.slice(1).toUpperCase();
const TARGET_FILL = 'B8C1CE';
const REMAINING = seriesColours.remaining.slice(1).toUpperCase();

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
    text: derived ? `${text}\n${t.deckDerivedLabel('').trim()}` : text,
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

/**
 * How many of a metric's periods one chart holds with every label no wider than its bar's
 * place (half a period's width: the value's bar and the target's), measured: on a 4:3 slide,
 * fewer than on a 16:9 one. At least one district's periods, whatever their labels.
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
  return Math.max(1, Math.floor(plotWidth / (2 * widest + 0.15)));
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
          dashedLine: kind === 'actual' ? ACTUAL : seriesColours.target.slice(1).toUpperCase(),
        }
      : null;
  return {
    direction: 'column',
    stacked: false,
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
 * Counts met against their totals, as bars lying down: the part met and the part not yet met,
 * stacked to the total. Each row's label ("43 / 62 trường · 69,35%") sits in the longer part,
 * inside its end: light text on the part met, dark on the part left, where it was measured to
 * fit (`plotWidth`, the chart's plot in inches, as far as it can be known before PowerPoint lays
 * it out); a label that fits neither goes beyond the bar's end, the axis widened to hold it.
 */
export function countChart(
  panel: CountPanel,
  rows: readonly CountRow[],
  t: ChartWords,
  plotWidth: number,
  measure: Measure,
): DeckChart {
  const largest = Math.max(0, ...rows.map((row) => row.total ?? row.value ?? 0));
  let top = valueScale(largest).top;
  const texts = rows.map((row) => countValueLabel(row, panel, t));
  const widths = texts.map((text) => textWidth(text, TYPE.chartLabel, true, measure) + 0.15);
  // A label beyond its bar's end needs the axis to reach past it.
  const outside = rows.map((row, index) => {
    const value = row.value ?? 0;
    const remaining = row.remaining ?? 0;
    const room = (Math.max(value, remaining) / top) * plotWidth;
    return row.value == null || room < (widths[index] ?? 0);
  });
  rows.forEach((row, index) => {
    if (!outside[index]) return;
    const end = row.total ?? row.value ?? 0;
    const needed = end + ((widths[index] ?? 0) / plotWidth) * top * 1.1;
    if (needed > top) top = valueScale(needed).top;
  });
  const label = (index: number, part: 'met' | 'remaining'): DeckLabel | null => {
    const row = rows[index];
    const text = texts[index];
    if (!row || text == null) return null;
    const metLonger = (row.value ?? 0) >= (row.remaining ?? 0);
    if (outside[index]) {
      // Beyond the end of the bar's last part.
      const last = row.remaining != null && row.remaining > 0 ? 'remaining' : 'met';
      return part === last ? { text, place: 'outEnd', colour: COLOURS.ink, bold: true } : null;
    }
    if (part === 'met' && metLonger) return { text, place: 'inBase', colour: 'FFFFFF', bold: true };
    if (part === 'remaining' && !metLonger)
      return { text, place: 'inEnd', colour: COLOURS.ink, bold: true };
    return null;
  };
  return {
    direction: 'bar',
    stacked: true,
    categories: [rows.map((row) => row.category)],
    series: [
      {
        name: t.legendActual,
        colour: ACTUAL,
        values: rows.map((row) => row.value),
        labels: rows.map((_, index) => label(index, 'met')),
        pointFills: rows.map((row) =>
          row.valueDerived ? { fill: DERIVED_FILLS.actual, dashedLine: ACTUAL } : null,
        ),
      },
      {
        name: t.legendRemaining,
        colour: REMAINING,
        values: rows.map((row) => row.remaining),
        labels: rows.map((_, index) => label(index, 'remaining')),
        pointFills: rows.map(() => null),
      },
    ],
    axis: { max: top, step: stepOf(valueScale(top).ticks) },
    showLegend: true,
  };
}

/** A programme's indicators by topic, each topic in its own colour, as bars lying down. */
export function breakdownChart(
  panel: BreakdownPanel,
  t: ChartWords,
  measure: Measure,
  plotWidth: number,
): DeckChart {
  const largest = Math.max(0, ...panel.rows.map((row) => row.value ?? 0));
  const texts = panel.rows.map((row) => breakdownValueLabel(row, panel, t));
  // The labels stand beyond their bars: the axis reaches past the longest bar's label.
  const widest = Math.max(
    0,
    ...texts.map((text) => textWidth(text, TYPE.chartLabel, true, measure)),
  );
  const share = Math.min(0.6, (widest + 0.15) / Math.max(plotWidth, 1));
  const top = valueScale(largest / (1 - share)).top;
  return {
    direction: 'bar',
    stacked: false,
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
          fill: topicColour(row.colourIndex).slice(1).toUpperCase(),
          dashedLine: null,
        })),
      },
    ],
    axis: { max: top, step: stepOf(valueScale(top).ticks) },
    showLegend: false,
  };
}
