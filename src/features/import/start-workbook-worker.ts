/**
 * Starts the worker that writes the data's workbook. The single-file build uses
 * start-workbook-worker.single.ts instead (vite.config.ts): its page allows only its own inline
 * scripts, so it carries no worker.
 */
export function startWorkbookWorker(): Worker | null {
  return new Worker(new URL('./workbook.worker.ts', import.meta.url), { type: 'module' });
}
