// @vitest-environment node
import { parquetMetadata } from 'hyparquet';
import {
  ByteWriter,
  ParquetWriter,
  parquetWriteBuffer,
  schemaFromColumnData,
} from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import {
  datasetToParquet,
  PARQUET_DATASET_KEY,
  parquetColumns,
  ROW_GROUP_ROWS,
  rowGroupBytes,
} from '../../src/domain/dataset-parquet';
import {
  MAX_IMPORT_BYTES,
  MAX_PAGE_IMPORT_BYTES,
  MAX_PAGE_IMPORT_FIGURES,
} from '../../src/domain/import';
import type { Dataset } from '../../src/domain/schema';
import { createAnalyser, readSource } from '../../src/features/import/import-analysis';
import { readParquetFile } from '../../src/features/import/read-parquet';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';
import { validateDataset } from '../../src/domain/validate';

const base = bundledDataset();

const parquetFile = (dataset: Dataset, name = 'so-lieu.parquet', rowGroupRows = ROW_GROUP_ROWS) =>
  new File([datasetToParquet(dataset, rowGroupRows)], name);

/** A file whose slices are counted: what a reader read of it. */
function countingSlices(file: File) {
  const read: [number, number][] = [];
  const slice = file.slice.bind(file);
  Object.defineProperty(file, 'slice', {
    value: (start: number, end: number) => {
      read.push([start, end]);
      return slice(start, end);
    },
  });
  return read;
}

