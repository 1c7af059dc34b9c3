/** What this site keeps in the browser, and what is left: the browser's own estimate. */
export interface StorageUse {
  usedBytes: number;
  /** What the browser would still let this site keep (its quota less what is used). */
  freeBytes: number;
  /** Whether the browser keeps it under storage pressure; null where it cannot say. */
  persisted: boolean | null;
}

const storageManager = (): StorageManager | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

/** The last request to persist, answered or not: what is said of the data waits for its answer. */
let asking: Promise<boolean> | null = null;

/** The browser's estimate; null where there is none (an old browser, a file opened from disk). */
export async function storageUse(): Promise<StorageUse | null> {
  const storage = storageManager();
  if (typeof storage?.estimate !== 'function') return null;
  try {
    await asking;
    const { usage, quota } = await storage.estimate();
    if (usage == null || quota == null || !(quota >= usage)) return null;
    const persisted = typeof storage.persisted === 'function' ? await storage.persisted() : null;
    return { usedBytes: usage, freeBytes: quota - usage, persisted };
  } catch {
    return null;
  }
}

/**
 * Asks the browser to keep this site's data when the machine runs short of space (it may ask the
 * user, or decide by how the site is used). Called when an import is kept, the one time the data
 * could not be had again from the site. Never throws; false where it was not granted.
 */
export function askToPersist(): Promise<boolean> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return Promise.resolve(false);
  asking = storage.persist().catch(() => false);
  return asking;
}
