import { saveBlob, saveText } from '../../components/save-file';
import type { ActiveDataset } from '../../data/dataset-query';
import { datasetToCsv } from '../../domain/dataset-csv';
import { datasetWorkbook } from '../../domain/dataset-workbook';
import { workbookBlob } from '../../domain/workbook';
import { datasetFileBase } from './download-name';

export type DatasetFormat = 'json' | 'csv' | 'xlsx';

/**
 * The dataset on screen, downloaded (the header's three buttons; a chunk of its own with every
 * format's writer, fetched on the first click): nothing imported stays trapped in one browser.
 * - JSON: the app's own format.
 * - CSV: the one staff edit in Excel (domain/dataset-csv.ts).
 * - Excel: the same table as a workbook, numbers as numbers and dates as dates, read back by the
 *   import as it is (domain/dataset-workbook.ts).
 * A file that cannot be written changes nothing on the page; the reason goes to the console.
 */
export async function downloadDataset(active: ActiveDataset, format: DatasetFormat) {
  const name = `${datasetFileBase(active)}.${format}`;
  try {
    if (format === 'json') {
      saveText(`${JSON.stringify(active.dataset, null, 2)}\n`, name, 'application/json');
    } else if (format === 'csv') {
      saveText(datasetToCsv(active.dataset), name, 'text/csv;charset=utf-8');
    } else {
      saveBlob(await workbookBlob(datasetWorkbook(active.dataset)), name);
    }
  } catch (error) {
    console.warn(`the data could not be written as ${format}`, error);
  }
}
