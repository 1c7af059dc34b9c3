/// <reference lib="webworker" />
import {
  asyncBufferFromUrl,
  cachedAsyncBuffer,
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
  type FileMetaData,
} from 'hyparquet';
import { sameForUnit, type DatasetLayout } from '../domain/dataset-layout';
import { datasetHeadOf, layoutOfRowGroups, observationsFromRows } from '../domain/dataset-parquet';
import { encodeObservationChunks } from '../domain/observation-columns';
import type { Dataset, Observation } from '../domain/schema';
import { validateDataset, type Problem } from '../domain/validate';
import { checkedRowGroup } from './parquet-row-group';
import {
  FOOTER_FETCH_BYTES,
  MAX_REMOTE_FIGURES,
  READ_WHOLE_BELOW_BYTES,
  type FromRemoteReader,
  type ListedUnit,
  type RemoteProblem,
  type ToRemoteReader,
} from './remote-protocol';

/**
 * Opens a dataset published as a Parquet file (domain/dataset-parquet.ts) at an address, off the
 * page's thread: its size by a HEAD request, its footer (the dataset's definitions, its row
 * groups) by a range request, then each row group by a range request of its own, checked
 * against the CRC-32 the footer records for it before it is decoded, the progress said after
 * each; then every figure is validated, as an import's are, and the dataset is sent the way a
 * kept import is read back: its definitions, then its figures in columnar chunks. A
 * host that ignores ranges sends the whole file once (hyparquet keeps it). Started for one file,
 * then ended by the page.
 *
 * Asked for one district's page, of a file whose footer says which row groups hold each
 * district's figures (domain/dataset-parquet.ts), those row groups are read first and the
 * district's figures, validated with the definitions, sent before the rest is read: the page
 * shows that district first. Once every row group is read, the layout the footer gave is compared
 * with the one the figures give, and the page told whether the district's view can stand.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromRemoteReader) => self.postMessage(message);

class Failure extends Error {
  constructor(
    readonly problem: RemoteProblem,
    readonly status?: number,
    readonly figures?: number,
    readonly units?: ListedUnit[],
  ) {
    super(problem);
  }
}

/**
 * The districts a file's layout lists, with their names from its definitions (not yet
 * validated: only those of the shape a name has), in the definitions' order.
 */
function unitsListed(head: { head: Record<string, unknown>; layout: DatasetLayout | null }) {
  const { layout } = head;
  const units = head.head.units;
  if (!layout || !Array.isArray(units)) return [];
  return units.flatMap((unit: unknown): ListedUnit[] => {
    const { id, name } = (unit ?? {}) as { id?: unknown; name?: { vi?: unknown; en?: unknown } };
    return typeof id === 'string' &&
      Object.hasOwn(layout.unitChunks, id) &&
      typeof name?.vi === 'string' &&
      (name.en === undefined || typeof name.en === 'string')
      ? [{ id, name: name.en === undefined ? { vi: name.vi } : { vi: name.vi, en: name.en } }]
      : [];
  });
}

