import { gunzipBytes, keptCompressed, openedChunk } from './kept-compression';
import { digestedParts, partsDigest, sha256Hex } from './kept-digest';
import type { FromKeptBytes, FromKeptOpener, ToKeptOpener } from './kept-read-protocol';
import type { KeptRecord, KeptRequested } from './kept-record';

/** Sends a message, handing over the buffers listed rather than copying them. */
export type PostKept = (message: FromKeptBytes, transfer: Transferable[]) => void;

/**
 * Opens a chunk kept compressed (kept-compression.ts): `index`, its place; each opener opens the
 * chunks it is given one after another, in the order given, so the first is ready first.
 */
export type OpenChunk = (index: number, record: unknown, chunk: Uint8Array) => Promise<unknown>;

/** Opens every chunk here, one after another. */
export function openingHere(): OpenChunk {
  let last: Promise<unknown> = Promise.resolve();
  return (_index, record, chunk) => {
    const opened = last.then(() => openedChunk(record, chunk));
    last = opened;
    return opened;
  };
}

/**
 * Opens every other chunk through `port` (a worker serving `serveOpening`), the rest here: on two
 * cores, a year's page, whose own work is small, waits for the chunks to be opened, which is then
 * two threads' work rather than one's. A chunk sent is handed over, not copied.
 */
export function openingBeside(port: MessagePort): OpenChunk {
  const here = openingHere();
  const waiting = new Map<number, (opened: Uint8Array | null) => void>();
  port.onmessage = ({ data }: MessageEvent<FromKeptOpener>) => {
    waiting.get(data.index)?.(data.opened);
    waiting.delete(data.index);
  };
  return (index, record, chunk) => {
    if (index % 2 === 0 || !keptCompressed(record)) return here(index, record, chunk);
    return new Promise((resolve) => {
      waiting.set(index, resolve);
      const message: ToKeptOpener = { index, chunk };
      port.postMessage(message, [chunk.buffer]);
    });
  };
}

/**
 * The opener's one job (kept-open.worker.ts): each chunk sent over `port` opened, in turn, and
 * sent back.
 */
export function serveOpening(port: MessagePort): void {
  let last: Promise<unknown> = Promise.resolve();
  port.onmessage = ({ data: { index, chunk } }: MessageEvent<ToKeptOpener>) => {
    last = last
      .then(() => gunzipBytes(chunk))
      .catch(() => null)
      .then((opened) => {
        const answer: FromKeptOpener = { index, opened };
        port.postMessage(answer, opened ? [opened.buffer] : []);
      });
  };
}

/**
 * The worker's one job (kept-bytes.worker.ts): what `request` reads (kept-read.ts's requestKept),
 * served as below, its chunks opened by `open`; its failure, wherever it comes, sent as a
 * failure.
 */
export function serveRequest(
  request: () => Promise<KeptRequested>,
  post: PostKept,
  open: OpenChunk = openingHere(),
): Promise<void> {
  return request()
    .then((kept) => serveKept(kept, post, open))
    .catch((error: unknown) => post({ type: 'failed', message: String(error) }, []));
}

/** A chunk ready to send: its bytes (opened), whether they are handed over, its digest as kept. */
interface Ready {
  chunk: unknown;
  handOver: boolean;
  digest: Promise<string | null>;
}

/**
 * Hands what is kept (kept-read.ts's requestKept) to the page, from the worker that read it
 * (kept-bytes.worker.ts): the record first, then each chunk, in order, its bytes as kept hashed
 * as it arrives and the chunk opened by `open` (undone from gzip: kept-compression.ts) and handed
 * over, then every digest, the other parts' last (the protocol: kept-read-protocol.ts). Reading,
 * hashing and opening a country's chunks are then the workers' seconds, not the page's, while
 * the page makes the chunks already read into its views (kept-coming.ts).
 */
export async function serveKept(
  kept: KeptRequested,
  post: PostKept,
  open: OpenChunk = openingHere(),
): Promise<void> {
  const { record, revision, chunks } = kept;
  post({ type: 'head', record, revision, chunks: chunks.length }, []);
  const compressed = keptCompressed(record);
  const ready = chunks.map((coming, index) =>
    coming.then(async (chunk): Promise<Ready> => {
      if (!(chunk instanceof Uint8Array))
        return { chunk, handOver: false, digest: Promise.resolve(null) };
      if (!compressed) {
        // Handed over as it is, the page's to make figures of while a copy is hashed here (a
        // millisecond to copy; the hash, tens).
        return { chunk, handOver: true, digest: sha256Hex(chunk.slice()) };
      }
      // Hashed as kept (the digest takes its copy of the bytes as it is asked), then opened; a
      // chunk that cannot be opened is sent as null, which the page refuses.
      const digest = sha256Hex(chunk);
      const opened = await open(index, record, chunk);
      return { chunk: opened, handOver: opened instanceof Uint8Array, digest };
    }),
  );
  // Each is awaited in order below; a failed read fails the rest, handled there.
  for (const each of ready) each.catch(() => undefined);
  const digests: Promise<string | null>[] = [];
  for (const [index, each] of ready.entries()) {
    const { chunk, handOver, digest } = await each;
    post({ type: 'chunk', index, chunk }, handOver ? [(chunk as Uint8Array).buffer] : []);
    digests.push(digest);
  }
  const parts = record == null ? null : digestedParts(record as Partial<KeptRecord>);
  digests.push(parts == null ? Promise.resolve(null) : partsDigest(parts));
  post({ type: 'end', digests: await Promise.all(digests) }, []);
}
