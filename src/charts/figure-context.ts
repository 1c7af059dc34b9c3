import { formatDate } from '../domain/format';
import type { DashboardView, FigureView, Panel } from '../domain/view-model';
import { AMOUNT_CHART_HEIGHT } from './AmountChart';
import { breakdownChartHeight } from './BreakdownChart';
import { countChartHeight } from './CountChart';
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
    sourceLines: figure.sources.map(
      (source) =>
        `${t.sourceLine}: ${source.isDescription ? source.label : `“${source.label}”`}${
          source.date ? `, ${formatDate(source.date, t.notStated)}` : ''
        }`,
    ),
    notes: figureNotes(figure, t),
    legend: figureLegend(figure, t),
  };
}

/** A panel's chart height on screen; exports and slides share it out in this proportion. */
export function naturalChartHeight(panel: Panel): number {
  switch (panel.kind) {
    case 'amount':
      return AMOUNT_CHART_HEIGHT;
    case 'count':
      return countChartHeight(panel.rows.length);
    case 'breakdown':
      return breakdownChartHeight(panel.rows.length);
  }
}
