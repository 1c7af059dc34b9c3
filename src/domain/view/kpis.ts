import { sharePercent } from '../metrics';
import {
  localize,
  matchesFilters,
  resolveObservations,
  type ResolvedObservation,
} from '../observations';
import type { Dataset } from '../schema';
import type { Filters, Lang } from '../url-state';
import { cachedInSteps, cachedPerLanguage } from './cache';
import { derivedMark, judgementFor, shareCheckFor, shareDecimalsFor } from './derived';
import { pushTo } from './lists';
import { unitRanks } from './order';
import { narrowing } from './visible';
import type { SourceRefOf } from './sources';
import type { KpiView } from './types';

/**
 * One card per district and indicator: its latest figure the filters keep. The candidates, each
 * district and indicator's figures latest first, in the cards' order, are worked out once per
 * dataset and language, and each card once per figure and language: a filter change then only
 * picks, and gives the cards it shows again the same objects (nothing to redraw). On large data a
 * view of one district or one year picks from its own figures instead (`narrowing`: narrowed.ts).
 */
export function buildKpis(
  dataset: Dataset,
  filters: Filters,
  lang: Lang,
  sourceRef: SourceRefOf,
): KpiView[] {
  const picks =
    narrowing.picks?.(dataset, filters, lang) ??
    kpiCandidates(dataset, lang).map((group) =>
      group.find((candidate) => matchesFilters(candidate, filters)),
    );
  return picks.filter((obs) => obs != null).map((obs) => kpiViewFor(obs, lang, sourceRef));
}

/** Figures (then groups) a step of working out the candidates goes through. */
const CANDIDATES_STEP = 20_000;

function candidatesIn(lang: Lang) {
  return cachedInSteps(function* (
    dataset: Dataset,
  ): Generator<void, ResolvedObservation[][], void> {
    const groups = new Map<string, ResolvedObservation[]>();
    let count = 0;
    for (const obs of resolveObservations(dataset)) {
      if (!obs.isBreakdown) pushTo(groups, `${obs.unit.id}|${obs.metric.id}`, obs);
      count += 1;
      if (count % CANDIDATES_STEP === 0) yield;
    }
    // Sorting is stable: figures equally late keep the dataset's order, and the first wins.
    for (const group of groups.values()) {
      group.sort((a, b) => (isLater(a, b) ? -1 : isLater(b, a) ? 1 : 0));
      count += group.length;
      if (count % CANDIDATES_STEP < group.length) yield;
    }
    const figureOrder = new Map(dataset.figures.map((figure) => [figure.id, figure.order]));
    const metricOrder = new Map(dataset.metrics.map((metric, index) => [metric.id, index]));
    const unitRank = unitRanks(dataset, lang);
    const placeOf = (group: ResolvedObservation[]) => {
      const obs = group[0] as ResolvedObservation;
      return {
        group,
        figure: figureOrder.get(obs.metric.figure) ?? 0,
        metric: metricOrder.get(obs.metric.id) ?? 0,
        unit: unitRank.get(obs.unit.id) ?? 0,
      };
    };
    return [...groups.values()]
      .map(placeOf)
      .sort((a, b) => a.figure - b.figure || a.metric - b.metric || a.unit - b.unit)
      .map((entry) => entry.group);
  });
}

/** The candidates' cache in each language, whose work shared-steps.ts runs in steps. */
export const kpiCandidatesCache: Record<Lang, ReturnType<typeof candidatesIn>> = {
  vi: candidatesIn('vi'),
  en: candidatesIn('en'),
};

/**
 * Each district and indicator's figures, latest first, in the cards' order: worked out once per
 * dataset and language, in one go or (`kpiCandidatesCache`) in steps (shared-steps.ts).
 */
export const kpiCandidates = (dataset: Dataset, lang: Lang): ResolvedObservation[][] =>
  kpiCandidatesCache[lang](dataset);

/** Later period first; at the same period a printed value wins over a derived one. */
export function isLater(a: ResolvedObservation, b: ResolvedObservation): boolean {
  if (a.period.end !== b.period.end) return a.period.end > b.period.end;
  return a.valueDerivation == null && b.valueDerivation != null;
}

/**
 * A figure's headline card, kept with the source reference of the view that first built it: the
 * same source, the same values.
 */
export const kpiViewFor = cachedPerLanguage(
  (obs: ResolvedObservation, lang: Lang, sourceRef: SourceRefOf): KpiView => {
    const share = sharePercent(obs.value, obs.target);
    return {
      id: obs.id,
      topicId: obs.metric.topic,
      metricName: localize(obs.metric.name, lang),
      unitName: localize(obs.unit.name, lang),
      unitInferred: obs.unit.inferred != null,
      periodLabel: localize(obs.period.label, lang),
      value: obs.value,
      valueDerived: derivedMark(obs.valueDerivation, obs.metric, lang),
      unitLabel: localize(obs.metric.unit, lang),
      decimals: obs.metric.decimals ?? 0,
      target: obs.target,
      targetDerived: derivedMark(obs.targetDerivation, obs.metric, lang),
      targetName: obs.metric.targetName ? localize(obs.metric.targetName, lang) : null,
      share,
      shareDecimals: shareDecimalsFor(obs),
      barPercent: share == null ? 0 : Math.min(100, Math.max(0, share)),
      statedShare: obs.statedShare,
      shareCheck: shareCheckFor(obs, share),
      judgement: judgementFor(obs),
      growthStated: obs.statedGrowth?.percent ?? null,
      comparedToLabel: obs.statedGrowth ? localize(obs.statedGrowth.comparedTo.label, lang) : null,
      source: sourceRef(obs.source),
    };
  },
);
