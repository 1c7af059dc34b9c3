import { growthPercent, periodLengthWarning, periodMonths, sharePercent } from '../metrics';
import { localize, type ResolvedObservation } from '../observations';
import type { Period } from '../schema';
import { valueScale } from '../scale';
import type { Lang } from '../url-state';
import { derivedMark, judgementFor, shareCheckFor, shareDecimalsFor } from './derived';
import { byPeriodThenUnit } from './order';
import { category, categoryLines, metricLabels, type PanelContext } from './panel-context';
import type { ChartPlan } from './panel-plan';
import { withCommonShareDecimals } from './share-precision';
import type { AmountPanel, AmountRow, Panel } from './types';

/**
 * One district's amount against its estimate, one bar per period, the earliest first: one of a
 * figure's small multiples (panel-plan.ts gives each district a chart of its own).
 */
export function buildAmountPanel(chart: ChartPlan, context: PanelContext): AmountPanel {
  const { metric } = chart;
  const { lang } = context;
  const sorted = [...chart.observations].sort(byPeriodThenUnit(context.unitRank));
  const first = sorted[0] as ResolvedObservation;
  const rows = withCommonShareDecimals(sorted.map((obs) => amountRow(obs, context)));
  return {
    kind: 'amount',
    ...metricLabels(metric, lang),
    unitId: first.unit.id,
    unitName: localize(first.unit.name, lang),
    decimals: metric.decimals ?? 0,
    rows,
    periodLengths: periodLengths(sorted, lang),
    missingTargets: rows.filter((row) => row.target == null).map((row) => row.category),
    scale: valueScale(largest(rows)),
  };
}

function largest(rows: readonly AmountRow[]): number {
  return Math.max(0, ...rows.flatMap((row) => [row.value ?? 0, row.target ?? 0]));
}

/**
 * One scale for a metric's district charts in a figure: each district's bars are read against
 * the others', as small multiples are (a bar twice as tall is twice as much, in any of them).
 */
export function onCommonScale(panels: Panel[]): Panel[] {
  const top = new Map<string, number>();
  for (const panel of panels) {
    if (panel.kind !== 'amount') continue;
    top.set(panel.metricId, Math.max(top.get(panel.metricId) ?? 0, largest(panel.rows)));
  }
  return panels.map((panel) =>
    panel.kind === 'amount'
      ? { ...panel, scale: valueScale(top.get(panel.metricId) ?? largest(panel.rows)) }
      : panel,
  );
}

function amountRow(obs: ResolvedObservation, { lookup, lang, sourceRef }: PanelContext): AmountRow {
  const { metric } = obs;
  const share = sharePercent(obs.value, obs.target);
  const previous = obs.statedGrowth
    ? lookup.whole(obs.unit.id, metric.id, obs.statedGrowth.comparedTo.id)
    : undefined;
  return {
    id: obs.id,
    unitName: localize(obs.unit.name, lang),
    periodLabel: localize(obs.period.label, lang),
    category: category(obs, lang),
    categoryLines: categoryLines(obs, lang),
    value: obs.value,
    valueDerived: derivedMark(obs.valueDerivation, metric, lang),
    target: obs.target,
    targetDerived: derivedMark(obs.targetDerivation, metric, lang),
    share,
    shareDecimals: shareDecimalsFor(obs),
    statedShare: obs.statedShare,
    shareCheck: shareCheckFor(obs, share),
    growthStated: obs.statedGrowth?.percent ?? null,
    growthComputed: computedGrowth(obs, previous),
    comparedToLabel: obs.statedGrowth ? localize(obs.statedGrowth.comparedTo.label, lang) : null,
    judgement: judgementFor(obs),
    source: sourceRef(obs.source),
    quote: obs.quote,
  };
}

type GrowthFigure = Pick<ResolvedObservation, 'value' | 'valueDerivation'> & {
  period: Pick<Period, 'start' | 'end'>;
};

/**
 * Growth on the earlier figure the article compares with, computed: only from a printed earlier
 * value (one derived from the stated growth would just repeat it), and only between periods of
 * the same length (6T/2023 → 6T/2024, 9T/2021 → 9T/2022): 9 months against 6 is no growth.
 * A period of no known length (a status as of a date) is not compared either.
 */
export function computedGrowth(
  current: GrowthFigure,
  previous: GrowthFigure | undefined,
): number | null {
  if (!previous || previous.valueDerivation != null) return null;
  const months = periodMonths(current.period);
  if (months == null || months !== periodMonths(previous.period)) return null;
  return growthPercent(current.value, previous.value);
}

/** Periods of different lengths side by side in the district's chart: each length with its periods; else null. */
function periodLengths(
  sorted: readonly ResolvedObservation[],
  lang: Lang,
): AmountPanel['periodLengths'] {
  const lengths = periodLengthWarning(sorted.map((obs) => obs.period));
  if (!lengths) return null;
  const periodsById = new Map(sorted.map((obs) => [obs.period.id, obs.period]));
  const byLength = new Map<number, string[]>();
  for (const length of lengths) {
    const period = periodsById.get(length.periodId) as Period;
    byLength.set(length.months, [
      ...(byLength.get(length.months) ?? []),
      localize(period.shortLabel, lang),
    ]);
  }
  return [...byLength].map(([months, periods]) => ({ months, periods }));
}
