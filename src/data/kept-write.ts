import { encodeObservationChunks } from '../domain/observation-columns';
import {
  CHUNKS_KEY,
  deleteKept,
  KEY,
  writeKept,
  type KeptRecord,
  type StoredDataset,
} from './kept-record';

/**
 * Writes an import in place of what is kept at revision `basedOn` (see writeKept): its
 * observations made columnar first, then every record in one transaction. A module of its own:
 * the columns' code loads with the import that writes, not with the page.
 */
export async function writeStoredDataset(stored: StoredDataset, basedOn: number): Promise<number> {
  const { observations, ...rest } = stored.dataset;
  const { fileName, importedAt } = stored;
  const chunks = encodeObservationChunks(observations);
  return writeKeptChunks(
    { dataset: rest, fileName, importedAt },
    chunks,
    observations.length,
    basedOn,
  );
}

/**
 * Writes a dataset's parts and its observations' chunks, already encoded
 * (domain/observation-columns.ts), in place of what is kept at revision `basedOn`, in one
 * transaction: all of it, or none. For a source too large to hold as objects at once, which is
 * encoded as it is read.
 */
export function writeKeptChunks(
  parts: Pick<KeptRecord, 'dataset' | 'fileName' | 'importedAt'>,
  chunks: readonly Uint8Array[],
  observations: number,
  basedOn: number,
): Promise<number> {
  const record: KeptRecord = { format: 2, ...parts, chunks: chunks.length, observations };
  const owned = chunks.map(ownBuffer);
  return writeKept(basedOn, (store) => {
    deleteKept(store);
    owned.forEach((chunk, index) => store.put(chunk, [CHUNKS_KEY, index]));
    store.put(record, KEY);
  });
}

/** The bytes alone: a view of a larger buffer would be stored with all of it. */
const ownBuffer = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
