import { decodeObservationChunks } from '../domain/observation-columns';
import type { Dataset, Observation } from '../domain/schema';
import { withWholeFacts, type WholeFacts } from '../domain/view/district-part';
import type { Lang } from '../domain/url-state';
import type { Problem } from '../domain/validate';
import { keepFirstView, showDistrict, type DistrictFirstAsked } from './district-first';
import type { FirstView } from './first-view';
import { observationsInTasks } from './observations-in-tasks';
import { RemoteDatasetError } from './remote-error';
import { shareViewWork } from './share-view-work';
import type { RemoteProgress } from './remote-progress';
import type { FromRemoteReader, ToRemoteReader } from './remote-protocol';
import { startRemoteReader } from './start-remote-reader';

/**
 * Opens a dataset published as a Parquet file at `url` (domain/dataset-parquet.ts): read and
 * validated in a worker (remote-read.worker.ts), its figures made here from the worker's
 * columnar chunks a slice a task, how far it is given to `onProgress` as it goes. Loaded only
 * when the page's address names a dataset (dataset-query.ts, through open-remote.ts). Nothing is
 * kept: the next visit reads it again. Rejects with a RemoteDatasetError (why), or resolves with
 * the validator's problems.
 *
 * With `first`, a page naming a district: the district is shown first (district-first.ts) when
 * the file says which row groups hold its figures, and the worker sends them before the rest.
 * Once the dataset's shared view work is done (in `lang`, share-view-work.ts) that view is kept
 * as the whole's when the worker found the file's layout true to its figures.
 */
export async function openRemoteDataset(
  url: string,
  onProgress: (progress: RemoteProgress) => void,
  lang: Lang,
  signal?: AbortSignal,
  first?: DistrictFirstAsked,
): Promise<RemoteOpened> {
  const read = await readRemote(url, onProgress, signal, first);
  if (!read.ok) return read;
  const { dataset, only, keepShown } = read;
  await shareViewWork(dataset, lang);
  keepShown();
  return { ok: true, dataset, only };
}

function readRemote(
  url: string,
  onProgress: (progress: RemoteProgress) => void,
  signal?: AbortSignal,
  first?: DistrictFirstAsked,
): Promise<RemoteRead> {
  let worker: Worker | null;
  try {
    worker = startRemoteReader();
  } catch {
    worker = null;
  }
  if (!worker) return Promise.reject(new RemoteDatasetError('unsupported'));
  const reader = worker;
  let progress: RemoteProgress = {
    totalRows: null,
    totalBytes: null,
    rowsRead: 0,
    bytesFetched: 0,
    requests: 0,
    checking: false,
  };
  onProgress(progress);
  let head: Dataset | null = null;
  const chunks: Uint8Array[] = [];
  let shown: FirstView | null = null;
  let district: DistrictRead | null = null;
  // The district's view shown first, kept as the dataset's once its shared work is done.
  const keeping = (dataset: Dataset, held: FirstView | null) => () => {
    if (held && first) keepFirstView(dataset, held, first.keep);
  };
  return new Promise<RemoteRead>((resolve, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    reader.onmessage = (event: MessageEvent<FromRemoteReader>) => {
      const message = event.data;
      if (message.type === 'size') {
        const { rows, bytes, bytesFetched, requests } = message;
        progress = { ...progress, totalRows: rows, totalBytes: bytes, bytesFetched, requests };
      } else if (message.type === 'progress') {
        const { rows, bytesFetched, requests } = message;
        const checking = progress.totalRows != null && rows >= progress.totalRows;
        progress = { ...progress, rowsRead: rows, bytesFetched, requests, checking };
      } else if (message.type === 'district') {
        district = districtOf(message);
        if (district && first?.asked.unit === message.unit) shown = showFirst(district, url, first);
        return;
      } else if (message.type === 'districtOnly') {
        // The whole file is more than a page holds: the district alone is the data shown.
        if (!district || district.unit !== first?.asked.unit) {
          reject(new RemoteDatasetError('failed'));
          return;
        }
        const { parts, observations, whole, unit } = district;
        const dataset = withWholeFacts(parts, observations, whole);
        const { rows, bytesFetched, requests } = message;
        onProgress({ ...progress, rowsRead: observations.length, bytesFetched, requests });
        resolve({
          ok: true,
          dataset,
          only: { unit, figures: rows },
          keepShown: keeping(dataset, shown),
        });
        return;
      } else if (message.type === 'head') {
        head = message.head;
        return;
      } else if (message.type === 'chunk') {
        chunks.push(message.bytes);
        return;
      } else if (message.type === 'end') {
        const { observations: count, districtHeld } = message;
        const definitions = head;
        void observationsInTasks(chunks, signal).then(
          (observations) => {
            if (!definitions || observations.length !== count) {
              reject(new RemoteDatasetError('failed'));
              return;
            }
            const dataset = { ...definitions, observations };
            resolve({
              ok: true,
              dataset,
              keepShown: keeping(dataset, districtHeld ? shown : null),
            });
          },
          () => reject(new RemoteDatasetError('failed')),
        );
        return;
      } else if (message.type === 'invalid') {
        resolve({ ok: false, problems: message.problems });
        return;
      } else {
        const { problem, status, figures, units } = message;
        reject(new RemoteDatasetError(problem, status, figures, units));
        return;
      }
      onProgress(progress);
    };
    reader.onerror = (event) => {
      event.preventDefault();
      reject(new RemoteDatasetError('failed'));
    };
    reader.postMessage({ url, unit: first?.asked.unit ?? null } satisfies ToRemoteReader);
  }).finally(() => reader.terminate());
}

export type RemoteOpened =
  | {
      ok: true;
      dataset: Dataset;
      /** A file of more figures than a page holds, opened at one district: it, and the file's. */
      only?: { unit: string; figures: number } | undefined;
    }
  | { ok: false; problems: Problem[] };

/** What the worker read; `keepShown` keeps the district's view shown first as the whole's. */
type RemoteRead =
  | {
      ok: true;
      dataset: Dataset;
      only?: { unit: string; figures: number };
      keepShown: () => void;
    }
  | { ok: false; problems: Problem[] };

/** The district the worker sent: its figures made objects here (a few thousand: one task). */
interface DistrictRead {
  unit: string;
  parts: Omit<Dataset, 'observations'>;
  observations: Observation[];
  whole: WholeFacts;
}

function districtOf(message: Extract<FromRemoteReader, { type: 'district' }>): DistrictRead | null {
  try {
    const { unit, head, chunks, whole } = message;
    return { unit, parts: head, observations: decodeObservationChunks(chunks), whole };
  } catch {
    return null;
  }
}

/** The district the worker sent first, shown; null if its view cannot be built. */
function showFirst(
  district: DistrictRead,
  url: string,
  first: DistrictFirstAsked,
): FirstView | null {
  try {
    const origin = { kind: 'remote', url, openedAt: new Date().toISOString() } as const;
    return showDistrict(district, first, origin, 0);
  } catch {
    return null;
  }
}
