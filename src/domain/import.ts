import { checkStatedShare, decimalsOf, periodLengthWarning, sharePercent } from './metrics';
import type { Dataset, Observation, StatedShare } from './schema';
import { decodeText, type TextEncoding } from './text-encoding';
import type { Problem } from './validate';

/**
 * Larger files are refused before they are read. In the import's worker, 128 MB: about 550,000
 * figures in the app's JSON format, a city's 126 wards and communes over ten years of quarters
 * (the page stays free while it is read; what is kept is stored in columnar chunks). Where a file
 * is read on the page (the single-file build, whose policy starts no worker), 10 MB: the page
 * is blocked while it is read.
 */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;
export const MAX_PAGE_IMPORT_BYTES = 10 * 1024 * 1024;
/**
 * A CSV or JSON file over this size is read in the worker as a stream (features/import's
 * read-csv-stream.ts and read-json-stream.ts), never held as one string; it may then be up to
 * MAX_STREAMED_BYTES, and hold MAX_IMPORT_FIGURES figures.
 */
export const STREAM_FROM = 64 * 1024 * 1024;
/** The country's own CSV (3.6 million figures, 1.03 GB) is imported with the browser at 6 GB. */
export const MAX_STREAMED_BYTES = 1.5 * 1024 * 1024 * 1024;
/** A JSON file, by its name. */
export const JSON_FILE = /\.json$/i;
/** A CSV file, by its name (Excel's "Unicode Text" saves a `.txt`). */
export const CSV_FILE = /\.(csv|txt|tsv)$/i;

/**
 * A Parquet file of this dashboard's (domain/dataset-parquet.ts) is compressed ten to twenty
 * times against its JSON, so its bytes say little of what reading it takes: its figures do, and
 * its footer says how many before a row is read. Every figure read is an object in the import's
 * worker, checked, merged and written from there: the country's 3.6 million took the page's
 * process to 3.7 GB (docs/import.md).
 */
export const MAX_IMPORT_FIGURES = 4_000_000;
/** Where the page reads the file itself: about what 10 MB of the app's JSON holds. */
export const MAX_PAGE_IMPORT_FIGURES = 50_000;

/** A Parquet file is known by its name, as a workbook is. */
export const PARQUET_FILE = /\.parquet$/i;

export type FileProblem =
  /** A workbook over MAX_IMPORT_BYTES (a CSV or JSON file where it is read whole). */
  | 'tooLarge'
  /** A CSV or JSON file over MAX_STREAMED_BYTES. */
  | 'streamedTooLarge'
  /** Over the limit of a file read on the page, under the worker's. */
  | 'tooLargeOnPage'
  | 'empty'
  | 'binary'
  | 'unsupportedType'
  | 'unreadable'
  /** The data shown could not be read back from the browser's store to compare the file with. */
  | 'currentUnreadable'
  | 'oldExcel'
  | 'workbook'
  | 'unpackedTooLarge'
  /** Named `.parquet`, and no Parquet file (or a damaged one). */
  | 'notParquet'
  /** A Parquet file with no dataset of this dashboard's in its footer. */
  | 'parquetNotDashboard'
  /** This dashboard's Parquet file, written in a format this build does not read. */
  | 'parquetOtherFormat'
  | 'parquetMissingColumns'
  /** A row group whose bytes differ from the CRC-32 its footer records: damaged after writing. */
  | 'parquetDamaged'
  /** More figures than MAX_IMPORT_FIGURES: said from the footer, before a row is read. */
  | 'tooManyFigures'
  /** Over MAX_PAGE_IMPORT_FIGURES, where the page reads the file itself. */
  | 'tooManyFiguresOnPage';

export type FileCheck =
  | { ok: true; kind: 'json' | 'csv'; text: string; encoding: TextEncoding }
  | { ok: true; kind: 'workbook'; bytes: Uint8Array }
  | { ok: false; problem: FileProblem };

