import { decodeObservationChunks } from '../domain/observation-columns';
import type { Dataset } from '../domain/schema';
import type { KeptRecord } from './kept-record';

/**
 * The dataset a kept record holds, not yet validated: format 1's as it is (the whole dataset as one
 * value), format 2's put back together from its columnar chunks. Null when the parts do not add up (a chunk missing or
 * damaged): then nothing of it is shown.
 */
export function keptDataset(
  record: Partial<{ format: number; dataset: unknown }>,
  chunks: unknown[],
): unknown {
  if (record.format === 1) return record.dataset;
  if (record.format !== 2) return null;
  const kept = record as Partial<KeptRecord>;
  if (
    typeof kept.dataset !== 'object' ||
    kept.dataset === null ||
    kept.chunks !== chunks.length ||
    !chunks.every((chunk) => chunk instanceof Uint8Array)
  ) {
    return null;
  }
  let observations: Dataset['observations'];
  try {
    observations = decodeObservationChunks(chunks as Uint8Array[]);
  } catch {
    // Bytes that are not columns, or columns not of this form: damaged, never guessed at.
    return null;
  }
  if (observations.length !== kept.observations) return null;
  return { ...kept.dataset, observations };
}
