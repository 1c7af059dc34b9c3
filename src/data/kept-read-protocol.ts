/**
 * What the kept import's checker (kept-read.worker.ts) answers its one request with: whether the
 * import kept at `revision` is valid; or that nothing is kept; or that the check failed.
 */
export type FromKeptChecker =
  | { type: 'checked'; revision: number; valid: boolean }
  | { type: 'none'; revision: number }
  /** The check failed (the database could not be opened, a bug): the page checks it itself. */
  | { type: 'failed'; message: string };
