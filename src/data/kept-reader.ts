import type { FromKeptChecker } from './kept-read-protocol';
import { startKeptReader } from './start-kept-reader';

/**
 * Starts checking the kept import in a worker (kept-read.worker.ts): resolves with its verdict
 * and the revision it checked. Null where no worker can start (the single-file build). Rejects
 * when the worker fails (its script could not load, a bug).
 */
export function checkKeptInWorker(): Promise<FromKeptChecker> | null {
  let worker: Worker | null;
  try {
    worker = startKeptReader();
  } catch {
    return null;
  }
  if (!worker) return null;
  const checker = worker;
  return new Promise<FromKeptChecker>((resolve, reject) => {
    checker.onmessage = (event: MessageEvent<FromKeptChecker>) => resolve(event.data);
    checker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`The kept import's checker failed: ${event.message}`));
    };
    checker.postMessage('check');
  }).finally(() => checker.terminate());
}
