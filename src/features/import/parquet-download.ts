import type { ActiveDataset } from '../../data/dataset-query';
import { wholeDataset } from '../../data/share-view-work';
import { parquetWriter, ROW_GROUP_ROWS } from '../../domain/dataset-parquet';

/**
 * The data on screen as one Parquet file (domain/dataset-parquet.ts), to be put on a web host
 * and opened from its address: a chunk of its own with its writer, fetched on that click alone.
 * Written a row group a task, the figures written said to `onWritten` (the dialog shows them);
 * resolves to the file, or null when it cannot be written (the dialog says so). A large import's
 * figures are read back from the browser's store first (data/share-view-work.ts), said to `onRead`;
 * rejects with FiguresNotReadBack when they cannot be.
 */
export async function downloadParquet(
  active: ActiveDataset,
  onWritten: (written: number) => void,
  onRead: (read: number) => void,
): Promise<Blob | null> {
  const { observations, ...rest } = await wholeDataset(active.dataset, onRead);
  try {
    const writer = parquetWriter(rest);
    for (let start = 0; start < observations.length; start += ROW_GROUP_ROWS) {
      await pauseToDraw();
      const end = Math.min(observations.length, start + ROW_GROUP_ROWS);
      writer.add(observations.slice(start, end));
      onWritten(end);
    }
    await pauseToDraw();
    return new Blob([writer.finish()], { type: 'application/vnd.apache.parquet' });
  } catch (error) {
    console.warn('the data could not be written as Parquet', error);
    return null;
  }
}

/**
 * A pause in which the dialog draws how far it is: a timer, a task behind React's own, not
 * `scheduler.yield()`, whose continuation runs ahead of it (the count would be drawn once done).
 */
const pauseToDraw = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
