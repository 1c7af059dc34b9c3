import { promisifyRequest } from 'idb-keyval';
import { datasetStore } from './dataset-database';
import { chunkKeys } from './kept-read';
import { KEY, REVISION_KEY, StoredChangedError } from './kept-record';

// What changes what is kept (an import written, or cleared): a module of its own, loaded when
// something is, not with the page.

/**
 * Writes a change of what is kept in one transaction, if what is kept is still `basedOn`'s
 * revision: all of it or, when the write fails (storage full, the database gone, the tab closed),
 * none of it, so the previous import survives. Returns the new revision; throws
 * StoredChangedError when another tab changed what is kept meanwhile. Storage alone, no page:
 * the import's worker writes through it too (the import's copy into the database is then
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

/** Removes the kept import and its chunks (inside writeKept's change). */
export function deleteKept(store: IDBObjectStore): void {
  store.delete(KEY);
  store.delete(chunkKeys());
}
