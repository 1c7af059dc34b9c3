import { growthPercent, periodLengthWarning, sharePercent } from '../metrics';
import { localize, type ResolvedObservation } from '../observations';
import type { Period } from '../schema';
import type { Lang } from '../url-state';
import { derivedMark, judgementFor, shareCheckFor, shareDecimalsFor } from './derived';
import { lookupKey } from './lookup';
import { byPeriodThenUnit } from './order';
import { category, categoryLines, metricLabels, type PanelContext } from './panel-context';
import type { ChartPlan } from './panel-plan';
import type { AmountPanel, AmountRow } from './types';

/** An amount against its estimate, one bar per district and period, the earliest first. */
export function buildAmountPanel(chart: ChartPlan, context: PanelContext): AmountPanel {
  const { metric } = chart;
  const { lang } = context;
  const sorted = [...chart.observations].sort(byPeriodThenUnit(context.unitRank));
  const rows = sorted.map((obs) => amountRow(obs, context));
  return {
    kind: 'amount',
    ...metricLabels(metric, lang),
    decimals: metric.decimals ?? 0,
    rows,
    periodLengths: periodLengths(sorted, lang),
    missingTargets: rows.filter((row) => row.target == null).map((row) => row.category),
  };
}

function amountRow(obs: ResolvedObservation, { lookup, lang, sourceRef }: PanelContext): AmountRow {
  const { metric } = obs;
  const share = sharePercent(obs.value, obs.target);
  const previous = obs.statedGrowth
    ? lookup.whole.get(lookupKey(obs.unit.id, metric.id, obs.statedGrowth.comparedTo.id))
    : undefined;
  return {
    id: obs.id,
    unitName: localize(obs.unit.name, lang),
    periodLabel: localize(obs.period.label, lang),
    category: category(obs, lang),
    categoryLines: categoryLines(obs, lang),
    value: obs.value,
    valueDerived: derivedMark(obs.valueDerivation, metric),
    target: obs.target,
    targetDerived: derivedMark(obs.targetDerivation, metric),
    share,
    shareDecimals: shareDecimalsFor(obs),
    statedShare: obs.statedShare,
    shareCheck: shareCheckFor(obs, share),
    growthStated: obs.statedGrowth?.percent ?? null,
    // Only a printed earlier value gives an independent growth figure; one derived from the
    // stated growth would just repeat it.
    growthComputed:
      previous && previous.valueDerivation == null
        ? growthPercent(obs.value, previous.value)
        : null,
    comparedToLabel: obs.statedGrowth ? localize(obs.statedGrowth.comparedTo.label, lang) : null,
    judgement: judgementFor(obs),
    source: sourceRef(obs.source),
    quote: obs.quote,
  };
}

/** Periods of different lengths side by side: each length with its periods; else null. */
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
