import type { Problem } from '../domain/validate';
import type { Dataset, LocalizedTextValue } from '../domain/schema';
import type { WholeFacts } from '../domain/view/district-part';

/** Why a dataset could not be opened from its address: said to the reader (remote-words). */
export type RemoteProblem =
  /** Not an http(s) address (or one with a user name and password in it). */
  | 'badAddress'
  /** An http:// address from a page served over https: the browser refuses it (mixed content). */
  | 'insecure'
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
  /** A row group whose bytes differ from the CRC-32 its footer records. */
  | 'damaged'
  /** More figures than a page holds (`figures`: how many it has). */
  | 'tooLarge'
  /** This build cannot open an address: the single file (no worker, and a file:// page). */
  | 'unsupported'
  /** Anything else (a bug): said as such. */
  | 'failed';

/**
 * The most figures a file opened from an address may hold: every one is an object on the page
 * (about 330 bytes), so a million is some 400 MB of it (docs/performance.md). A larger file is
 * opened at one district alone (the address's `unit`), from the row groups its footer lists for
 * it; without one it is refused with its count, before its row groups are fetched, and the
 * districts it lists offered to choose from.
 */
export const MAX_REMOTE_FIGURES = 1_000_000;

/** A file smaller than this is fetched whole, in one request (hyparquet's cachedAsyncBuffer). */
export const READ_WHOLE_BELOW_BYTES = 512 * 1024;

/**
 * Bytes read first from a file's end, for its footer (the dataset's definitions, and where each
 * row group is). A footer larger than this is read in one request more: the bench's city of 30
 * districts has one of 76 kB, of 300 districts 465 kB, mostly the definitions' JSON. A larger first
 * read would fetch the last row group's bytes twice in a small file (they are read again as a
 * range of their own).
 */
export const FOOTER_FETCH_BYTES = 64 * 1024;

/**
 * What the page asks the reader (remote-read.worker.ts): one file, once; with the district the
 * page's address names, whose figures are then sent first when the file says where they are.
 */
export interface ToRemoteReader {
  url: string;
  unit?: string | null;
}

/** What the reader answers, in this order: its size, progress, then the dataset or why not. */
export type FromRemoteReader =
  | {
      type: 'size';
      rows: number;
      bytes: number;
      bytesFetched: number;
      requests: number;
    }
  | { type: 'progress'; rows: number; bytesFetched: number; requests: number }
  /**
   * The district asked for, before the rest: its figures (validated with the definitions, as
   * columnar chunks), the definitions, and what its view shows of the whole (the file's layout).
   */
  | { type: 'district'; unit: string; head: Dataset; whole: WholeFacts; chunks: Uint8Array[] }
  /**
   * The dataset, validated: its definitions (no observations), then its observations as
   * columnar chunks (domain/observation-columns.ts, their bytes moved, not copied), then the end.
   */
  | { type: 'head'; head: Dataset }
  | { type: 'chunk'; bytes: Uint8Array }
  /**
   * `districtHeld`: the district sent first, if any, had all its figures there, and its view
   * the whole's years and citations (the file's layout checked against its figures).
   */
  | { type: 'end'; observations: number; districtHeld: boolean }
  /**
   * Instead of the rest and the end, for a file of more figures than a page holds: the district
   * sent is all that is read (`rows`: the file's figures).
   */
  | { type: 'districtOnly'; rows: number; bytesFetched: number; requests: number }
  | { type: 'invalid'; problems: Problem[] }
  | {
      type: 'failed';
      problem: RemoteProblem;
      status?: number;
      figures?: number;
      /** For 'tooLarge': the districts the file says where to find, to choose one. */
      units?: ListedUnit[] | undefined;
      message?: string;
    };

/** A district a file lists, to be opened alone: its id and name. */
export interface ListedUnit {
  id: string;
  name: LocalizedTextValue;
}
