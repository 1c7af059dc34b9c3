import {
  checkImportFile,
  CSV_FILE,
  importWarnings,
  JSON_FILE,
  MAX_STREAMED_BYTES,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_FIGURES,
  MAX_PAGE_IMPORT_FIGURES,
  PARQUET_FILE,
  sizeProblem,
  STREAM_FROM,
  planImport,
  type DefinitionChange,
  type FileProblem,
  type ImportCounts,
  type ImportMode,
  type ImportPlan,
  type ImportWarning,
  type LocatedPath,
} from '../../domain/import';
import { csvPathOf, readDatasetCsv, type CsvReadInfo } from '../../domain/dataset-csv';
import { readDatasetTable, type ReadTableOptions } from '../../domain/dataset-table';
import type { CsvTable } from '../../domain/csv-table';
import type { DateOrder } from '../../domain/date-order';
import { duplicateJsonKeys, jsonLines } from '../../domain/json-duplicates';
import type { NumberStyle } from '../../domain/number-style';
import type { Dataset, LocalizedTextValue } from '../../domain/schema';
import type { TextEncoding } from '../../domain/text-encoding';
import {
  parseDatasetText,
  validateDataset,
  type ParseResult,
  type Problem,
} from '../../domain/validate';
import type { JsonStreamRead } from '../../domain/json-stream';
import { readJsonStreamed } from './read-json-stream';
import { readStreamedCsv, type StreamedCsv } from './read-csv-stream';
import { readWorkbook } from './read-workbook';
import { resultProblems } from '../../domain/merge-check';

/**
 * What an import's report is worked out from, step by step, with no page: the file read once
 * (its text, or a workbook's table), then, for each choice the user makes (number style, date
 * order, merge or replace), the dataset it holds, its problems, the merge and its warnings. Run by
 * the import's worker (import.worker.ts), or on the page where no worker can start
 * (import-session.ts); either way the dialog gets the same Analysis.
 */

/** Marks a path that lies in the data shown now rather than in the chosen file. */
export const CURRENT = 'current:';

/** A file read as far as its text, or a workbook as far as its sheet's table. */
export type Source =
  | { name: string; kind: 'json' | 'csv'; text: string; encoding: TextEncoding }
  | { name: string; kind: 'table'; table: CsvTable }
  /**
   * A JSON file too large to hold as text, read as a stream when opened (read-json-stream.ts):
   * its document, or why it is no JSON, and its keys given twice.
   */
  | { name: string; kind: 'jsonStream'; read: JsonStreamRead; encoding: TextEncoding }
  /** A CSV file too large to hold as text, read as a stream (read-csv-stream.ts). */
  | ({ name: string; kind: 'csvFile' } & StreamedCsv)
  /**
   * A Parquet file's dataset as read (read-parquet.ts); once it is checked, its checked copy, so
   * that a city's figures are held once rather than twice (the checked copy checks the same).
   */
  | { name: string; kind: 'parquet'; dataset: unknown };

