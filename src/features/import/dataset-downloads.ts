import type { ActiveDataset } from '../../data/dataset-query';
import { datasetParts } from '../../data/dataset-parts';
import {
  figuresInParts,
  figuresLetGo,
  wholeDataset,
  withFigures,
} from '../../data/share-view-work';
import { nextTask } from '../../data/next-task';
import { datasetCsvWriter } from '../../domain/dataset-csv';
import { datasetJsonWriter } from '../../domain/dataset-json';
import { datasetWorkbook } from '../../domain/dataset-workbook';
import { workbookBlob } from '../../domain/workbook';
import { pauseToDraw, writeDownload } from './download-status';
import { MAX_WORKBOOK_FIGURES } from './download-words';
import { datasetFileBase } from './download-name';
import { startWorkbookWorker } from './start-workbook-worker';
import type { FromWorkbookWorker } from './workbook.worker';

export type DatasetFormat = 'json' | 'csv' | 'xlsx';

/** Figures written in one task: a few milliseconds' work. */
const FIGURES_PER_PART = 5_000;

const TYPES: Record<Exclude<DatasetFormat, 'xlsx'>, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
};

/**
 * The dataset on screen, downloaded (the header's three buttons; a chunk of its own with every
 * format's writer, fetched on the first click): nothing imported stays trapped in one browser.
 * - JSON: the app's own format.
 * - CSV: the one staff edit in Excel (domain/dataset-csv.ts).
 * - Excel: the same table as a workbook, numbers as numbers and dates as dates, read back by the
 *   import as it is (domain/dataset-workbook.ts), written in a worker (workbook.worker.ts);
 *   refused, with the reason, past MAX_WORKBOOK_FIGURES.
 * JSON and CSV are written a part of 5,000 figures a task, so a city's data leaves the page
 * answering and the country's (more than one string holds) is written at all; how far is said
 * meanwhile (download-status.tsx), and a file that cannot be written is said, not only logged.
 * A large import's figures, which the page holds only resolved for its views, are read back from
 * the browser's store first (data/share-view-work.ts), said as they are.
 */
export async function downloadDataset(active: ActiveDataset, format: DatasetFormat) {
  const total = active.dataset.observations.length;
  const refused = format === 'xlsx' && total > MAX_WORKBOOK_FIGURES;
  await writeDownload(
    format,
    `${datasetFileBase(active)}.${format}`,
    total,
    async (onWritten, onReadBack) => {
      if (refused) return { refused: 'tooManyRows', figures: total };
      if (format === 'xlsx') {
        const blob = await workbookOf(await wholeDataset(active.dataset, onReadBack));
        onWritten(total);
        return blob;
      }
      // Each part a blob of its own as it is written, which the browser keeps out of the page's
      // heap (and encodes in that task: twenty parts at once were a task of 0.3–0.4 s), so no
      // string but the part being written is held.
      const blobs: Blob[] = [];
      await writeText(async (part) => void blobs.push(new Blob([part])), onWritten, onReadBack);
      return new Blob(blobs, { type: TYPES[format] });
    },
    figuresLetGo(active.dataset) && !refused,
    format === 'xlsx' ? undefined : writeText,
  );

  /**
   * The file's text, a part of FIGURES_PER_PART figures a task, into `sink`, `onWritten` after
   * each (the text before the figures first). A large import's figures, let go, are read back
   * a kept chunk at a time and written as they come (`figuresInParts`): the page makes no more
   * of them objects at once than a chunk's, beside those its views hold.
   */
  async function writeText(
    sink: (part: string) => Promise<void>,
    onWritten: (written: number) => void,
    onReadBack: (read: number) => void,
  ): Promise<void> {
    const shape = withFigures(active.dataset, []);
    const writer =
      format === 'json'
        ? datasetJsonWriter(shape, total)
        : { ...datasetCsvWriter(shape), tail: '' };
    let written = 0;
    // Written with the first figures, once any read back has been said.
    let head = false;
    const writeHead = async () => {
      head = true;
      await pauseToDraw();
      await sink(writer.head);
      onWritten(0);
    };
    await figuresInParts(
      active.dataset,
      async (figures) => {
        if (!head) await writeHead();
        for (let start = 0; start < figures.length; start += FIGURES_PER_PART) {
          await pauseToDraw();
          const part = figures.slice(start, start + FIGURES_PER_PART);
          await sink(writer.rows(part));
          written += part.length;
          onWritten(written);
        }
      },
      onReadBack,
    );
    if (!head) await writeHead();
    if (writer.tail) await sink(writer.tail);
  }
}

/**
 * The data's workbook, written in its worker (the dataset sent a part a task) where one starts,
 * else on the page (the single-file build, whose data is at most 50,000 figures).
 */
async function workbookOf(dataset: ActiveDataset['dataset']): Promise<Blob> {
  let worker: Worker | null;
  try {
    worker = startWorkbookWorker();
  } catch {
    worker = null;
  }
  if (!worker) {
    await nextTask();
    return workbookBlob(datasetWorkbook(dataset));
  }
  const started = worker;
  try {
    const answer = new Promise<Blob>((resolve, reject) => {
      started.onmessage = (event: MessageEvent<FromWorkbookWorker>) =>
        event.data.ok ? resolve(event.data.blob) : reject(new Error(event.data.message));
      started.onerror = (event) => reject(new Error(event.message || 'the workbook worker failed'));
    });
    // Marked handled now: a worker that fails while the parts are still sent rejects before the
    // answer is awaited below.
    answer.catch(() => undefined);
    for (const part of datasetParts(dataset)) {
      started.postMessage(part);
      await nextTask();
    }
    return await answer;
  } finally {
    started.terminate();
  }
}
