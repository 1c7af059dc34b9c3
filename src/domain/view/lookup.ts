import type { ResolvedObservation } from '../observations';
import { cachedPerObject } from './cache';
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

export const lookupFor = cachedPerObject((resolved: readonly ResolvedObservation[]): Lookup => {
  const lookup: Lookup = { whole: new Map(), parts: new Map() };
  for (const obs of resolved) {
    const key = lookupKey(obs.unit.id, obs.metric.id, obs.period.id);
    if (obs.isBreakdown) pushTo(lookup.parts, key, obs);
    else if (!lookup.whole.has(key)) lookup.whole.set(key, obs);
  }
  return lookup;
});
