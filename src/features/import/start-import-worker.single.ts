/** The single-file build's stand-in for start-import-worker.ts: no worker; the page reads the file. */
export function startImportWorker(): Worker | null {
  return null;
}
