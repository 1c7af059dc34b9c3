import { keptCompressed, openedChunk } from './kept-compression';
import { digestedParts, partsDigest, sha256Hex } from './kept-digest';
import type { FromKeptBytes } from './kept-read-protocol';
import type { KeptRecord, KeptRequested } from './kept-record';

/** Sends a message, handing over the buffers listed rather than copying them. */
export type PostKept = (message: FromKeptBytes, transfer: Transferable[]) => void;

/**
 * The worker's one job (kept-bytes.worker.ts): what `request` reads (kept-read.ts's requestKept),
 * served as below; its failure, wherever it comes, sent as a failure.
 */
export function serveRequest(request: () => Promise<KeptRequested>, post: PostKept): Promise<void> {
  return request()
    .then((kept) => serveKept(kept, post))
    .catch((error: unknown) => post({ type: 'failed', message: String(error) }, []));
}

/**
 * Hands what is kept (kept-read.ts's requestKept) to the page, from the worker that read it
 * (kept-bytes.worker.ts): the record first, then each chunk as it arrives, in order, its bytes
 * as kept hashed and the chunk opened (undone from gzip: kept-compression.ts) and handed over,
 * then every digest, the other parts' last (the protocol: kept-read-protocol.ts). Reading,
 * hashing and opening a country's chunks are then the worker's seconds, not the page's, while
 * the page makes the chunks already read into its views (kept-coming.ts).
 */
export async function serveKept(kept: KeptRequested, post: PostKept): Promise<void> {
  const { record, revision, chunks } = kept;
  post({ type: 'head', record, revision, chunks: chunks.length }, []);
  const hashes: Promise<string | null>[] = [];
  const compressed = keptCompressed(record);
  for (const [index, coming] of chunks.entries()) {
    const chunk = await coming;
    if (compressed && chunk instanceof Uint8Array) {
      // Hashed as kept (the digest takes its copy of the bytes as it is asked), then opened; a
      // chunk that cannot be opened is sent as null, which the page refuses.
      hashes.push(sha256Hex(chunk));
      const opened = await openedChunk(record, chunk);
      post(
        { type: 'chunk', index, chunk: opened },
        opened instanceof Uint8Array ? [opened.buffer] : [],
      );
    } else if (chunk instanceof Uint8Array) {
      // Handed over at once, the page's to make figures of while a copy is hashed here (a
      // millisecond to copy; the hash, tens).
      const copy = chunk.slice();
      post({ type: 'chunk', index, chunk }, [chunk.buffer]);
      hashes.push(sha256Hex(copy));
    } else {
      post({ type: 'chunk', index, chunk }, []);
      hashes.push(Promise.resolve(null));
    }
  }
  const parts = record == null ? null : digestedParts(record as Partial<KeptRecord>);
  hashes.push(parts == null ? Promise.resolve(null) : partsDigest(parts));
  post({ type: 'end', digests: await Promise.all(hashes) }, []);
}
