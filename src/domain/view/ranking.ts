import { needsRanking, rankByProgress, rankedFigure } from '../ranking';
import { pushTo } from './lists';
import type { AmountPanel, Panel, ProgressRanking, RankedRow } from './types';

/**
 * A figure's districts ranked by progress against time (domain/ranking.ts), one ranking per
 * amount metric that has more districts than fit at a glance. Each district is ranked by the
 * latest of its figures whose progress can be judged; one with none comes last.
 */
export function buildRankings(panels: readonly Panel[]): ProgressRanking[] {
  const byMetric = new Map<string, AmountPanel[]>();
  for (const panel of panels) if (panel.kind === 'amount') pushTo(byMetric, panel.metricId, panel);
  const rankings: ProgressRanking[] = [];
  for (const ofMetric of byMetric.values()) {
    if (!needsRanking(ofMetric.length)) continue;
    const first = ofMetric[0] as AmountPanel;
    const rows: Omit<RankedRow, 'gap'>[] = [];
    for (const panel of ofMetric) {
      // A panel's rows are in time order (amount-panels.ts).
      const row = rankedFigure(panel.rows);
      if (!row) continue;
      rows.push({
        id: row.id,
        unitId: panel.unitId,
        unitName: panel.unitName,
        periodLabel: row.periodLabel,
        share: row.share,
        shareDecimals: row.shareDecimals,
        judgement: row.judgement,
      });
    }
    rankings.push({
      metricId: first.metricId,
      metricName: first.metricName,
      targetName: first.targetName,
      rows: rankByProgress(rows),
    });
  }
  return rankings;
}
