/// <reference lib="webworker" />
import type { FromKeptBytes } from './kept-read-protocol';
import { requestKept } from './kept-read';
import { serveRequest } from './kept-serve';

/**
 * Reads a large kept import for the page, off the page's thread (kept-serve.ts): its chunks made
 * bytes again from the browser's store and hashed here, then handed to the page, which makes
 * them its views as they come (kept-coming.ts). Started for one read, then ended.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromKeptBytes, transfer: Transferable[]) =>
  self.postMessage(message, transfer);

self.onmessage = () => void serveRequest(requestKept, post);
