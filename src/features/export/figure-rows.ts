import type { StatedShare } from '../../domain/schema';
import {
  DERIVED_DECIMALS,
  type DerivedMark,
  type FigureView,
  type SourceRef,
} from '../../domain/view-model';
import { SHARE_DECIMALS, withCommonShareDecimals } from '../../domain/view/share-precision';

/** A value drawn, at the precision it is shown with, and whether (and how) it was derived. */
export interface ShownValue {
  value: number;
  /** Its panel's decimals, or one (an estimate) when it is derived. */
  decimals: number;
  derived: DerivedMark | null;
}

/**
 * One data point a figure draws, typed: what its CSV (csv.ts) writes as text in the reader's
 * language and its workbook (workbook.ts) as cells, from this one walk over the figure's panels.
 */
export interface FigureRow {
  chart: string;
  metric: string;
  unit: string;
  period: string;
  topic: string;
  unitLabel: string;
  value: ShownValue | null;
  /** The target, or a count's total (never derived). */
  target: ShownValue | null;
  /** The computed share, at its table's one precision. */
  share: { value: number; decimals: number } | null;
  statedShare: StatedShare | null;
  source: SourceRef;
  quote: string;
}

/** A value as it is shown: at its decimals, or one when it is derived; null when missing. */
export function shownValue(
  value: number | null,
  decimals: number,
  derived: DerivedMark | null,
): ShownValue | null {
  return value == null ? null : { value, decimals: derived ? DERIVED_DECIMALS : decimals, derived };
}

/** One row per data point drawn, with its unit, period, source and which values are derived. */
export function figureRows(figure: FigureView): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const panel of figure.panels) {
    const common = { chart: figure.title, metric: panel.metricName, unitLabel: panel.unitLabel };
    if (panel.kind === 'amount') {
      // The table's one precision for its shares, as on screen.
      for (const row of withCommonShareDecimals(panel.rows))
        rows.push({
          ...common,
          unit: row.unitName,
          period: row.periodLabel,
          topic: '',
          value: shownValue(row.value, panel.decimals, row.valueDerived),
          target: shownValue(row.target, panel.decimals, row.targetDerived),
          share: row.share == null ? null : { value: row.share, decimals: row.shareDecimals },
          statedShare: row.statedShare,
          source: row.source,
          quote: row.quote,
        });
    } else if (panel.kind === 'count') {
      for (const row of panel.rows)
        rows.push({
          ...common,
          unit: row.unitName,
          period: row.periodLabel,
          topic: '',
          value: shownValue(row.value, 0, row.valueDerived),
          target: shownValue(row.total, 0, null),
          share: row.share == null ? null : { value: row.share, decimals: SHARE_DECIMALS },
          statedShare: row.statedShare,
          source: row.source,
          quote: row.quote,
        });
    } else {
      for (const row of panel.rows)
        rows.push({
          ...common,
          unit: panel.unitName,
          period: panel.periodLabel,
          topic: row.topicName,
          value: shownValue(row.value, 0, null),
          target: null,
          share: null,
          statedShare: null,
          source: row.source,
          quote: row.quote,
        });
    }
  }
  return rows;
}
