import type { DatasetPart } from './dataset-parts';

/**
 * What the kept import's reader (kept-read.worker.ts) answers its one request with: the dataset
 * in parts, then where it came from; or that nothing usable is kept.
 */
export type FromKeptReader =
  | ({ type: 'part' } & DatasetPart)
  | { type: 'done'; revision: number; fileName: string; importedAt: string }
  | { type: 'none'; revision: number }
  | { type: 'unreadable'; revision: number }
  /** The read failed (the database could not be opened, a bug): the page reads it itself. */
  | { type: 'failed'; message: string };
