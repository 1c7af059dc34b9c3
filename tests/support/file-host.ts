import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the host answered: what was asked, and how many bytes of the file it sent. */
export interface HostedRequest {
  method: string;
  path: string;
  range: string | null;
  status: number;
  bytes: number;
}

export interface FileHostOptions {
  /** Answers `Access-Control-Allow-Origin: *` (default), or nothing: the browser refuses. */
  cors?: boolean;
  /** Honours Range requests (default), or sends the whole file for any. */
  ranges?: boolean;
  /** Answers HEAD with this status (a signed object-store link answers 403), GET as usual. */
  headStatus?: number;
  /** Awaited before a range [start, end] of a file of `size` bytes is answered: to hold it back. */
  beforeRange?: (start: number, end: number, size: number) => Promise<void> | void;
}

/**
 * A static host on another origin than the app's, as a city's object store would be: files at
 * paths, HEAD and GET, single byte ranges answered 206 with Content-Range, CORS for any origin,
 * every request recorded. For the tests that open data from a web address; no cache.
 */
export async function startFileHost(
  files: Record<string, Uint8Array | string>,
  options: FileHostOptions = {},
) {
  const { cors = true, ranges = true } = options;
  const requests: HostedRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void answer(request, response);
  });
  async function answer(request: IncomingMessage, response: ServerResponse) {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const method = request.method ?? 'GET';
    const range = request.headers.range ?? null;
    const record = (status: number, bytes: number) =>
      requests.push({ method, path, range, status, bytes });
    if (cors) {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Access-Control-Allow-Headers', 'Range');
      response.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length');
    }
    response.setHeader('Cache-Control', 'no-store');
    if (method === 'OPTIONS') {
      record(204, 0);
      response.writeHead(204).end();
      return;
    }
    const found = files[path];
    if (found == null) {
      record(404, 0);
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const body = typeof found === 'string' ? Buffer.from(found, 'utf8') : Buffer.from(found);
    const match = ranges && range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
    if (method === 'HEAD' && options.headStatus) {
      record(options.headStatus, 0);
      response.writeHead(options.headStatus).end();
      return;
    }
    if (method === 'HEAD') {
      record(200, 0);
      response.writeHead(200, { 'Content-Length': body.length, 'Accept-Ranges': 'bytes' }).end();
      return;
    }
    if (!match) {
      record(200, body.length);
      response.writeHead(200, { 'Content-Length': body.length }).end(body);
      return;
    }
    const start = Number(match[1]);
    const end = match[2] ? Math.min(Number(match[2]), body.length - 1) : body.length - 1;
    await options.beforeRange?.(start, end, body.length);
    const part = body.subarray(start, end + 1);
    record(206, part.length);
    response
      .writeHead(206, {
        'Content-Length': part.length,
        'Content-Range': `bytes ${start}-${end}/${body.length}`,
        'Accept-Ranges': 'bytes',
      })
      .end(part);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
