import { StoredChangedError } from '../../data/stored-dataset';
import { MAX_PAGE_IMPORT_BYTES } from '../../domain/import';
import type { Dataset } from '../../domain/schema';
import type { WriteProgress } from '../../data/kept-write';
import { datasetAssembler, datasetParts } from '../../data/dataset-parts';
import { wholeDataset } from '../../data/share-view-work';
import {
  openAnalyser,
  type Analyser,
  type Analysed,
  type Analysis,
  type Choices,
  type FileRefused,
  type OnStage,
} from './import-analysis';
import type { FromWorker, ToWorker } from './import-protocol';
import { startImportWorker } from './start-import-worker';

/**
 * One chosen file's import, for the dialog: its analysis for the data shown now and the user's
 * choices, stage by stage; keeping the result of the report the user applies; and stopping it.
 * In a worker wherever one can start, so that the page stays alive while a large file is read;
 * on the page otherwise (the single-file build opened from disk, and jsdom), with a pause between
 * stages for the progress to show.
 */
export interface ImportSession {
  analyse(base: Dataset, choices: Choices, onStage: OnStage): Promise<Report>;
  /** Keeps the result of `report` in place of what is kept at `basedOn`: the new revision. */
  write(
    report: Report,
    basedOn: number,
    fileName: string,
    importedAt: string,
    onProgress?: (progress: WriteProgress) => void,
  ): Promise<number>;
  /** The result of `report`, for the page to show. */
  result(report: Report): Promise<Dataset>;
  /** The result of `report` as JSON text, to download when it could not be kept. */
  unsavedJson(report: Report): Promise<string>;
  /**
   * Stops whatever is under way (its promises are rejected with Stopped) and lets the worker go,
   * once a write under way has ended (all or nothing); a later analysis starts again from the file.
   */
  stop(): void;
}

/** A report, and which analysis it is: only the result of the report shown is ever kept. */
export interface Report {
  analysis: Analysis;
  ref: number;
}

/** What a stopped session's promises are rejected with. */
export class Stopped extends Error {
  constructor() {
    super('The import was stopped.');
    this.name = 'Stopped';
  }
}

/** The worker could not start (refused, or its script not loaded): the page does the work. */
class WorkerUnavailable extends Error {
  constructor() {
    super('The import worker could not start.');
    this.name = 'WorkerUnavailable';
  }
}

/** Asked for the result of a report that is no longer the last worked out. */
const notTheLast = () => new Error('The report is not the last one worked out.');

export function openImportSession(file: File): ImportSession {
  // The single-file build carries no worker (start-import-worker.single.ts), jsdom has none.
  if (typeof Worker !== 'function') return pageSession(file);
  let session = workerSession(file);
  let onPage = false;
  return {
    async analyse(base, choices, onStage) {
      try {
        return await session.analyse(base, choices, onStage);
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
        if (!onPage) {
          session.stop();
          session = pageSession(file);
          onPage = true;
        }
        return session.analyse(base, choices, onStage);
      }
    },
    write: (...args) => session.write(...args),
    result: (report) => session.result(report),
    unsavedJson: (report) => session.unsavedJson(report),
    stop: () => session.stop(),
  };
}

/** A request to the worker, without the id it is given. */
type Request =
  Extract<ToWorker, { id: number }> extends infer R
    ? R extends { id: number }
      ? Omit<R, 'id'>
      : never
    : never;

type Waiting = {
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
  onMessage: (message: FromWorker) => unknown;
  isWrite: boolean;
};

