/**
 * Starts the worker that reads a large kept import (kept-read.worker.ts). The single-file build
 * uses start-kept-reader.single.ts instead (vite.config.ts): its page allows only its own inline
 * scripts, so it carries no worker and reads on the page.
 */
export function startKeptReader(): Worker | null {
  return new Worker(new URL('./kept-read.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts the worker that reads a kept import's chunks for the page (kept-bytes.worker.ts). */
export function startKeptBytesReader(): Worker | null {
  return new Worker(new URL('./kept-bytes.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts the worker that opens every other chunk for the one that reads them (kept-open.worker.ts). */
export function startKeptOpener(): Worker | null {
  return new Worker(new URL('./kept-open.worker.ts', import.meta.url), { type: 'module' });
}
