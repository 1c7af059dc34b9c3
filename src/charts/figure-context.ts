import { formatDate, formatPercent } from '../domain/format';
import { decimalsOf } from '../domain/metrics';
import type { DashboardView, FigureView, Panel } from '../domain/view-model';
import { AMOUNT_CHART_HEIGHT } from './AmountChart';
import { breakdownChartHeight } from './BreakdownChart';
import { countChartHeight } from './CountChart';
import type { Messages } from '../i18n';
import { filterCaption } from '../i18n/captions';

export type LegendKind = 'actual' | 'target' | 'derived' | 'remaining';

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
  legend: { kind: LegendKind; label: string }[];
}

export function buildFigureContext(
  view: DashboardView,
  figure: FigureView,
  t: Messages,
): FigureContext {
  const legend = new Map<LegendKind, string>();
  const notes: string[] = [];
  let hasDerived = false;
  for (const panel of figure.panels) {
    if (panel.kind === 'amount') {
      legend.set('actual', t.legendActual);
      legend.set('target', panel.targetName || t.legendTarget);
      for (const row of panel.rows) {
        if (row.valueDerived || row.targetDerived) hasDerived = true;
        if (row.shareCheck === 'disagrees' && row.statedShare) {
          const stated = `${t.shareQualifier[row.statedShare.qualifier]}${formatPercent(
            row.statedShare.percent,
            t.noData,
            row.statedShare.decimals ?? decimalsOf(row.statedShare.percent),
          )}`;
          notes.push(
            `${row.category}: ${t.computedShare} ${formatPercent(row.share, t.noData)}, ${t.statedShare.toLocaleLowerCase()} ${stated}. ${t.shareDisagrees}.`,
          );
        }
      }
      if (panel.periodLengths) {
        notes.unshift(
          t.periodLengthWarning(
            panel.periodLengths
              .map((length) => `${t.months(length.months)}: ${length.periods.join(', ')}`)
              .join('; '),
          ),
        );
      }
      if (panel.missingTargets.length > 0) {
        notes.push(t.missingTarget(panel.targetName, panel.missingTargets.join('; ')));
      }
    } else if (panel.kind === 'count') {
      legend.set('actual', t.legendActual);
      legend.set('remaining', t.legendRemaining);
      if (panel.rows.some((row) => row.valueDerived)) hasDerived = true;
    }
  }
  if (hasDerived) {
    legend.set('derived', t.legendDerived);
    notes.push(t.exportDerivedNote);
  }

  return {
    title: figure.title,
    unitLine: `${t.unitLine}: ${figure.units.join('; ')}`,
    filterLine: filterCaption(view, t),
    asOfLine: t.asOf(formatDate(view.asOf, t.notStated)),
    sourceLines: figure.sources.map(
      (source) =>
        `${t.sourceLine}: ${source.isDescription ? source.label : `“${source.label}”`}${
          source.date ? `, ${formatDate(source.date, t.notStated)}` : ''
        } (${source.file})`,
    ),
    notes,
    legend: [...legend].map(([kind, label]) => ({ kind, label })),
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

/** The heading over a panel: a breakdown names its district and period; a lone panel needs none. */
export function panelHeading(panel: Panel, figure: FigureView, t: Messages): string | null {
  if (panel.kind === 'breakdown') {
    return `${panel.metricName} — ${t.breakdownOf(panel.unitName, panel.periodLabel)}`;
  }
  return figure.panels.length > 1 ? panel.metricName : null;
}