function workerSession(file: File): ImportSession {
  const waiting = new Map<number, Waiting>();
  const writes = new Set<Promise<number>>();
  let nextId = 0;
  // Started by an analysis, and again by one after a stop (React may stop what an effect
  // started, and run the effect again); the other requests need the worker that made the report.
  let worker: Worker | null = null;
  /** Why a worker stopped answering: it never started, or it failed. */
  const failures = new WeakMap<Worker, Error>();
  // The data shown now, sent to the worker: one dataset at a time, in order, so that an analysis
  // is never asked for before the data it is read against has wholly gone.
  let sentBase: Dataset | null = null;
  let sending: Promise<void> = Promise.resolve();

  const failAll = (error: unknown) => {
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  function onMessage(event: MessageEvent<FromWorker>) {
    const message = event.data;
    const entry = waiting.get(message.id);
    if (!entry) return;
    if (message.type === 'failed') {
      waiting.delete(message.id);
      entry.reject(new Error(message.message));
      return;
    }
    let done: unknown;
    try {
      done = entry.onMessage(message);
    } catch (error) {
      waiting.delete(message.id);
      entry.reject(error);
      return;
    }
    if (done !== undefined) {
      waiting.delete(message.id);
      entry.resolve(done as never);
    }
  }
  function start(): Worker {
    if (worker) return worker;
    let begun: Worker | null;
    try {
      begun = startImportWorker();
    } catch {
      begun = null;
    }
    if (!begun) throw new WorkerUnavailable();
    const started = begun;
    // Whether it has answered: an error before that means it never started (its script not
    // loaded), and the page does the work.
    let heard = false;
    started.onmessage = (event: MessageEvent<FromWorker>) => {
      heard = true;
      onMessage(event);
    };
    started.onerror = (event) => {
      event.preventDefault();
      const error = heard
        ? new Error(event.message || 'The import worker stopped.')
        : new WorkerUnavailable();
      failures.set(started, error);
      if (worker === started) worker = null;
      failAll(error);
    };
    started.postMessage({ type: 'open', file } satisfies ToWorker);
    worker = started;
    sentBase = null;
    return started;
  }
  /** The worker a report was made by, if it is still the one: else its result is gone. */
  function current(): Worker {
    if (!worker) throw new Stopped();
    return worker;
  }

  /** Sends a request; `onMessage` returns the answer once it is whole, undefined until then. */
  function request<T>(
    to: Worker,
    message: Request,
    onMessage: (message: FromWorker) => T | undefined,
  ): Promise<T> {
    const failure = failures.get(to);
    if (failure) return Promise.reject(failure);
    const id = (nextId += 1);
    const answer = new Promise<T>((resolve, reject) => {
      waiting.set(id, {
        resolve: resolve as (value: never) => void,
        reject,
        onMessage,
        isWrite: message.type === 'write',
      });
    });
    to.postMessage({ ...message, id } as ToWorker);
    return answer;
  }

  /**
   * The data shown now, sent in parts (each its own task) unless the worker has it already; a
   * large import's figures read back from the browser's store first (data/share-view-work.ts).
   */
  function sendBase(to: Worker, base: Dataset): Promise<void> {
    if (sentBase !== base) {
      sentBase = base;
      sending = sending
        .catch(() => undefined)
        .then(async () => {
          const whole = await wholeDataset(base).catch((error: unknown) => {
            // Read again by the next analysis.
            if (sentBase === base) sentBase = null;
            throw error;
          });
          for (const part of datasetParts(whole)) {
            const failure = failures.get(to);
            if (failure) throw failure;
            // Stopped meanwhile: the next analysis starts again with a new worker.
            if (worker !== to) throw new Stopped();
            to.postMessage({ type: 'base', ...part } satisfies ToWorker);
            if (part.part === 'figures') await nextTask();
          }
        });
    }
    return sending;
  }

  return {
    async analyse(base, choices, onStage) {
      const to = start();
      await sendBase(to, base);
      // Its id is the report's: the write and the result name it.
      const ref = nextId + 1;
      const analysis = await request(to, { type: 'analyse', choices }, (message) => {
        if (message.type === 'stage') onStage(message.stage, message.rows, message.bytes);
        return message.type === 'analysis' ? message.analysis : undefined;
      });
      return { analysis, ref };
    },
    write(report, basedOn, fileName, importedAt, onProgress) {
      let writing: Promise<number>;
      try {
        writing = request(
          current(),
          { type: 'write', analysis: report.ref, basedOn, fileName, importedAt },
          (message) => {
            if (message.type === 'writing') onProgress?.(message.progress);
            if (message.type === 'written') return message.revision;
            if (message.type !== 'notWritten') return undefined;
            throw message.changedTo != null
              ? new StoredChangedError(message.changedTo)
              : new Error(message.message);
          },
        );
      } catch (error) {
        return Promise.reject(error);
      }
      writes.add(writing);
      const done = () => writes.delete(writing);
      writing.then(done, done);
      return writing;
    },
    async result(report) {
      const add = datasetAssembler();
      return request(current(), { type: 'result', analysis: report.ref }, (message) =>
        message.type === 'result' ? (add(message) ?? undefined) : undefined,
      );
    },
    async unsavedJson(report) {
      return request(current(), { type: 'unsaved', analysis: report.ref }, (message) =>
        message.type === 'unsaved' ? message.text : undefined,
      );
    },
    stop() {
      const stopping = worker;
      worker = null;
      // A write under way is finished (the dialog closed as it saved): it is all or nothing, and
      // the page announces it when it answers.
      const pendingWrites = [...writes];
      for (const [id, entry] of waiting) {
        if (pendingWrites.length > 0 && entry.isWrite) continue;
        waiting.delete(id);
        entry.reject(new Stopped());
      }
      if (pendingWrites.length === 0) stopping?.terminate();
      else void Promise.allSettled(pendingWrites).then(() => stopping?.terminate());
    },
  };
}

/** A macrotask's pause: what was drawn meanwhile (a stage's progress) is painted. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function pageSession(file: File): ImportSession {
  // Raised by every stop: work begun before it is dropped at its next pause.
  let run = 0;
  let nextRef = 0;
  let opened: Promise<Analyser | FileRefused> | null = null;
  let last: { ref: number; analysed: Analysed } | null = null;
  // The data shown, with every figure (a large import's read back once: data/share-view-work.ts).
  let whole: { of: Dataset; dataset: Dataset } | null = null;
  const wholeOf = async (base: Dataset) =>
    whole?.of === base
      ? whole.dataset
      : (whole = { of: base, dataset: await wholeDataset(base) }).dataset;
  const alive = (since: number) => {
    if (run !== since) throw new Stopped();
  };
  const resultOf = (report: Report) => {
    if (last?.ref !== report.ref) throw notTheLast();
    if (!last.analysed.result) throw new Error('Nothing to keep: the file was not read.');
    return last.analysed.result;
  };
  return {
    async analyse(base, choices, onStage) {
      const since = run;
      const ref = (nextRef += 1);
      if (!opened) {
        onStage('file');
        await nextTask();
        opened = openAnalyser(file, MAX_PAGE_IMPORT_BYTES, (read, total) =>
          onStage('rows', { read, total, problems: null }),
        );
      }
      const analyser = await opened;
      alive(since);
      if (typeof analyser !== 'function') return { analysis: analyser, ref };
      onStage('rows');
      await nextTask();
      alive(since);
      const wholeBase = await wholeOf(base);
      alive(since);
      const analysed = await analyser(wholeBase, choices);
      last = { ref, analysed };
      return { analysis: analysed.analysis, ref };
    },
    async write(report, basedOn, fileName, importedAt, onProgress) {
      const dataset = resultOf(report);
      // The columns' writer loads with the first save made on the page (where no worker starts).
      const { writeStoredDataset } = await import('../../data/kept-write');
      return writeStoredDataset({ dataset, fileName, importedAt }, basedOn, onProgress);
    },
    async result(report) {
      return resultOf(report);
    },
    async unsavedJson(report) {
      return `${JSON.stringify(resultOf(report), null, 2)}\n`;
    },
    stop() {
      run += 1;
    },
  };
}