/** The steps of an import's reading, in order: the progress bar counts them. */
export const STAGES = ['file', 'rows', 'check', 'compare'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * How far a table's rows are read: rows read of how many, and the problems found so far (null
 * where the rows are checked once all are read: a Parquet file's).
 */
export interface RowsRead {
  read: number;
  total: number;
  problems: number | null;
}

/**
 * A stage as it starts, and how far it is as it goes: in the rows' stage of a table, its rows;
 * in the file's stage of a CSV read as a stream, its bytes.
 */
export type OnStage = (stage: Stage, rows?: RowsRead, bytes?: BytesRead) => void;

export interface Choices {
  numberStyle?: NumberStyle | undefined;
  dateOrder?: DateOrder | undefined;
  mode: ImportMode;
}

/** A file refused before its content is read. */
export interface FileRefused {
  state: 'fileProblem';
  name: string;
  problem: FileProblem;
  /** For a file refused on its figures: how many its footer says it holds. */
  figures?: number;
}

interface Common {
  name: string;
  /** A text file's encoding, when not UTF-8, to be said; null for a workbook. */
  encoding: TextEncoding | null;
  info?: CsvReadInfo | undefined;
  /** For a pretty-printed JSON file: the line of each path named in the report. */
  lines: Map<string, number> | null;
}

/** What the dialog shows of a file: its problems, or the report of its import. */
export type Analysis =
  | FileRefused
  | (Common & { state: 'invalid'; problems: Problem[] })
  | (Common & {
      state: 'ready';
      migratedFrom: number | null;
      counts: ImportCounts;
      redefined: DefinitionChange[];
      removedDefinitions: DefinitionChange[];
      /** Problems of the merged result, traced to the file's row or to the current data. */
      resultProblems: Problem[];
      /** Warnings, with their paths as the file's cells for a CSV or a sheet. */
      warnings: ImportWarning[];
      /** The names of the metrics a warning names (the file's, which may be new). */
      metricNames: Record<string, LocalizedTextValue>;
    });

/** The dataset an import would keep, held where the analysis was made until it is applied. */
export interface Analysed {
  analysis: Analysis;
  result: Dataset | null;
}

/**
 * How far a file read as a stream is, in bytes: a CSV's first pass of two (`passes` 2), or a JSON
 * file's one.
 */
export interface BytesRead {
  read: number;
  total: number;
  passes: 1 | 2;
}

/** How far a Parquet file's rows are read (it is read whole before any is checked). */
export type OnFileRows = (read: number, total: number) => void;

/**
 * The file's bytes to text or a table: refused on its size before a byte is read, over
 * `maxBytes` (domain/import.ts: the worker's limit, or the page's). A Parquet file is read by
 * row groups, the rows read said to `onRows`; in the worker its figures, not its bytes, are
 * limited (its footer says how many).
 */
export async function readSource(
  file: File,
  maxBytes: number,
  onRows?: OnFileRows,
  onBytes?: (bytes: BytesRead) => void,
): Promise<Source | FileRefused> {
  const refused = (problem: FileProblem): FileRefused => ({
    state: 'fileProblem',
    name: file.name,
    problem,
  });
  if (PARQUET_FILE.test(file.name)) {
    if (file.size === 0) return refused('empty');
    // Where the page reads it itself, as few figures as its limit on other files allows.
    const onPage = maxBytes < MAX_IMPORT_BYTES;
    if (onPage && file.size > maxBytes) return refused('tooLargeOnPage');
    const { readParquetFile } = await import('./read-parquet');
    const read = await readParquetFile(
      file,
      onRows,
      onPage ? MAX_PAGE_IMPORT_FIGURES : MAX_IMPORT_FIGURES,
    );
    if (read.ok) return { name: file.name, kind: 'parquet', dataset: read.dataset };
    const problem =
      onPage && read.problem === 'tooManyFigures' ? 'tooManyFiguresOnPage' : read.problem;
    return { ...refused(problem), ...(read.figures != null ? { figures: read.figures } : {}) };
  }
  // In the worker, a large CSV or JSON file is read as a stream: a CSV once the user's choices
  // and the data shown are known (its rows are weighed against the data's metrics), a JSON file
  // now, once.
  const streamed = CSV_FILE.test(file.name) || JSON_FILE.test(file.name);
  if (maxBytes >= MAX_IMPORT_BYTES && streamed && file.size > STREAM_FROM) {
    if (file.size > MAX_STREAMED_BYTES) return refused('streamedTooLarge');
    if (CSV_FILE.test(file.name)) return { name: file.name, kind: 'csvFile', file, encoding: null };
    const json = await readJsonStreamed(file, (read, total) =>
      onBytes?.({ read, total, passes: 1 }),
    );
    if (!json.ok) return refused('binary');
    return { name: file.name, kind: 'jsonStream', read: json.read, encoding: json.encoding };
  }
  const tooLarge = sizeProblem(file.size, maxBytes);
  if (tooLarge) return refused(tooLarge);
  const checked = checkImportFile(file.name, new Uint8Array(await file.arrayBuffer()), maxBytes);
  if (!checked.ok) return { state: 'fileProblem', name: file.name, problem: checked.problem };
  if (checked.kind === 'workbook') {
    const read = await readWorkbook(checked.bytes);
    return read.ok
      ? { name: file.name, kind: 'table', table: read.table }
      : { state: 'fileProblem', name: file.name, problem: read.problem };
  }
  return { name: file.name, kind: checked.kind, text: checked.text, encoding: checked.encoding };
}

/** A file's analyser: its report for the data shown and the user's choices (createAnalyser). */
export type Analyser = ReturnType<typeof createAnalyser>;

/**
 * The analyser of a file, or why it is refused (a file that cannot be read: unreadable); a file
 * over `maxBytes` is refused unread.
 */
export function openAnalyser(
  file: File,
  maxBytes: number,
  onRows?: OnFileRows,
  onBytes?: (bytes: BytesRead) => void,
): Promise<Analyser | FileRefused> {
  return readSource(file, maxBytes, onRows, onBytes).then(
    (source) => ('state' in source ? source : createAnalyser(source)),
    (): FileRefused => ({ state: 'fileProblem', name: file.name, problem: 'unreadable' }),
  );
}

type Inspected =
  | { ok: false; problems: Problem[]; info?: CsvReadInfo | undefined }
  /** A CSV read as a stream turned out to be no text, or to hold too many rows. */
  | { ok: false; refused: FileRefused }
  | {
      ok: true;
      incoming: Dataset;
      /** For a CSV or a sheet: the row of each figure, so that every message names its row. */
      rowOfObservation: number[] | null;
      migratedFrom: number | null;
      info?: CsvReadInfo | undefined;
    };

/** What a file holds: a dataset to import, or its problems (a number style to choose among them). */
async function inspect(
  source: Source,
  base: Dataset,
  choices: Choices & Pick<ReadTableOptions, 'onRows'>,
  onBytes: (bytes: BytesRead) => void,
): Promise<Inspected> {
  const { numberStyle, dateOrder, onRows } = choices;
  if (source.kind === 'csv' || source.kind === 'table' || source.kind === 'csvFile') {
    const options = { numberStyle, dateOrder, onRows };
    const read =
      source.kind === 'csvFile'
        ? await readStreamedCsv(source, base, options, (done, total) =>
            onBytes({ read: done, total, passes: 2 }),
          )
        : source.kind === 'table'
          ? readDatasetTable(source.table, base, options)
          : readDatasetCsv(source.text, base, options);
    if ('problem' in read) {
      const { problem } = read;
      return { ok: false, refused: { state: 'fileProblem', name: source.name, problem } };
    }
    if (!read.ok) return { ok: false, problems: read.problems, info: read.info };
    const valid = validateDataset(read.dataset);
    if (!valid.ok) {
      return {
        ok: false,
        problems: valid.problems.map((problem) => csvPathOf(problem, read.rowOfObservation)),
        info: read.info,
      };
    }
    return {
      ok: true,
      incoming: valid.data,
      rowOfObservation: read.rowOfObservation,
      migratedFrom: null,
      info: read.info,
    };
  }
  if (source.kind === 'parquet') {
    // Checked as a JSON file's dataset is: its problems' paths name the figure's row
    // (`observations[12]` is the file's row 12, counted from 0 as Parquet's readers count).
    const checked = validateDataset(source.dataset);
    if (checked.ok) source.dataset = checked.data;
    return checked.ok
      ? {
          ok: true,
          incoming: checked.data,
          rowOfObservation: null,
          migratedFrom: checked.migratedFrom,
        }
      : { ok: false, problems: checked.problems };
  }
  const { parsed, repeatedAt } =
    'text' in source
      ? { parsed: parseDatasetText(source.text), repeatedAt: duplicateJsonKeys(source.text) }
      : streamedJson(source.read);
  // JSON.parse keeps the last of a key given twice: which was meant is the user's to say. Listed
  // with the file's other problems, unless it is no JSON at all.
  const repeated = repeatedAt.map((path): Problem => ({ path, code: 'duplicateKey' }));
  if (!parsed.ok) {
    const notJson = parsed.problems.some((problem) => problem.code === 'invalidJson');
    return { ok: false, problems: notJson ? parsed.problems : [...repeated, ...parsed.problems] };
  }
  if (repeated.length > 0) return { ok: false, problems: repeated };
  // A streamed file's document held once: as checked.
  if (source.kind === 'jsonStream') source.read = { ok: true, document: parsed.data, repeated: [] };
  return {
    ok: true,
    incoming: parsed.data,
    rowOfObservation: null,
    migratedFrom: parsed.migratedFrom,
  };
}

/** A JSON file read as a stream, as `parseDatasetText` and `duplicateJsonKeys` read one held whole. */
function streamedJson(read: JsonStreamRead) {
  const parsed: ParseResult = read.ok
    ? validateDataset(read.document)
    : { ok: false, problems: [{ path: '', code: 'invalidJson', detail: read.detail }] };
  return { parsed, repeatedAt: read.ok ? read.repeated : [] };
}

/**
 * A merge can join two files whose ids clash: the result's problems (domain/merge-check.ts), each
 * traced back to the file's row, or to the current data.
 */
function resultProblemsOf(
  plan: ImportPlan,
  incoming: Dataset,
  base: Dataset,
  rowOfObservation: number[] | null,
): Problem[] {
  const shown = (where: LocatedPath) => (where.inFile ? where.path : `${CURRENT}${where.path}`);
  return resultProblems(plan, incoming, base).map((where): Problem => {
    const located: Problem = {
      ...where.problem,
      path: shown(where.path),
      ...(where.detail ? { detail: shown(where.detail) } : {}),
    };
    return rowOfObservation && !located.path.startsWith(CURRENT)
      ? csvPathOf(located, rowOfObservation)
      : located;
  });
}

/**
 * The analysis of a file for the data shown now (`base`) and the user's choices, saying each
 * stage as it starts. The file's reading (`inspect`) is kept between calls for the same choices
 * of number style and date order and the same base, so that switching merge and replace only
 * plans again.
 */
export function createAnalyser(source: Source) {
  let kept: { base: Dataset; key: string; inspected: Inspected } | null = null;
  return async function analyse(
    base: Dataset,
    choices: Choices,
    onStage: OnStage = () => undefined,
  ): Promise<Analysed> {
    const key = `${choices.numberStyle ?? ''}|${choices.dateOrder ?? ''}`;
    if (!kept || kept.base !== base || kept.key !== key) {
      // A CSV read as a stream weighs the file's bytes before its rows (once for the data shown):
      // the file's stage.
      onStage(source.kind === 'csvFile' && source.weighed?.base !== base ? 'file' : 'rows');
      const onRows = (read: number, total: number, problems: number) =>
        onStage('rows', { read, total, problems });
      const onBytes = (bytes: BytesRead) => onStage('file', undefined, bytes);
      const inspected = await inspect(source, base, { ...choices, onRows }, onBytes);
      kept = { base, key, inspected };
    }
    const { inspected } = kept;
    const common = {
      name: source.name,
      encoding: source.kind === 'table' || source.kind === 'parquet' ? null : source.encoding,
      info: 'info' in inspected ? inspected.info : undefined,
    };
    // A JSON file's problems and warnings at the line an editor shows them on (not for a file of
    // an older format, whose paths are those of the migrated data; not for a file on one line).
    const linesOf = (paths: readonly string[]) =>
      source.kind === 'json' &&
      source.text.includes('\n') &&
      !(inspected.ok && inspected.migratedFrom != null)
        ? jsonLines(
            source.text,
            paths.filter((path) => path !== '' && !path.startsWith(CURRENT)),
          )
        : null;
    if (!inspected.ok && 'refused' in inspected)
      return { analysis: inspected.refused, result: null };
    if (!inspected.ok) {
      const { problems } = inspected;
      return {
        analysis: {
          ...common,
          state: 'invalid',
          problems,
          lines: linesOf(problems.map((p) => p.path)),
        },
        result: null,
      };
    }
    onStage('check');
    const { incoming, rowOfObservation } = inspected;
    const plan = planImport(base, incoming, choices.mode);
    const resultProblems = resultProblemsOf(plan, incoming, base, rowOfObservation);
    onStage('compare');
    const warnings = importWarnings(incoming, base).map((warning) =>
      'path' in warning && rowOfObservation
        ? {
            ...warning,
            path: csvPathOf({ path: warning.path, code: 'invalid' }, rowOfObservation).path,
          }
        : warning,
    );
    const metricNames: Record<string, LocalizedTextValue> = {};
    for (const warning of warnings) {
      if (warning.code !== 'periodLengths') continue;
      const metric = incoming.metrics.find((m) => m.id === warning.metric);
      if (metric) metricNames[metric.id] = metric.name;
    }
    return {
      analysis: {
        ...common,
        state: 'ready',
        migratedFrom: inspected.migratedFrom,
        counts: plan.counts,
        redefined: plan.redefined,
        removedDefinitions: plan.removedDefinitions,
        resultProblems,
        warnings,
        metricNames,
        lines: linesOf([
          ...resultProblems.map((p) => p.path),
          ...warnings.flatMap((w) => ('path' in w ? [w.path] : [])),
        ]),
      },
      result: plan.result,
    };
  };
}
