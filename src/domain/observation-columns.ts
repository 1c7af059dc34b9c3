import {
  dictionary,
  float64,
  int16,
  int32,
  int8,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  Type,
  utf8,
  type Column,
  type DataType,
  type Table,
} from '@uwdata/flechette';
import {
  OBSERVATION_COLUMNS,
  observationColumns,
  observationRows,
  observationRowsOfOneShape,
  type ColumnReader,
  type ObservationColumn,
} from './observation-fields';
import type { Observation } from './schema';
import { decodeUtf8Batch, decodeUtf8Value, type Utf8Batch } from './utf8-strings';
import type { PartRow, ViewPart } from './view/view-part';

/**
 * Observations in Apache Arrow's columnar form (IPC stream bytes, written and read by
 * @uwdata/flechette): one typed column per field, the ids, references and repeated text
 * dictionary-encoded, numbers as float64. What the browser keeps of an import (data/kept-record.ts)
 * is the dataset's small parts as they are and its observations in chunks of these bytes, so no
 * stored value is large, and a chunk is read back as a few typed arrays, not as many small objects.
 * Every field is held exactly (observation-fields.ts). Pure: no storage.
 */

/** Each column its own dictionary (a dictionary type is one dictionary id: not to be shared). */
const text = () => dictionary(utf8());
const TYPES: Record<ObservationColumn, DataType> = {
  id: utf8(),
  unit: text(),
  metric: text(),
  period: text(),
  topic: text(),
  value: float64(),
  targetState: int8(),
  target: float64(),
  targetPeriod: text(),
  sharePercent: float64(),
  shareQualifier: text(),
  shareDecimals: int8(),
  growthPercent: float64(),
  growthComparedTo: text(),
  formula: text(),
  source: text(),
  quote: text(),
};

/** One chunk's bytes: an Arrow IPC stream of one record batch. */
export function encodeObservations(observations: readonly Observation[]): Uint8Array {
  const columns = observationColumns(observations);
  const table = tableFromArrays(columns, { types: narrowestTypes(columns) });
  const bytes = tableToIPC(table, { format: 'stream' });
  if (!bytes) throw new Error('The columns were not written.');
  return bytes;
}

/**
 * The columns' types, each dictionary's keys as narrow as the chunk's distinct values allow (Arrow
 * lets each column name its key type, and a reader reads any): a chunk of 50,000 figures names a
 * few districts, a hundred indicators and periods, so its keys are mostly one byte, not four.
 * Fewer bytes to keep, to read back and to uncompress (data/kept-compression.ts).
 */
function narrowestTypes(
  columns: Record<ObservationColumn, unknown[]>,
): Record<ObservationColumn, DataType> {
  const types = { ...TYPES };
  for (const name of OBSERVATION_COLUMNS) {
    if (TYPES[name].typeId !== Type.Dictionary) continue;
    const distinct = new Set(columns[name]);
    distinct.delete(null);
    types[name] = dictionary(utf8(), keyTypeFor(distinct.size));
  }
  return types;
}

/** The narrowest signed key type for a dictionary of `size` values (Arrow's keys are signed). */
const keyTypeFor = (size: number) => (size <= 0x7f ? int8() : size <= 0x7fff ? int16() : int32());

/** Thrown for bytes that are not a chunk of this form (damaged, or written by something else). */
export class ColumnsUnreadableError extends Error {
  constructor(reason: string) {
    super(`Stored observations unreadable: ${reason}`);
    this.name = 'ColumnsUnreadableError';
  }
}

function columnsOf(table: Table): ColumnReader {
  const out = {} as ColumnReader;
  for (const name of OBSERVATION_COLUMNS) {
    // Flechette's columns are read row by row: no column is copied whole.
    const column = table.getChild(name) as Column<unknown> | undefined;
    if (!column) throw new ColumnsUnreadableError(`no column ${name}`);
    out[name] = column.type.typeId === Type.Utf8 ? stringsOf(column) : column;
  }
  return out;
}

/** A column of strings, read as `ColumnReader` reads it, or a value at a time. */
type Strings = ColumnReader[ObservationColumn] & { one(index: number): unknown };

