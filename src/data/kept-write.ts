import type { DatasetLayout } from '../domain/dataset-layout';
import { layoutBuilder } from '../domain/layout-builder';
import { chunkRanges, encodeObservations } from '../domain/observation-columns';
import { canCompress, gzipBytes, KEPT_COMPRESSION } from './kept-compression';
import { digestedParts, keptDigests, VALIDATION_RULES } from './kept-digest';
import { deleteKept, writeKept } from './kept-change';
import { CHUNKS_KEY, KEY, type KeptRecord, type StoredDataset } from './kept-record';

/**
 * How far a write is: its figures made columns (`encoded` of `total`), then all of it being
 * stored (one transaction, of which the browser says nothing until it is done).
 */
export type WriteProgress = { step: 'encode' | 'store'; encoded: number; total: number };

/**
 * Writes an import in place of what is kept at revision `basedOn` (see writeKept): its
 * observations made columnar first, then every record in one transaction, how far said to
 * `onProgress` as it goes. A module of its own: the columns' code loads with the import that
 * writes, not with the page.
 */
export async function writeStoredDataset(
  stored: StoredDataset,
  basedOn: number,
  onProgress: (progress: WriteProgress) => void = () => undefined,
): Promise<number> {
  const { observations, ...rest } = stored.dataset;
  const { fileName, importedAt } = stored;
  const total = observations.length;
  const layout = layoutBuilder(rest);
  onProgress({ step: 'encode', encoded: 0, total });
  const chunks = chunkRanges(observations).map(([start, end]) => {
    const slice = observations.slice(start, end);
    layout.add(slice);
    const encoded = encodeObservations(slice);
    onProgress({ step: 'encode', encoded: end, total });
    return encoded;
  });
  onProgress({ step: 'store', encoded: total, total });
  // An import is validated before it can be applied (features/import/import-analysis.ts).
  return writeKeptChunks(
    { dataset: rest, fileName, importedAt },
    chunks,
    observations.length,
    basedOn,
    { validated: true, layout: layout.done() },
  );
}

/**
 * Writes a dataset's parts and its observations' chunks, already encoded
 * (domain/observation-columns.ts), in place of what is kept at revision `basedOn`, in one
 * transaction: all of it, or none. For a source too large to hold as objects at once, which is
 * encoded as it is read. `validated`: the caller had this build's validator accept the data; its
 * chunks' digests (and its other parts') are then kept, and a later visit need not validate it
 * again. `layout`: where each district's figures are (domain/dataset-layout.ts), built over the
 * same chunks.
 */
export async function writeKeptChunks(
  parts: Pick<KeptRecord, 'dataset' | 'fileName' | 'importedAt'>,
  chunks: readonly Uint8Array[],
  observations: number,
  basedOn: number,
  { validated, layout }: { validated: boolean; layout?: DatasetLayout },
): Promise<number> {
  // Compressed where the browser can (kept-compression.ts): the digests are of the bytes kept.
  const compress = canCompress();
  const owned = compress ? await compressedInTurn(chunks) : chunks.map(ownBuffer);
  const described = { ...parts, ...(layout ? { layout } : {}) };
  const digests =
    validated && VALIDATION_RULES ? await keptDigests(owned, digestedParts(described)) : null;
  const record: KeptRecord = {
    format: 2,
    ...described,
    chunks: owned.length,
    ...(compress ? { compression: KEPT_COMPRESSION } : {}),
    observations,
    ...(digests && VALIDATION_RULES ? { validated: { rules: VALIDATION_RULES, digests } } : {}),
  };
  return writeKept(basedOn, (store) => {
    deleteKept(store);
    owned.forEach((chunk, index) => putChunk(store, chunk, [CHUNKS_KEY, index]));
    store.put(record, KEY);
  });
}

/** Each chunk compressed, one after another (each in a task or so of its own: 5 MB, tens of ms). */
async function compressedInTurn(chunks: readonly Uint8Array[]): Promise<Uint8Array[]> {
  const compressed: Uint8Array[] = [];
  for (const chunk of chunks) compressed.push(await gzipBytes(chunk));
  return compressed;
}

/** The bytes alone: a view of a larger buffer would be stored with all of it. */
const ownBuffer = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();

/**
 * A chunk kept as a Blob, which the browser keeps in a file of its own and reads back off the
 * page's thread and quicker (Chromium 150, 73 chunks of 4.8 MB read in a worker: 1.8 s as
 * Blobs, 2.9 s as bytes, which are made again on the thread that reads them). As bytes where the
 * browser cannot keep a Blob (it refuses it at once, with a DataCloneError): both are read back
 * (kept-read.ts's chunkBytes).
 */
function putChunk(store: IDBObjectStore, chunk: Uint8Array, key: IDBValidKey): void {
  try {
    store.put(new Blob([chunk as Uint8Array<ArrayBuffer>]), key);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'DataCloneError')) throw error;
    store.put(chunk, key);
  }
}
