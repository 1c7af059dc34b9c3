/**
 * How far a kept import is being read back (kept-load.ts): its figures made objects, then its
 * views' shared work. Said by whoever waits on it with nothing else to show, the import dialog
 * that has just kept a large import and shows it from storage. Null when none is being read.
 */
export type KeptLoadProgress =
  { step: 'read'; read: number; total: number } | { step: 'prepare'; total: number };

let current: KeptLoadProgress | null = null;
const listeners = new Set<() => void>();

export const keptLoadProgress = {
  get: (): KeptLoadProgress | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(progress: KeptLoadProgress | null): void {
    current = progress;
    for (const listener of listeners) listener();
  },
};
