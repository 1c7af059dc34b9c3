import { MOST_CHUNKS, type DatasetLayout } from './dataset-layout';
import { addFigureYears } from './view/dashboard';
import type { Dataset, Observation } from './schema';

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
      addFigureYears(years, yearOf, observations);
      // Each figure cites its source once, as the sources list counts (view/sources.ts).
      for (const obs of observations)
        citations.set(obs.source, (citations.get(obs.source) ?? 0) + 1);
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
