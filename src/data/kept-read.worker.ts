/// <reference lib="webworker" />
import { validateDataset } from '../domain/validate';
import { keptDataset } from './kept-chunks';
import type { FromKeptChecker } from './kept-read-protocol';
import { readKept } from './kept-read';

/**
 * Validates a large kept import off the page's thread, while the page reads the same import for
 * itself (kept-reader.ts): the record and chunks read in one transaction, the columns made
 * observations again and every figure validated (a second for 360,000 figures, which on the page
 * would be one long task). Only the verdict is sent: objects sent by message would be copied,
 * every text of every figure a string of its own (2 GB on the page at 3.6 million figures,
 * against 1.2 GB with the columns' shared strings). Started for one check, then ended.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromKeptChecker) => self.postMessage(message);

self.onmessage = () => {
  check().catch((error: unknown) => post({ type: 'failed', message: String(error) }));
};

async function check(): Promise<void> {
  const { record, chunks, revision } = await readKept();
  if (record == null) {
    post({ type: 'none', revision });
    return;
  }
  const dataset = keptDataset(record as { format?: number; dataset?: unknown }, chunks);
  post({ type: 'checked', revision, valid: dataset !== null && validateDataset(dataset).ok });
}
