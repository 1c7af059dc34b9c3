/** The single-file build's stand-in for start-import-worker.ts: no worker; the page reads the file. */
export function startImportWorker(): Worker | null {
  return null;
}

/** Whether the page reads an import's file itself, within its lower limits: here, always. */
export const FILE_READ_ON_PAGE = true;
