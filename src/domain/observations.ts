import { figureKeys, type KeySet } from './figure-keys';
import { previousFromGrowth, targetFromShare } from './metrics';
import { cachedInSteps } from './view/cache';
import type {
  Dataset,
  LocalizedTextValue,
  Metric,
  Observation,
  Period,
  Source,
  StatedShare,
  Unit,
} from './schema';
import type { Filters, Lang } from './url-state';

export function localize(text: LocalizedTextValue, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.vi) : text.vi;
}

/** How a value that no article prints was computed from one that it does. */
export type Derivation =
  | { kind: 'previous-from-growth'; from: number; growthPercent: number; basedOn: string }
  | { kind: 'target-from-share'; from: number; sharePercent: number; basedOn: string }
  | { kind: 'stated'; formula: string };

/** An observation with its references looked up and its derived companions made explicit. */
export interface ResolvedObservation {
  id: string;
  unit: Unit;
  metric: Metric;
  period: Period;
  /** The breakdown topic, else the metric's topic; null for a metric that spans every topic. */
  topicId: string | null;
  isBreakdown: boolean;
  value: number | null;
  valueDerivation: Derivation | null;
  target: number | null;
  targetDerivation: Derivation | null;
  targetPeriod: Period | null;
  statedShare: StatedShare | null;
  statedGrowth: { percent: number; comparedTo: Period } | null;
  source: Source;
  quote: string;
}

/**
 * Looks up every reference and adds the values the articles imply but do not print: the same
 * period of the year before, from a stated growth rate; an estimate, from a stated share of it.
 * Each of them carries its derivation so the screen can mark it and show the formula.
 * Assumes a dataset that passed `validateDataset`. Worked out once per dataset: every view of it
 * shares one resolution instead of redoing it on each filter change.
 */
export const resolveObservations = cachedInSteps(resolveSteps);

/** Figures a step of the resolution works through: a few milliseconds each. */
export const RESOLVE_STEP = 20_000;

/**
 * The resolution, a step at a time (see cachedInSteps); `stated`, the set its stated places are
 * noted in (a Set unless given: large data's are bits, key-bits.ts).
 */
export function* resolveSteps(
  dataset: Dataset,
  stated?: KeySet,
): Generator<void, ResolvedObservation[], void> {
  const resolution = resolutionOf(dataset, stated);
  let count = 0;
  for (const obs of dataset.observations) {
    resolution.noteStated(obs);
    count += 1;
    if (count % RESOLVE_STEP === 0) yield;
  }
  for (const obs of dataset.observations) {
    count += 1;
    if (count % RESOLVE_STEP === 0) yield;
    resolution.add(obs);
  }
  return resolution.resolved;
}

/** A figure's place, as the resolution reads it: its district, indicator, period and part. */
export type Place = Pick<Observation, 'unit' | 'metric' | 'period'> & { topic?: string | null };

/**
 * The resolution of a dataset's figures, in two passes: every stated figure's place noted
 * (`noteStated`), then each figure resolved in order (`add`), its derived companion after it;
 * `resolved` is then what `resolveObservations` gives. A figure is not kept by either: a kept
 * import's are resolved as they are made from its chunks (data/kept-resolved.ts), the first pass
 * read from the columns' keys, and never held as read. `dataset` gives the references alone.
 */
export function resolutionOf(
  dataset: Omit<Dataset, 'observations'>,
  // Every figure the articles state, by its place: a number, not a string (figure-keys.ts).
  stated: KeySet = new Set<number>(),
) {
  const units = byId(dataset.units);
  const periods = byId(dataset.periods);
  const metrics = byId(dataset.metrics);
  const sources = byId(dataset.sources);
  const keys = figureKeys(dataset as Dataset);
  const resolved: ResolvedObservation[] = [];
  return {
    resolved,
    noteStated(place: Place): void {
      const key = keys.of(place.unit, place.metric, place.period, place.topic);
      if (key !== undefined) stated.add(key);
    },
    add(obs: Observation): void {
      const unit = units.get(obs.unit);
      const metric = metrics.get(obs.metric);
      const period = periods.get(obs.period);
      const source = sources.get(obs.source);
      if (!unit || !metric || !period || !source) return;

      const comparedTo = obs.statedGrowth ? periods.get(obs.statedGrowth.comparedTo) : undefined;
      const statedGrowth =
        obs.statedGrowth && comparedTo ? { percent: obs.statedGrowth.percent, comparedTo } : null;

      let target = obs.target ?? null;
      let targetDerivation: Derivation | null = null;
      if (
        target == null &&
        metric.kind === 'amount' &&
        obs.statedShare?.qualifier === 'exact' &&
        obs.value != null
      ) {
        target = targetFromShare(obs.value, obs.statedShare.percent);
        if (target != null) {
          targetDerivation = {
            kind: 'target-from-share',
            from: obs.value,
            sharePercent: obs.statedShare.percent,
            basedOn: obs.id,
          };
        }
      }

      const base: ResolvedObservation = {
        id: obs.id,
        unit,
        metric,
        period,
        topicId: obs.topic ?? metric.topic,
        isBreakdown: obs.topic != null && metric.topic == null,
        value: obs.value,
        valueDerivation: obs.derived ? { kind: 'stated', formula: obs.derived.formula } : null,
        target,
        targetDerivation,
        targetPeriod: obs.targetPeriod ? (periods.get(obs.targetPeriod) ?? null) : null,
        statedShare: obs.statedShare ?? null,
        statedGrowth,
        source,
        quote: obs.quote,
      };
      resolved.push(base);

      const previousKey = statedGrowth
        ? keys.of(obs.unit, obs.metric, statedGrowth.comparedTo.id, obs.topic)
        : undefined;
      if (
        statedGrowth &&
        obs.value != null &&
        !(previousKey !== undefined && stated.has(previousKey))
      ) {
        const previous = previousFigure(obs);
        if (previous != null) {
          resolved.push({
            ...base,
            id: `${obs.id}~previous`,
            period: statedGrowth.comparedTo,
            value: previous,
            valueDerivation: {
              kind: 'previous-from-growth',
              from: obs.value,
              growthPercent: statedGrowth.percent,
              basedOn: obs.id,
            },
            target: null,
            targetDerivation: null,
            targetPeriod: null,
            statedShare: null,
            statedGrowth: null,
          });
        }
      }
    },
  };
}

/**
 * The figure of the period a stated growth compares with, derived from it (value / (1 + growth)):
 * what the resolution adds where no article states that figure. Null where it cannot be derived.
 */
export function previousFigure(obs: Observation): number | null {
  return obs.statedGrowth ? previousFromGrowth(obs.value, obs.statedGrowth.percent) : null;
}

/**
 * Year and district narrow by the observation's period and unit. A topic keeps the metrics of
 * that topic and the breakdowns by it; a metric that spans every topic (the 51 of 68
 * indicators) belongs to none in particular, so it is shown only under "all topics".
 */
export function matchesFilters(obs: ResolvedObservation, filters: Filters): boolean {
  if (filters.year != null && obs.period.year !== filters.year) return false;
  if (filters.unit != null && obs.unit.id !== filters.unit) return false;
  if (filters.topic != null && obs.topicId !== filters.topic) return false;
  return true;
}

export function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}
