import { matchesFilters, resolveObservations, type ResolvedObservation } from '../observations';
import type { Dataset } from '../schema';
import type { Filters } from '../url-state';
import { cachedInSteps } from './cache';
import { pushTo } from './lists';

/** Figures a step of grouping them by district goes through. */
const STEP = 50_000;

/**
 * A dataset's resolved figures by district, each district's in the dataset's order: a view of one
 * district then passes its own figures, not every figure of a city (3.6 million at the bench's
 * 100×, a pass of 130 ms on every change). Worked out once per dataset, in steps ahead of the
 * first view (dashboard.ts's sharedViewSteps).
 */
export const resolvedByUnit = cachedInSteps(function* (
  dataset: Dataset,
): Generator<void, Map<string, ResolvedObservation[]>, void> {
  const lists = new Map<string, ResolvedObservation[]>();
  let count = 0;
  for (const obs of resolveObservations(dataset)) {
    pushTo(lists, obs.unit.id, obs);
    count += 1;
    if (count % STEP === 0) yield;
  }
  return lists;
});

/** The resolved figures the filters keep, in the dataset's order. */
export function visibleFigures(dataset: Dataset, filters: Filters): ResolvedObservation[] {
  const figures =
    filters.unit == null
      ? resolveObservations(dataset)
      : (resolvedByUnit(dataset).get(filters.unit) ?? []);
  return figures.filter((obs) => matchesFilters(obs, filters));
}
