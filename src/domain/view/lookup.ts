import { figureKeys } from '../figure-keys';
import { resolveObservations, type ResolvedObservation } from '../observations';
import type { Dataset } from '../schema';
import { cachedInSteps } from './cache';
import { pushTo } from './lists';

/**
 * The figures of a dataset by district, metric and period: the whole figure, and its parts by
 * topic. Built once per dataset, so a row finds its comparison period without a scan.
 */
export interface Lookup {
  /** The whole figure of a district, metric and period: the first the dataset holds. */
  whole(unit: string, metric: string, period: string): ResolvedObservation | undefined;
  /** Its parts by topic, in the dataset's order. */
  parts(unit: string, metric: string, period: string): readonly ResolvedObservation[];
}

/** Figures a step of building the lookup works through. */
const LOOKUP_STEP = 20_000;

export const lookupFor = cachedInSteps(function* (dataset: Dataset): Generator<void, Lookup, void> {
  const keys = figureKeys(dataset);
  // Keyed by a number (figure-keys.ts): a city's 360,000 string keys took three times as long.
  const whole = new Map<number, ResolvedObservation>();
  const parts = new Map<number, ResolvedObservation[]>();
  let count = 0;
  for (const obs of resolveObservations(dataset)) {
    const key = keys.of(obs.unit.id, obs.metric.id, obs.period.id);
    if (key !== undefined) {
      if (obs.isBreakdown) pushTo(parts, key, obs);
      else if (!whole.has(key)) whole.set(key, obs);
    }
    count += 1;
    if (count % LOOKUP_STEP === 0) yield;
  }
  const at = (unit: string, metric: string, period: string) => keys.of(unit, metric, period) ?? -1;
  return {
    whole: (unit, metric, period) => whole.get(at(unit, metric, period)),
    parts: (unit, metric, period) => parts.get(at(unit, metric, period)) ?? [],
  };
});
