import type { ActiveDataset } from '../../data/dataset-query';
import { figuresInParts, withFigures } from '../../data/share-view-work';
import type { Observation } from '../../domain/schema';
import { parquetWriter, ROW_GROUP_ROWS } from '../../domain/dataset-parquet';

/**
 * The data on screen as one Parquet file (domain/dataset-parquet.ts), to be put on a web host
 * and opened from its address: a chunk of its own with its writer, fetched on that click alone.
 * Written a row group a task, the figures written said to `onWritten` (the dialog shows them);
 * resolves to the file, or null when it cannot be written (the dialog says so). A large import's
 * figures are read back from the browser's store a kept chunk at a time as they are written
 * (data/share-view-work.ts), said to `onRead` until the writing starts; rejects with
 * FiguresNotReadBack when they cannot be. Its row groups are those of every figure written at
 * once, whatever the parts they are read back in.
 */
export async function downloadParquet(
  active: ActiveDataset,
  onWritten: (written: number) => void,
  onRead: (read: number) => void,
): Promise<Blob | null> {
  // The dataset's fields, its list of figures empty: they come as they are read back.
  const { observations: noFigures, ...rest } = withFigures(active.dataset, []);
  let writer: ReturnType<typeof parquetWriter>;
  try {
    writer = parquetWriter(rest);
  } catch (error) {
    console.warn('the data could not be written as Parquet', error);
    return null;
  }
  // Figures read back and not yet in a row group.
  let pending = noFigures;
  let written = 0;
  let failed = false;
  const addRowGroup = async (rows: Observation[]) => {
    await pauseToDraw();
    writer.add(rows);
    written += rows.length;
    onWritten(written);
  };
  try {
    await figuresInParts(
      active.dataset,
      async (figures) => {
        pending = pending.length === 0 ? figures : [...pending, ...figures];
        try {
          while (pending.length >= ROW_GROUP_ROWS) {
            await addRowGroup(pending.slice(0, ROW_GROUP_ROWS));
            pending = pending.slice(ROW_GROUP_ROWS);
          }
        } catch (error) {
          console.warn('the data could not be written as Parquet', error);
          failed = true;
          // Stops the reading back: the rest of the country's figures are not read for nothing.
          throw error;
        }
      },
      (read) => {
        if (written === 0) onRead(read);
      },
    );
  } catch (error) {
    // A failure of the writing is said as one (null), not as figures that could not be read back.
    if (failed) return null;
    throw error;
  }
  try {
    if (pending.length > 0) await addRowGroup(pending);
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
