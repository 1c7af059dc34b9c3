import { saveBlob } from '../../components/save-file';
import type { ActiveDataset } from '../../data/dataset-query';
import { datasetToParquet } from '../../domain/dataset-parquet';

/**
 * The data on screen as one Parquet file (domain/dataset-parquet.ts), to be put on a web host
 * and opened from its address: a chunk of its own with its writer, fetched on that click alone.
 * A file that cannot be written changes nothing on the page; the reason goes to the console.
 */
export function downloadParquet(active: ActiveDataset, baseName: string): void {
  try {
    const bytes = datasetToParquet(active.dataset);
    saveBlob(new Blob([bytes], { type: 'application/vnd.apache.parquet' }), `${baseName}.parquet`);
  } catch (error) {
    console.warn('the data could not be written as Parquet', error);
  }
}