/**
 * A column of strings (each figure's id: the dictionaries' are decoded by flechette a value
 * each, once per distinct value) decoded a batch in one call when a row is first read; or,
 * `one`, a value alone, for a few rows of many (a year's of a chunk of every year).
 */
function stringsOf(column: Column<unknown>): Strings {
  let strings: (string | null)[] | null = null;
  const batches = column.data as unknown as Utf8Batch[];
  const decoded = () =>
    batches.length === 1
      ? decodeUtf8Batch(batches[0] as Utf8Batch)
      : batches.flatMap((batch) => decodeUtf8Batch(batch));
  const at = (index: number) => (strings ??= decoded())[index] ?? null;
  return {
    at,
    one: (index) =>
      strings || batches.length !== 1 ? at(index) : decodeUtf8Value(batches[0] as Utf8Batch, index),
  };
}

/** The parts of a dictionary column's batch its values are read from (flechette's layout). */
interface DictionaryBatch {
  nullCount: number;
  validity?: Uint8Array | null;
  /** Each row's key into the dictionary. */
  values?: ArrayLike<number>;
  /** The dictionary's values, decoded once. */
  cache?: readonly unknown[];
}

/**
 * A dictionary column's value at a row, read from the row's key and the decoded dictionary
 * directly: a pass over a chunk's every row (a year's part of 3.6 million figures) makes no call
 * into the column per value. Any other layout is read as the column reads it.
 */
function dictionaryReader(column: Column<unknown>): (index: number) => unknown {
  const batch =
    column.data.length === 1 ? (column.data[0] as unknown as DictionaryBatch) : undefined;
  const keys = batch?.values;
  const values = batch?.cache;
  if (!batch || !keys || !Array.isArray(values)) return (index) => column.at(index);
  const { validity } = batch;
  if (!validity || batch.nullCount === 0) return (index) => values[keys[index] as number];
  return (index) =>
    ((validity[index >> 3] as number) & (1 << (index & 7))) === 0
      ? null
      : values[keys[index] as number];
}

/** A chunk opened: its row count, and its rows made objects a range at a time. */
export interface OpenedObservations {
  length: number;
  /** Rows [start, end) as the objects the rest of the app reads (the range cut to the rows). */
  read(start: number, end: number): Observation[];
  /** The same rows, each of one shape, to be read and dropped (observationRowsOfOneShape). */
  readOfOneShape(start: number, end: number): Observation[];
  /** The rows of one district, in order, made objects; the others are not. */
  readUnit(unit: string): Observation[];
  /**
   * Every row's place (district, indicator, period, part, the period of a stated growth) handed
   * to `note`, in order, from the columns' keys: no object made, and the one handed over is
   * refilled for the next row (a year's or topic's part's first pass, view/view-part.ts; for a
   * chunk read for this alone, `notePlacesOf`).
   */
  notePlaces(note: (row: PartRow) => void): void;
  /** The rows that part keeps, in order, made objects; the others are not. */
  readPart(part: ViewPart): Observation[];
}

function tableOf(bytes: Uint8Array): Table {
  try {
    return tableFromIPC(bytes);
  } catch (error) {
    throw new ColumnsUnreadableError(String(error));
  }
}

/**
 * Each row's place, read from the columns' keys and dictionaries: one object, refilled for each
 * row asked for (the caller keeps none).
 */
function placeReader(table: Table): (index: number) => PartRow {
  const row: PartRow = { unit: '', metric: '', period: '', topic: null, comparedTo: null };
  const [unit, metric, period, topic, comparedTo] = (
    ['unit', 'metric', 'period', 'topic', 'growthComparedTo'] as const
  ).map((name) => {
    const column = table.getChild(name) as Column<unknown> | undefined;
    if (!column) throw new ColumnsUnreadableError(`no column ${name}`);
    return dictionaryReader(column);
  });
  return (index) => {
    row.unit = unit!(index) as string;
    row.metric = metric!(index) as string;
    row.period = period!(index) as string;
    row.topic = (topic!(index) as string | null) ?? null;
    row.comparedTo = (comparedTo!(index) as string | null) ?? null;
    return row;
  };
}

/**
 * A chunk's rows' places handed to `note`, in order, as `notePlaces` hands them, the chunk
 * opened for them alone (its other columns never read, none of it kept): a first pass over every
 * row of many chunks (data/kept-resolved.ts) holds one chunk's columns at a time. Its row count.
 */
