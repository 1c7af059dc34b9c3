import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '../domain/schema';
import { validateDataset } from '../domain/validate';

/** What the browser keeps of an import: the dataset, where it came from, and when. */
export interface StoredDataset {
  format: 1;
  dataset: Dataset;
  fileName: string;
  importedAt: string;
}

export type StoredRead =
  | { kind: 'none' }
  | { kind: 'ok'; stored: StoredDataset }
  /** Something is saved but it cannot be used: the bundled data is shown, and the user told. */
  | { kind: 'unreadable' };

const KEY = 'imported-dataset';
let store: UseStore | null = null;
const database = () => (store ??= createStore('district-dashboard', 'datasets'));

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

let early: Promise<unknown> | null = null;

/**
 * Starts reading the saved import at once, while the rest of the app's code is still being
 * loaded and run (opening the browser's database takes a while on a first visit); the next
 * readStoredDataset() takes this read instead of starting its own.
 */
export function startReadingStoredDataset(): void {
  if (!hasIndexedDb() || early) return;
  early = get(KEY, database());
  // Handled where it is awaited; a failure before then must not surface on its own.
  early.catch(() => undefined);
}

/** Reads and checks the saved import. Never throws: a browser without storage has none. */
export async function readStoredDataset(): Promise<StoredRead> {
  if (!hasIndexedDb()) return { kind: 'none' };
  const reading = early ?? get(KEY, database());
  early = null;
  let raw: unknown;
  try {
    raw = await reading;
  } catch {
    // Storage that cannot be opened (a private window) holds nothing of ours.
    return { kind: 'none' };
  }
  if (raw == null) return { kind: 'none' };
  const record = raw as Partial<StoredDataset>;
  if (
    record.format !== 1 ||
    typeof record.fileName !== 'string' ||
    typeof record.importedAt !== 'string'
  ) {
    return { kind: 'unreadable' };
  }
  const checked = validateDataset(record.dataset);
  if (!checked.ok) return { kind: 'unreadable' };
  return {
    kind: 'ok',
    stored: {
      format: 1,
      dataset: checked.data,
      fileName: record.fileName,
      importedAt: record.importedAt,
    },
  };
}

export async function saveStoredDataset(stored: StoredDataset): Promise<void> {
  if (!hasIndexedDb()) throw new Error('This browser cannot keep data (no IndexedDB).');
  await set(KEY, stored, database());
}

export async function clearStoredDataset(): Promise<void> {
  if (!hasIndexedDb()) return;
  await del(KEY, database());
}