/** Whether a file of `size` bytes is refused where the limit is `maxBytes`, and as what. */
export function sizeProblem(size: number, maxBytes: number): FileProblem | null {
  if (size > MAX_IMPORT_BYTES) return 'tooLarge';
  return size > maxBytes ? 'tooLargeOnPage' : null;
}

/** Excel's and LibreOffice's own files, read by features/import/read-workbook.ts. */
const WORKBOOK = /\.(xlsx|xlsm|ods)$/i;
/** Excel 97–2003's format: a ZIP it is not. */
const OLD_EXCEL = /\.xls$/i;

/**
 * What a file is, before anything is parsed: too large, empty, a workbook (`.xlsx`, `.ods`: its
 * bytes, read later), not text (domain/text-encoding.ts reads UTF-8, UTF-16 and Windows-1258),
 * or neither JSON nor CSV. Its text comes in NFC, without a byte-order mark. A `.txt` is what
 * Excel's "Unicode Text" saves: read as a CSV.
 */
export function checkImportFile(
  name: string,
  bytes: Uint8Array,
  maxBytes: number = MAX_IMPORT_BYTES,
): FileCheck {
  const tooLarge = sizeProblem(bytes.length, maxBytes);
  if (tooLarge) return { ok: false, problem: tooLarge };
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (OLD_EXCEL.test(name)) return { ok: false, problem: 'oldExcel' };
  if (WORKBOOK.test(name)) {
    // Every .xlsx and .ods is a ZIP archive, which starts `PK`.
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    return zip ? { ok: true, kind: 'workbook', bytes } : { ok: false, problem: 'workbook' };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: 'binary' };
  const { text, encoding } = decoded;
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return { ok: true, kind: 'json', text, encoding };
  if (CSV_FILE.test(name)) return { ok: true, kind: 'csv', text, encoding };
  return { ok: false, problem: 'unsupportedType' };
}

export type ImportMode = 'merge' | 'replace';

export interface ImportCounts {
  added: number;
  changed: number;
  unchanged: number;
  /** Figures of the current data that a replace would remove: said, never dropped silently. */
  removed: number;
}

/** The lists of definitions a dataset holds besides its figures. */
export const DEFINITION_LISTS = [
  'units',
  'periods',
  'topics',
  'figures',
  'metrics',
  'sources',
  'notes',
] as const;
export type DefinitionList = (typeof DEFINITION_LISTS)[number];

export interface DefinitionChange {
  list: DefinitionList;
  id: string;
}

export interface ImportPlan {
  mode: ImportMode;
  result: Dataset;
  counts: ImportCounts;
  /** Definitions the file gives differently under an id the current data already uses. */
  redefined: DefinitionChange[];
  /** Definitions of the current data that a replace would remove (none for a merge). */
  removedDefinitions: DefinitionChange[];
}

/** A figure's place: district, metric, period and the topic of a part. */
const keyOf = (obs: Observation) => [obs.unit, obs.metric, obs.period, obs.topic ?? ''].join('|');

/**
 * A figure in a canonical form, so that ways of writing the same thing compare equal: an empty
 * target written as null or left out, a stated share's decimals given or implied by its digits,
 * keys in any order.
 */
function canonicalObservation(obs: Observation): string {
  const { target, statedShare, ...rest } = obs;
  const share = statedShare && {
    percent: statedShare.percent,
    qualifier: statedShare.qualifier,
    decimals: statedShare.decimals ?? decimalsOf(statedShare.percent),
  };
  return stableJson({ ...rest, target: target ?? null, statedShare: share ?? null });
}

/** JSON with object keys sorted and undefined members left out. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whether two figures say the same thing, however each file wrote it. */
export function sameObservation(a: Observation, b: Observation): boolean {
  return canonicalObservation(a) === canonicalObservation(b);
}

