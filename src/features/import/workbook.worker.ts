/// <reference lib="webworker" />
import { datasetAssembler, type DatasetPart } from '../../data/dataset-parts';
import { datasetWorkbook } from '../../domain/dataset-workbook';
import { workbookBlob } from '../../domain/workbook';

/**
 * Writes the data shown as an Excel workbook (domain/dataset-workbook.ts, with write-excel-file)
 * off the page's thread: a sheet of 100,000 figures takes the writer some 12 s, which on the page
 * would be as long without an answer to a click. The dataset comes in parts
 * (data/dataset-parts.ts), the file goes back as a blob; one workbook, then the page ends it.
 */
declare const self: DedicatedWorkerGlobalScope;

export type FromWorkbookWorker = { ok: true; blob: Blob } | { ok: false; message: string };

const add = datasetAssembler();
self.onmessage = (event: MessageEvent<DatasetPart>) => {
  const dataset = add(event.data);
  if (!dataset) return;
  workbookBlob(datasetWorkbook(dataset)).then(
    (blob) => self.postMessage({ ok: true, blob } satisfies FromWorkbookWorker),
    (error: unknown) =>
      self.postMessage({ ok: false, message: String(error) } satisfies FromWorkbookWorker),
  );
};
