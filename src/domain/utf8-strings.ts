/**
 * A column of strings stored as UTF-8 bytes (Arrow's layout: the values' bytes one after the
 * other, an offset where each begins, a bit per value saying it is not null) read in one call of
 * the browser's decoder rather than one call per value. Called per value, 360,000 figures' ids
 * were 0.36 s of decoding in the middle of a city's load, and a collector's pause of 0.15 s, most
 * of it clearing weak handles (the browser's wrappers of each value's bytes, it seems): the load's
 * longest task. Pure.
 */

/** The parts of a string column the decoding reads (an Arrow UTF-8 batch has these). */
export interface Utf8Batch {
  length: number;
  nullCount: number;
  /** Byte offsets: value i is bytes [offsets[i], offsets[i + 1]). */
  offsets: ArrayLike<number>;
  values: Uint8Array;
  /** A bit per value, least significant first: 1 where it is present. Absent: none is null. */
  validity?: Uint8Array | null | undefined;
}

const decoder = new TextDecoder('utf-8');

/**
 * Every value of the batch, null where it is null. The bytes are decoded once, and each value
 * cut from the text, when every byte came out as one character: then each byte was decoded
 * alone (ASCII, or a byte no sequence takes, as one replacement character), exactly as it is
 * when the values are decoded one by one, and byte offsets are character offsets. (Ids are
 * ASCII: schema.ts.) Otherwise each value is decoded alone.
 */
export function decodeUtf8Batch(batch: Utf8Batch): (string | null)[] {
  const { length, offsets, values } = batch;
  const out = new Array<string | null>(length);
  if (length === 0) return out;
  const first = offsets[0] as number;
  const last = offsets[length] as number;
  const text = decoder.decode(values.subarray(first, last));
  const isNull = nullTest(batch);
  const oneByOne = text.length !== last - first;
  for (let i = 0; i < length; i += 1) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    out[i] = isNull(i)
      ? null
      : oneByOne
        ? decoder.decode(values.subarray(start, end))
        : text.slice(start - first, end - first);
  }
  return out;
}

/**
 * One value of the batch, decoded alone: for a few rows of many, where decoding the whole batch
 * would make a string of every value for the few kept.
 */
export function decodeUtf8Value(batch: Utf8Batch, index: number): string | null {
  if (nullTest(batch)(index)) return null;
  const { offsets, values } = batch;
  return decoder.decode(values.subarray(offsets[index] as number, offsets[index + 1] as number));
}

function nullTest(batch: Utf8Batch): (index: number) => boolean {
  const { validity, nullCount } = batch;
  if (!validity || nullCount === 0) return () => false;
  return (index) => ((validity[index >> 3] as number) & (1 << (index & 7))) === 0;
}
