import { formatNumber, formatPercent, formatStatedShare } from '../domain/format';
import type { StatedShare } from '../domain/schema';
import type { FigureView, Panel } from '../domain/view-model';
import type { Messages } from '../i18n';

/*
 * The words around a chart, each written by one function that the screen (FigureBody, the data
 * table), the exported image and the slide all call: the numbers already come from one view
 * model, and this way the words cannot drift apart either. Pure: no React, no store.
 */

export type LegendKind = 'actual' | 'target' | 'derived' | 'remaining';

export interface LegendItem {
  kind: LegendKind;
  label: string;
}

export type FigureWordsMessages = Pick<
  Messages,
  | 'legendActual'
  | 'legendTarget'
  | 'legendDerived'
  | 'legendRemaining'
  | 'periodLengthWarning'
  | 'months'
  | 'missingTarget'
  | 'breakdownSubset'
  | 'breakdownTotal'
  | 'breakdownTotalMismatch'
  | 'computedShare'
  | 'statedShare'
  | 'shareQualifier'
  | 'shareDisagrees'
  | 'breakdownOf'
  | 'noData'
  | 'notStated'
>;

/**
 * The heading over a panel, as its name and what it is about: a breakdown names its district and
 * period; a panel alone in its figure needs no heading (the figure's title says it).
 */
export function panelHeadingParts(
  panel: Panel,
  figure: FigureView,
  t: Pick<Messages, 'breakdownOf'>,
): { name: string; detail: string | null } | null {
  if (panel.kind === 'breakdown') {
    return { name: panel.metricName, detail: t.breakdownOf(panel.unitName, panel.periodLabel) };
  }
  return figure.panels.length > 1 ? { name: panel.metricName, detail: null } : null;
}

/** The share as the article states it ("hơn 64%"), or "not stated". */
export function statedShareText(
  share: StatedShare | null | undefined,
  t: Pick<Messages, 'shareQualifier' | 'notStated'>,
): string {
  return formatStatedShare(share, t.shareQualifier, t.notStated);
}

/** The share we compute, at the row's precision (2 decimals unless the article set it). */
export function computedShareText(
  row: { share: number | null; shareDecimals?: number },
  t: Pick<Messages, 'noData'>,
): string {
  return formatPercent(row.share, t.noData, row.shareDecimals ?? 2);
}

export function panelHasDerived(panel: Panel): boolean {
  switch (panel.kind) {
    case 'amount':
      return panel.rows.some((row) => row.valueDerived != null || row.targetDerived != null);
    case 'count':
      return panel.rows.some((row) => row.valueDerived != null);
    case 'breakdown':
      return false;
  }
}

/** The legend over one chart on screen. A breakdown names its topics on the axis instead. */
export function panelLegend(panel: Panel, t: FigureWordsMessages): LegendItem[] {
  const derived: LegendItem[] = panelHasDerived(panel)
    ? [{ kind: 'derived', label: t.legendDerived }]
    : [];
  switch (panel.kind) {
    case 'amount':
      return [
        { kind: 'actual', label: t.legendActual },
        { kind: 'target', label: panel.targetName || t.legendTarget },
        ...derived,
      ];
    case 'count':
      return [
        { kind: 'actual', label: t.legendActual },
        { kind: 'remaining', label: t.legendRemaining },
        ...derived,
      ];
    case 'breakdown':
      return [];
  }
}

export type PanelNoteKind = 'period-lengths' | 'missing-target' | 'breakdown-total';

export interface PanelNote {
  kind: PanelNoteKind;
  text: string;
  /** Drawn as a warning (a caveat the reader must see), not as a muted remark. */
  warning: boolean;
}

/** The notes under one chart on screen: what the bars alone would not tell. */
export function panelNotes(panel: Panel, t: FigureWordsMessages): PanelNote[] {
  const notes: PanelNote[] = [];
  switch (panel.kind) {
    case 'amount':
      if (panel.periodLengths) {
        const lengths = panel.periodLengths
          .map((length) => `${t.months(length.months)}: ${length.periods.join(', ')}`)
          .join('; ');
        notes.push({ kind: 'period-lengths', text: t.periodLengthWarning(lengths), warning: true });
      }
      if (panel.missingTargets.length > 0) {
        notes.push({
          kind: 'missing-target',
          text: t.missingTarget(panel.targetName, panel.missingTargets.join('; ')),
          warning: false,
        });
      }
      return notes;
    case 'breakdown':
      if (panel.statedTotal == null) return notes;
      if (panel.isSubset) {
        notes.push({
          kind: 'breakdown-total',
          text: t.breakdownSubset(formatNumber(panel.statedTotal, t.noData, 0), panel.unitLabel),
          warning: false,
        });
      } else {
        const disagrees = panel.totalCheck === 'disagrees';
        const total = t.breakdownTotal(
          formatNumber(panel.sumOfRows, t.noData, 0),
          formatNumber(panel.statedTotal, t.noData, 0),
        );
        notes.push({
          kind: 'breakdown-total',
          text: disagrees ? `${total} ${t.breakdownTotalMismatch}` : total,
          warning: disagrees,
        });
      }
      return notes;
    case 'count':
      return notes;
  }
}
