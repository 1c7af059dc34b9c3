import { previousFromGrowth } from './metrics';
import type { Dataset, Observation } from './schema';
import type { WholeFacts } from './view/district-part';
import { citationCounts } from './view/sources';

/**
 * Where a kept dataset's figures are, by district, and what a view of one district shows of the
 * whole (view/district-part.ts): written with the chunks of an import (data/kept-write.ts), so
 * that a visit to one district's page reads that district's chunks first and shows it, before
 * the rest is read. Pure.
 */
export interface DatasetLayout {
  /**
   * Each district's chunks, by their place in the list, for the districts whose figures lie in
   * at most MOST_CHUNKS chunks (a file listed district by district); a district spread over more
   * is not listed, and its page waits for the whole.
   */
  unitChunks: Record<string, number[]>;
  whole: WholeFacts;
}

/** The most chunks a district's first view reads before it is worth reading them all. */
export const MOST_CHUNKS = 4;

/**
 * A dataset's layout, built a chunk at a time in the chunks' order (`add`), as they are written:
 * the whole's facts are the chunks' put together (every year the figures or the notes hold; each
 * source's citations summed, by the sources list's own count).
 */
export function layoutBuilder(parts: Omit<Dataset, 'observations'>) {
  const chunksOf = new Map<string, number[] | null>();
  const yearOf = new Map(parts.periods.map((period) => [period.id, period.year]));
  const years = new Set<number>();
  for (const note of parts.notes) if (note.year != null) years.add(note.year);
  // A Map, not an object: a source may be called "constructor".
  const citations = new Map<string, number>();
  let chunk = 0;
  return {
    add(observations: Observation[]): void {
      for (const obs of observations) {
        // The years `filterOptions` gives (view/dashboard.ts), without resolving every figure
        // (a second at 360,000): a figure's period's, and the year before's where the
        // resolution derives a figure from a stated growth (observations.ts). The unit tests
        // hold the two equal (tests/unit/district-part.test.ts).
        const year = yearOf.get(obs.period);
        if (year !== undefined) years.add(year);
        const growth = obs.statedGrowth;
        if (growth && previousFromGrowth(obs.value, growth.percent) != null) {
          const before = yearOf.get(growth.comparedTo);
          if (before !== undefined) years.add(before);
        }
      }
      for (const [source, count] of citationCounts({ ...parts, observations }))
        citations.set(source, (citations.get(source) ?? 0) + count);
      for (const unit of new Set(observations.map((obs) => obs.unit))) {
        const list = chunksOf.get(unit);
        if (list === undefined) chunksOf.set(unit, [chunk]);
        else if (list !== null)
          chunksOf.set(unit, list.length < MOST_CHUNKS ? [...list, chunk] : null);
      }
      chunk += 1;
    },
    done(): DatasetLayout {
      const unitChunks: Record<string, number[]> = Object.fromEntries(
        [...chunksOf].filter((entry): entry is [string, number[]] => entry[1] !== null),
      );
      const whole = {
        years: [...years].sort((a, b) => b - a),
        citations: Object.fromEntries(citations),
      };
      return { unitChunks, whole };
    },
  };
}

/** Whether a kept record's layout is one this build reads (written by another, it may not be). */
export function isDatasetLayout(value: unknown): value is DatasetLayout {
  const layout = value as Partial<DatasetLayout> | null;
  return (
    typeof layout === 'object' &&
    layout !== null &&
    typeof layout.unitChunks === 'object' &&
    layout.unitChunks !== null &&
    Object.values(layout.unitChunks).every(
      (list) => Array.isArray(list) && list.every((index) => Number.isInteger(index) && index >= 0),
    ) &&
    Array.isArray(layout.whole?.years) &&
    layout.whole.years.every((year) => Number.isInteger(year)) &&
    typeof layout.whole.citations === 'object' &&
    layout.whole.citations !== null &&
    Object.values(layout.whole.citations).every((count) => Number.isInteger(count))
  );
}
