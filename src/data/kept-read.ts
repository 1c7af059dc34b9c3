import { promisifyRequest } from 'idb-keyval';
import { datasetStore } from './dataset-database';
import { CHUNKS_KEY, KEY, REVISION_KEY, type KeptRead } from './kept-record';

/** Every chunk's key, whatever their number. */
export const chunkKeys = (): IDBKeyRange => IDBKeyRange.bound([CHUNKS_KEY], [CHUNKS_KEY, []]);

/**
 * Everything kept, in one transaction. The chunks are asked for one by one, not in one request:
 * each then arrives in a task of its own (a 3.6-million-figure import's 350 MB in one would be
 * a long task of copying).
 */
export function readKept(): Promise<KeptRead> {
  return datasetStore('readonly', async (store) => {
    const [record, keys, revision] = await Promise.all([
      promisifyRequest(store.get(KEY)),
      promisifyRequest(store.getAllKeys(chunkKeys())),
      promisifyRequest(store.get(REVISION_KEY)),
    ]);
    // Still in the transaction: asked for as the last answer comes.
    const chunks = await Promise.all(keys.map((key) => promisifyRequest(store.get(key))));
    return {
      record: record as unknown,
      chunks: chunks as unknown[],
      revision: typeof revision === 'number' ? revision : 0,
    };
  });
}
