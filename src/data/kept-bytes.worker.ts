/// <reference lib="webworker" />
import type { FromKeptBytes } from './kept-read-protocol';
import { requestKept } from './kept-read';
import { openingBeside, serveRequest } from './kept-serve';

/**
 * Reads a large kept import for the page, off the page's thread (kept-serve.ts): its chunks made
 * bytes again from the browser's store, hashed and opened here (every other one by the worker
 * at the port the page sends with its request, where it started one: kept-open.worker.ts), then
 * handed to the page, which makes them its views as they come (kept-coming.ts). Started for one
 * read, then ended.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromKeptBytes, transfer: Transferable[]) =>
  self.postMessage(message, transfer);

self.onmessage = ({ ports: [opener] }: MessageEvent) =>
  void serveRequest(requestKept, post, opener ? openingBeside(opener) : undefined);
