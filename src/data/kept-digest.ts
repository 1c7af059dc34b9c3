import type { KeptRecord } from './kept-record';

/** What the last digest of a validated record covers: its dataset's other parts and its layout. */
export const digestedParts = (record: Partial<Pick<KeptRecord, 'dataset' | 'layout'>>): unknown =>
  record.layout ? { dataset: record.dataset, layout: record.layout } : record.dataset;

/**
 * The fingerprint of the validator's rules in this build (scripts/vite-plugins/validation-rules.ts);
 * null in development and tests, where a kept import is always validated.
 */
declare const __VALIDATION_RULES__: string | undefined;
export const VALIDATION_RULES =
  typeof __VALIDATION_RULES__ === 'string' ? __VALIDATION_RULES__ : null;

/**
 * Each chunk's SHA-256, in hex (Web Crypto, whose work runs off the page's thread): written with
 * an import its build validated, and compared on a later visit to tell that the bytes are still
 * those. Null where Web Crypto is missing (an insecure context): then the import is validated.
 */
export async function chunkDigests(chunks: readonly Uint8Array[]): Promise<string[] | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const hashes = await Promise.all(
      chunks.map((chunk) => subtle.digest('SHA-256', chunk as Uint8Array<ArrayBuffer>)),
    );
    return hashes.map((hash) =>
      Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join(''),
    );
  } catch {
    return null;
  }
}

/**
 * What a validated import's digests cover: every chunk, then the dataset's other parts (its
 * districts, periods, indicators, sources and notes) with its layout, as JSON, the last entry
 * (kept-record.ts's digestedParts).
 */
export function keptDigests(
  chunks: readonly Uint8Array[],
  parts: unknown,
): Promise<string[] | null> {
  return chunkDigests([...chunks, new TextEncoder().encode(JSON.stringify(parts))]);
}
