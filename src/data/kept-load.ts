import type { Dataset } from '../domain/schema';
import { validateDataset } from '../domain/validate';
import { keptDataset } from './kept-chunks';
import { readKeptInWorker } from './kept-reader';
import { readKept, type StoredRead } from './kept-record';

/**
 * A kept import, read once its record is known to be there (stored-dataset.ts reads the record
 * first, as the page starts): a module of its own, loaded for a kept import alone.
 */

/**
 * A kept import of more figures than this is read in a worker (kept-reader.ts): putting its
 * columns back together and validating it would be long tasks on the page (a second for
 * 360,000 figures). Smaller ones are read on the page, sooner than a worker could start.
 */
export const READ_IN_WORKER_FROM = 50_000;

/**
 * The import whose record is `record`: read and validated; a large one (more figures than
 * STEPS_FROM) is handed to `prepare` before it is returned (dataset-query.ts: its views' shared
 * work, a step a task, before any render reads it).
 */
export async function loadKept(
  record: unknown,
  prepare: (dataset: Dataset) => Promise<void>,
): Promise<StoredRead> {
  const count = (record as { observations?: unknown }).observations;
  let read: StoredRead | null = null;
  if (typeof count === 'number' && count > READ_IN_WORKER_FROM) {
    try {
      read = await (readKeptInWorker() ?? null);
    } catch {
      // The worker could not start or failed: read on the page, as a small import is.
    }
  }
  read ??= await readOnPage();
  if (read.kind === 'ok' && read.stored.dataset.observations.length > STEPS_FROM)
    await prepare(read.stored.dataset);
  return read;
}

/**
 * Reads the kept import on the page: its record and chunks again, in one transaction (so they
 * agree, whatever another tab saved since the record was read), put back together and validated.
 */
async function readOnPage(): Promise<StoredRead> {
  let kept;
  try {
    kept = await readKept();
  } catch {
    return { kind: 'none', revision: 0 };
  }
  const { revision } = kept;
  if (kept.record == null) return { kind: 'none', revision };
  const record = kept.record as { fileName?: unknown; importedAt?: unknown; format?: number };
  const { fileName, importedAt } = record;
  if (typeof fileName !== 'string' || typeof importedAt !== 'string')
    return { kind: 'unreadable', revision };
  const dataset = keptDataset(record, kept.chunks);
  const checked = dataset === null ? null : validateDataset(dataset);
  if (!checked?.ok) return { kind: 'unreadable', revision };
  return { kind: 'ok', revision, stored: { dataset: checked.data, fileName, importedAt } };
}

/** Figures a dataset has before its shared view work is done in steps (a step's worth). */
const STEPS_FROM = 20_000;
