import { csvStream } from '../../domain/csv-stream';
import type { CsvTable, TableHead } from '../../domain/csv-table';
import { DATASET_CSV_COLUMNS } from '../../domain/dataset-columns';
import {
  tableReading,
  type CsvRead,
  type ReadTableOptions,
  type TableReading,
} from '../../domain/dataset-table';
import { MAX_IMPORT_FIGURES } from '../../domain/import';
import { CHUNK_BYTES, eachText, type OnBytes } from './file-text';
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
 * pass weighs every row for the file's number style and date order and counts them (`weighCsv`,
 * kept while the user answers a question about them); the second reads each row into the
 * dataset for the user's choices (`readCsvRows`: domain/dataset-table.ts's steps, the same as a
 * CSV held whole). Only the dataset read is held, never the file's text.
 */

/** Less only in tests: the bytes read at a time, the rows an import may hold. */
export interface StreamLimits {
  chunkBytes: number;
  maxRows: number;
}
const LIMITS: StreamLimits = { chunkBytes: CHUNK_BYTES, maxRows: MAX_IMPORT_FIGURES };

/**
 * A file's first pass: the encoding it was read in, and its rows weighed (with their count), or
 * the read stopped at its head (a broken quote, a missing or unknown column).
 */
export interface Weighed {
  encoding: TextEncoding;
  reading: { rows: number; weighing: TableReading } | { stopped: CsvRead };
}

/** No text in any encoding read; or more rows than an import may hold (the read stops there). */
export type NotWeighed = { ok: false; problem: 'binary' | 'tooManyFigures' };

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
  await eachText(
    file,
    decoding,
    chunkBytes,
    (text) => onRows(stream.push(text), stream.head),
    onBytes,
  );
  onRows(stream.end(), stream.head);
  return stream.head();
}

class TooManyRows extends Error {}

/**
 * The first pass over a CSV file, against the data `base` (whose indicators say which numbers
 * are counts). `encoding`: what an earlier pass over the same file found (not looked for again).
 */
export async function weighCsv(
  file: Blob,
  base: Dataset,
  encoding: TextEncoding | null,
  onBytes?: OnBytes,
  limits: StreamLimits = LIMITS,
): Promise<{ ok: true; weighed: Weighed } | NotWeighed> {
  let weighing: TableReading | null = null;
  let headStopped = false;
  let rows = 0;
  let head: TableHead | null = null;
  const weigh = (batch: Row[], headOf: () => TableHead) => {
    if (batch.length === 0) return;
    rows += batch.length;
    if (rows > limits.maxRows) throw new TooManyRows();
    if (!weighing && !headStopped) {
      // The head's errors are known at the end: a reading started without them weighs the same.
      const started = tableReading({ ...headOf(), errors: [] }, base);
      if ('stopped' in started) headStopped = true;
      else weighing = started;
    }
    if (weighing) for (const row of batch) weighing.weigh(row);
  };
  const firstPass = async (decoding: TextDecoding) => {
    weighing = null;
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
  const whole = tableReading(head, base);
  if ('stopped' in whole) return { ok: true, weighed: { encoding: found, reading: whole } };
  // No row at all: the whole head's reading, which has weighed none.
  return {
    ok: true,
    weighed: { encoding: found, reading: { rows, weighing: weighing ?? whole } },
  };
}

/** The second pass: the file's rows read for the user's choices (`options`). */
export async function readCsvRows(
  file: Blob,
  { encoding, reading }: Weighed,
  options: ReadTableOptions,
  limits: StreamLimits = LIMITS,
): Promise<CsvRead> {
  if ('stopped' in reading) return reading.stopped;
  const rows = reading.weighing.decide(reading.rows, options);
  if ('ok' in rows) return rows;
  await eachRow(file, textDecoding(encoding), limits.chunkBytes, (batch) => {
    for (const row of batch) rows.read(row);
  });
  return rows.finish();
}

/**
 * A CSV file read as a stream for an import: its first pass kept for the data it was weighed
 * against (a choice of number style or date order then reads only its rows), and the encoding
 * that pass found (said in the report).
 */
export interface StreamedCsv {
  file: Blob;
  encoding: TextEncoding | null;
  weighed?: { base: Dataset; weighed: Weighed };
}

/** The file's rows for the data `base` and the user's choices, weighing them first unless kept. */
export async function readStreamedCsv(
  source: StreamedCsv,
  base: Dataset,
  options: ReadTableOptions,
  onBytes?: OnBytes,
  limits: StreamLimits = LIMITS,
): Promise<CsvRead | NotWeighed> {
  if (source.weighed?.base !== base) {
    const first = await weighCsv(source.file, base, source.encoding, onBytes, limits);
    if (!first.ok) return first;
    source.weighed = { base, weighed: first.weighed };
    source.encoding = first.weighed.encoding;
  }
  return readCsvRows(source.file, source.weighed.weighed, options, limits);
}