function definitionChanges(current: Dataset, incoming: Dataset) {
  const redefined: DefinitionChange[] = [];
  const removed: DefinitionChange[] = [];
  for (const list of DEFINITION_LISTS) {
    const before = new Map<string, unknown>(current[list].map((item) => [item.id, item]));
    const after = new Set(incoming[list].map((item) => item.id));
    for (const item of incoming[list]) {
      const old = before.get(item.id);
      if (old !== undefined && stableJson(old) !== stableJson(item))
        redefined.push({ list, id: item.id });
    }
    for (const id of before.keys()) if (!after.has(id)) removed.push({ list, id });
  }
  return { redefined, removed };
}

function mergeById<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const merged = new Map(current.map((item) => [item.id, item]));
  for (const item of incoming) merged.set(item.id, item);
  return [...merged.values()];
}

/**
 * The dataset an import would give, and how many figures it adds, changes, keeps and removes.
 * Merge: the file's entries win over entries with the same id (figures: the same district,
 * metric, period and topic); everything else stays. Replace: the file alone.
 */
export function planImport(current: Dataset, incoming: Dataset, mode: ImportMode): ImportPlan {
  const before = new Map(current.observations.map((obs) => [keyOf(obs), obs]));
  const counts: ImportCounts = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  for (const obs of incoming.observations) {
    const old = before.get(keyOf(obs));
    if (!old) counts.added += 1;
    else if (sameObservation(old, obs)) counts.unchanged += 1;
    else counts.changed += 1;
  }
  const definitions = definitionChanges(current, incoming);
  if (mode === 'replace') {
    const kept = new Set(incoming.observations.map(keyOf));
    counts.removed = current.observations.filter((obs) => !kept.has(keyOf(obs))).length;
    return {
      mode,
      result: incoming,
      counts,
      redefined: definitions.redefined,
      removedDefinitions: definitions.removed,
    };
  }
  const observations = new Map(current.observations.map((obs) => [keyOf(obs), obs]));
  for (const obs of incoming.observations) observations.set(keyOf(obs), obs);
  const result: Dataset = {
    schemaVersion: incoming.schemaVersion,
    title: incoming.title,
    asOf: incoming.asOf > current.asOf ? incoming.asOf : current.asOf,
    units: mergeById(current.units, incoming.units),
    periods: mergeById(current.periods, incoming.periods),
    topics: mergeById(current.topics, incoming.topics),
    figures: mergeById(current.figures, incoming.figures),
    metrics: mergeById(current.metrics, incoming.metrics),
    sources: mergeById(current.sources, incoming.sources),
    observations: [...observations.values()],
    notes: mergeById(current.notes, incoming.notes),
  };
  return { mode, result, counts, redefined: definitions.redefined, removedDefinitions: [] };
}

export type ImportWarning =
  | { code: 'shareDisagrees'; path: string; computed: number; stated: StatedShare }
  | { code: 'periodLengths'; metric: string; months: number[] }
  | { code: 'thousandfold'; path: string; before: number; after: number };

/** A figure this many times larger or smaller than the one it replaces is a misread number until the user says not. */
export const THOUSANDFOLD = 1000;

/**
 * The file's figures that replace a current one of the same district, metric, period and topic
 * with a value or target a thousand times larger or smaller: "21" for "21.000" is how a number
 * read in the wrong style looks.
 */
export function thousandfoldChanges(incoming: Dataset, current: Dataset): ImportWarning[] {
  const before = new Map(current.observations.map((obs) => [keyOf(obs), obs]));
  const warnings: ImportWarning[] = [];
  incoming.observations.forEach((obs, index) => {
    const old = before.get(keyOf(obs));
    if (!old) return;
    for (const field of ['value', 'target'] as const) {
      const a = old[field];
      const b = obs[field];
      if (a == null || b == null || a === 0 || b === 0) continue;
      const ratio = Math.abs(a) > Math.abs(b) ? Math.abs(a / b) : Math.abs(b / a);
      // 12455236 / 12455.236 is 999.9999999999999 in floating point: a thousand all the same.
      if (ratio >= THOUSANDFOLD * (1 - 1e-9))
        warnings.push({
          code: 'thousandfold',
          path: `observations[${index}].${field}`,
          before: a,
          after: b,
        });
    }
  });
  return warnings;
}

