import { matchesFilters, resolveObservations, type ResolvedObservation } from '../observations';
import type { Dataset } from '../schema';
import type { Filters, Lang } from '../url-state';
import { cachedInSteps } from './cache';
import { pushTo } from './lists';

/** Figures a step of grouping them goes through. */
const STEP = 50_000;

/** Resolved figures grouped by a key (a district's id, an indicator's), each group in order. */
export type FigureGroups = ReadonlyMap<string, readonly ResolvedObservation[]>;

/**
 * A dataset's resolved figures grouped by `keyOf`, each group in the dataset's order: worked
 * out once per dataset, in steps ahead of the first view (shared-steps.ts).
 */
export function groupedBy<K>(keyOf: (obs: ResolvedObservation) => K) {
  return cachedInSteps(function* (
    dataset: Dataset,
  ): Generator<void, ReadonlyMap<K, readonly ResolvedObservation[]>, void> {
    const lists = new Map<K, ResolvedObservation[]>();
    let count = 0;
    for (const obs of resolveObservations(dataset)) {
      pushTo(lists, keyOf(obs), obs);
      count += 1;
      if (count % STEP === 0) yield;
    }
    return lists;
  });
}

/**
 * By district: a view of one district passes its own figures, not every figure of a city (3.6
 * million at the bench's 100×, a pass of 130 ms on every change).
 */
export const resolvedByUnit = groupedBy((obs) => obs.unit.id);

/**
 * By indicator: the whole dashboard's charts are planned an indicator at a time, and with no
 * filter its indicators' figures are these lists themselves (grouping a city's 360,000 figures
 * took 20–40 ms of every whole view).
 */
export const resolvedByMetric = groupedBy((obs) => obs.metric.id);

/**
 * Quicker ways to a view narrowed to one district or one year, for large data: set by
 * narrowed.ts, loaded with a large dataset's shared work (shared-steps.ts), and giving what the
 * ways here give (visible.test.ts). Each gives undefined for a view it does not narrow.
 */
export const narrowing: {
  visible?: (dataset: Dataset, filters: Filters) => FigureGroups | undefined;
  picks?: (
    dataset: Dataset,
    filters: Filters,
    lang: Lang,
  ) => readonly (ResolvedObservation | undefined)[] | undefined;
} = {};

/**
 * The resolved figures the filters keep, by indicator, each indicator's in the dataset's order;
 * an indicator with none is left out. With no filter these are `resolvedByMetric`'s lists, the
 * same objects each time, so what is worked out from one (its charts' plan) is kept with it.
 */
export function visibleByMetric(dataset: Dataset, filters: Filters): FigureGroups {
  const all = resolvedByMetric(dataset);
  if (filters.unit == null && filters.year == null && filters.topic == null) return all;
  return (
    narrowing.visible?.(dataset, filters) ??
    // One district's own figures, or each indicator's.
    keptOf(
      filters.unit == null ? all.values() : [resolvedByUnit(dataset).get(filters.unit) ?? []],
      filters,
    )
  );
}

/** The figures of `lists` the filters keep, by indicator, each indicator's in their order. */
export function keptOf(
  lists: Iterable<readonly ResolvedObservation[]>,
  filters: Filters,
): FigureGroups {
  const kept = new Map<string, ResolvedObservation[]>();
  for (const list of lists)
    for (const obs of list) if (matchesFilters(obs, filters)) pushTo(kept, obs.metric.id, obs);
  return kept;
}