export function notePlacesOf(bytes: Uint8Array, note: (row: PartRow) => void): number {
  const table = tableOf(bytes);
  const rowAt = placeReader(table);
  for (let index = 0; index < table.numRows; index += 1) note(rowAt(index));
  return table.numRows;
}

/**
 * A chunk's columns, read once, for its rows to be made objects a range at a time (a caller that
 * must not block can make them over several tasks). The values are as written; whether they make
 * a valid dataset is the validator's to say (data/kept-load.ts).
 */
export function openObservations(bytes: Uint8Array): OpenedObservations {
  const table = tableOf(bytes);
  const c = columnsOf(table);
  const length = table.numRows;
  const read = (start: number, end: number) =>
    observationRows(c, Math.max(0, start), Math.min(end, length));
  const rowAt = placeReader(table);
  return {
    length,
    read,
    readOfOneShape: (start, end) =>
      observationRowsOfOneShape(c, Math.max(0, start), Math.min(end, length)),
    readUnit(unit) {
      const out: Observation[] = [];
      // Its rows a run at a time (a file listed district by district has one run a chunk).
      for (let start = 0; start < length; start += 1) {
        if (c.unit.at(start) !== unit) continue;
        let end = start + 1;
        while (end < length && c.unit.at(end) === unit) end += 1;
        for (const row of read(start, end)) out.push(row);
        start = end;
      }
      return out;
    },
    notePlaces(note) {
      for (let index = 0; index < length; index += 1) note(rowAt(index));
    },
    readPart(part) {
      const runs: Array<[number, number]> = [];
      let kept = 0;
      for (let start = 0; start < length; start += 1) {
        if (!part.keeps(rowAt(start))) continue;
        let end = start + 1;
        while (end < length && part.keeps(rowAt(end))) end += 1;
        runs.push([start, end]);
        kept += end - start;
        start = end;
      }
      // A few of its rows: their ids decoded alone, not the chunk's every id.
      const few = kept * 4 < length;
      const columns = few ? { ...c, id: { at: (c.id as Strings).one } } : c;
      const out: Observation[] = [];
      for (const [start, end] of runs)
        for (const row of observationRows(columns, start, end)) out.push(row);
      return out;
    },
  };
}

/** A chunk's observations, all of them (see openObservations). */
export function decodeObservations(bytes: Uint8Array): Observation[] {
  const opened = openObservations(bytes);
  return opened.read(0, opened.length);
}

/** The most observations in one chunk, and the most bytes of text (a UTF-16 estimate) in one. */
export const CHUNK_ROWS = 50_000;
export const CHUNK_TEXT_BYTES = 16 * 2 ** 20;

function textBytes(o: Observation): number {
  // Ids and references are short; the quote and the formula can be 2,000 characters each.
  return 2 * (o.id.length + o.quote.length + (o.derived?.formula.length ?? 0)) + 96;
}

/**
 * Where the observations are cut into chunks: [start, end) ranges of at most `maxRows` rows and,
 * unless one row alone is more, `maxBytes` of text, so that no stored value is large whatever
 * the quotes' length. At least one range, empty for no observations.
 */
export function chunkRanges(
  observations: readonly Observation[],
  maxRows: number = CHUNK_ROWS,
  maxBytes: number = CHUNK_TEXT_BYTES,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < observations.length; i += 1) {
    const size = textBytes(observations[i]!);
    if (i > start && (i - start >= maxRows || bytes + size > maxBytes)) {
      ranges.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  ranges.push([start, observations.length]);
  return ranges;
}

/** The observations as chunks of columnar bytes (see chunkRanges). */
export function encodeObservationChunks(
  observations: readonly Observation[],
  maxRows?: number,
  maxBytes?: number,
): Uint8Array[] {
  return chunkRanges(observations, maxRows, maxBytes).map(([start, end]) =>
    encodeObservations(observations.slice(start, end)),
  );
}

/** The chunks' observations, in order, as one list. */
export function decodeObservationChunks(chunks: readonly Uint8Array[]): Observation[] {
  const out: Observation[] = [];
  for (const chunk of chunks) {
    for (const o of decodeObservations(chunk)) out.push(o);
  }
  return out;
}
