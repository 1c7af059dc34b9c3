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
 * (kept-bytes.worker.ts): the record first, then each chunk as it arrives, in order, hashed and
 * its bytes handed over, then the digest of the other parts (the protocol: kept-read-protocol.ts).
 * Reading and hashing a country's 350 MB are then the worker's seconds, not the page's, while
 * the page makes the chunks already read into its views (kept-coming.ts).
 */
export async function serveKept(kept: KeptRequested, post: PostKept): Promise<void> {
  const { record, revision, chunks } = kept;
  post({ type: 'head', record, revision, chunks: chunks.length }, []);
  for (const [index, coming] of chunks.entries()) {
    const chunk = await coming;
    if (chunk instanceof Uint8Array) {
      // Hashed before it is handed over: once sent, its buffer is the page's.
      const digest = await sha256Hex(chunk);
      post({ type: 'chunk', index, chunk, digest }, [chunk.buffer]);
    } else post({ type: 'chunk', index, chunk, digest: null }, []);
  }
  const parts = record == null ? null : digestedParts(record as Partial<KeptRecord>);
  post({ type: 'end', digest: parts == null ? null : await partsDigest(parts) }, []);
}
