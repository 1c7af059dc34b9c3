import type { KeptRecord } from './kept-record';
import { nextTask } from './next-task';

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
 * Each chunk's SHA-256, in hex (Web Crypto): written with an import its build validated, and
 * compared on a later visit to tell that the bytes are still those. Null where Web Crypto is
 * missing (an insecure context): then the import is validated. A chunk a task: Chromium hashes
 * on the page's thread and answers within the same task, so a city's 73 chunks (348 MB at the
 * bench's 100×) hashed one after another were one task of 0.55–0.65 s; a pause between two lets
 * the page answer (7 ms a chunk).
 */
export async function chunkDigests(chunks: readonly Uint8Array[]): Promise<string[] | null> {
  const hashes: string[] = [];
  for (const chunk of chunks) {
    if (hashes.length > 0) await nextTask();
    const hash = await sha256Hex(chunk);
    if (hash == null) return null;
    hashes.push(hash);
  }
  return hashes;
}

/** The bytes' SHA-256, in hex (Web Crypto); null where it is missing or fails. */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const hash = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    return Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/** The digest of a dataset's other parts with its layout (`digestedParts`), as JSON. */
export const partsDigest = (parts: unknown): Promise<string | null> =>
  sha256Hex(new TextEncoder().encode(JSON.stringify(parts)));

/**
 * What a validated import's digests cover: every chunk, then the dataset's other parts (its
 * districts, periods, indicators, sources and notes) with its layout, as JSON, the last entry
 * (kept-record.ts's digestedParts).
 */
export async function keptDigests(
  chunks: readonly Uint8Array[],
  parts: unknown,
): Promise<string[] | null> {
  const hashes = await chunkDigests(chunks);
  const last = hashes && (await partsDigest(parts));
  return hashes && last ? [...hashes, last] : null;
}
