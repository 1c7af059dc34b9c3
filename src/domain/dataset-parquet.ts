import { ByteWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import { crc32 } from './crc32';
import { isDatasetLayout, type DatasetLayout } from './dataset-layout';
import { layoutBuilder } from './layout-builder';
import {
  OBSERVATION_COLUMNS,
  observationColumns,
  observationRows,
  type ColumnReader,
  type ObservationColumn,
} from './observation-fields';
import type { Dataset, Observation } from './schema';

/**
 * A dataset as one Apache Parquet file (written by hyparquet-writer, read by hyparquet): what a
 * city or the country publishes on a static host or an object store for the dashboard to open
 * from its address (data/remote-dataset.ts), reading the file by HTTP range requests rather than
 * importing it. Its observations are the rows, one column per field (observation-fields.ts), in
 * row groups of ROW_GROUP_ROWS; the rest of the dataset (title, units, metrics, sources, notes)
 * is JSON in the file's key-value metadata under PARQUET_DATASET_KEY, read with the footer,
 * with the row groups that hold each district's figures (dataset-layout.ts, row groups for
 * chunks): a page opened at one district reads those first. Pure: bytes in, bytes out.
 */

/** The key-value metadata entry that makes a Parquet file this dashboard's. */
export const PARQUET_DATASET_KEY = 'district-dashboard';

/** The layout of that entry and of the columns; a reader refuses another. */
export const PARQUET_FORMAT = 1;

/** Rows in a row group: a range request and a few tens of milliseconds of decoding each. */
export const ROW_GROUP_ROWS = 20_000;

const STRING = 'STRING' as const;
const DOUBLE = 'DOUBLE' as const;
const INT32 = 'INT32' as const;
const TYPES: Record<ObservationColumn, typeof STRING | typeof DOUBLE | typeof INT32> = {
  id: STRING,
  unit: STRING,
  metric: STRING,
  period: STRING,
  topic: STRING,
  value: DOUBLE,
  targetState: INT32,
  target: DOUBLE,
  targetPeriod: STRING,
  sharePercent: DOUBLE,
  shareQualifier: STRING,
  shareDecimals: INT32,
  growthPercent: DOUBLE,
  growthComparedTo: STRING,
  formula: STRING,
  source: STRING,
  quote: STRING,
};

/**
 * What the metadata entry holds: the dataset without its observations, where each district's
 * figures are (absent from a file of an earlier build: then a district's page waits for the whole
 * file), and each row group's CRC-32 (`rowGroupBytes`; absent from a file of an earlier build:
 * then its row groups are read unchecked).
 */
interface ParquetHead {
  format: typeof PARQUET_FORMAT;
  dataset: Omit<Dataset, 'observations'>;
  layout?: DatasetLayout;
  rowGroupCrc32?: number[];
}

/** The layout of a file whose row groups hold these figures, in order: a row group for a chunk. */
export function layoutOfRowGroups(
  parts: Omit<Dataset, 'observations'>,
  groups: Iterable<Observation[]>,
): DatasetLayout {
  const builder = layoutBuilder(parts);
  for (const group of groups) builder.add(group);
  return builder.done();
}

/** The dataset as a Parquet file's bytes. */
export function datasetToParquet(dataset: Dataset, rowGroupRows = ROW_GROUP_ROWS): ArrayBuffer {
  const { observations, ...rest } = dataset;
  const writer = parquetWriter(rest, rowGroupRows);
  writer.add(observations);
  return writer.finish();
}

/**
 * A dataset's Parquet file written as its figures come (`add`, any number of times), a row group
 * at a time, so that a file of more figures than one array or string holds (the country's) can
 * be written from a stream; `finish` writes the footer (the definitions, the layout) and gives
 * the bytes.
 */
export function parquetWriter(
  parts: Omit<Dataset, 'observations'>,
  rowGroupRows = ROW_GROUP_ROWS,
): { add(observations: readonly Observation[]): void; finish(): ArrayBuffer } {
  const groupRows = Math.max(1, rowGroupRows);
  const bytes = new ByteWriter();
  const layout = layoutBuilder(parts);
  const checks: number[] = [];
  let file: ParquetWriter | null = null;
  let pending: Observation[] = [];
  const writeGroup = (rows: Observation[]) => {
    const columnData = parquetColumns(rows);
    file ??= new ParquetWriter({
      writer: bytes,
      schema: schemaFromColumnData({ columnData }),
      createdBy: 'district-dashboard',
    });
    // A ByteWriter is never flushed: its offset is the place in its buffer.
    const start = bytes.offset;
    file.write({ columnData, rowGroupSize: Math.max(1, rows.length) });
    checks.push(crc32(new Uint8Array(bytes.buffer, start, bytes.offset - start)));
    layout.add(rows);
  };
  return {
    add(observations) {
      for (const observation of observations) {
        pending.push(observation);
        if (pending.length === groupRows) {
          writeGroup(pending);
          pending = [];
        }
      }
    },
    finish() {
      if (pending.length > 0 || !file) writeGroup(pending);
      const head: ParquetHead = {
        format: PARQUET_FORMAT,
        dataset: parts,
        layout: layout.done(),
        rowGroupCrc32: checks,
      };
      const written = file as unknown as ParquetWriter;
      written.kvMetadata = [{ key: PARQUET_DATASET_KEY, value: JSON.stringify(head) }];
      void written.finish();
      return bytes.getBuffer();
    },
  };
}

/** The observations' columns as hyparquet-writer writes them: each field's type and encoding. */
export function parquetColumns(observations: readonly Observation[]) {
  const columns = observationColumns(observations);
  return OBSERVATION_COLUMNS.map((name) => ({
    name,
    data: columns[name],
    type: TYPES[name],
    nullable: true,
    // Numbers never in a dictionary, which takes -0 and 0 for one value: each number's own
    // eight bytes, split by byte for the compression.
    ...(TYPES[name] === DOUBLE ? { encoding: 'BYTE_STREAM_SPLIT' as const } : {}),
  }));
}

/** Why a Parquet file is not one of this dashboard's (said to the reader, data/remote-words). */
export type ParquetHeadProblem = 'notDashboard' | 'otherFormat' | 'missingColumns' | 'damaged';

/**
 * The dataset without observations, from a file's key-value metadata and column names, with its
 * layout (null when it has none this build reads); or why it is not this dashboard's file. The
 * dataset is not validated here: the validator does that once the observations are read; nor is
 * the layout, which the reader compares with the row groups as it reads them.
 */
export function datasetHeadOf(
  keyValues: ReadonlyArray<{ key: string; value?: string | undefined }> | undefined,
  columnNames: readonly string[],
):
  | {
      ok: true;
      head: Record<string, unknown>;
      layout: DatasetLayout | null;
      /** Each row group's CRC-32, as written; null for a file written before they were. */
      checks: readonly number[] | null;
    }
  | { ok: false; problem: ParquetHeadProblem } {
  const entry = keyValues?.find((kv) => kv.key === PARQUET_DATASET_KEY);
  if (entry?.value == null) return { ok: false, problem: 'notDashboard' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(entry.value);
  } catch {
    return { ok: false, problem: 'notDashboard' };
  }
  const head = parsed as Partial<ParquetHead> | null;
  if (
    typeof head !== 'object' ||
    head === null ||
    typeof head.dataset !== 'object' ||
    !head.dataset
  )
    return { ok: false, problem: 'notDashboard' };
  if (head.format !== PARQUET_FORMAT) return { ok: false, problem: 'otherFormat' };
  if (!OBSERVATION_COLUMNS.every((name) => columnNames.includes(name)))
    return { ok: false, problem: 'missingColumns' };
  const checks = head.rowGroupCrc32;
  // Written and not a list of checksums: a footer damaged where it parsed.
  if (checks !== undefined && !(Array.isArray(checks) && checks.every(isUint32)))
    return { ok: false, problem: 'damaged' };
  return {
    ok: true,
    head: head.dataset as Record<string, unknown>,
    layout: isDatasetLayout(head.layout) ? head.layout : null,
    checks: checks ?? null,
  };
}

const isUint32 = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff;

/** Where a row group's column chunks lie in its file: what its CRC-32 is of. */
export function rowGroupBytes(group: {
  columns: ReadonlyArray<{
    meta_data?:
      | {
          data_page_offset: bigint;
          dictionary_page_offset?: bigint | undefined;
          total_compressed_size: bigint;
        }
      | undefined;
  }>;
}): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const { meta_data: meta } of group.columns) {
    if (!meta) return null;
    const first = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
    start = Math.min(start, first);
    end = Math.max(end, first + Number(meta.total_compressed_size));
  }
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end >= start
    ? { start, end }
    : null;
}

/** Rows read as objects keyed by column (hyparquet's parquetReadObjects) made observations. */
export function observationsFromRows(rows: ReadonlyArray<Record<string, unknown>>): Observation[] {
  const reader = Object.fromEntries(
    OBSERVATION_COLUMNS.map((name) => [
      name,
      { at: (index: number) => normalised(rows[index]?.[name]) },
    ]),
  ) as ColumnReader;
  return observationRows(reader, 0, rows.length);
}

/** A 64-bit integer column written by another tool comes back a bigint: a number here. */
function normalised(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : (value ?? null);
}
