import type { TextDecoding } from '../../domain/text-encoding';

/** The bytes of a file read at a time when it is read as a stream. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** How far a file read as a stream is, in bytes. */
export type OnBytes = (read: number, total: number) => void;

/**
 * A file's text, `chunkBytes` of its bytes at a time through `decoding`, each piece given to
 * `onText` as it comes (the last when the bytes end), how far said to `onBytes`: never the whole
 * file in memory. For a CSV or JSON file too large to hold as one string.
 */
export async function eachText(
  file: Blob,
  decoding: TextDecoding,
  chunkBytes: number,
  onText: (text: string) => void,
  onBytes?: OnBytes,
): Promise<void> {
  for (let at = 0; at < file.size; at += chunkBytes) {
    const bytes = new Uint8Array(await file.slice(at, at + chunkBytes).arrayBuffer());
    onText(decoding.decode(bytes));
    onBytes?.(Math.min(at + chunkBytes, file.size), file.size);
  }
  onText(decoding.end());
}
