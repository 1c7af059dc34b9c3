/// <reference lib="webworker" />
import {
  asyncBufferFromUrl,
  cachedAsyncBuffer,
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
  type FileMetaData,
} from 'hyparquet';
import { datasetHeadOf, observationsFromRows } from '../domain/dataset-parquet';
import { encodeObservationChunks } from '../domain/observation-columns';
import type { Observation } from '../domain/schema';
import { validateDataset } from '../domain/validate';
import {
  FOOTER_FETCH_BYTES,
  MAX_REMOTE_FIGURES,
  READ_WHOLE_BELOW_BYTES,
  type FromRemoteReader,
  type RemoteProblem,
  type ToRemoteReader,
} from './remote-protocol';

/**
 * Opens a dataset published as a Parquet file (domain/dataset-parquet.ts) at an address, off the
 * page's thread: its size by a HEAD request, its footer (the dataset's definitions, its row
 * groups) by a range request, then each row group by range requests of its own, the progress
 * said after each; then every figure is validated, as an import's are, and the dataset is sent
 * the way a kept import is read back: its definitions, then its figures in columnar chunks. A
 * host that ignores ranges sends the whole file once (hyparquet keeps it). Started for one file,
 * then ended by the page.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromRemoteReader) => self.postMessage(message);

class Failure extends Error {
  constructor(
    readonly problem: RemoteProblem,
    readonly status?: number,
    readonly figures?: number,
  ) {
    super(problem);
  }
}

self.onmessage = (event: MessageEvent<ToRemoteReader>) => {
  open(event.data.url).catch((error: unknown) => {
    if (error instanceof Failure)
      post({
        type: 'failed',
        problem: error.problem,
        status: error.status,
        figures: error.figures,
      });
    else post({ type: 'failed', problem: 'failed', message: String(error) });
  });
};

let requests = 0;
let bytesFetched = 0;

/** fetch, counted, its failures said as the reader would understand them. */
const countedFetch: typeof fetch = async (input, init) => {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch {
    throw new Failure('unreachable');
  }
  requests += 1;
  // A HEAD refused (a signed object-store link allows GET alone): hyparquet asks for a byte instead.
  if (init?.method === 'HEAD' && response.status === 403) return response;
  if (!response.ok) throw new Failure('status', response.status);
  const length = Number(response.headers.get('Content-Length'));
  if (init?.method !== 'HEAD' && Number.isFinite(length)) bytesFetched += length;
  return response;
};

async function open(url: string): Promise<void> {
  // Each range fetched once (the footer's is asked for twice); a small file whole, in one request.
  const file = cachedAsyncBuffer(await asyncBufferFromUrl({ url, fetch: countedFetch }), {
    minSize: READ_WHOLE_BELOW_BYTES,
  });
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file, { initialFetchSize: FOOTER_FETCH_BYTES });
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw new Failure('notParquet');
  }
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  const head = datasetHeadOf(metadata.key_value_metadata, names);
  if (!head.ok) throw new Failure(head.problem);
  const rows = Number(metadata.num_rows);
  if (rows > MAX_REMOTE_FIGURES) throw new Failure('tooLarge', undefined, rows);
  post({
    type: 'size',
    rows,
    bytes: file.byteLength,
    bytesFetched,
    requests,
  });

  const observations: Observation[] = [];
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    const read = await parquetReadObjects({ file, metadata, rowStart: start, rowEnd: end });
    for (const observation of observationsFromRows(read)) observations.push(observation);
    start = end;
    post({ type: 'progress', rows: observations.length, bytesFetched, requests });
  }

  const checked = validateDataset({ ...head.head, observations });
  if (!checked.ok) {
    post({ type: 'invalid', problems: checked.problems });
    return;
  }
  // Sent as the kept import is read back: columns whose bytes move to the page (no copy), its
  // repeated texts one string each there, rather than every figure's object copied.
  const { observations: valid, ...definitions } = checked.data;
  post({ type: 'head', head: { ...definitions, observations: [] } });
  for (const bytes of encodeObservationChunks(valid))
    self.postMessage({ type: 'chunk', bytes } satisfies FromRemoteReader, [bytes.buffer]);
  post({ type: 'end', observations: valid.length });
}