/**
 * What a file may hold but a user should see before accepting it: a stated share that disagrees
 * with the one computed from its figures, periods of different lengths side by side, and (given
 * the current data) a figure a thousand times off the one it replaces.
 */
export function importWarnings(dataset: Dataset, current?: Dataset): ImportWarning[] {
  const warnings: ImportWarning[] = current ? thousandfoldChanges(dataset, current) : [];
  dataset.observations.forEach((obs, index) => {
    if (!obs.statedShare || obs.target == null) return;
    const computed = sharePercent(obs.value, obs.target);
    if (computed != null && checkStatedShare(computed, obs.statedShare) === 'disagrees') {
      warnings.push({
        code: 'shareDisagrees',
        path: `observations[${index}].statedShare`,
        computed,
        stated: obs.statedShare,
      });
    }
  });
  const periods = new Map(dataset.periods.map((period) => [period.id, period]));
  for (const metric of dataset.metrics.filter((m) => m.kind === 'amount')) {
    const used = dataset.observations
      .filter((obs) => obs.metric === metric.id)
      .map((obs) => periods.get(obs.period))
      .filter((period) => period != null);
    const lengths = periodLengthWarning(used);
    if (lengths) {
      warnings.push({
        code: 'periodLengths',
        metric: metric.id,
        months: [...new Set(lengths.map((length) => length.months))],
      });
    }
  }
  return warnings;
}

export interface LocatedPath {
  /** false: the problem lies in the current data the file would be merged with. */
  inFile: boolean;
  path: string;
}

/**
 * A path into an import's result (`observations[40].id`), turned into where the user can find it:
 * the same entry in the file they chose, or, for an entry the file does not hold, in the data
 * shown now. Entries are told apart by identity, which planImport keeps.
 */
export function locateInFile(
  path: string,
  result: Dataset,
  incoming: Dataset,
  current: Dataset,
): LocatedPath {
  const match = /^(\w+)\[(\d+)\](.*)$/.exec(path);
  const list = match?.[1] as keyof Dataset | undefined;
  if (!match || !list || !Array.isArray(result[list])) return { inFile: true, path };
  const item = (result[list] as readonly unknown[])[Number(match[2])];
  const inFile = (incoming[list] as readonly unknown[]).indexOf(item);
  if (inFile >= 0) return { inFile: true, path: `${list}[${inFile}]${match[3]}` };
  const inCurrent = (current[list] as readonly unknown[]).indexOf(item);
  return { inFile: false, path: `${list}[${inCurrent}]${match[3]}` };
}

/**
 * Where a problem of an import's result lies, for the report. Like locateInFile, with one more
 * step: two entries sharing an id are reported at the file's entry when the file holds one of
 * them, since the file is what the user can change (a merged figure may sit at the current
 * figure's place, so the validator can flag the current one of the pair).
 */
export function locateProblem(
  problem: Problem,
  result: Dataset,
  incoming: Dataset,
  current: Dataset,
): { path: LocatedPath; detail: LocatedPath | null } {
  let path = locateInFile(problem.path, result, incoming, current);
  const list = /^(\w+)\[\d+\]\.id$/.exec(problem.path)?.[1] as keyof Dataset | undefined;
  if (problem.code === 'duplicateId' && !path.inFile && list && Array.isArray(result[list])) {
    const entries = result[list] as readonly { id: string }[];
    const fromFile = new Set<unknown>(incoming[list] as readonly unknown[]);
    const clash = entries.findIndex((entry) => entry.id === problem.detail && fromFile.has(entry));
    if (clash >= 0) path = locateInFile(`${list}[${clash}].id`, result, incoming, current);
  }
  const detail =
    problem.detail && /^\w+\[\d+\]/.test(problem.detail)
      ? locateInFile(problem.detail, result, incoming, current)
      : null;
  return { path, detail };
}
