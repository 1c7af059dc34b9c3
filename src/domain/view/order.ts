import { compareVietnamese } from '../format';
import { localize, type ResolvedObservation } from '../observations';
import type { Dataset } from '../schema';
import type { Lang } from '../url-state';
import { cachedPerLanguage } from './cache';

/**
 * Each district's place when sorted by name the Vietnamese way; districts of the same name share
 * one. Rows and cards sort on it, not on a collator call per comparison (thousands of rows).
 * Worked out once per dataset and language (a country's 3,321 names sorted on every view
 * otherwise), the same map each time: what is kept per view uses it as a key's part.
 */
export const unitRanks = cachedPerLanguage(
  (dataset: Dataset, lang: Lang): ReadonlyMap<string, number> => {
    const named = dataset.units
      .map((unit) => ({ id: unit.id, name: localize(unit.name, lang) }))
      .sort((a, b) => compareVietnamese(a.name, b.name));
    const ranks = new Map<string, number>();
    named.forEach((unit, index) => {
      const previous = named[index - 1];
      ranks.set(
        unit.id,
        previous && compareVietnamese(previous.name, unit.name) === 0
          ? (ranks.get(previous.id) ?? index)
          : index,
      );
    });
    return ranks;
  },
);

/** The order of a chart's bars and rows: by the period's end, then by district. */
export function byPeriodThenUnit(
  unitRank: ReadonlyMap<string, number>,
): (a: ResolvedObservation, b: ResolvedObservation) => number {
  return (a, b) =>
    compareIsoDates(a.period.end, b.period.end) ||
    (unitRank.get(a.unit.id) ?? 0) - (unitRank.get(b.unit.id) ?? 0);
}

/** ISO dates (yyyy-mm-dd) sort as plain strings: no collator needed. */
function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
