import { promisifyRequest } from 'idb-keyval';
import type { DatasetLayout } from '../domain/dataset-layout';
import type { Dataset } from '../domain/schema';
import { datasetStore } from './dataset-database';

/** An import as the app holds it: the dataset, where it came from, and when. */
export interface StoredDataset {
  dataset: Dataset;
  fileName: string;
  importedAt: string;
}

/**
 * What is kept, and its revision: a number raised by every save and every clear, in the same
 * transaction, so that a tab can tell whether what it shows is still what is kept.
 */
export type StoredRead = { revision: number } & (
  | { kind: 'none' }
  | { kind: 'ok'; stored: StoredDataset }
  /** Something is saved but it cannot be used: the bundled data is shown, and the user told. */
  | { kind: 'unreadable' }
);

/**
 * What the browser keeps of it, under KEY: the dataset without its observations, which are kept
 * in `chunks` records of columnar bytes under [CHUNKS_KEY, 0…] (domain/observation-columns.ts),
 * each a Blob (kept-write.ts; bytes as they were kept before, still read), so that no stored
 * value is large (Chromium refuses one over 127 MB; a city's decade of quarters
 * would be one of about 900 MB as objects). Format 1, the whole dataset as one value, is still read.
 */
export interface KeptRecord {
  format: 2;
  dataset: Omit<Dataset, 'observations'>;
  fileName: string;
  importedAt: string;
  chunks: number;
  /**
   * Its chunks are kept gzip-compressed (kept-compression.ts); absent, as written (by a browser
   * without CompressionStream, or an earlier version). Its digests are of the bytes as kept.
   */
  compression?: 'gzip';
  observations: number;
  /**
   * Written with an import this build's validator accepted: the rules' fingerprint and the
   * SHA-256 of each chunk, then of the dataset's other parts (kept-digest.ts). A visit by a build of the same rules that finds the same
   * bytes need not validate every figure again (kept-load.ts).
   */
  validated?: { rules: string; digests: string[] };
  /**
   * Which chunks hold each district's figures, and what its view shows of the whole
   * (domain/dataset-layout.ts): a visit to one district's page reads that district's chunks
   * first (kept-first-view.ts). Covered by the digest of the dataset's other parts.
   */
  layout?: DatasetLayout;
}

/** The keys of the database's one store: the import, its observations, the revision of what is kept. */
export const KEY = 'imported-dataset';
export const CHUNKS_KEY = 'imported-observations';
export const REVISION_KEY = 'revision';

/** What is kept, as read in one transaction (so the parts agree): the record, its chunks, the revision. */
export interface KeptRead {
  record: unknown;
  chunks: unknown[];
  revision: number;
}

/** What is kept, as asked for in one transaction: each chunk a promise, in order. */
export interface KeptRequested {
  record: unknown;
  chunks: Promise<unknown>[];
  revision: number;
}

/** The record and the revision alone (its chunks not read): what a visit reads first. */
export function readKeptRecord(): Promise<Omit<KeptRead, 'chunks'>> {
  return datasetStore('readonly', async (store) => {
    const [record, revision] = await Promise.all([
      promisifyRequest(store.get(KEY)),
      promisifyRequest(store.get(REVISION_KEY)),
    ]);
    return { record: record as unknown, revision: typeof revision === 'number' ? revision : 0 };
  });
}

/** Another tab saved or cleared an import since this one read what is kept. */
export class StoredChangedError extends Error {
  constructor(readonly revision: number) {
    super(`The kept import changed (revision ${revision})`);
    this.name = 'StoredChangedError';
  }
}
