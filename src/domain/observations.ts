import { figureKeys } from './figure-keys';
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

/**
 * An observation with its references looked up and its derived companions made explicit. Read
 * only: a stated figure's fields are read from its observation (StatedFigure, below).
 */
export interface ResolvedObservation {
  readonly id: string;
  readonly unit: Unit;
  readonly metric: Metric;
  readonly period: Period;
  /** The breakdown topic, else the metric's topic; null for a metric that spans every topic. */
  readonly topicId: string | null;
  readonly isBreakdown: boolean;
  readonly value: number | null;
  readonly valueDerivation: Derivation | null;
  readonly target: number | null;
  readonly targetDerivation: Derivation | null;
  readonly targetPeriod: Period | null;
  readonly statedShare: StatedShare | null;
  readonly statedGrowth: { readonly percent: number; readonly comparedTo: Period } | null;
  readonly source: Source;
  readonly quote: string;
}

/** An estimate the resolution derives from a stated share, with how. */
interface DerivedTarget {
  target: number;
  derivation: Derivation;
}

/**
 * A figure an article states, resolved: its references looked up and held, and what it holds as
 * the observation does read from the observation, not copied (a country's 3.6 million figures,
 * held once rather than twice: about 50 bytes a figure less).
 */
class StatedFigure implements ResolvedObservation {
  constructor(
    private readonly obs: Observation,
    readonly unit: Unit,
    readonly metric: Metric,
    readonly period: Period,
    readonly source: Source,
    /** The dataset's periods, for the ones the observation names besides its own. */
    private readonly periods: ReadonlyMap<string, Period>,
    private readonly derivedTarget: DerivedTarget | null,
  ) {}

  get id(): string {
    return this.obs.id;
  }
  get topicId(): string | null {
    return this.obs.topic ?? this.metric.topic;
  }
  get isBreakdown(): boolean {
    return this.obs.topic != null && this.metric.topic == null;
  }
  get value(): number | null {
    return this.obs.value;
  }
  get valueDerivation(): Derivation | null {
    return this.obs.derived ? { kind: 'stated', formula: this.obs.derived.formula } : null;
  }
  get target(): number | null {
    return this.derivedTarget ? this.derivedTarget.target : (this.obs.target ?? null);
  }
  get targetDerivation(): Derivation | null {
    return this.derivedTarget?.derivation ?? null;
  }
  get targetPeriod(): Period | null {
    return this.obs.targetPeriod ? (this.periods.get(this.obs.targetPeriod) ?? null) : null;
  }
  get statedShare(): StatedShare | null {
    return this.obs.statedShare ?? null;
  }
  get statedGrowth(): { percent: number; comparedTo: Period } | null {
    return statedGrowthOf(this.obs, this.periods);
  }
  get quote(): string {
    return this.obs.quote;
  }
}

/** A stated growth with the period it compares with looked up; null without one the data has. */
function statedGrowthOf(
  obs: Observation,
  periods: ReadonlyMap<string, Period>,
): { percent: number; comparedTo: Period } | null {
  const comparedTo = obs.statedGrowth && periods.get(obs.statedGrowth.comparedTo);
  return obs.statedGrowth && comparedTo ? { percent: obs.statedGrowth.percent, comparedTo } : null;
}

/**
 * Looks up every reference and adds the values the articles imply but do not print: the same
 * period of the year before, from a stated growth rate; an estimate, from a stated share of it.
 * Each of them carries its derivation so the screen can mark it and show the formula.
 * Assumes a dataset that passed `validateDataset`. Worked out once per dataset: every view of it
 * shares one resolution instead of redoing it on each filter change.
 */
export const resolveObservations = cachedInSteps(resolve);

/** Figures a step of the resolution works through: a few milliseconds each. */
export const RESOLVE_STEP = 20_000;

function* resolve(dataset: Dataset): Generator<void, ResolvedObservation[], void> {
  const units = byId(dataset.units);
  const periods = byId(dataset.periods);
  const metrics = byId(dataset.metrics);
  const sources = byId(dataset.sources);
  const keys = figureKeys(dataset);
  // Every figure the articles state, by its place: a number, not a string (figure-keys.ts).
  const stated = new Set<number>();
  let count = 0;
  for (const obs of dataset.observations) {
    const key = keys.of(obs.unit, obs.metric, obs.period, obs.topic);
    if (key !== undefined) stated.add(key);
    count += 1;
    if (count % RESOLVE_STEP === 0) yield;
  }

  const resolved: ResolvedObservation[] = [];
  for (const obs of dataset.observations) {
    count += 1;
    if (count % RESOLVE_STEP === 0) yield;
    const unit = units.get(obs.unit);
    const metric = metrics.get(obs.metric);
    const period = periods.get(obs.period);
    const source = sources.get(obs.source);
    if (!unit || !metric || !period || !source) continue;

    const statedGrowth = statedGrowthOf(obs, periods);

    let derivedTarget: DerivedTarget | null = null;
    if (
      obs.target == null &&
      metric.kind === 'amount' &&
      obs.statedShare?.qualifier === 'exact' &&
      obs.value != null
    ) {
      const target = targetFromShare(obs.value, obs.statedShare.percent);
      if (target != null) {
        derivedTarget = {
          target,
          derivation: {
            kind: 'target-from-share',
            from: obs.value,
            sharePercent: obs.statedShare.percent,
            basedOn: obs.id,
          },
        };
      }
    }

    const base = new StatedFigure(obs, unit, metric, period, source, periods, derivedTarget);
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
          id: `${obs.id}~previous`,
          unit,
          metric,
          period: statedGrowth.comparedTo,
          topicId: base.topicId,
          isBreakdown: base.isBreakdown,
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
          source,
          quote: obs.quote,
        });
      }
    }
  }
  return resolved;
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
