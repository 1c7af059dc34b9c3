import { promisifyRequest } from 'idb-keyval';
import { datasetStore } from './dataset-database';
import { openedChunk } from './kept-compression';
import { CHUNKS_KEY, KEY, REVISION_KEY, type KeptRead, type KeptRequested } from './kept-record';

/** Every chunk's key, whatever their number. */
export const chunkKeys = (): IDBKeyRange => IDBKeyRange.bound([CHUNKS_KEY], [CHUNKS_KEY, []]);

/**
 * Everything kept, in one transaction, each chunk opened (its columns' bytes, undone from gzip
 * where it is kept so: kept-compression.ts). The chunks are asked for one by one, not in one
 * request: each then arrives in a task of its own (a 3.6-million-figure import's 350 MB in one
 * would be a long task of copying).
 */
export async function readKept(): Promise<KeptRead> {
  const { record, chunks, revision } = await requestKept();
  const opened = chunks.map((chunk) => chunk.then((kept) => openedChunk(record, kept)));
  return { record, chunks: await Promise.all(opened), revision };
}

/** How many chunks' Blobs are read at once. */
const READ_AT_ONCE = 8;

/**
 * What is kept, in one transaction as readKept, each chunk a promise of its own, in order, its
 * bytes as kept (compressed, where they are: what the digests are of), as it arrives
 * (kept-serve.ts hashes and opens them, one by one).
 */
export function requestKept(): Promise<KeptRequested> {
  return datasetStore('readonly', async (store) => {
    const [record, keys, revision] = await Promise.all([
      promisifyRequest(store.get(KEY)),
      promisifyRequest(store.getAllKeys(chunkKeys())),
      promisifyRequest(store.get(REVISION_KEY)),
    ]);
    // Still in the transaction: asked for as the last answer comes.
    // A few Blobs read at a time, in order: all at once, the first came 1.7–2.1 s after the
    // record (at 100×, 73 chunks), the page waiting for it; one at a time, they came slower.
    const read: Promise<unknown>[] = [];
    const chunks = keys.map((key, index) => {
      const asked = promisifyRequest<unknown>(store.get(key));
      const turn = read[index - READ_AT_ONCE]?.catch(() => undefined);
      const bytes = Promise.all([asked, turn]).then(([kept]) => chunkBytes(kept));
      read.push(bytes);
      return bytes;
    });
    // One failed request fails the transaction, and every one after it: each is handled by
    // whoever awaits it, and none is left unhandled by one who stops at the first.
    for (const chunk of chunks) chunk.catch(() => undefined);
    return {
      record: record as unknown,
      chunks,
      revision: typeof revision === 'number' ? revision : 0,
    };
  });
}

/**
 * A chunk as kept, made bytes: a Blob (as kept-write.ts keeps them) read, off the thread that
 * asks (the browser reads the file it keeps it in); bytes (as they were kept before) as they are.
 * Anything else is given as it is, for the caller to refuse.
 */
export async function chunkBytes(kept: unknown): Promise<unknown> {
  return kept instanceof Blob ? new Uint8Array(await kept.arrayBuffer()) : kept;
}
