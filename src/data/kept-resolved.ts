import { keySet } from '../domain/key-bits';
import { notePlacesOf, openObservations } from '../domain/observation-columns';
import { resolutionOf, resolveObservations, type Place } from '../domain/observations';
import type { Dataset, Observation } from '../domain/schema';
import { withWholeFacts, type WholeFacts } from '../domain/view/district-part';
import { nextTask } from './next-task';
import { letFiguresGo, type ReadBack } from './share-view-work';

/** Rows made objects and resolved in one task: a few milliseconds' work. */
const ROWS_PER_TASK = 5_000;

/**
 * A large kept import, read as it was validated, its figures resolved as they are made from its
 * chunks and none held as read: the dataset its views are built from, whose resolution
 * (domain/observations.ts's `resolveObservations`) is already worked out, and whose figures are
 * let go from the start (read back by `readBack` for a download or an import: share-view-work.ts).
 *
 * The resolution's two passes, a chunk or a slice a task: each chunk's places noted from its
 * columns' keys (no object made, one chunk's columns held at a time), then each chunk opened
 * again and each slice of its rows made objects (of one shape) and resolved at once. The figures
 * as read are thus garbage within the task that made them: at the country's 3.6 million, that
 * many objects the collector neither moves to the old generation nor marks again and again while
 * the rest is read. The result is the one the whole list's resolution gives
 * (tests/unit/kept-resolved.test.ts).
 *
 * Null when the chunks do not hold `count` figures, or cannot be opened: the caller reads the
 * import another way. `onRead`: how many are made so far.
 */
export async function keptResolvedInTasks(
  parts: Omit<Dataset, 'observations'>,
  whole: WholeFacts,
  chunks: readonly (Uint8Array | Promise<unknown>)[],
  count: number,
  readBack: ReadBack,
  onRead: (read: number) => void,
): Promise<Dataset | null> {
  // The dataset as views know it: its figures' count, and the whole's facts from its layout.
  const dataset = withWholeFacts(parts, new Array<Observation>(count), whole);
  const resolution = resolutionOf(dataset, keySet(dataset, count));
  const noteStated = (row: Place) => resolution.noteStated(row);
  let made = 0;
  try {
    let noted = 0;
    // Each as it comes (read by a worker: kept-coming.ts), the first noted while the rest are read.
    for (const coming of chunks) {
      const chunk = await coming;
      if (!(chunk instanceof Uint8Array)) return null;
      await nextTask();
      noted += notePlacesOf(chunk, noteStated);
    }
    if (noted !== count) return null;
    for (const coming of chunks) {
      // Opened in a task of its own, its rows made in the next ones; let go once they are.
      const chunk = (await coming) as Uint8Array;
      await nextTask();
      const opened = openObservations(chunk);
      for (let start = 0; start < opened.length; start += ROWS_PER_TASK) {
        await nextTask();
        const rows = opened.readOfOneShape(start, start + ROWS_PER_TASK);
        for (const obs of rows) resolution.add(obs);
        made += rows.length;
        onRead(made);
      }
    }
  } catch {
    return null;
  }
  resolveObservations.values.set(dataset, resolution.resolved);
  letFiguresGo(dataset, readBack);
  return dataset;
}