describe('a Parquet file imported', () => {
  it('reads back every figure of the dataset it was written from, row group by row group', async () => {
    const city = validateDataset(withMadeUpDistricts(13));
    if (!city.ok) throw new Error('the made-up districts are valid');
    const n = city.data.observations.length;
    const file = parquetFile(city.data, 'thanh-pho.parquet', 100);
    const rows: [number, number][] = [];
    const source = await readSource(file, MAX_IMPORT_BYTES, (read, total) =>
      rows.push([read, total]),
    );
    if ('state' in source) throw new Error(`refused: ${source.problem}`);
    // Said from nothing read to every row, a row group at a time, each count larger.
    expect(rows[0]).toEqual([0, n]);
    expect(rows.at(-1)).toEqual([n, n]);
    expect(rows).toHaveLength(Math.ceil(n / 100) + 1);
    expect(rows.every(([read], i) => i === 0 || read > (rows[i - 1]?.[0] ?? 0))).toBe(true);

    const { analysis, result } = await createAnalyser(source)(city.data, { mode: 'replace' });
    expect(analysis).toMatchObject({
      state: 'ready',
      name: 'thanh-pho.parquet',
      encoding: null,
      counts: { added: 0, changed: 0, unchanged: n, removed: 0 },
      resultProblems: [],
    });
    expect(result).toEqual(city.data);
    // Held once: the file's figures as read give way to their checked copy, which is kept.
    expect(source.kind === 'parquet' && source.dataset).toBe(result);
  });

  it('merges into the data shown as any other file does', async () => {
    const city = validateDataset(withMadeUpDistricts(2));
    if (!city.ok) throw new Error('the made-up districts are valid');
    const source = await readSource(parquetFile(city.data), MAX_IMPORT_BYTES);
    if ('state' in source) throw new Error(`refused: ${source.problem}`);
    const { analysis } = await createAnalyser(source)(base, { mode: 'merge' });
    if (analysis.state !== 'ready') throw new Error(`not ready: ${analysis.state}`);
    expect(analysis.counts.added).toBe(city.data.observations.length - base.observations.length);
    expect(analysis.counts.removed).toBe(0);
  });

  it('names the row of a figure that breaks a rule', async () => {
    const observations = base.observations.map((obs, i) =>
      i === 3 ? { ...obs, source: 'khong-co-nguon' } : obs,
    );
    const source = await readSource(parquetFile({ ...base, observations }), MAX_IMPORT_BYTES);
    if ('state' in source) throw new Error(`refused: ${source.problem}`);
    const { analysis, result } = await createAnalyser(source)(base, { mode: 'merge' });
    expect(result).toBeNull();
    expect(analysis).toMatchObject({
      state: 'invalid',
      problems: [
        { path: 'observations[3].source', code: 'unknownRef', detail: 'sources:khong-co-nguon' },
      ],
    });
  });

  it('refuses a file over the figures it may hold from its footer, before a row is read', async () => {
    const file = parquetFile(base, 'so-lieu.parquet', 10);
    const read = countingSlices(file);
    const rows: number[] = [];
    expect(
      await readParquetFile(file, (done) => rows.push(done), base.observations.length - 1),
    ).toEqual({ ok: false, problem: 'tooManyFigures', figures: base.observations.length });
    expect(rows).toEqual([]);
    // One read: the footer's (of a file this small, the whole file at once); no row group's.
    expect(read).toHaveLength(1);
    // At the limit, it is read.
    expect(await readParquetFile(file, undefined, base.observations.length)).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['JSON named .parquet', new File(['{"schemaVersion": 1}'], 'a.parquet'), 'notParquet'],
    [
      'a file cut short',
      new File([datasetToParquet(base).slice(0, 4000)], 'a.parquet'),
      'notParquet',
    ],
    [
      'another tool’s Parquet file',
      new File(
        [parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2], type: 'INT32' }] })],
        'khac.parquet',
      ),
      'parquetNotDashboard',
    ],
    ['an empty file', new File([], 'rong.parquet'), 'empty'],
  ])('refuses %s with a message of its own', async (_, file, problem) => {
    expect(await readSource(file, MAX_IMPORT_BYTES)).toEqual({
      state: 'fileProblem',
      name: file.name,
      problem,
    });
  });

  it('holds as few figures as the page’s limit allows where the page reads it itself', async () => {
    // Refused from its footer's count, before a row is read: what the rows hold does not matter.
    const first = base.observations[0];
    if (!first) throw new Error('the bundled data has figures');
    const observations = Array.from({ length: MAX_PAGE_IMPORT_FIGURES + 1 }, (_, i) => ({
      ...first,
      id: `so-lieu-${i}`,
    }));
    const file = parquetFile({ ...base, observations });
    expect(file.size).toBeLessThan(MAX_PAGE_IMPORT_BYTES);
    expect(await readSource(file, MAX_PAGE_IMPORT_BYTES)).toEqual({
      state: 'fileProblem',
      name: 'so-lieu.parquet',
      problem: 'tooManyFiguresOnPage',
      figures: MAX_PAGE_IMPORT_FIGURES + 1,
    });
    // The worker reads it.
    expect(await readSource(file, MAX_IMPORT_BYTES)).toMatchObject({ kind: 'parquet' });
  });

  it('refuses a file changed in any one row group before decoding it, naming it damaged', async () => {
    const bytes = datasetToParquet(base, 5);
    const groups = parquetMetadata(bytes).row_groups;
    for (const [index, group] of groups.entries()) {
      const range = rowGroupBytes(group);
      if (!range) throw new Error('a written row group has its column chunks');
      // One byte of the middle of the row group, as a disk or a download might change it.
      const damaged = new Uint8Array(bytes.slice(0));
      const at = Math.floor((range.start + range.end) / 2);
      damaged[at] = (damaged[at] ?? 0) ^ 0x10;
      const rows: number[] = [];
      expect(
        await readParquetFile(new File([damaged], 'hong.parquet'), (read) => rows.push(read)),
      ).toEqual({ ok: false, problem: 'parquetDamaged' });
      // The row groups before it were read; none after it.
      expect(rows.at(-1)).toBe(index * 5);
    }
    expect(groups.length).toBeGreaterThan(2);
  });

  it('reads a file written before its row groups were checked, and refuses a check list of the wrong length', async () => {
    const { observations, ...definitions } = base;
    const written = (extra: object) => {
      const columnData = parquetColumns(observations);
      const writer = new ByteWriter();
      const file = new ParquetWriter({
        writer,
        schema: schemaFromColumnData({ columnData }),
        kvMetadata: [
          {
            key: PARQUET_DATASET_KEY,
            value: JSON.stringify({ format: 1, dataset: definitions, ...extra }),
          },
        ],
      });
      file.write({ columnData, rowGroupSize: 10 });
      file.finish();
      return new File([writer.getBuffer()], 'cu.parquet');
    };
    const earlier = await readParquetFile(written({}));
    expect(earlier.ok && earlier.dataset.observations).toStrictEqual(observations);
    expect(await readParquetFile(written({ rowGroupCrc32: [1, 2] }))).toEqual({
      ok: false,
      problem: 'parquetDamaged',
    });
  });

  it('says a file the browser can no longer read (moved while it was read) as such', async () => {
    const file = parquetFile(base, 'so-lieu.parquet', 5);
    const slice = file.slice.bind(file);
    let reads = 0;
    Object.defineProperty(file, 'slice', {
      // The footer reads; then the file is gone.
      value: (start: number, end: number) =>
        (reads += 1) === 1
          ? slice(start, end)
          : {
              arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
            },
    });
    expect(await readParquetFile(file)).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('is refused over the page’s limit where the page reads it, before a byte is read', async () => {
    const file = new File([new Uint8Array(MAX_PAGE_IMPORT_BYTES + 1)], 'lon.parquet');
    const read = countingSlices(file);
    expect(await readSource(file, MAX_PAGE_IMPORT_BYTES)).toEqual({
      state: 'fileProblem',
      name: 'lon.parquet',
      problem: 'tooLargeOnPage',
    });
    expect(read).toEqual([]);
  });
});
