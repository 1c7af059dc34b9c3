import { formatDate } from '../domain/format';
import type { DashboardView, FigureView, Panel, SourceRef } from '../domain/view-model';
import { AMOUNT_CHART_HEIGHT, amountChartRows } from './AmountChart';
import { breakdownChartLayout } from './BreakdownChart';
import { countChartLayout } from './CountChart';
import type { NumberWords } from './HorizontalBarText';
import type { Measure } from './text-measure';
import type { WordsOf } from '../i18n/words';
import type { standaloneFigureWords } from '../i18n/standalone-figure-words';
import { filterCaption, unitLine } from '../i18n/captions';
import type { LegendItem } from './figure-words';
import { figureLegend, figureNotes } from './figure-words-whole';

export { panelHeading } from './figure-words-whole';

/**
 * Everything a chart needs around it to make sense on its own (an exported image pasted into a
 * report, a slide on a projector): title, unit, filters, warnings, legend and sources, built
 * from the same view model as the screen.
 */
export interface FigureContext {
  title: string;
  unitLine: string;
  filterLine: string;
  asOfLine: string;
  sourceLines: string[];
  /** Warnings shown on screen: periods of different length, shares that disagree, derived values. */
  notes: string[];
  legend: LegendItem[];
}

export function buildFigureContext(
  view: DashboardView,
  figure: FigureView,
  t: WordsOf<typeof standaloneFigureWords>,
): FigureContext {
  return {
    title: figure.title,
    unitLine: unitLine(figure, t),
    filterLine: filterCaption(view, t),
    asOfLine: t.asOf(formatDate(view.asOf, t.notStated)),
    // The article's headline, or our description of it: a reader of a pasted image knows an
    // article by that. Its file name means something only beside the files, in the Sources.
    sourceLines: figure.sources.map((source) => `${t.sourceLine}: ${citedSource(source, t)}`),
    notes: figureNotes(figure, t),
    legend: figureLegend(figure, t),
  };
}

/**
 * A source as an image or a slide cites it: the article's headline in quotes (our description of
 * an untitled one without), and its date.
 */
export function citedSource(source: SourceRef, t: { notStated: string }): string {
  return `${source.isDescription ? source.label : `“${source.label}”`}${
    source.date ? `, ${formatDate(source.date, t.notStated)}` : ''
  }`;
}

/**
 * A panel's heights in a frame (a slide, an exported image) at a width and type scale: its
 * natural height, and the least it can be drawn at (every row's text and a thin bar; a chart
 * given less draws taller than its box). From the same layouts the chart is drawn by, in the
 * font it is drawn in (`measure`), so a frame can place its charts before drawing them.
 * A chart of amounts fills what it is given: its least is 0 (the frame's minimum applies).
 */
export function chartHeightsAt(
  panel: Panel,
  at: { width: number; typeScale: number; words: NumberWords; measure: Measure },
): { natural: number; least: number } {
  const { width, typeScale, words, measure } = at;
  switch (panel.kind) {
    case 'amount':
      return {
        natural: Math.round(
          AMOUNT_CHART_HEIGHT *
            typeScale *
            amountChartRows(panel, words, { width, typeScale, measure }).length,
        ),
        least: 0,
      };
    case 'count':
      return {
        natural: countChartLayout(panel, words, { width, typeScale, measure }).height,
        least: countChartLayout(panel, words, { width, height: 0, typeScale, measure }).height,
      };
    case 'breakdown':
      return {
        natural: breakdownChartLayout(panel, words, { width, typeScale, measure }).height,
        least: breakdownChartLayout(panel, words, { width, height: 0, typeScale, measure }).height,
      };
  }
}
