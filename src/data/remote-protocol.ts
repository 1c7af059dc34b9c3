import type { Problem } from '../domain/validate';
import type { Dataset } from '../domain/schema';

/** Why a dataset could not be opened from its address: said to the reader (remote-words). */
export type RemoteProblem =
  /** Not an http(s) address. */
  | 'badAddress'
  /** No answer: offline, a wrong host, or a host that does not let this site read it (CORS). */
  | 'unreachable'
  /** The host answered with an error (`status`: 404, 403…). */
  | 'status'
  /** The file is not a Parquet file (or is damaged). */
  | 'notParquet'
  /** A Parquet file, but not one of this dashboard's (domain/dataset-parquet.ts). */
  | 'notDashboard'
  | 'otherFormat'
  | 'missingColumns'
  /** This build cannot open an address: the single file (no worker, and a file:// page). */
  | 'unsupported'
  /** Anything else (a bug): said as such. */
  | 'failed';

/** What the page asks the reader (remote-read.worker.ts): one file, once. */
export interface ToRemoteReader {
  url: string;
}

/** What the reader answers, in this order: its size, progress, then the dataset or why not. */
export type FromRemoteReader =
  | { type: 'size'; rows: number; bytes: number; rowGroups: number }
  | { type: 'progress'; rows: number; bytesFetched: number; requests: number }
  /**
   * The dataset, validated: its definitions (no observations), then its observations as
   * columnar chunks (domain/observation-columns.ts, their bytes moved, not copied), then the end.
   */
  | { type: 'head'; head: Dataset }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end'; observations: number }
  | { type: 'invalid'; problems: Problem[] }
  | { type: 'failed'; problem: RemoteProblem; status?: number; message?: string };
