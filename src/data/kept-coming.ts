import type { FromKeptBytes } from './kept-read-protocol';
import { requestKept } from './kept-read';
import { serveRequest } from './kept-serve';
import { startKeptBytesReader, startKeptOpener } from './start-kept-reader';

/**
 * What is kept, read in one transaction, its chunks given to the page as they come: by a worker
 * (kept-bytes.worker.ts) where one can start, so that making a country's 350 MB bytes again from
 * the browser's store, and hashing them, are not the page's work; by the page otherwise.
 */
export interface KeptComing {
  record: unknown;
  revision: number;
  /** Each chunk, in order, as it arrives; rejects if it does not (the read failed). */
  chunks: Promise<unknown>[];
  /**
   * Every chunk's SHA-256, then the other parts' (as kept-digest.ts's keptDigests), once all have
   * come; null where Web Crypto is missing or a chunk is not bytes. Rejects if the read failed.
   */
  digests: Promise<string[] | null>;
  /** Ends the reading: nothing more of it is wanted. */
  stop(): void;
}

/** The worker's side of a message channel, as kept-coming needs it. */
export interface KeptReaderPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromKeptBytes>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * What is kept, read by a worker where one starts (the single-file build has none), else on the
 * page; rejects when it cannot be read.
 */
export function keptComing(): Promise<KeptComing> {
  let worker: Worker | null;
  try {
    worker = startKeptBytesReader();
  } catch {
    worker = null;
  }
  if (!worker) return keptComingOnPage();
  let opener: Worker | null;
  try {
    opener = startKeptOpener();
  } catch {
    opener = null;
  }
  return keptComingFrom(worker, opener);
}

/**
 * What the worker at `port` reads (kept-serve.ts), taken as it comes; every other chunk opened
 * by `opener` where there is one (kept-open.worker.ts), given a port to it. Either failing fails
 * the read; both are ended with it.
 */
export function keptComingFrom(
  port: KeptReaderPort,
  opener?: KeptReaderPort | null,
): Promise<KeptComing> {
  return new Promise<KeptComing>((resolveHead, rejectHead) => {
    let chunks: Deferred<unknown>[] = [];
    const digests = deferred<string[] | null>();
    let ended = false;
    const end = () => {
      ended = true;
      port.terminate();
      opener?.terminate();
    };
    const fail = (message: string) => {
      if (ended) return;
      end();
      const error = new Error(`The kept import could not be read: ${message}`);
      rejectHead(error);
      for (const chunk of chunks) chunk.reject(error);
      digests.reject(error);
    };
    port.onmessage = ({ data }) => {
      if (ended) return;
      if (data.type === 'failed') fail(data.message);
      else if (data.type === 'head') {
        chunks = Array.from({ length: data.chunks }, () => deferred<unknown>());
        resolveHead({
          record: data.record,
          revision: data.revision,
          chunks: chunks.map((chunk) => chunk.promise),
          digests: digests.promise,
          stop: () => fail('stopped'),
        });
      } else if (data.type === 'chunk') chunks[data.index]?.resolve(data.chunk);
      else {
        end();
        const all = data.digests;
        digests.resolve(
          all.length === chunks.length + 1 && all.every((hash) => typeof hash === 'string')
            ? (all as string[])
            : null,
        );
      }
    };
    const failed = (event: ErrorEvent) => {
      event.preventDefault();
      fail(event.message);
    };
    port.onerror = failed;
    if (opener) {
      opener.onerror = failed;
      const { port1, port2 } = new MessageChannel();
      opener.postMessage('open', [port2]);
      port.postMessage('read', [port1]);
    } else port.postMessage('read');
  });
}

/**
 * What is kept, read, hashed and opened on the page (no worker): the worker's own code
 * (kept-serve.ts) at one end of a message channel, the page's at the other, as the worker would
 * be. Stopped, what it still sends is not taken.
 */
function keptComingOnPage(): Promise<KeptComing> {
  const { port1, port2 } = new MessageChannel();
  port2.onmessage = () =>
    void serveRequest(requestKept, (message, transfer) => port2.postMessage(message, transfer));
  const port: KeptReaderPort = {
    postMessage: (message) => port1.postMessage(message),
    set onmessage(listener) {
      port1.onmessage = listener;
    },
    get onmessage() {
      return port1.onmessage;
    },
    terminate() {
      port1.close();
      port2.close();
    },
  };
  return keptComingFrom(port);
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

/** A promise and its two ends; its rejection marked handled (whoever awaits it still sees it). */
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
