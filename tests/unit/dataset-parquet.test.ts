// @vitest-environment node
import fc from 'fast-check';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import {
  datasetHeadOf,
  datasetToParquet,
  observationsFromRows,
  PARQUET_DATASET_KEY,
} from '../../src/domain/dataset-parquet';
import type { Dataset } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';
import { bundledDataset } from '../fixtures/dataset';
import { observation } from '../support/observation-arbitrary';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

/** What a reader of the file gets: its head from the footer, its rows read back. */
async function readBack(bytes: ArrayBuffer) {
  const metadata = parquetMetadata(bytes);
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  const head = datasetHeadOf(metadata.key_value_metadata, names);
  const rows = await parquetReadObjects({ file: bytes, metadata });
  return { metadata, head, observations: observationsFromRows(rows) };
}

const withObservations = (observations: Dataset['observations']): Dataset => ({
  ...bundledDataset(),
  observations,
});

describe('a dataset as a Parquet file', () => {
  it('gives back every observation exactly: absent stays absent, null stays null, -0 stays -0', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(observation, { maxLength: 30 }), async (observations) => {
        const back = await readBack(datasetToParquet(withObservations(observations), 7));
        expect(back.observations).toStrictEqual(observations);
        back.observations.forEach((o, i) =>
          expect(Object.is(o.value, observations[i]!.value)).toBe(true),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('keeps 0 and -0 apart in one column (a dictionary would take them for one value)', async () => {
    const base = { id: 'a', unit: 'u', metric: 'm', period: 'p', source: 's', quote: 'q' };
    const observations = [
      { ...base, value: 0, target: 0 },
      { ...base, id: 'b', value: -0, target: -0 },
      { ...base, id: 'c', value: -0, target: 0 },
    ];
    const back = await readBack(datasetToParquet(withObservations(observations)));
    expect(back.observations.map((o) => [Object.is(o.value, -0), Object.is(o.target, -0)])).toEqual(
      [
        [false, false],
        [true, true],
        [true, false],
      ],
    );
  });

  it('gives back the bundled dataset whole, which then passes the validator unchanged', async () => {
    const dataset = bundledDataset();
    const back = await readBack(datasetToParquet(dataset));
    expect(back.head.ok).toBe(true);
    if (!back.head.ok) return;
    const read = { ...back.head.head, observations: back.observations };
    expect(read).toStrictEqual(dataset);
    expect(validateDataset(read).ok).toBe(true);
  });

  it('cuts the rows into row groups of the size asked, so a reader can fetch one at a time', async () => {
    const dataset = bundledDataset();
    const n = dataset.observations.length;
    const { metadata } = await readBack(datasetToParquet(dataset, 10));
    expect(metadata.row_groups.map((group) => Number(group.num_rows))).toStrictEqual(
      Array.from({ length: Math.ceil(n / 10) }, (_, i) => Math.min(10, n - i * 10)),
    );
    const second = await parquetReadObjects({
      file: datasetToParquet(dataset, 10),
      rowStart: 10,
      rowEnd: 20,
    });
    expect(observationsFromRows(second)).toStrictEqual(dataset.observations.slice(10, 20));
  });

  it.each([
    ['no metadata', undefined, 'notDashboard'],
    ['another key', [{ key: 'pandas', value: '{}' }], 'notDashboard'],
    ['text that is not JSON', [{ key: PARQUET_DATASET_KEY, value: '{' }], 'notDashboard'],
    ['no dataset in it', [{ key: PARQUET_DATASET_KEY, value: '{"format":1}' }], 'notDashboard'],
    [
      'a later format',
      [{ key: PARQUET_DATASET_KEY, value: '{"format":2,"dataset":{}}' }],
      'otherFormat',
    ],
  ] as const)('says why a file is not this dashboard’s: %s', (_, keyValues, problem) => {
    expect(datasetHeadOf(keyValues, ['id'])).toStrictEqual({ ok: false, problem });
  });

  it('says so when the dashboard’s entry is there but a column is missing', () => {
    const keyValues = [{ key: PARQUET_DATASET_KEY, value: '{"format":1,"dataset":{}}' }];
    expect(datasetHeadOf(keyValues, ['id', 'unit'])).toStrictEqual({
      ok: false,
      problem: 'missingColumns',
    });
  });
});
