import type { Measure } from '../../charts/text-measure';
import type { Slide } from '../../domain/slides';
import type { WordsOf } from '../../i18n/words';
import type { DeckChart } from './deck-charts';
import { COLOURS, MARGIN, TYPE, lineHeight, textLines, textWidth, type Box } from './deck-geometry';
import type { deckWords } from './deck-words';

/**
 * What a slide of the deck is made of, placed in inches (deck-plan.ts plans them, deck-file.ts
 * writes them), and the blocks of text every kind of slide stacks: measured in the deck's font.
 */
export interface DeckRun {
  text: string;
  bold?: boolean;
  colour: string;
  /** Its own size, where it differs from its paragraph's (a unit after a headline number). */
  pt?: number;
}

export interface DeckParagraph {
  runs: DeckRun[];
  pt: number;
}

export type DeckElement =
  | { kind: 'text'; box: Box; paragraphs: DeckParagraph[] }
  | { kind: 'rect'; box: Box; fill: string; line: string | null }
  | { kind: 'chart'; box: Box; chart: DeckChart };

export interface DeckSlide {
  kind: Slide['kind'];
  /** Its title, as the slide shows it. */
  title: string;
  elements: DeckElement[];
  /** The speaker's notes: formulas, quotes, every source in full. */
  notes: string[];
}
export type DeckWords = WordsOf<typeof deckWords>;

export interface Paragraph {
  text: string;
  pt: number;
  bold?: boolean;
  colour: string;
}

/** Paragraphs stacked from `y` down, in a column: one text element, its height measured. */
export function stack(
  paragraphs: readonly Paragraph[],
  x: number,
  y: number,
  w: number,
  measure: Measure,
): { element: DeckElement & { kind: 'text' }; bottom: number } {
  let height = 0;
  for (const p of paragraphs) height += textLines(p.text, p.pt, p.bold ?? false, w, measure).height;
  return {
    element: {
      kind: 'text',
      box: { x, y, w, h: height },
      paragraphs: paragraphs.map((p) => ({
        pt: p.pt,
        runs: [{ text: p.text, bold: p.bold, colour: p.colour }],
      })),
    },
    bottom: y + height,
  };
}

export function headerBlock(
  kicker: string | null,
  title: string,
  size: { w: number },
  measure: Measure,
  titlePt: number = TYPE.title,
): { elements: DeckElement[]; bottom: number } {
  const w = size.w - 2 * MARGIN;
  const paragraphs: Paragraph[] = [
    ...(kicker ? [{ text: kicker, pt: TYPE.kicker, colour: COLOURS.meta }] : []),
    { text: title, pt: titlePt, bold: true, colour: COLOURS.title },
  ];
  const { element, bottom } = stack(paragraphs, MARGIN, MARGIN, w, measure);
  return { elements: [element], bottom };
}

/** A paragraph's height at a width: its runs measured as one line of its largest type. */
export function paragraphHeight(p: DeckParagraph, w: number, measure: Measure): number {
  const text = p.runs.map((run) => run.text).join('');
  const pt = Math.max(p.pt, ...p.runs.map((run) => run.pt ?? p.pt));
  const bold = p.runs.some((run) => run.bold);
  // Runs of their own sizes on one line, each measured at its size (a headline number and its
  // unit); a paragraph that wraps is measured, to err on the side of room, at its largest.
  const oneLine = p.runs.reduce(
    (sum, run) => sum + textWidth(run.text, run.pt ?? p.pt, run.bold ?? false, measure),
    0,
  );
  if (oneLine <= w * 0.95) return lineHeight(pt);
  return textLines(text, pt, bold, w, measure).height;
}

/** The height a text element needs, for tests and the file: its paragraphs measured. */
export function textHeight(paragraphs: readonly DeckParagraph[], w: number, measure: Measure) {
  return paragraphs.reduce((sum, p) => sum + paragraphHeight(p, w, measure), 0);
}
