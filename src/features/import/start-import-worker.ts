/**
 * Starts the import's worker. The single-file build uses start-import-worker.single.ts instead
 * (vite.config.ts): its page allows only its own inline scripts, so it carries no worker, and
 * its folder stays one file.
 */
export function startImportWorker(): Worker | null {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/** Whether the page reads an import's file itself, within its lower limits: not here. */
export const FILE_READ_ON_PAGE = false;
