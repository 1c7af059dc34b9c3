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

/**
 * Set by the reader (remote-dataset.ts), read by the page's banner through useSyncExternalStore:
 * a plain store, so the reader's chunk, loaded on demand, brings no React of its own.
 */
let current: RemoteProgress | null = null;
const listeners = new Set<() => void>();

export const remoteProgress = {
  get: (): RemoteProgress | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function setRemoteProgress(progress: RemoteProgress | null): void {
  current = progress;
  for (const listener of listeners) listener();
}
