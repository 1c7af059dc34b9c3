import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDatasetLayout, MOST_CHUNKS } from '../../src/domain/dataset-layout';
import { layoutBuilder } from '../../src/domain/layout-builder';
import type { Dataset, Observation } from '../../src/domain/schema';
import type { Lang } from '../../src/domain/url-state';
import { filterOptions } from '../../src/domain/view-model';
import { withWholeFacts } from '../../src/domain/view/district-part';
import { citationCounts } from '../../src/domain/view/sources';
import { partsOf, partTestDataset, viewText } from '../fixtures/part-dataset';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

const base = partTestDataset();

/** The figures cut into chunks of `size`, as the kept import's are. */
function chunksOf(observations: Observation[], size: number): Observation[][] {
  const chunks: Observation[][] = [];
  for (let start = 0; start < observations.length; start += size)
    chunks.push(observations.slice(start, start + size));
  return chunks;
}

/** What a visit reads for one district: its chunks, then its figures among them. */
function readDistrict(chunks: Observation[][], list: number[], unit: string): Observation[] {
  return list.flatMap((index) => (chunks[index] ?? []).filter((obs) => obs.unit === unit));
}

describe('one district’s figures standing for the whole dataset', () => {
  it('give every view of that district the whole gives, in any order and any chunking', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base.observations, {
          minLength: base.observations.length,
          maxLength: base.observations.length,
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom<Lang>('vi', 'en'),
        (shuffled, byDistrict, size, lang) => {
          // As a file listed district by district would be kept, or in any order at all.
          const observations = byDistrict
            ? base.units.flatMap((unit) => shuffled.filter((obs) => obs.unit === unit.id))
            : shuffled;
          const dataset: Dataset = { ...base, observations };
          const parts = partsOf(dataset);
          const chunks = chunksOf(observations, size);
          const builder = layoutBuilder(parts);
          for (const chunk of chunks) builder.add(chunk);
          const layout = builder.done();
          // The whole's facts, put together chunk by chunk, are the whole's own.
          expect(layout.whole.years).toEqual(filterOptions(dataset).years);
          expect(layout.whole.citations).toEqual(Object.fromEntries(citationCounts(dataset)));
          const listed = Object.entries(layout.unitChunks);
          // Listed district by district, in chunks of a few figures, every district is listed.
          if (byDistrict && size >= 5) expect(listed.length).toBe(base.units.length);
          for (const [unit, list] of listed) {
            expect(list.length).toBeLessThanOrEqual(MOST_CHUNKS);
            const part = withWholeFacts(parts, readDistrict(chunks, list, unit), layout.whole);
            // A year and a topic the data does not hold too, as an address may ask for them.
            const years = [null, ...layout.whole.years.slice(0, 2), 1999];
            for (const year of years)
              for (const topic of [null, 'economy', 'culture-society', 'no-such-topic'])
                expect(viewText(part, { year, topic, unit }, lang)).toBe(
                  viewText(dataset, { year, topic, unit }, lang),
                );
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('counts a source whatever its id, and is read back as a layout', () => {
    const parts = partsOf(base);
    const builder = layoutBuilder({
      ...parts,
      sources: [...parts.sources, { ...parts.sources[0]!, id: 'constructor' }],
    });
    builder.add(base.observations.map((obs) => ({ ...obs, source: 'constructor' })));
    const layout = builder.done();
    expect(layout.whole.citations).toEqual({ constructor: base.observations.length });
    expect(isDatasetLayout(structuredClone(layout))).toBe(true);
    expect(isDatasetLayout({ ...layout, whole: { ...layout.whole, years: ['2024'] } })).toBe(false);
  });

  it('lists no district spread over more chunks than a first view would read', () => {
    // Every district's figures in turn, one a chunk: a district of many figures is in many.
    const queues = base.units.map((unit) => base.observations.filter((o) => o.unit === unit.id));
    const interleaved: Observation[] = [];
    while (queues.some((queue) => queue.length > 0))
      for (const queue of queues) if (queue.length > 0) interleaved.push(queue.shift()!);
    const parts = partsOf(base);
    const builder = layoutBuilder(parts);
    for (const chunk of chunksOf(interleaved, 1)) builder.add(chunk);
    const { unitChunks } = builder.done();
    for (const unit of base.units) {
      const count = base.observations.filter((obs) => obs.unit === unit.id).length;
      expect(unitChunks[unit.id]?.length).toBe(count <= MOST_CHUNKS ? count : undefined);
    }
    expect(Object.keys(unitChunks).length).toBeGreaterThan(0);
    expect(Object.keys(unitChunks).length).toBeLessThan(base.units.length);
  });
});
