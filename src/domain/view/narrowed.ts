import { matchesFilters, type ResolvedObservation } from '../observations';
import type { Dataset } from '../schema';
import type { Filters, Lang } from '../url-state';
import { cachedPerLanguage } from './cache';
import { isLater, kpiCandidates } from './kpis';
import { groupedBy, keptOf, narrowing, resolvedByUnit } from './visible';

/*
 * A view of one year of every district, or of one district, worked out from that year's or that
 * district's figures alone, for large data: loaded with a large dataset's shared work
 * (shared-steps.ts), which sets these as visible.ts's `narrowing`. The bench's 100× holds 300
 * districts and 60 years: a change to a year passed its 3.6 million figures to find the year's
 * (110 ms), and its cards were found among each group's 120 candidates (138 ms for the first
 * year); a year's figures are 60,000, a district's 12,000. visible.test.ts holds these to the
 * ways visible.ts and kpis.ts have without them, and both to a pass over every figure.
 */

/** By year, each year's figures in the dataset's order: grouped once, in steps (shared-steps.ts). */
export const resolvedByYear = groupedBy((obs) => obs.period.year);

/** The figures a view of one district or of one year is made of; null for any other view. */
function narrowedFigures(dataset: Dataset, filters: Filters) {
  return filters.unit != null
    ? (resolvedByUnit(dataset).get(filters.unit) ?? [])
    : filters.year != null
      ? (resolvedByYear(dataset).get(filters.year) ?? [])
      : null;
}

/** The view's figures by indicator, from its own; undefined for a view neither narrows. */
function narrowedVisible(dataset: Dataset, filters: Filters) {
  const figures = narrowedFigures(dataset, filters);
  return figures ? keptOf([figures], filters) : undefined;
}

/**
 * The headline cards, each at its group's place in the cards' order (a list with gaps), from
 * the view's own figures; undefined for a view neither narrows. Of each group's figures there
 * that the filters keep, the one its candidates put first is the latest, and of equally late
 * ones the first in the dataset's order (their sort is stable): keeping a figure only when it is
 * later than the one kept finds the same.
 */
function narrowedPicks(dataset: Dataset, filters: Filters, lang: Lang) {
  const figures = narrowedFigures(dataset, filters);
  if (figures === null) return undefined;
  const places = candidatePlaces(dataset, lang);
  // Each figure is of the district or the year it was narrowed to: only another filter is left
  // to check.
  const check = filters.topic != null || (filters.unit != null && filters.year != null);
  const picks: (ResolvedObservation | undefined)[] = [];
  for (const obs of figures) {
    const place = places.get(obs.metric)?.get(obs.unit);
    if (place === undefined || obs.isBreakdown || (check && !matchesFilters(obs, filters)))
      continue;
    const kept = picks[place];
    if (!kept || isLater(obs, kept)) picks[place] = obs;
  }
  return picks;
}

/** Each group's place among the candidates, by indicator, then district. */
export const candidatePlaces = cachedPerLanguage((dataset: Dataset, lang: Lang) => {
  const places = new Map<object, Map<object, number>>();
  kpiCandidates(dataset, lang).forEach((group, place) => {
    const obs = group[0] as ResolvedObservation;
    let units = places.get(obs.metric);
    if (!units) places.set(obs.metric, (units = new Map()));
    units.set(obs.unit, place);
  });
  return places;
});

/** From now on, views of a year or a district are worked out from their own figures. */
export function narrowQuickly(): void {
  narrowing.visible = narrowedVisible;
  narrowing.picks = narrowedPicks;
}
