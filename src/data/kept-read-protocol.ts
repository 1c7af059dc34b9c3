/**
 * What the kept import's checker (kept-read.worker.ts) answers its one request with: whether the
 * import kept at `revision` is valid; or that nothing is kept; or that the check failed.
 */
export type FromKeptChecker =
  | { type: 'checked'; revision: number; valid: boolean }
  | { type: 'none'; revision: number }
  /** The check failed (the database could not be opened, a bug): the page checks it itself. */
  | { type: 'failed'; message: string };

/**
 * What the kept import's reader (kept-bytes.worker.ts) sends, in this order: what is kept with
 * its revision and how many chunks it has; each chunk as it is read, in order, its bytes handed
 * over (not copied); then every chunk's SHA-256, and the dataset's other parts' last. Or, at any
 * point, that it failed. A digest is null where Web Crypto is missing, or for a chunk that is not
 * bytes (sent as it is).
 */
export type FromKeptBytes =
  | { type: 'head'; record: unknown; revision: number; chunks: number }
  | { type: 'chunk'; index: number; chunk: unknown }
  | { type: 'end'; digests: (string | null)[] }
  | { type: 'failed'; message: string };

/**
 * To the worker that opens every other chunk (kept-open.worker.ts), over the port the reader was
 * given: a chunk as kept, its bytes handed over; and its answer, the chunk opened (null when it
 * cannot be: damaged).
 */
export interface ToKeptOpener {
  index: number;
  chunk: Uint8Array;
}
export interface FromKeptOpener {
  index: number;
  opened: Uint8Array | null;
}
