import { openObservations } from '../domain/observation-columns';
import type { Observation } from '../domain/schema';
import { nextTask } from './next-task';

/** Rows made objects in one task: a few milliseconds' work. */
const ROWS_PER_TASK = 10_000;

/**
 * Observations made from columnar chunks (domain/observation-columns.ts) a slice a task, so that
 * a city's 360,000 never make one long task; their repeated texts stay the columns' shared
 * strings. Throws for a chunk that is not of that form, and stops (throwing) once `signal` aborts.
 * `onRead`: how many are made so far, after each slice.
 */
export async function observationsInTasks(
  chunks: readonly Uint8Array[],
  signal?: AbortSignal,
  onRead: (read: number) => void = () => undefined,
): Promise<Observation[]> {
  const observations: Observation[] = [];
  for (const chunk of chunks) {
    await nextTask();
    const opened = openObservations(chunk);
    for (let start = 0; start < opened.length; start += ROWS_PER_TASK) {
      await nextTask();
      signal?.throwIfAborted();
      for (const row of opened.read(start, start + ROWS_PER_TASK)) observations.push(row);
      onRead(observations.length);
    }
  }
  return observations;
}
