import type { WholeFacts } from './view/district-part';

/**
 * Where a dataset's figures are, by district, and what a view of one district shows of the whole
 * (view/district-part.ts): written with the chunks of a kept import (data/kept-write.ts) and in a
 * Parquet file's footer, a row group for a chunk (dataset-parquet.ts), both built by
 * layout-builder.ts, so that a visit to one district's page reads that district's chunks or row
 * groups first and shows it, before the rest is read (data/kept-first-view.ts,
 * data/remote-read.worker.ts). Pure, and importing nothing at run time: the code that reads it
 * loads only with a kept import or a file opened from an address.
 */
export interface DatasetLayout {
  /**
   * Each district's chunks, by their place in the list, for the districts whose figures lie in
   * at most MOST_CHUNKS chunks (a file listed district by district); a district spread over more
   * is not listed, and its page waits for the whole.
   */
  unitChunks: Record<string, number[]>;
  whole: WholeFacts;
}

/** The most chunks a district's first view reads before it is worth reading them all. */
export const MOST_CHUNKS = 4;

/** Whether a kept record's layout is one this build reads (written by another, it may not be). */
export function isDatasetLayout(value: unknown): value is DatasetLayout {
  const layout = value as Partial<DatasetLayout> | null;
  return (
    typeof layout === 'object' &&
    layout !== null &&
    typeof layout.unitChunks === 'object' &&
    layout.unitChunks !== null &&
    Object.values(layout.unitChunks).every(
      (list) => Array.isArray(list) && list.every((index) => Number.isInteger(index) && index >= 0),
    ) &&
    Array.isArray(layout.whole?.years) &&
    layout.whole.years.every((year) => Number.isInteger(year)) &&
    typeof layout.whole.citations === 'object' &&
    layout.whole.citations !== null &&
    Object.values(layout.whole.citations).every((count) => Number.isInteger(count))
  );
}

/**
 * Whether two layouts agree on what a view of `unit` reads and shows: its chunks (row groups),
 * and the whole's years and citations. A file's layout, checked against the one its figures give
 * once every row group is read (data/remote-read.worker.ts).
 */
export function sameForUnit(a: DatasetLayout, b: DatasetLayout, unit: string): boolean {
  const chunksOf = (layout: DatasetLayout) =>
    Object.hasOwn(layout.unitChunks, unit) ? layout.unitChunks[unit] : undefined;
  const citations = (layout: DatasetLayout) =>
    Object.entries(layout.whole.citations).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return (
    JSON.stringify(chunksOf(a)) === JSON.stringify(chunksOf(b)) &&
    JSON.stringify(a.whole.years) === JSON.stringify(b.whole.years) &&
    JSON.stringify(citations(a)) === JSON.stringify(citations(b))
  );
}
