import {
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
  type AsyncBuffer,
} from 'hyparquet';
import { checkedRowGroup } from '../../data/parquet-row-group';
import { datasetHeadOf, observationsFromRows } from '../../domain/dataset-parquet';
import { MAX_IMPORT_FIGURES, type FileProblem } from '../../domain/import';
import type { Observation } from '../../domain/schema';

/**
 * A Parquet file of this dashboard's (domain/dataset-parquet.ts: the one the dialog downloads, or
 * a city's or the country's published file) read from the disk for an import: its footer first
 * (the dataset's definitions, its row count, refused over MAX_IMPORT_FIGURES before a row is
 * read), then its row groups one after another, each checked against the CRC-32 its footer
 * records before it is decoded (data/parquet-row-group.ts), the rows read said after each. The
 * file is read by slices, so the bytes of one row group at a time are in memory, not the file's.
 * What comes out is the dataset as parsed JSON would be: the validator checks it as it checks a
 * JSON file. Loaded only when such a file is chosen.
 */

export type ParquetRead =
  | { ok: true; dataset: Record<string, unknown> }
  /** `figures`: how many the footer says the file holds, when it holds too many. */
  | { ok: false; problem: FileProblem; figures?: number };

/** A file read by slices, as hyparquet reads any buffer. */
function sliced(file: Blob): AsyncBuffer {
  return {
    byteLength: file.size,
    slice: (start, end) => file.slice(start, end).arrayBuffer(),
  };
}

export async function readParquetFile(
  file: Blob,
  onRows: (read: number, total: number) => void = () => undefined,
  maxFigures: number = MAX_IMPORT_FIGURES,
): Promise<ParquetRead> {
  const buffer = sliced(file);
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  let names: string[];
  try {
    metadata = await parquetMetadataAsync(buffer);
    names = parquetSchema(metadata).children.map((child) => child.element.name);
  } catch (error) {
    return { ok: false, problem: failureOf(error) };
  }
  const head = datasetHeadOf(metadata.key_value_metadata, names);
  if (!head.ok) return { ok: false, problem: PROBLEMS[head.problem] };
  // What the row groups hold, which is what is read: a footer whose total disagrees is damaged.
  const total = metadata.row_groups.reduce((sum, group) => sum + Number(group.num_rows), 0);
  if (total !== Number(metadata.num_rows)) return { ok: false, problem: 'notParquet' };
  if (total > maxFigures) return { ok: false, problem: 'tooManyFigures', figures: total };

  const observations: Observation[] = [];
  onRows(0, total);
  let rowStart = 0;
  for (const [index, group] of metadata.row_groups.entries()) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      const file = await checkedRowGroup(buffer, metadata, index, head.checks);
      if (!file) return { ok: false, problem: 'parquetDamaged' };
      rows = await parquetReadObjects({ file, metadata, rowStart, rowEnd });
    } catch (error) {
      return { ok: false, problem: failureOf(error) };
    }
    for (const observation of observationsFromRows(rows)) observations.push(observation);
    rowStart = rowEnd;
    onRows(observations.length, total);
  }
  return { ok: true, dataset: { ...head.head, observations } };
}

/** A file the browser can no longer read (moved, deleted) is said as such; anything else is damage. */
function failureOf(error: unknown): FileProblem {
  return error instanceof DOMException && error.name === 'NotReadableError'
    ? 'unreadable'
    : 'notParquet';
}

const PROBLEMS = {
  notDashboard: 'parquetNotDashboard',
  otherFormat: 'parquetOtherFormat',
  missingColumns: 'parquetMissingColumns',
  damaged: 'parquetDamaged',
} as const satisfies Record<string, FileProblem>;
