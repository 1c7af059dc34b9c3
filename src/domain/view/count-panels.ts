import { sharePercent } from '../metrics';
import { localize, type ResolvedObservation } from '../observations';
import { derivedMark, judgementFor, shareCheckFor } from './derived';
import { byPeriodThenUnit } from './order';
import { category, metricLabels, type PanelContext } from './panel-context';
import type { ChartPlan } from './panel-plan';
import type { CountPanel, CountRow } from './types';

/** Counts out of a total (and tallies with no parts): the part met and the part left. */
export function buildCountPanel(chart: ChartPlan, context: PanelContext): CountPanel {
  const sorted = [...chart.observations].sort(byPeriodThenUnit(context.unitRank));
  return {
    kind: 'count',
    ...metricLabels(chart.metric, context.lang),
    rows: sorted.map((obs) => countRow(obs, context)),
  };
}

function countRow(obs: ResolvedObservation, { lang, sourceRef }: PanelContext): CountRow {
  const share = sharePercent(obs.value, obs.target);
  const metPercent = share == null ? null : Math.min(100, Math.max(0, share));
  return {
    id: obs.id,
    unitName: localize(obs.unit.name, lang),
    periodLabel: localize(obs.period.label, lang),
    periodEnd: obs.period.end,
    category: category(obs, lang),
    value: obs.value,
    valueDerived: derivedMark(obs.valueDerivation, obs.metric, lang),
    total: obs.target,
    metPercent,
    remainingPercent: metPercent == null ? null : 100 - metPercent,
    remaining: obs.value != null && obs.target != null ? Math.max(0, obs.target - obs.value) : null,
    share,
    judgement: judgementFor(obs),
    statedShare: obs.statedShare,
    shareCheck: shareCheckFor(obs, share),
    source: sourceRef(obs.source),
    quote: obs.quote,
  };
}
