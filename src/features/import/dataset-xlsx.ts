import { datasetWorkbook } from '../../domain/dataset-workbook';
import type { Dataset } from '../../domain/schema';
import { workbookBlob } from '../../domain/workbook';

/**
 * The dataset as an Excel workbook: every figure in the CSV's columns, numbers as numbers, dates
 * as dates, read back by the import as it is. A chunk of its own, fetched on the click.
 */
export function datasetXlsx(dataset: Dataset): Promise<Blob> {
  return workbookBlob(datasetWorkbook(dataset));
}
