import { figureKeys } from '../figure-keys';
import type { ResolvedObservation } from '../observations';
import type { Dataset } from '../schema';
import { cachedPerObject } from './cache';
import { pushTo } from './lists';
import { resolvedByMetric } from './visible';

/**
 * The figures of a dataset by district, metric and period: the whole figure, and its parts by
 * topic. A row finds its comparison period without a scan.
 */
export interface Lookup {
  /** The whole figure of a district, metric and period: the first the dataset holds. */
  whole(unit: string, metric: string, period: string): ResolvedObservation | undefined;
  /** Its parts by topic, in the dataset's order. */
  parts(unit: string, metric: string, period: string): readonly ResolvedObservation[];
}

interface MetricTables {
  whole: Map<number, ResolvedObservation>;
  parts: Map<number, ResolvedObservation[]>;
}

/**
 * Built an indicator at a time, from its own figures (visible.ts), the first time a chart of it
 * asks: a whole dashboard draws a few indicators' charts at first, and a table of every figure of
 * a city was 70 MB of the heap at the bench's 100× and 180 steps of its load.
 */
export const lookupFor = cachedPerObject((dataset: Dataset): Lookup => {
  const keys = figureKeys(dataset);
  const byMetric = new Map<string, MetricTables>();
  const tablesOf = (metric: string): MetricTables => {
    const known = byMetric.get(metric);
    if (known) return known;
    // Keyed by a number (figure-keys.ts): a city's 360,000 string keys took three times as long.
    const tables: MetricTables = { whole: new Map(), parts: new Map() };
    for (const obs of resolvedByMetric(dataset).get(metric) ?? []) {
      const key = keys.of(obs.unit.id, metric, obs.period.id);
      if (key === undefined) continue;
      if (obs.isBreakdown) pushTo(tables.parts, key, obs);
      else if (!tables.whole.has(key)) tables.whole.set(key, obs);
    }
    byMetric.set(metric, tables);
    return tables;
  };
  const at = (unit: string, metric: string, period: string) => keys.of(unit, metric, period) ?? -1;
  return {
    whole: (unit, metric, period) => tablesOf(metric).whole.get(at(unit, metric, period)),
    parts: (unit, metric, period) => tablesOf(metric).parts.get(at(unit, metric, period)) ?? [],
  };
});