self.onmessage = (event: MessageEvent<ToRemoteReader>) => {
  open(event.data.url, event.data.unit ?? null).catch((error: unknown) => {
    if (error instanceof Failure)
      post({
        type: 'failed',
        problem: error.problem,
        status: error.status,
        figures: error.figures,
        units: error.units,
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

async function open(url: string, unit: string | null): Promise<void> {
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
  // More than a page holds: one district's figures alone, if the address names one and the
  // footer says where they are; else refused, with the districts the footer lists to choose.
  const tooLarge = rows > MAX_REMOTE_FIGURES;
  if (tooLarge && (unit == null || !head.layout))
    throw new Failure('tooLarge', undefined, rows, head.layout ? unitsListed(head) : undefined);
  post({
    type: 'size',
    rows,
    bytes: file.byteLength,
    bytesFetched,
    requests,
  });

  // Each row group read once, in any order; the progress counts the rows of those read.
  const groups = metadata.row_groups.map((group) => Number(group.num_rows));
  const starts: number[] = [];
  for (let index = 0, start = 0; index < groups.length; start += groups[index] ?? 0, index += 1)
    starts.push(start);
  const decoded = new Map<number, Observation[]>();
  let rowsRead = 0;
  const readGroup = async (index: number): Promise<Observation[]> => {
    const known = decoded.get(index);
    if (known) return known;
    const rowStart = starts[index] ?? 0;
    const rowEnd = rowStart + (groups[index] ?? 0);
    // Checked against its CRC-32 before it is decoded (a file written before they were, not).
    const group = await checkedRowGroup(file, metadata, index, head.checks);
    if (!group) throw new Failure('damaged');
    const read = observationsFromRows(
      await parquetReadObjects({ file: group, metadata, rowStart, rowEnd }),
    );
    decoded.set(index, read);
    rowsRead += read.length;
    post({ type: 'progress', rows: rowsRead, bytesFetched, requests });
    return read;
  };

  const district =
    unit != null && head.layout
      ? await sendDistrict(head.head, head.layout, unit, groups.length, readGroup)
      : null;
  const first = district === true;
  if (tooLarge) {
    // Its figures break a rule: said, as the whole's problems would be.
    if (Array.isArray(district)) post({ type: 'invalid', problems: district });
    else if (!first) throw new Failure('tooLarge', undefined, rows, unitsListed(head));
    else post({ type: 'districtOnly', rows, bytesFetched, requests });
    return;
  }

  const observations: Observation[] = [];
  for (let index = 0; index < groups.length; index += 1)
    for (const observation of await readGroup(index)) observations.push(observation);

  const checked = validateDataset({ ...head.head, observations });
  if (!checked.ok) {
    post({ type: 'invalid', problems: checked.problems });
    return;
  }
  // Sent as the kept import is read back: columns whose bytes move to the page (no copy), its
  // repeated texts one string each there, rather than every figure's object copied.
  const { observations: valid, ...definitions } = checked.data;
  // The district shown first stands only if the footer said where all its figures are, and what
  // its view shows of the whole, as the figures themselves say.
  const districtHeld =
    first &&
    unit != null &&
    head.layout != null &&
    sameForUnit(
      head.layout,
      layoutOfRowGroups(
        definitions,
        groups.map((_, index) => decoded.get(index) ?? []),
      ),
      unit,
    );
  post({ type: 'head', head: { ...definitions, observations: [] } });
  for (const bytes of encodeObservationChunks(valid))
    self.postMessage({ type: 'chunk', bytes } satisfies FromRemoteReader, [bytes.buffer]);
  post({ type: 'end', observations: valid.length, districtHeld });
}

/**
 * The district's figures, from the row groups the layout lists for it, validated with the
 * dataset's definitions and sent to the page (true); null when the layout does not list it (or
 * lists row groups the file lacks); the problems when they break a rule.
 */
async function sendDistrict(
  head: Record<string, unknown>,
  layout: DatasetLayout,
  unit: string,
  groupCount: number,
  readGroup: (index: number) => Promise<Observation[]>,
): Promise<true | null | Problem[]> {
  const indexes = Object.hasOwn(layout.unitChunks, unit) ? layout.unitChunks[unit] : undefined;
  if (!indexes || indexes.some((index) => index >= groupCount)) return null;
  const figures: Observation[] = [];
  for (const index of indexes) {
    for (const observation of await readGroup(index))
      if (observation.unit === unit) figures.push(observation);
  }
  const checked = validateDataset({ ...head, observations: figures });
  if (!checked.ok) return checked.problems;
  const { observations, ...definitions } = checked.data;
  const chunks = encodeObservationChunks(observations);
  self.postMessage(
    {
      type: 'district',
      unit,
      head: { ...definitions, observations: [] } satisfies Dataset,
      whole: layout.whole,
      chunks,
    } satisfies FromRemoteReader,
    chunks.map((bytes) => bytes.buffer),
  );
  return true;
}
