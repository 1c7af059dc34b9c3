/// <reference lib="webworker" />
import { validateDataset } from '../domain/validate';
import { datasetParts } from './dataset-parts';
import { keptDataset } from './kept-chunks';
import type { FromKeptReader } from './kept-read-protocol';
import { readKept } from './kept-record';

/**
 * Reads a large kept import off the page's thread: its record and chunks in one transaction,
 * the columns made observations again, every figure validated (a second for 360,000 figures,
 * which on the page would be one long task), then sent to the page in parts, each a short task to
 * receive. Started for one read, and ended by the page once it has the answer.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromKeptReader) => self.postMessage(message);

self.onmessage = () => {
  read().catch((error: unknown) => post({ type: 'failed', message: String(error) }));
};

async function read(): Promise<void> {
  const { record, chunks, revision } = await readKept();
  const kept = record as { format?: number; fileName?: unknown; importedAt?: unknown } | null;
  if (kept == null) {
    post({ type: 'none', revision });
    return;
  }
  const { fileName, importedAt } = kept;
  const dataset =
    typeof fileName === 'string' && typeof importedAt === 'string'
      ? keptDataset(kept, chunks)
      : null;
  const checked = dataset === null ? null : validateDataset(dataset);
  if (!checked?.ok || typeof fileName !== 'string' || typeof importedAt !== 'string') {
    post({ type: 'unreadable', revision });
    return;
  }
  for (const part of datasetParts(checked.data)) post({ type: 'part', ...part });
  post({ type: 'done', revision, fileName, importedAt });
}
