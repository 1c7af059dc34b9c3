// @vitest-environment node
import fc from 'fast-check';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { sameForUnit } from '../../src/domain/dataset-layout';
import { crc32 } from '../../src/domain/crc32';
import {
  datasetHeadOf,
  datasetToParquet,
  layoutOfRowGroups,
  observationsFromRows,
  PARQUET_DATASET_KEY,
  rowGroupBytes,
} from '../../src/domain/dataset-parquet';
import { OBSERVATION_COLUMNS } from '../../src/domain/observation-fields';
import type { Dataset } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';
import { buildDashboardView } from '../../src/domain/view-model';
import { withWholeFacts } from '../../src/domain/view/district-part';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';
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

  it('records each row group’s CRC-32, of the bytes its column chunks take in the file', async () => {
    const bytes = datasetToParquet(bundledDataset(), 7);
    const { metadata, head } = await readBack(bytes);
    if (!head.ok) throw new Error(head.problem);
    const ranges = metadata.row_groups.map(rowGroupBytes);
    expect(head.checks).toStrictEqual(
      ranges.map((range) =>
        range ? crc32(new Uint8Array(bytes, range.start, range.end - range.start)) : null,
      ),
    );
    // The row groups lie one after another from the file's magic number to its footer.
    expect(ranges[0]?.start).toBe(4);
    ranges.forEach((range, i) => i > 0 && expect(range?.start).toBe(ranges[i - 1]?.end));
  });

  it.each([
    ['not a list', 'crc'],
    ['a text in the list', [1, '2']],
    ['a negative number', [-1]],
    ['a number past 32 bits', [2 ** 32]],
    ['a fraction', [1.5]],
  ])('takes a footer whose checksums are %s for a damaged file', (_, rowGroupCrc32) => {
    const keyValues = [
      {
        key: PARQUET_DATASET_KEY,
        value: JSON.stringify({ format: 1, dataset: {}, rowGroupCrc32 }),
      },
    ];
    expect(datasetHeadOf(keyValues, [...OBSERVATION_COLUMNS])).toStrictEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('says so when the dashboard’s entry is there but a column is missing', () => {
    const keyValues = [{ key: PARQUET_DATASET_KEY, value: '{"format":1,"dataset":{}}' }];
    expect(datasetHeadOf(keyValues, ['id', 'unit'])).toStrictEqual({
      ok: false,
      problem: 'missingColumns',
    });
  });
});

describe('CRC-32', () => {
  const text = (value: string) => new TextEncoder().encode(value);
  it.each([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('of “%s” is the standard value', (value, expected) => {
    expect(crc32(text(value))).toBe(expected);
  });

  it('goes on from a part’s value as if the parts were one', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.uint8Array(), (a, b) => {
        const whole = new Uint8Array([...a, ...b]);
        expect(crc32(b, crc32(a))).toBe(crc32(whole));
      }),
    );
  });
});

describe('where each district’s figures are in a Parquet file', () => {
  // The bundled data with eight made-up districts, listed district by district, in row groups of
  // 8 figures: most districts' figures over two of them.
  const made = withMadeUpDistricts(8) as unknown as Dataset;
  const city: Dataset = {
    ...made,
    observations: made.units.flatMap((unit) => made.observations.filter((o) => o.unit === unit.id)),
  };
  const GROUP = 8;

  /** The file's row groups read back one by one, as the reader fetches them. */
  async function rowGroups(bytes: ArrayBuffer) {
    const { metadata, head } = await readBack(bytes);
    const groups = [];
    let start = 0;
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      groups.push(
        observationsFromRows(
          await parquetReadObjects({ file: bytes, rowStart: start, rowEnd: end }),
        ),
      );
      start = end;
    }
    return { head, groups };
  }

  it('lists each district’s row groups, and a view of a district from them alone is the whole’s', async () => {
    const { head, groups } = await rowGroups(datasetToParquet(city, GROUP));
    expect(groups.length).toBeGreaterThanOrEqual(city.units.length);
    expect(head.ok).toBe(true);
    if (!head.ok) return;
    const layout = head.layout!;
    // Every district of the city listed, each in the few row groups that hold its figures.
    expect(Object.keys(layout.unitChunks).sort()).toEqual(
      [...new Set(city.observations.map((obs) => obs.unit))].sort(),
    );
    const parts = head.head as unknown as Omit<Dataset, 'observations'>;
    // What the file says is what its figures give.
    expect(layoutOfRowGroups(parts, groups)).toStrictEqual(layout);
    for (const [unit, list] of Object.entries(layout.unitChunks)) {
      const figures = list.flatMap((index) => groups[index]!.filter((obs) => obs.unit === unit));
      expect(figures).toStrictEqual(city.observations.filter((obs) => obs.unit === unit));
      const filters = { year: null, topic: null, unit };
      expect(
        JSON.stringify(
          buildDashboardView(withWholeFacts(parts, figures, layout.whole), filters, 'vi'),
        ),
      ).toBe(JSON.stringify(buildDashboardView(city, filters, 'vi')));
    }
  });

  it('reads a file without a layout, or with one this build cannot read, as having none', () => {
    const entry = (head: unknown) => [{ key: PARQUET_DATASET_KEY, value: JSON.stringify(head) }];
    const names = [...OBSERVATION_COLUMNS];
    for (const layout of [
      undefined,
      { unitChunks: { a: ['0'] }, whole: { years: [], citations: {} } },
      'layout',
    ])
      expect(datasetHeadOf(entry({ format: 1, dataset: {}, layout }), names)).toStrictEqual({
        ok: true,
        head: {},
        layout: null,
        checks: null,
      });
  });

  it.each([
    ['the same', (l: Layout) => l, true],
    [
      'the district in another row group',
      (l: Layout) => ({ ...l, unitChunks: { ...l.unitChunks, a: [1] } }),
      false,
    ],
    ['the district not listed', (l: Layout) => ({ ...l, unitChunks: { b: [1] } }), false],
    [
      'another district moved',
      (l: Layout) => ({ ...l, unitChunks: { ...l.unitChunks, b: [0] } }),
      true,
    ],
    ['a year more', (l: Layout) => ({ ...l, whole: { ...l.whole, years: [2025, 2024] } }), false],
    [
      'a citation fewer',
      (l: Layout) => ({ ...l, whole: { ...l.whole, citations: { s: 2 } } }),
      false,
    ],
    [
      'the citations in another order',
      (l: Layout) => ({ ...l, whole: { ...l.whole, citations: { t: 1, s: 3 } } }),
      true,
    ],
  ])('compares what a view of one district reads and shows: %s', (_, change, same) => {
    const layout: Layout = {
      unitChunks: { a: [0, 2], b: [1] },
      whole: { years: [2024], citations: { s: 3, t: 1 } },
    };
    expect(sameForUnit(layout, change(layout), 'a')).toBe(same);
  });
});

type Layout = Parameters<typeof sameForUnit>[0];
