/** The single-file build's stand-in for start-workbook-worker.ts: no worker; the page writes. */
export function startWorkbookWorker(): Worker | null {
  return null;
}
