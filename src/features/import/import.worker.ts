/// <reference lib="webworker" />
import { StoredChangedError } from '../../data/kept-record';
import { writeStoredDataset } from '../../data/kept-write';
import { MAX_IMPORT_BYTES } from '../../domain/import';
import type { Dataset } from '../../domain/schema';
import { openAnalyser, type Analysed, type Analyser, type FileRefused } from './import-analysis';
import { datasetAssembler, datasetParts } from '../../data/dataset-parts';
import type { FromWorker, ToWorker } from './import-protocol';

/**
 * The import's worker: reads the chosen file, works out the report and keeps the import in the
 * browser's database, off the page's thread, so that even a 1.5 GB CSV or JSON file (read as a stream) never freezes the page. The
 * page stops it (Cancel, another file, the dialog closed) by terminating it.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);

let file: File | null = null;
let opened: Promise<Analyser | FileRefused> | null = null;
let base: Dataset | null = null;
const addBasePart = datasetAssembler();
let last: { id: number; analysed: Analysed } | null = null;

/** The result of analysis `id`, if it is the last worked out: only what the user saw is kept. */
function resultOf(id: number): Dataset {
  if (last?.id !== id) throw new Error('The report is not the last one worked out.');
  if (!last.analysed.result) throw new Error('Nothing to keep: the file was not read.');
  return last.analysed.result;
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'open':
      file = message.file;
      return;
    case 'base': {
      const assembled = addBasePart(message);
      if (assembled) base = assembled;
      return;
    }
    case 'analyse': {
      const { id } = message;
      if (!file || !base) throw new Error('Asked to analyse before a file and the data came.');
      const chosen = file;
      if (!opened) {
        post({ type: 'stage', id, stage: 'file' });
        // A Parquet file's rows are read here, by row groups, and a large JSON file's bytes: how
        // far is said as they go.
        opened = openAnalyser(
          chosen,
          MAX_IMPORT_BYTES,
          (read, total) =>
            post({ type: 'stage', id, stage: 'rows', rows: { read, total, problems: null } }),
          (bytes) => post({ type: 'stage', id, stage: 'file', bytes }),
        );
      }
      const analyser = await opened;
      if (typeof analyser !== 'function') {
        post({ type: 'analysis', id, analysis: analyser });
        return;
      }
      const analysed = await analyser(base, message.choices, (stage, rows, bytes) =>
        post({ type: 'stage', id, stage, ...(rows ? { rows } : {}), ...(bytes ? { bytes } : {}) }),
      );
      last = { id, analysed };
      post({ type: 'analysis', id, analysis: analysed.analysis });
      return;
    }
    case 'write': {
      const { id } = message;
      const dataset = resultOf(message.analysis);
      try {
        const revision = await writeStoredDataset(
          { dataset, fileName: message.fileName, importedAt: message.importedAt },
          message.basedOn,
          (progress) => post({ type: 'writing', id, progress }),
        );
        post({ type: 'written', id, revision });
      } catch (error) {
        post({
          type: 'notWritten',
          id,
          changedTo: error instanceof StoredChangedError ? error.revision : null,
          message: String(error),
        });
      }
      return;
    }
    case 'result': {
      const dataset = resultOf(message.analysis);
      for (const part of datasetParts(dataset)) post({ type: 'result', id: message.id, ...part });
      return;
    }
    case 'unsaved': {
      const dataset = resultOf(message.analysis);
      post({ type: 'unsaved', id: message.id, text: `${JSON.stringify(dataset, null, 2)}\n` });
      return;
    }
  }
}

// One message at a time, in the order they came: a file's analysis waits for the data it is
// read against, and a write for the analysis it keeps.
let queue = Promise.resolve();
self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  queue = queue.then(() =>
    handle(message).catch((error: unknown) => {
      if ('id' in message) post({ type: 'failed', id: message.id, message: String(error) });
    }),
  );
};
