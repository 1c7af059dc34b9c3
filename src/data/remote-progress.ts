import { plainStore } from './plain-store';

/** How far the dataset opened from an address has been read: rows of how many, bytes fetched. */
export interface RemoteProgress {
  /** Known once the file's footer is read. */
  totalRows: number | null;
  totalBytes: number | null;
  rowsRead: number;
  bytesFetched: number;
  requests: number;
  /** Read whole; its figures being checked and handed to the page. */
  checking: boolean;
}

/** Set by the reader (remote-dataset.ts), read by the page's banner (plain-store.ts). */
export const remoteProgress = plainStore<RemoteProgress | null>(null);
export const setRemoteProgress = remoteProgress.set;
