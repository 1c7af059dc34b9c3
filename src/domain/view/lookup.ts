import type { ResolvedObservation } from '../observations';
import { cachedInSteps } from './cache';
import { pushTo } from './lists';

/**
 * The figures of a dataset by district, metric and period: the whole figure, and its parts by
 * topic. Built once per dataset, so a row finds its comparison period without a scan.
 */
export interface Lookup {
  whole: Map<string, ResolvedObservation>;
  parts: Map<string, ResolvedObservation[]>;
}

export const lookupKey = (unit: string, metric: string, period: string) =>
  `${unit}|${metric}|${period}`;

/** Figures a step of building the lookup works through. */
const LOOKUP_STEP = 20_000;

export const lookupFor = cachedInSteps(function* (
  resolved: readonly ResolvedObservation[],
): Generator<void, Lookup, void> {
  const lookup: Lookup = { whole: new Map(), parts: new Map() };
  let count = 0;
  for (const obs of resolved) {
    const key = lookupKey(obs.unit.id, obs.metric.id, obs.period.id);
    if (obs.isBreakdown) pushTo(lookup.parts, key, obs);
    else if (!lookup.whole.has(key)) lookup.whole.set(key, obs);
    count += 1;
    if (count % LOOKUP_STEP === 0) yield;
  }
  return lookup;
});
