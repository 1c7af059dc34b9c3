/**
 * Starts the worker that opens a dataset from its address (remote-read.worker.ts). The
 * single-file build uses start-remote-reader.single.ts instead (vite.config.ts): a page opened
 * from disk carries no worker and may fetch nothing.
 */
export function startRemoteReader(): Worker | null {
  return new Worker(new URL('./remote-read.worker.ts', import.meta.url), { type: 'module' });
}

/** Whether this build can open data from a web address (the form is offered only then). */
export const CAN_OPEN_ADDRESSES = true;
