import { promisifyRequest } from 'idb-keyval';
import type { Dataset } from '../domain/schema';
import { datasetStore } from './dataset-database';

/** What the browser keeps of an import: the dataset, where it came from, and when. */
export interface StoredDataset {
  format: 1;
  dataset: Dataset;
  fileName: string;
  importedAt: string;
}

/** The keys of the database's one store: the import, and the revision of what is kept. */
export const KEY = 'imported-dataset';
export const REVISION_KEY = 'revision';

/** Another tab saved or cleared an import since this one read what is kept. */
export class StoredChangedError extends Error {
  constructor(readonly revision: number) {
    super(`The kept import changed (revision ${revision})`);
    this.name = 'StoredChangedError';
  }
}

/**
 * Writes a change of what is kept in one transaction, if what is kept is still `basedOn`'s
 * revision: all of it or, when the write fails (storage full, the database gone, the tab closed),
 * none of it, so the previous import survives. Returns the new revision; throws
 * StoredChangedError when another tab changed what is kept meanwhile. Storage alone, no page:
 * the import's worker writes through it too (the 10 MB import's copy into the database is then
 * made off the page's thread), and the page announces the change (stored-dataset.ts).
 */
export async function writeKept(
  basedOn: number,
  change: (store: IDBObjectStore) => void,
): Promise<number> {
  return datasetStore('readwrite', async (store) => {
    const kept = (await promisifyRequest(store.get(REVISION_KEY))) as unknown;
    const current = typeof kept === 'number' ? kept : 0;
    if (current !== basedOn) {
      store.transaction.abort();
      throw new StoredChangedError(current);
    }
    try {
      change(store);
      store.put(current + 1, REVISION_KEY);
    } catch (error) {
      // A write refused at once (storage full, a value it cannot hold): nothing of it is kept.
      store.transaction.abort();
      throw error;
    }
    await promisifyRequest(store.transaction);
    return current + 1;
  });
}

/** Writes an import in place of what is kept at revision `basedOn` (see writeKept). */
export const writeStoredDataset = (stored: StoredDataset, basedOn: number): Promise<number> =>
  writeKept(basedOn, (store) => store.put(stored, KEY));
