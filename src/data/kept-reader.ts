import { datasetAssembler } from './dataset-parts';
import type { FromKeptReader } from './kept-read-protocol';
import type { StoredDataset, StoredRead } from './kept-record';
import { startKeptReader } from './start-kept-reader';

/**
 * Reads the kept import in a worker (kept-read.worker.ts), the page receiving it in parts. Null
 * where no worker can start (the single-file build): the caller reads on the page. Rejects when
 * the worker fails (its script could not load, a bug), for the caller to read on the page.
 */
export function readKeptInWorker(): Promise<StoredRead> | null {
  let worker: Worker | null;
  try {
    worker = startKeptReader();
  } catch {
    return null;
  }
  if (!worker) return null;
  const reader = worker;
  const add = datasetAssembler();
  return new Promise<StoredRead>((resolve, reject) => {
    let dataset: StoredDataset['dataset'] | null = null;
    reader.onmessage = (event: MessageEvent<FromKeptReader>) => {
      const message = event.data;
      if (message.type === 'part') {
        dataset = add(message) ?? dataset;
        return;
      }
      reader.terminate();
      if (message.type === 'failed') reject(new Error(message.message));
      else if (message.type !== 'done') {
        resolve({ kind: message.type, revision: message.revision });
      } else if (dataset) {
        const { fileName, importedAt, revision } = message;
        resolve({ kind: 'ok', stored: { dataset, fileName, importedAt }, revision });
      } else reject(new Error('The kept import ended before its parts came.'));
    };
    reader.onerror = (event) => {
      event.preventDefault();
      reader.terminate();
      reject(new Error(`The kept import's reader failed: ${event.message}`));
    };
    reader.postMessage('read');
  });
}
