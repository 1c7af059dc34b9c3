import { RANKING_PAGE } from '../../domain/at-a-glance';
import type { FigureView } from '../../domain/view-model';

/*
 * How tall a card not yet drawn stands (FigureCard.tsx), worked out from what its view counts
 * without building its charts, at the width it has: a city's card holds about its drawn height
 * on a phone as on a laptop, so the page's length is close and what is below keeps its place.
 * Loaded with a city's districts' code (many-districts.ts), which such a page loads anyway.
 *
 * The constants are the layout's as measured in Chromium (DejaVu Sans and Liberation Sans):
 * - a district's chart across periods (AmountChart.tsx) puts as many periods on a line of bars,
 *   some 340 px tall, as fit by their labels' measure: about 105 px each is taken (a city's
 *   short labels fit two on a phone's line; the bench's longer ones, one); under it a line of
 *   shares for each period, some 30 px plus its text wrapping as the width narrows (28,000 px²
 *   over the width);
 * - a count's or parts' chart gives each row its bar, some 40 px plus its name wrapping;
 * - small multiples stand side by side as their periods allow (FigureBody.tsx: 120 px a period,
 *   300 to 1,100 px), 1.75rem apart, their rows 1.25rem apart;
 * - a ranking's place is one line of 45 px on a screen at least 60rem wide (figures.css), and
 *   wraps onto several on a narrower one; its heading and note wrap too.
 * Measured (the bench's 10×, and a city of 61 districts): a chart of twelve periods 1,410 px
 * tall at 1,255 px wide, 2,060 at 660, 2,770 at 395, 5,900 at 233; of one period 636 px at
 * 400 and 747 at 233; a count's of 50 rows 3,120 px at 594 and 4,920 at 233; a ranking of 50
 * places 2,380 px at 1,255 and 9,790 at 233.
 */

/** The card's padding and border (1.4rem each side), taken from its width for its charts'. */
const CARD_FRAME = 47;
const SIDE_GAP = 28;
const ROW_GAP = 20;
const PERIOD_WIDTH = 120;

export type PendingFigure = Pick<
  FigureView,
  'hasData' | 'hasAmount' | 'chartsShownFirst' | 'rowsShownFirst' | 'rankedFirst'
>;

/**
 * The height, in px, of a card's body once drawn, about: its first page of charts and of its
 * rankings, at a card `cardWidth` px wide (its border box), on a screen `screenWidth` px wide
 * (from 960, a ranking's places are a line each).
 */
export function pendingHeight(
  figure: PendingFigure,
  cardWidth: number,
  screenWidth: number,
): number {
  if (!figure.hasData) return 40;
  const width = Math.max(cardWidth - CARD_FRAME, 200);
  const charts = Math.max(figure.chartsShownFirst, 1);
  const rows = figure.rowsShownFirst / charts;
  // Side by side as the widest chart's periods allow; each as wide as they share.
  const least = Math.min(1100, Math.max(300, rows * PERIOD_WIDTH));
  const columns = Math.max(1, Math.floor((width + SIDE_GAP) / (least + SIDE_GAP)));
  const each = (width - (columns - 1) * SIDE_GAP) / columns;
  const chart = figure.hasAmount
    ? 180 +
      340 * Math.ceil(rows / Math.max(1, Math.floor((each - 20) / 105))) +
      rows * (30 + 28_000 / each)
    : 100 + rows * (40 + 12_000 / each);
  const lines = Math.ceil(charts / columns);
  // A ranking's places, and its heading, note and "show more": one a metric, about a page each.
  const ranked = figure.rankedFirst;
  const place = screenWidth >= 960 ? 45 : 45 + 33_000 / width;
  const rankings = Math.ceil(ranked / RANKING_PAGE) * (60 + 85_000 / width);
  return Math.round(50 + lines * chart + (lines - 1) * ROW_GAP + ranked * place + rankings);
}

/**
 * The same on the screen the page is on (60rem: the ranking's breakpoint, figures.css), for a
 * card as wide as the window until it is laid out.
 */
export const pendingHeightHere = (figure: PendingFigure, cardWidth = innerWidth) =>
  pendingHeight(figure, cardWidth, matchMedia('(min-width: 60rem)').matches ? 960 : 0);
