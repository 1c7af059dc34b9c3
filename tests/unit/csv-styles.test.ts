import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDatasetCsv } from '../../src/domain/dataset-csv';
import type { Dataset } from '../../src/domain/schema';
import { datasetCsvIn, numbersOf, type CsvStyle } from '../fixtures/csv-styles';
import { bundledDataset } from '../fixtures/dataset';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

const dataset = bundledDataset();
const kinds = new Map(dataset.metrics.map((metric) => [metric.id, metric.kind]));
/** The base a CSV is read onto: no periods or sources, so that the file's own are read. */
const base: Dataset = { ...dataset, periods: [], sources: [] };

const style: fc.Arbitrary<CsvStyle> = fc.record({
  separator: fc.constantFrom(';' as const, ',' as const, '\t' as const),
  numbers: fc.constantFrom('vi' as const, 'en' as const),
  grouped: fc.boolean(),
  dates: fc.constantFrom('dm' as const, 'md' as const),
  percentSign: fc.boolean(),
});

/**
 * Figures as a person types them (an amount to three decimals, a count whole), of one kind per
 * file, so that many files hold nothing but numbers that read two ways: `1.234`, `21.000`.
 */
type Family = 'small' | 'threeDecimals' | 'thousands' | 'any';
const amountIn: Record<Family, fc.Arbitrary<number>> = {
  small: fc.integer({ min: 0, max: 999 }),
  threeDecimals: fc.integer({ min: 1001, max: 999_999 }).map((n) => n / 1000),
  thousands: fc.integer({ min: 1, max: 999 }).map((n) => n * 1000),
  any: fc.integer({ min: 0, max: 10 ** 12 }).map((n) => n / 1000),
};
const countIn: Record<Family, fc.Arbitrary<number>> = {
  small: fc.integer({ min: 0, max: 999 }),
  threeDecimals: fc.integer({ min: 1000, max: 999_999 }),
  thousands: fc.integer({ min: 1, max: 999 }).map((n) => n * 1000),
  any: fc.integer({ min: 0, max: 10 ** 9 }),
};

const figures = fc
  .constantFrom<Family>('small', 'threeDecimals', 'thousands', 'any')
  .chain((family) =>
    fc.tuple(
      ...dataset.observations.map((observation) => {
        const figure =
          kinds.get(observation.metric) === 'amount' ? amountIn[family] : countIn[family];
        return fc.record({ value: figure, target: fc.option(figure) });
      }),
    ),
  );

describe('a dataset written as CSV in any style reads back to the same numbers, or the reader asks', () => {
  it('never a number other than the one written; with the style chosen, every one of them', () => {
    fc.assert(
      // Without the articles' shares and growth rates, which mostly read one way only.
      fc.property(style, figures, fc.boolean(), (written, values, stated) => {
        const truth: Dataset = {
          ...dataset,
          observations: dataset.observations.map((obs, index) => {
            const { value, target } = values[index]!;
            const { statedShare, statedGrowth, ...rest } = obs;
            delete rest.target;
            return {
              ...rest,
              value,
              ...(target === null ? {} : { target }),
              ...(stated && statedShare ? { statedShare } : {}),
              ...(stated && statedGrowth ? { statedGrowth } : {}),
            };
          }),
        };
        const text = datasetCsvIn(truth, written);
        const expected = numbersOf(truth);
        const guessed = readDatasetCsv(text, base);
        if (guessed.ok) {
          expect(numbersOf(guessed.dataset)).toEqual(expected);
        } else {
          // Not read: only because it asked, never a problem of a well-written file.
          expect(guessed.problems).toEqual([]);
          expect(guessed.info?.numbers.ok === false || guessed.info?.dates?.ok === false).toBe(
            true,
          );
        }
        const chosen = readDatasetCsv(text, base, {
          numberStyle: written.numbers,
          dateOrder: written.dates,
        });
        expect(chosen.ok ? [] : chosen.problems).toEqual([]);
        if (chosen.ok) expect(numbersOf(chosen.dataset)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
