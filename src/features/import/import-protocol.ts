import type { Analysis, BytesRead, Choices, RowsRead, Stage } from './import-analysis';
import type { DatasetPart } from '../../data/dataset-parts';
import type { WriteProgress } from '../../data/kept-write';

/**
 * The messages between the import dialog's session (import-session.ts) and its worker
 * (import.worker.ts). A request with an id is answered with that id.
 */
export type ToWorker =
  /** The chosen file: read in the worker, once. */
  | { type: 'open'; file: File }
  /** The data shown now, in parts: what the file is read against and merged into. */
  | ({ type: 'base' } & DatasetPart)
  | { type: 'analyse'; id: number; choices: Choices }
  /**
   * Keeps the result of analysis `analysis` (an 'analyse' request's id) as the import
   * (kept-record.ts's writeKept); refused unless it is the last worked out.
   */
  | {
      type: 'write';
      id: number;
      analysis: number;
      basedOn: number;
      fileName: string;
      importedAt: string;
    }
  /** That result, in parts: for the page to show once it is kept. */
  | { type: 'result'; id: number; analysis: number }
  /** That result as JSON text, to download when it cannot be kept. */
  | { type: 'unsaved'; id: number; analysis: number };

export type FromWorker =
  /** A stage as it starts, and how far it is: a table's rows, a streamed CSV's bytes. */
  | { type: 'stage'; id: number; stage: Stage; rows?: RowsRead; bytes?: BytesRead }
  | { type: 'analysis'; id: number; analysis: Analysis }
  /** How far a write is, as it goes. */
  | { type: 'writing'; id: number; progress: WriteProgress }
  | { type: 'written'; id: number; revision: number }
  /** The write was refused: `changedTo` when another tab changed what is kept meanwhile. */
  | { type: 'notWritten'; id: number; changedTo: number | null; message: string }
  | ({ type: 'result'; id: number } & DatasetPart)
  | { type: 'unsaved'; id: number; text: string }
  /** Something failed that no message names (a bug): the request's promise is rejected. */
  | { type: 'failed'; id: number; message: string };
