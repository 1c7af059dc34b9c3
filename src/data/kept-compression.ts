/**
 * A kept import's chunks compressed with gzip, by the browser's own CompressionStream: the
 * columns' bytes repeat (a dictionary's keys, every number's eight bytes), so a chunk of 50,000
 * figures keeps in about a seventh of its bytes (the bench's 100× country: 245 MB of columns, 35
 * MB kept). Less to store, to read back and to hash; undoing it is the browser's native code, in
 * the workers that read (kept-serve.ts). gzip, not raw deflate: its CRC-32 tells a damaged chunk
 * when it is undone, and every browser with a CompressionStream has it. Where there is none, the
 * chunks are kept as they are, and the record says which (`compression`).
 */

/** How the record says its chunks are kept compressed (kept-record.ts's KeptRecord). */
export const KEPT_COMPRESSION = 'gzip';

/** Whether this browser can compress and undo it (every current one; not older Safari, Firefox). */
export const canCompress = (): boolean =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The bytes gzip-compressed. */
export const gzipBytes = (bytes: Uint8Array): Promise<Uint8Array> =>
  through(bytes, new CompressionStream(KEPT_COMPRESSION));

/** Gzip undone; rejects for bytes that are not gzip, or are damaged (their CRC-32 differs). */
export const gunzipBytes = (bytes: Uint8Array): Promise<Uint8Array> =>
  through(bytes, new DecompressionStream(KEPT_COMPRESSION));

/** Whether a kept record says its chunks are compressed. */
export const keptCompressed = (record: unknown): boolean =>
  (record as { compression?: unknown } | null)?.compression === KEPT_COMPRESSION;

/**
 * A chunk as kept, opened: its columns' bytes, undone from gzip when its record says so. A chunk
 * that cannot be undone (damaged) is null, which every reader refuses as it refuses any chunk
 * that is not bytes (the import is then unreadable, never guessed at). Anything else as it is.
 */
export async function openedChunk(record: unknown, kept: unknown): Promise<unknown> {
  if (!keptCompressed(record) || !(kept instanceof Uint8Array)) return kept;
  return gunzipBytes(kept).catch(() => null);
}

/** The bytes through a compression stream, its output joined. */
async function through(
  bytes: Uint8Array,
  stream: { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> },
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Its failure is the reader's too: seen there.
  writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.byteLength;
  }
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.byteLength;
  }
  return joined;
}
