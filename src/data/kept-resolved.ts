import { figureKeys, type KeySet } from '../domain/figure-keys';
import { keySet } from '../domain/key-bits';
import { openObservations } from '../domain/observation-columns';
import {
  resolutionOf,
  resolveObservations,
  type ResolvedObservation,
} from '../domain/observations';
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
 * One pass, a slice a task, each chunk as it comes (read by a worker: kept-coming.ts): each slice
 * of its rows made objects (of one shape), each figure's place noted and the figure resolved at
 * once. The figures as read are thus garbage within the task that made them: at the country's
 * 3.6 million, that many objects the collector neither moves to the old generation nor marks
 * again and again while the rest is read. The resolution's two passes (every stated place noted,
 * then each figure resolved) become one here: a growth whose compared-with figure is not noted
 * yet gets its derived companion, which is dropped at the end if that figure comes later
 * (`withoutLaterStated`). The result is the one the whole list's resolution gives
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
  const stated = keySet(dataset, count);
  const resolution = resolutionOf(dataset, stated);
  const { resolved } = resolution;
  const keys = figureKeys(dataset);
  // Derived companions added before every place was noted: where each is, and the place it is for.
  const companions: { at: number; key: number }[] = [];
  let made = 0;
  try {
    for (const coming of chunks) {
      const chunk = await coming;
      if (!(chunk instanceof Uint8Array)) return null;
      // Opened in a task of its own, its rows made in the next ones; let go once they are.
      await nextTask();
      const opened = openObservations(chunk);
      for (let start = 0; start < opened.length; start += ROWS_PER_TASK) {
        await nextTask();
        const rows = opened.readOfOneShape(start, start + ROWS_PER_TASK);
        for (const obs of rows) {
          resolution.noteStated(obs);
          const before = resolved.length;
          resolution.add(obs);
          if (resolved.length - before === 2 && obs.statedGrowth) {
            const key = keys.of(obs.unit, obs.metric, obs.statedGrowth.comparedTo, obs.topic);
            if (key !== undefined) companions.push({ at: before + 1, key });
          }
        }
        made += rows.length;
        onRead(made);
      }
    }
  } catch {
    return null;
  }
  if (made !== count) return null;
  await nextTask();
  withoutLaterStated(resolved, companions, stated);
  resolveObservations.values.set(dataset, resolved);
  letFiguresGo(dataset, readBack);
  return dataset;
}

/**
 * The resolution without the derived companions whose figure turned out to be stated, later in
 * the data than the growth they were derived from: what the two passes' resolution would never
 * have added. Kept in order, in place.
 */
export function withoutLaterStated(
  resolved: ResolvedObservation[],
  companions: readonly { at: number; key: number }[],
  stated: KeySet,
): void {
  const dropped = companions.filter(({ key }) => stated.has(key)).map(({ at }) => at);
  if (dropped.length === 0) return;
  let kept = dropped[0]!;
  let next = 0;
  for (let at = kept; at < resolved.length; at += 1) {
    if (at === dropped[next]) {
      next += 1;
      continue;
    }
    resolved[kept] = resolved[at]!;
    kept += 1;
  }
  resolved.length = kept;
}
