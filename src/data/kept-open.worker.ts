/// <reference lib="webworker" />
import { serveOpening } from './kept-serve';

/**
 * Opens every other chunk of a large kept import for the worker that reads them
 * (kept-bytes.worker.ts, kept-serve.ts's openingBeside), over the port the page gave both:
 * undoing gzip is most of reading a country's chunks, and two threads do it in about half the
 * time. Started for one read, then ended.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = ({ ports: [port] }: MessageEvent) => {
  if (port) serveOpening(port);
};
