import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '../domain/schema';
import { validateDataset } from './dataset-check';
import { SAVED_IMPORT_FLAG } from './saved-import-flag';

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

/**
 * Whether something is saved, kept where index.html's inline script can read it before any other
 * script has run: the page the build drew from the bundled data is not shown over an import
 * (src/rendering/build-drawn-page-flags.ts). Set before an import is saved and cleared after it
 * is deleted, so it errs towards the loading state; a browser that refuses localStorage never
 * shows that page.
 */
function noteSavedImport(saved: boolean): void {
  try {
    if (saved) localStorage.setItem(SAVED_IMPORT_FLAG, '1');
    else localStorage.removeItem(SAVED_IMPORT_FLAG);
  } catch {
    // No localStorage: the inline script cannot read it either, and shows the loading state.
  }
}

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
  // Kept in step with what is saved, also for an import saved before the flag existed.
  noteSavedImport(raw != null);
  if (raw == null) return { kind: 'none' };
  const record = raw as Partial<StoredDataset>;
  if (
    record.format !== 1 ||
    typeof record.fileName !== 'string' ||
    typeof record.importedAt !== 'string'
  ) {
    return { kind: 'unreadable' };
  }
  const checked = await validateDataset(record.dataset);
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
  noteSavedImport(true);
  await set(KEY, stored, database());
}

export async function clearStoredDataset(): Promise<void> {
  if (!hasIndexedDb()) return;
  await del(KEY, database());
  noteSavedImport(false);
}
