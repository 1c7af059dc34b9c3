import type { Lang } from '../domain/url-state';
import type { FirstViewAsked } from './kept-first-view';
import { takeRepairNote } from './dataset-database';
import { readKeptRecord, type KeptRead, type StoredRead } from './kept-record';
import { SAVED_IMPORT_COOKIE, SAVED_IMPORT_FLAG } from './saved-import-flag';

export { StoredChangedError, type StoredDataset, type StoredRead } from './kept-record';

/** Where a change is announced to the other tabs: a BroadcastChannel, and the storage event. */
const CHANNEL = 'district-dashboard';
const REVISION_FLAG = 'district-dashboard:revision';

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
  try {
    document.cookie = `${SAVED_IMPORT_COOKIE}=1; path=/; SameSite=Strict; max-age=${saved ? 31_536_000 : 0}`;
  } catch {
    // No cookies (a file opened from disk): localStorage's flag alone.
  }
}

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

let early: Promise<Omit<KeptRead, 'chunks'>> | null = null;

/**
 * Starts reading the saved import at once, while the rest of the app's code is still being
 * loaded and run (opening the browser's database takes a while on a first visit); the next
 * readStoredDataset() takes this read instead of starting its own.
 */
export function startReadingStoredDataset(): void {
  if (!hasIndexedDb() || early) return;
  early = readKeptRecord();
  // Handled where it is awaited; a failure before then must not surface on its own.
  early.catch(() => undefined);
}

/** The revision of what is kept (0 where nothing can be kept), its chunks not read. */
export async function keptRevision(): Promise<number> {
  if (!hasIndexedDb()) return 0;
  const reading = early ?? readKeptRecord();
  early = null;
  return reading.then((read) => read.revision).catch(() => 0);
}

/**
 * Reads and checks the saved import; a large one's views' shared work is done in `lang` before it
 * is returned, and the district `opening` names may be shown before it, from its own figures
 * (kept-load.ts). Never throws: a browser without storage has none.
 */
export async function readStoredDataset(
  lang: Lang,
  opening?: Omit<FirstViewAsked, 'revision'>,
): Promise<StoredRead> {
  if (!hasIndexedDb()) return { kind: 'none', revision: 0 };
  const reading = early ?? readKeptRecord();
  early = null;
  let first: Omit<KeptRead, 'chunks'>;
  try {
    first = await reading;
  } catch {
    // Storage that cannot be opened (a private window) holds nothing of ours.
    return { kind: 'none', revision: 0 };
  }
  const { record: raw, revision } = first;
  // Kept in step with what is saved, also for an import saved before the flag existed.
  noteSavedImport(raw != null);
  // A damaged database made again: whatever it kept is gone, and the user is told.
  if (takeRepairNote()) return { kind: 'unreadable', revision };
  if (raw == null) return { kind: 'none', revision };
  // The code that reads a kept import (its chunks, in a worker when large) loads for one alone.
  return (await import('./kept-load')).loadKept(raw, lang, opening && { ...opening, revision });
}

/**
 * Keeps an import, written by `write` (kept-write.ts's writeStoredDataset, here or in the
 * import's worker, which holds the dataset) in place of the revision the tab's report was on.
 * Returns the new revision, announced to the other tabs.
 */
export async function saveStoredDataset(write: () => Promise<number>): Promise<number> {
  if (!hasIndexedDb()) throw new Error('This browser cannot keep data (no IndexedDB).');
  noteSavedImport(true);
  const revision = await write();
  announce(revision);
  return revision;
}

/** Forgets the kept import, if it is still revision `basedOn`'s (see writeKept). */
export async function clearStoredDataset(basedOn: number): Promise<number> {
  if (!hasIndexedDb()) return basedOn;
  const { writeKept, deleteKept } = await import('./kept-change');
  const revision = await writeKept(basedOn, deleteKept);
  announce(revision);
  noteSavedImport(false);
  return revision;
}

let channel: BroadcastChannel | null | undefined;
const broadcast = () =>
  (channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null);

function announce(revision: number): void {
  broadcast()?.postMessage({ revision });
  try {
    // The storage event, for a browser without BroadcastChannel; a no-op where both exist.
    localStorage.setItem(REVISION_FLAG, String(revision));
  } catch {
    // No localStorage: the channel alone.
  }
}

/**
 * Calls `listener` when another tab has changed what is kept. Nothing is taken from the message:
 * the listener reads what is kept. Returns the way to stop listening.
 */
export function onKeptChangedElsewhere(listener: () => void): () => void {
  const current = broadcast();
  const onMessage = () => listener();
  const onStorage = (event: StorageEvent) => {
    if (event.key === REVISION_FLAG) listener();
  };
  current?.addEventListener('message', onMessage);
  window.addEventListener('storage', onStorage);
  return () => {
    current?.removeEventListener('message', onMessage);
    window.removeEventListener('storage', onStorage);
  };
}
