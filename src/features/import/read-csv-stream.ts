import { csvStream } from '../../domain/csv-stream';
import type { TableHead, CsvTable } from '../../domain/csv-table';
import { DATASET_CSV_COLUMNS } from '../../domain/dataset-columns';
import {
  tableReading,
  type CsvRead,
  type ReadTableOptions,
  type TableReading,
} from '../../domain/dataset-table';
import { MAX_IMPORT_FIGURES } from '../../domain/import';
import type { Dataset } from '../../domain/schema';
import {
  ENCODING_HEAD,
  readInEncoding,
  textDecoding,
  type TextDecoding,
  type TextEncoding,
} from '../../domain/text-encoding';

/**
 * A CSV file too large to hold as one string, read as a stream: a slice of its bytes at a time,
 * decoded (domain/text-encoding.ts) and cut into rows (domain/csv-stream.ts), twice. The first
 * pass weighs every row for the file's number style and date order and counts them; the second
 * reads each row into the dataset (domain/dataset-table.ts's steps, the same as a CSV held
 * whole). Only the dataset read is held, never the file's text.
 */

/** The bytes read at a time. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** How far the file's first pass is, in bytes. */
export type OnBytes = (read: number, total: number) => void;

export type StreamedCsv =
  | { ok: true; read: CsvRead; encoding: TextEncoding }
  /** No text in any encoding read; or more rows than an import may hold (the read stops there). */
  | { ok: false; problem: 'binary' | 'tooManyFigures' };

type Row = CsvTable['rows'][number];

/** Every row of the file, a batch at a time, through `decoding`; the table's head at the end. */
async function eachRow(
  file: Blob,
  decoding: TextDecoding,
  chunkBytes: number,
  onRows: (rows: Row[], head: () => TableHead) => void,
  onBytes?: OnBytes,
): Promise<TableHead> {
  const stream = csvStream(DATASET_CSV_COLUMNS);
  for (let at = 0; at < file.size; at += chunkBytes) {
    const bytes = new Uint8Array(await file.slice(at, at + chunkBytes).arrayBuffer());
    onRows(stream.push(decoding.decode(bytes)), stream.head);
    onBytes?.(Math.min(at + chunkBytes, file.size), file.size);
  }
  onRows(stream.push(decoding.end()), stream.head);
  onRows(stream.end(), stream.head);
  return stream.head();
}

class TooManyRows extends Error {}

/**
 * Reads a CSV file as a stream into a dataset built on `base`, with `options` as
 * readDatasetTable's. `encoding`: what an earlier read of the same file found (it is then not
 * looked for again).
 */
export async function readCsvStreamed(
  file: Blob,
  base: Dataset,
  options: ReadTableOptions,
  encoding: TextEncoding | null,
  onBytes?: OnBytes,
  /** Less only in tests: the bytes read at a time, the rows an import may hold. */
  limits = { chunkBytes: CHUNK_BYTES, maxRows: MAX_IMPORT_FIGURES },
): Promise<StreamedCsv> {
  let reading: TableReading | null = null;
  let headStopped = false;
  let rows = 0;
  let head: TableHead | null = null;
  const weigh = (batch: Row[], headOf: () => TableHead) => {
    if (batch.length === 0) return;
    rows += batch.length;
    if (rows > limits.maxRows) throw new TooManyRows();
    if (!reading && !headStopped) {
      // The head's errors are known at the end: a reading started without them weighs the same.
      const started = tableReading({ ...headOf(), errors: [] }, base, options);
      if ('stopped' in started) headStopped = true;
      else reading = started;
    }
    if (reading) for (const row of batch) reading.weigh(row);
  };
  const firstPass = async (decoding: TextDecoding) => {
    reading = null;
    headStopped = false;
    rows = 0;
    head = await eachRow(file, decoding, limits.chunkBytes, weigh, onBytes);
  };

  let found: TextEncoding | null;
  try {
    if (encoding) {
      await firstPass(textDecoding(encoding));
      found = encoding;
    } else {
      const bytes = new Uint8Array(await file.slice(0, ENCODING_HEAD).arrayBuffer());
      found = await readInEncoding(bytes, firstPass);
    }
  } catch (error) {
    if (error instanceof TooManyRows) return { ok: false, problem: 'tooManyFigures' };
    throw error;
  }
  if (!found || !head) return { ok: false, problem: 'binary' };

  const whole = tableReading(head, base, options);
  if ('stopped' in whole) return { ok: true, read: whole.stopped, encoding: found };
  const weighed: TableReading = reading ?? whole;
  const stopped = weighed.decide(rows);
  if (stopped) return { ok: true, read: stopped, encoding: found };
  await eachRow(file, textDecoding(found), limits.chunkBytes, (batch) => {
    for (const row of batch) weighed.read(row);
  });
  return { ok: true, read: weighed.finish(), encoding: found };
}
