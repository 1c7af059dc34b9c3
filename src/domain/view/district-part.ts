import type { Dataset, Observation } from '../schema';

/**
 * What a view of one district shows of its whole dataset beyond the district's own figures: the
 * years that hold figures or notes (the year filter's choices) and how many figures cite each
 * source (the sources list). Everything else a district's view shows comes from its own figures:
 * its headline cards, its charts, the figures they are compared with (the same district's).
 */
export interface WholeFacts {
  /** Latest first, as `filterOptions` gives them. */
  years: number[];
  citations: Record<string, number>;
}

const wholes = new WeakMap<Dataset, WholeFacts>();

/**
 * A dataset whose whole's facts are known rather than worked out from its figures:
 *
 * - one district's figures with the dataset's other parts, standing for the whole dataset in that
 *   district's views: `buildDashboardView(part, { unit, … })` gives what the whole gives for the
 *   same filters (tests/unit/district-part.test.ts), so a visit can show a district from its own
 *   figures before the rest are read. Such a part is for that district's views alone: any other
 *   filter's view of it would lack the other districts' figures;
 * - a whole kept import read as it was validated, with the facts its layout holds (computed from
 *   the same figures as they were kept, and covered by their digest: data/kept-load.ts), so that
 *   3.6 million figures are not passed over again for them.
 */
export function withWholeFacts(
  parts: Omit<Dataset, 'observations'>,
  observations: Observation[],
  whole: WholeFacts,
): Dataset {
  const part: Dataset = { ...parts, observations };
  wholes.set(part, whole);
  return part;
}

/** The whole's facts, for a dataset made by `withWholeFacts`; undefined for a whole dataset. */
export const wholeFactsOf = (dataset: Dataset): WholeFacts | undefined => wholes.get(dataset);
