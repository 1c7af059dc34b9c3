import { wrapText } from '../../charts/chart-layout';
import type { Measure } from '../../charts/text-measure';
import { chartInk, projectorTheme, seriesColours } from '../../domain/palette';
import type { StageShape } from '../../domain/slides';

/**
 * Where things go on a slide of the PowerPoint deck, in inches, from text measured in the deck's
 * font. PowerPoint's own shapes: 13.333 × 7.5 in for 16:9, 10 × 7.5 in for 4:3, so both are the
 * same height and every type size holds for both (as the presentation's stages do).
 */
export type DeckShape = StageShape;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const SLIDE_SIZES: Readonly<Record<DeckShape, { w: number; h: number }>> = {
  '16:9': { w: 13.333, h: 7.5 },
  '4:3': { w: 10, h: 7.5 },
};

export const MARGIN = 0.5;
/** Between two blocks of text, and between the text and a chart. */
export const GAP = 0.12;

/**
 * The deck's font: Arial, which every Windows and Mac has, with every Vietnamese letter, so
 * nothing falls back when the file is opened elsewhere. Measured in the browser as Arial, or as
 * Liberation Sans or Arimo, which have Arial's widths, where Arial is not installed.
 */
export const DECK_FONT = 'Arial';
export const DECK_MEASURE_FAMILY = 'Arial, "Liberation Sans", Arimo, sans-serif';

/** Type sizes in points. The least, 12 pt, is the presentation's 24 px on a 1080-line stage. */
export const TYPE = {
  cover: 40,
  coverFact: 20,
  title: 28,
  kicker: 14,
  heading: 18,
  meta: 14,
  note: 12,
  kpiMetric: 16,
  kpiValue: 36,
  kpiValueLeast: 20,
  kpiText: 14,
  kpiStatus: 16,
  kpiReason: 12,
  chartAxis: 12,
  chartLabel: 12,
  chartLegend: 14,
  sourceTitle: 14,
  sourceMeta: 12,
} as const;

/** Lines are 1.2 times their type apart: PowerPoint's single spacing for Arial is 1.15. */
export const LINE = 1.2;

/** A palette colour as DrawingML writes it: six hex digits, no "#". */
export const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

/** The deck's colours, the screen's and the projector's (domain/palette.ts), as DrawingML has them. */
export const COLOURS = {
  title: hex(chartInk.title),
  ink: hex(chartInk.label),
  meta: hex(chartInk.meta),
  warning: hex(seriesColours.warning),
  good: hex(projectorTheme.okInk),
  neutral: hex(projectorTheme.muted),
  cardFill: 'F4F6F9',
  cardLine: hex(seriesColours.remaining),
  barTrack: 'DDE3EA',
  barFill: hex(seriesColours.actual),
} as const;

/**
 * A paragraph's lines at a width, and its height in inches. Measured a twentieth narrower than
 * the box: PowerPoint, LibreOffice and the browser each wrap a little differently, and a line
 * too many only leaves white, where a line too few runs over what is below.
 */
export function textLines(
  text: string,
  pt: number,
  bold: boolean,
  width: number,
  measure: Measure,
): { lines: string[]; height: number } {
  // Measured at the type's size in points, so widths come out in points (72 to the inch).
  const lines = text
    .split('\n')
    .flatMap((paragraph) => wrapText(paragraph, width * 72 * 0.95, pt, measure, bold));
  return { lines, height: lineHeight(pt) * lines.length };
}

export function lineHeight(pt: number): number {
  return (pt * LINE) / 72;
}

/** The width of one line of text, in inches. */
export function textWidth(text: string, pt: number, bold: boolean, measure: Measure): number {
  return measure(text, pt, bold) / 72;
}

/** Two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  const e = 1e-6;
  return a.x < b.x + b.w - e && b.x < a.x + a.w - e && a.y < b.y + b.h - e && b.y < a.y + a.h - e;
}
