// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetCsvParts, datasetToCsv } from '../../src/domain/dataset-csv';
import { datasetJsonParts } from '../../src/domain/dataset-json';
import type { Dataset } from '../../src/domain/schema';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';
import { observation } from '../support/observation-arbitrary';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

// The data shown, downloaded a part at a time (features/import/dataset-downloads.ts): the parts
// joined must be the very file written whole, which the import reads back.

const whole = (dataset: Dataset) => `${JSON.stringify(dataset, null, 2)}\n`;
const joined = (parts: Iterable<string>) => [...parts].join('');

describe('the data as JSON, a part at a time', () => {
  it.each([1, 2, 5, 5_000])('is the whole file byte for byte, %i figures a part', (perPart) => {
    const city = withMadeUpDistricts(3) as unknown as Dataset;
    expect(joined(datasetJsonParts(city, perPart))).toBe(whole(city));
    expect(joined(datasetJsonParts(bundledDataset(), perPart))).toBe(whole(bundledDataset()));
  });

  it('holds for any figures, wherever the list stands among the dataset’s keys', () => {
    const rest: Partial<Dataset> = { ...bundledDataset() };
    delete rest.observations;
    fc.assert(
      fc.property(
        fc.array(observation, { maxLength: 12 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        (observations, first, perPart) => {
          const dataset = (
            first ? { observations, ...rest } : { ...rest, observations }
          ) as Dataset;
          expect(joined(datasetJsonParts(dataset, perPart))).toBe(whole(dataset));
        },
      ),
    );
  });

  it('gives each part no more than its figures, so no part nears a string’s limit', () => {
    const city = withMadeUpDistricts(3) as unknown as Dataset;
    const parts = [...datasetJsonParts(city, 10)];
    // The text before the figures, a part for each ten, the text after.
    expect(parts).toHaveLength(Math.ceil(city.observations.length / 10) + 2);
    const longest = Math.max(...parts.slice(1, -1).map((part) => part.length));
    const oneFigure = Math.max(
      ...city.observations.map((obs) => JSON.stringify(obs, null, 2).length),
    );
    expect(longest).toBeLessThanOrEqual(10 * (oneFigure + 60));
  });

  it('says a title that holds the list’s own words as a text, not as the list', () => {
    const dataset = {
      ...bundledDataset(),
      title: { vi: '\n  "observations": []' },
    } as Dataset;
    expect(joined(datasetJsonParts(dataset, 3))).toBe(whole(dataset));
  });
});

describe('the data as CSV, a part at a time', () => {
  it.each([1, 7, 5_000])('is the whole file, %i figures a part, its header first', (perPart) => {
    const city = withMadeUpDistricts(3) as unknown as Dataset;
    const parts = [...datasetCsvParts(city, perPart)];
    expect(parts.join('')).toBe(datasetToCsv(city));
    expect(parts[0]).toMatch(/^\uFEFFMã số liệu;.*\r\n$/);
    expect(parts).toHaveLength(Math.ceil(city.observations.length / perPart) + 1);
  });
});
