import { writeStoredDataset, StoredChangedError } from '../../data/stored-dataset';
import type { Dataset } from '../../domain/schema';
import { datasetAssembler, datasetParts } from './dataset-parts';
import {
  createAnalyser,
  readSource,
  type Analysed,
  type Analysis,
  type Choices,
  type FileRefused,
  type Stage,
} from './import-analysis';
import type { FromWorker, ToWorker } from './import-protocol';
import { startImportWorker } from './start-import-worker';

/**
 * One chosen file's import, for the dialog: its analysis for the data shown now and the user's
 * choices, stage by stage; keeping its result; and stopping it. In a worker wherever one can
 * start, so that the page stays alive while a large file is read; on the page otherwise (the
 * single-file build opened from disk, and jsdom), with a pause between stages for the progress to
 * show.
 */
export interface ImportSession {
  analyse(base: Dataset, choices: Choices, onStage: (stage: Stage) => void): Promise<Analysis>;
  /** Keeps the last analysis's result in place of what is kept at `basedOn`: the new revision. */
  write(basedOn: number, fileName: string, importedAt: string): Promise<number>;
  /** The last analysis's result, for the page to show. */
  result(): Promise<Dataset>;
  /** The last analysis's result as JSON text, to download when it could not be kept. */
  unsavedJson(): Promise<string>;
  /**
   * Stops whatever is under way (its promises are rejected with Stopped) and lets the worker go;
   * a later request starts again from the file.
   */
  stop(): void;
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
        if (!(error instanceof WorkerUnavailable) || onPage) throw error;
        session.stop();
        session = pageSession(file);
        onPage = true;
        return session.analyse(base, choices, onStage);
      }
    },
    write: (...args) => session.write(...args),
    result: () => session.result(),
    unsavedJson: () => session.unsavedJson(),
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
  // Started by the first request, and again by a request after a stop (React may stop what an
  // effect started, and run the effect again).
  let worker: Worker | null = null;
  let sentBase: Dataset | null = null;
  const failAll = (error: unknown) => {
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  // Whether the worker has answered: an error before that means it never started.
  let heard = false;
  function onMessage(event: MessageEvent<FromWorker>) {
    heard = true;
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
  function started(): Worker {
    if (worker) return worker;
    let begun: Worker | null;
    try {
      begun = startImportWorker();
    } catch {
      begun = null;
    }
    if (!begun) throw new WorkerUnavailable();
    begun.onmessage = onMessage;
    begun.onerror = (event) => {
      event.preventDefault();
      failAll(
        heard ? new Error(event.message || 'The import worker stopped.') : new WorkerUnavailable(),
      );
    };
    begun.postMessage({ type: 'open', file } satisfies ToWorker);
    worker = begun;
    sentBase = null;
    return begun;
  }
  const send = (message: ToWorker) => started().postMessage(message);

  /** Sends a request; `onMessage` returns the answer once it is whole, undefined until then. */
  function request<T>(
    message: Request,
    onMessage: (message: FromWorker) => T | undefined,
  ): Promise<T> {
    const id = (nextId += 1);
    const answer = new Promise<T>((resolve, reject) => {
      waiting.set(id, {
        resolve: resolve as (value: never) => void,
        reject,
        onMessage,
        isWrite: message.type === 'write',
      });
    });
    send({ ...message, id } as ToWorker);
    return answer;
  }

  /** The data shown now, sent in parts (each its own task) when it is not what the worker has. */
  async function sendBase(base: Dataset) {
    const to = started();
    if (sentBase === base) return;
    sentBase = base;
    for (const part of datasetParts(base)) {
      // Stopped meanwhile: the next request starts again with a new worker.
      if (worker !== to) throw new Stopped();
      to.postMessage({ type: 'base', ...part } satisfies ToWorker);
      if (part.part === 'figures') await nextTask();
    }
  }

  return {
    async analyse(base, choices, onStage) {
      await sendBase(base);
      return request({ type: 'analyse', choices }, (message) => {
        if (message.type === 'stage') onStage(message.stage);
        return message.type === 'analysis' ? message.analysis : undefined;
      });
    },
    write(basedOn, fileName, importedAt) {
      const writing = request({ type: 'write', basedOn, fileName, importedAt }, (message) => {
        if (message.type === 'written') return message.revision;
        if (message.type !== 'notWritten') return undefined;
        throw message.changedTo != null
          ? new StoredChangedError(message.changedTo)
          : new Error(message.message);
      });
      writes.add(writing);
      const done = () => writes.delete(writing);
      writing.then(done, done);
      return writing;
    },
    result() {
      const add = datasetAssembler();
      return request({ type: 'result' }, (message) =>
        message.type === 'result' ? (add(message) ?? undefined) : undefined,
      );
    },
    unsavedJson() {
      return request({ type: 'unsaved' }, (message) =>
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
  let opened: Promise<ReturnType<typeof createAnalyser> | FileRefused> | null = null;
  let last: Analysed | null = null;
  const alive = (since: number) => {
    if (run !== since) throw new Stopped();
  };
  const lastResult = () => {
    if (!last?.result) throw new Error('Nothing to keep: the file was not read.');
    return last.result;
  };
  return {
    async analyse(base, choices, onStage) {
      const since = run;
      if (!opened) {
        onStage('file');
        await nextTask();
        opened = readSource(file).then(
          (source) => ('state' in source ? source : createAnalyser(source)),
          (): FileRefused => ({ state: 'fileProblem', name: file.name, problem: 'unreadable' }),
        );
      }
      const analyser = await opened;
      alive(since);
      if (typeof analyser !== 'function') return analyser;
      onStage('rows');
      await nextTask();
      alive(since);
      last = analyser(base, choices);
      return last.analysis;
    },
    async write(basedOn, fileName, importedAt) {
      const dataset = lastResult();
      return writeStoredDataset({ format: 1, dataset, fileName, importedAt }, basedOn);
    },
    async result() {
      return lastResult();
    },
    async unsavedJson() {
      return `${JSON.stringify(lastResult(), null, 2)}\n`;
    },
    stop() {
      run += 1;
    },
  };
}
