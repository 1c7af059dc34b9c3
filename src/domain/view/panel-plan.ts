import { CHART_ROWS_PAGE, CHARTS_PAGE, needsRanking, RANKING_PAGE } from '../at-a-glance';
import type { ResolvedObservation } from '../observations';
import type { Metric } from '../schema';
import { pushTo } from './lists';
import { byPeriodThenUnit } from './order';
import type { Panel } from './types';

/**
 * One chart a figure draws, before it is built: which kind, of which metric, and the figures
 * that are its rows. Planning is cheap (no label, no sort of rows), so a view plans every
 * figure's charts, counts them from the plan, and builds a chart from its plan only when it is
 * read: the count and the charts come from the one rule below and cannot disagree.
 */
export interface ChartPlan {
  kind: Panel['kind'];
  metric: Metric;
  /** The figures that are its rows, one row each, in the dataset's order (a chart sorts them). */
  observations: readonly ResolvedObservation[];
}

/** What a card knows of its charts before they are built. */
export interface PlanSize {
  chartCount: number;
  rowCount: number;
  /** One of the charts runs across periods (an amount against its estimate). */
  hasAmount: boolean;
  /**
   * How many charts a card draws before "show more": a page (CHARTS_PAGE) of each metric's
   * district charts and of its parts' charts, and its count's chart.
   */
  chartsShownFirst: number;
  /** The rows of those charts (a count's first page of rows): what their height follows. */
  rowsShownFirst: number;
  /** Some charts are drawn a page at a time: a metric's districts' or parts', or a count's rows. */
  paged: boolean;
  /** The places its rankings list before "show more" (an amount's districts, past a glance). */
  rankedFirst: number;
}

/**
 * A metric's charts, in the order they are drawn: an amount in one chart per district (small
 * multiples, each of the district's periods), the districts in `unitRank`'s order; a count or a
 * tally as one chart of its whole figures, then one chart of the parts by topic for each
 * district and period, ordered by the period, then the district.
 */
export function planCharts(
  metric: Metric,
  observations: readonly ResolvedObservation[],
  unitRank: ReadonlyMap<string, number>,
): ChartPlan[] {
  if (observations.length === 0) return [];
  if (metric.kind === 'amount') {
    const byUnit = new Map<string, ResolvedObservation[]>();
    for (const obs of observations) pushTo(byUnit, obs.unit.id, obs);
    // Each district's periods in one chart: its amount across time, compared with itself.
    return [...byUnit.values()]
      .sort((a, b) => rankOf(unitRank, a) - rankOf(unitRank, b))
      .map((ofUnit) => ({ kind: 'amount', metric, observations: ofUnit }));
  }
  const order = byPeriodThenUnit(unitRank);
  const parts = new Map<string, ResolvedObservation[]>();
  for (const obs of observations) if (obs.isBreakdown) pushTo(parts, partsKey(obs), obs);
  // With no parts every figure is a whole one: the same list, not a copy of it.
  const wholes =
    parts.size === 0
      ? observations
      : observations.filter((obs) => drawnAsWhole(metric, obs, parts));
  const charts: ChartPlan[] = [];
  if (wholes.length > 0) charts.push({ kind: 'count', metric, observations: wholes });
  // The parts of one district and period share the keys `order` compares: the first of each
  // stands for all (a stable sort keeps groups that tie in the dataset's order).
  const groups = [...parts.values()].sort((a, b) =>
    order(a[0] as ResolvedObservation, b[0] as ResolvedObservation),
  );
  for (const group of groups) charts.push({ kind: 'breakdown', metric, observations: group });
  return charts;
}

export function planSize(charts: readonly ChartPlan[]): PlanSize {
  let rowCount = 0;
  let hasAmount = false;
  let paged = false;
  // A metric's charts of one district each (amounts), or of one district and period (parts by
  // topic): those past a page wait for "show more".
  const perMetric = new Map<Metric, number>();
  let rowsShownFirst = 0;
  for (const chart of charts) {
    const rows = chart.observations.length;
    rowCount += rows;
    hasAmount ||= chart.kind === 'amount';
    if (chart.kind === 'count') {
      paged ||= rows > CHART_ROWS_PAGE;
      rowsShownFirst += Math.min(rows, CHART_ROWS_PAGE);
      continue;
    }
    const before = perMetric.get(chart.metric) ?? 0;
    perMetric.set(chart.metric, before + 1);
    if (before < CHARTS_PAGE) rowsShownFirst += rows;
  }
  let chartsShownFirst = charts.length;
  let rankedFirst = 0;
  for (const [metric, count] of perMetric) {
    if (count > CHARTS_PAGE) {
      chartsShownFirst -= count - CHARTS_PAGE;
      paged = true;
    }
    // A ranking a metric of one chart a district (domain/view/ranking.ts), a page of its places.
    if (metric.kind === 'amount' && needsRanking(count))
      rankedFirst += Math.min(count, RANKING_PAGE);
  }
  return {
    chartCount: charts.length,
    rowCount,
    hasAmount,
    chartsShownFirst,
    rowsShownFirst,
    paged,
    rankedFirst,
  };
}

const rankOf = (unitRank: ReadonlyMap<string, number>, group: readonly ResolvedObservation[]) =>
  unitRank.get((group[0] as ResolvedObservation).unit.id) ?? 0;

/** The district and period a topic's part belongs to, and the whole it is part of. */
const partsKey = (obs: ResolvedObservation) => `${obs.unit.id}|${obs.period.id}`;

/**
 * Whether a figure is drawn in the chart of whole figures: a count always, a tally only where no
 * parts are given for it (the parts' chart states it as their total).
 */
const drawnAsWhole = (
  metric: Metric,
  obs: ResolvedObservation,
  partsGiven: ReadonlyMap<string, unknown>,
) => !obs.isBreakdown && (metric.kind === 'count' || !partsGiven.has(partsKey(obs)));
