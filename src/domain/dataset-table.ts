import { withoutInertMark } from './csv-cell';
import type { CsvTable, TableHead, TypedCell } from './csv-table';
import { DATASET_CSV_COLUMNS, type DatasetColumn as Column } from './dataset-columns';
import { dateEvidence, parseCsvDate, type DateDecision, type DateOrder } from './date-order';
import { decimalsOf } from './metrics';
import {
  decimalsWritten,
  numberEvidence,
  parseNumberIn,
  type NumberStyle,
  type StyleDecision,
} from './number-style';
import type { Dataset, Observation, Period, Source, StatedShare } from './schema';
import type { Problem } from './validate';

/** How the file was read, for the report: what was decided for the user and said to them. */
export interface CsvReadInfo {
  /** The CSV's separator; '' for a spreadsheet. */
  separator: string;
  /** For a spreadsheet: the sheet read and each column's letters, to name cells `Sheet1!C5`. */
  sheet?: CsvTable['sheet'];
  /** Rows above the header (a title), left out. */
  titleRows: number;
  /** The style the numbers were read in, and every cell that could be read two ways. */
  numbers: StyleDecision;
  /** The order of the dates' day and month, decided the same way; absent until the numbers are. */
  dates?: DateDecision;
}

export type CsvRead = (
  { ok: true; dataset: Dataset; rowOfObservation: number[] } | { ok: false; problems: Problem[] }
) & { info?: CsvReadInfo };

const REQUIRED_COLUMNS = [
  'Mã đơn vị',
  'Mã chỉ số',
  'Mã kỳ',
  'Giá trị',
  'Mã nguồn',
  'Trích dẫn',
] as const satisfies readonly Column[];

/** The columns that hold dates. */
const DATE_COLUMNS = ['Từ ngày', 'Đến ngày', 'Ngày đăng'] as const satisfies readonly Column[];

/** The columns that hold numbers, and whether a count there makes them whole. */
const NUMBER_COLUMNS = [
  ['Giá trị', true],
  ['Chỉ tiêu / tổng số', true],
  ['Tỷ lệ bài viết nêu (%)', false],
  ['Tăng so với cùng kỳ (%)', false],
  ['Năm', false],
] as const satisfies readonly (readonly [Column, boolean])[];

/** A fraction held with a percent format as its percentage, without binary noise (0.6429 → 64.29). */
function percentOf(fraction: number): number {
  return Number.parseFloat((fraction * 100).toPrecision(12));
}

/** A stated share's qualifier and its number: ">50%" → more-than, "50%". */
function splitShare(text: string): { qualifier: StatedShare['qualifier']; number: string } {
  const sign = text[0] ?? '';
  const qualifier =
    sign === '>'
      ? 'more-than'
      : sign === '<'
        ? 'less-than'
        : sign === '≈' || sign === '~'
          ? 'about'
          : 'exact';
  return { qualifier, number: qualifier === 'exact' ? text : text.slice(1) };
}

/** Rows read between two reports of how far the reading is (ReadTableOptions.onRows). */
export const ROWS_STEP = 5_000;

export interface ReadTableOptions {
  numberStyle?: NumberStyle | undefined;
  dateOrder?: DateOrder | undefined;
  /**
   * How far the rows' reading is: rows read of how many, and the problems found so far; told
   * every ROWS_STEP rows and once at the end (the import's progress, import-analysis.ts).
   */
  onRows?: ((read: number, total: number, problems: number) => void) | undefined;
}

/** A data row of a table: its spreadsheet row number, its cells by header, a spreadsheet's typed cells. */
export type TableRow = CsvTable['rows'][number];

/**
 * Reads a table (a CSV's, csv-table.ts, or a spreadsheet's sheet, sheet-table.ts) into a dataset
 * built on `base` (its districts, metrics, topics, periods and sources), with the table's figures
 * and any periods or sources the rows define. Never throws. Problems name the row (as numbered in
 * the spreadsheet) and the column. Numbers a spreadsheet holds as numbers, and dates it holds as
 * dates, are taken as they are. Numbers written as text are read in one style for the whole file
 * (domain/number-style.ts): the user's `numberStyle` when given, else what the file shows; when
 * nothing does, the read stops and says so in `info.numbers`. Dates written as text likewise.
 *
 * The same reading as `tableReading`'s steps over the rows held in the table; a CSV too large to
 * hold is read by those steps over its rows as a stream, twice (csv-stream.ts).
 */
export function readDatasetTable(
  table: CsvTable,
  base: Dataset,
  options: ReadTableOptions = {},
): CsvRead {
  const reading = tableReading(table, base);
  if ('stopped' in reading) return reading.stopped;
  for (const row of table.rows) reading.weigh(row);
  const rows = reading.decide(table.rows.length, options);
  if ('ok' in rows) return rows;
  for (const row of table.rows) rows.read(row);
  return rows.finish();
}

/**
 * A table's reading in its steps: each row weighed for the file's readings, then, for the user's
 * choices, those readings decided and each row read (as often as the choices change: the
 * weighing is kept).
 */
export interface TableReading {
  /** A row's number and date cells weighed for the file's number style and date order. */
  weigh(row: TableRow): void;
  /**
   * Decides the number style and date order once every row is weighed (`rows` of them), for the
   * user's choices: a read that stops (a question for the user) is returned, else the reading
   * of the rows.
   */
  decide(rows: number, options?: ReadTableOptions): CsvRead | RowReading;
}

/** The rows read into a dataset once the file's readings are decided. */
export interface RowReading {
  /** A row read into the dataset, in the table's order; its problems kept. */
  read(row: TableRow): void;
  /** The dataset read, or every problem found. */
  finish(): CsvRead;
}

/**
 * The reading of a table whose head is known: stopped at once on the head's problems (a broken
 * quote, a column twice, an unknown or missing column), else its steps (TableReading).
 */
export function tableReading(head: TableHead, base: Dataset): TableReading | { stopped: CsvRead } {
  const headProblems: Problem[] = [];
  const { headers, separator } = head;
  // A broken quote swallows the rows after it: never a silent loss.
  for (const error of head.errors) {
    headProblems.push({
      path: error.row != null ? `${error.row}:${error.column ?? ''}` : '',
      code: error.code,
    });
  }
  const known = new Set<string>(DATASET_CSV_COLUMNS);
  const seen = new Set<string>();
  for (const header of headers) {
    if (header === '') continue;
    if (seen.has(header)) headProblems.push({ path: `[${header}]`, code: 'duplicateColumn' });
    seen.add(header);
    // A file with no header row found gets the missing columns named, not its first line.
    if (head.found && !known.has(header))
      headProblems.push({ path: `[${header}]`, code: 'unknownColumn' });
  }
  for (const required of REQUIRED_COLUMNS) {
    if (!headers.includes(required)) headProblems.push({ path: `[${required}]`, code: 'required' });
  }
  if (headProblems.length > 0) return { stopped: { ok: false, problems: headProblems } };

  // A text cell that Excel (or our own export) protected with an apostrophe: the text itself.
  const cellOf = (cells: Record<string, string>, column: Column) =>
    withoutInertMark(String(cells[column] ?? '').trim());
  const typedNumber = (typed: Record<string, TypedCell> | undefined, column: Column) => {
    const cell = typed?.[column];
    return cell?.kind === 'number' ? cell : undefined;
  };
  const typedDate = (typed: Record<string, TypedCell> | undefined, column: Column) => {
    const cell = typed?.[column];
    return cell?.kind === 'date' ? cell.iso : undefined;
  };

  // The numbers' style and the dates' order, from the whole file before any row is read.
  const metricKinds = new Map(base.metrics.map((metric) => [metric.id, metric.kind]));
  const numberCells = numberEvidence();
  const dateCells = dateEvidence();

  return {
    weigh({ row, cells, typed }) {
      const whole = metricKinds.get(cellOf(cells, 'Mã chỉ số')) !== 'amount';
      for (const [column, countable] of NUMBER_COLUMNS) {
        // A spreadsheet's number is a number: nothing to decide.
        if (typedNumber(typed, column)) continue;
        const written = cellOf(cells, column);
        const text = column === 'Tỷ lệ bài viết nêu (%)' ? splitShare(written).number : written;
        if (text === '') continue;
        const wholeOnly = (countable && whole) || column === 'Năm';
        numberCells.add(text, column, wholeOnly, () => ({
          text,
          at: `${row}:${column}`,
          column,
          ...(wholeOnly ? { wholeOnly: true } : {}),
        }));
      }
      for (const column of DATE_COLUMNS) {
        if (typedDate(typed, column)) continue;
        const text = cellOf(cells, column);
        dateCells.add(text, () => ({ text, at: `${row}:${column}` }));
      }
    },

    decide(total, options = {}) {
      const numbers = numberCells.decide(separator, options.numberStyle);
      const info: CsvReadInfo = {
        separator,
        ...(head.sheet ? { sheet: head.sheet } : {}),
        titleRows: head.headerRow - 1,
        numbers,
      };
      if (!numbers.ok) return { ok: false, problems: [], info };
      const style = numbers.style;
      const dates = dateCells.decide(style === 'vi' || separator === ';', options.dateOrder);
      info.dates = dates;
      if (!dates.ok) return { ok: false, problems: [], info };

      const problems: Problem[] = [];
      const periods = new Map<string, Period>(base.periods.map((period) => [period.id, period]));
      const sources = new Map<string, Source>(base.sources.map((source) => [source.id, source]));
      const observations: Observation[] = [];
      const rowOfObservation: number[] = [];
      let index = 0;
      return {
        read({ row: line, cells, extra, typed }) {
          if (index > 0 && index % ROWS_STEP === 0) options.onRows?.(index, total, problems.length);
          index += 1;
          if (extra) problems.push({ path: `${line}:`, code: 'extraCells' });
          const row = (column: Column) => cellOf(cells, column);
          const at = (column: Column) => `${line}:${column}`;
          /** Whether a cell holds anything: text, or a spreadsheet's date shown as nothing. */
          const given = (column: Column) => row(column) !== '' || typed?.[column] !== undefined;
          /** A date cell's day: as the spreadsheet holds it, or its text read in the file's order. */
          const dateAt = (column: Column) =>
            typedDate(typed, column) ?? parseCsvDate(row(column), dates.order);
          const numberAt = (column: Column): number | null | undefined => {
            const held = typedNumber(typed, column);
            if (held) return held.percent ? percentOf(held.value) : held.value;
            const textValue = row(column);
            if (textValue === '') return null;
            const value = parseNumberIn(textValue, style);
            if (value === undefined)
              problems.push({ path: at(column), code: 'number', detail: textValue });
            return value;
          };

          const periodId = row('Mã kỳ');
          const existingPeriod = periods.get(periodId);
          if (existingPeriod && given('Đến ngày')) {
            // A row may repeat a period's dates; it may not give the same period other dates.
            const end = dateAt('Đến ngày');
            const start = given('Từ ngày') ? dateAt('Từ ngày') : undefined;
            if (end !== existingPeriod.end || start !== existingPeriod.start) {
              problems.push({
                path: at('Đến ngày'),
                code: 'conflictingDefinition',
                detail: periodId,
              });
            }
          }
          if (periodId && !periods.has(periodId) && given('Đến ngày')) {
            const end = dateAt('Đến ngày');
            const start = given('Từ ngày') ? dateAt('Từ ngày') : undefined;
            if (!end)
              problems.push({ path: at('Đến ngày'), code: 'isoDate', detail: row('Đến ngày') });
            if (given('Từ ngày') && !start)
              problems.push({ path: at('Từ ngày'), code: 'isoDate', detail: row('Từ ngày') });
            if (end) {
              const label = row('Tên kỳ') || periodId;
              const year = numberAt('Năm') ?? Number(end.slice(0, 4));
              periods.set(periodId, {
                id: periodId,
                label: { vi: label },
                shortLabel: { vi: label },
                year,
                ...(start ? { start } : {}),
                end,
              });
            }
          }

          const sourceId = row('Mã nguồn');
          const existingSource = sources.get(sourceId);
          if (
            existingSource &&
            row('Tiêu đề nguồn') &&
            row('Tiêu đề nguồn') !== (existingSource.title ?? '')
          ) {
            problems.push({
              path: at('Tiêu đề nguồn'),
              code: 'conflictingDefinition',
              detail: sourceId,
            });
          }
          if (sourceId && !sources.has(sourceId) && (row('Tiêu đề nguồn') || row('Tệp nguồn'))) {
            const date = given('Ngày đăng') ? dateAt('Ngày đăng') : undefined;
            if (given('Ngày đăng') && !date)
              problems.push({
                path: at('Ngày đăng'),
                code: 'partialDate',
                detail: row('Ngày đăng'),
              });
            sources.set(sourceId, {
              id: sourceId,
              title: row('Tiêu đề nguồn') || null,
              publisher: row('Đơn vị đăng') || null,
              date: date ?? null,
              file: row('Tệp nguồn') || sourceId,
            });
          }

          const value = numberAt('Giá trị');
          const target = numberAt('Chỉ tiêu / tổng số');
          const shareText = row('Tỷ lệ bài viết nêu (%)');
          const heldShare = typedNumber(typed, 'Tỷ lệ bài viết nêu (%)');
          let statedShare: StatedShare | undefined;
          if (heldShare) {
            // `64,29%` holds 0.6429; a plain 64.29 is the percentage itself.
            const percent = heldShare.percent ? percentOf(heldShare.value) : heldShare.value;
            const printed = heldShare.decimals ?? 0;
            statedShare =
              printed > decimalsOf(percent) && printed <= 6
                ? { percent, qualifier: 'exact', decimals: printed }
                : { percent, qualifier: 'exact' };
          } else if (shareText) {
            const { qualifier, number } = splitShare(shareText);
            const percent = parseNumberIn(number, style);
            if (percent === undefined)
              problems.push({
                path: at('Tỷ lệ bài viết nêu (%)'),
                code: 'number',
                detail: shareText,
              });
            else {
              // "69,30": the printed zero matters (the article gave two decimals); "69,3" needs no note.
              const printed = decimalsWritten(number, style);
              statedShare =
                printed > decimalsOf(percent) && printed <= 6
                  ? { percent, qualifier, decimals: printed }
                  : { percent, qualifier };
            }
          }
          const growth = numberAt('Tăng so với cùng kỳ (%)');
          if (growth != null && !row('Kỳ so sánh')) {
            problems.push({ path: at('Kỳ so sánh'), code: 'required' });
          }
          const topic = row('Mã lĩnh vực');
          const unit = row('Mã đơn vị');
          const metric = row('Mã chỉ số');
          const formula = row('Công thức (nếu là giá trị suy ra)');
          const id =
            row('Mã số liệu') ||
            `${unit}-${metric}-${periodId}${topic ? `-${topic}` : ''}`.toLowerCase();

          observations.push({
            id,
            unit,
            metric,
            period: periodId,
            ...(topic ? { topic } : {}),
            value: value ?? null,
            ...(target != null ? { target } : {}),
            ...(row('Kỳ của chỉ tiêu') ? { targetPeriod: row('Kỳ của chỉ tiêu') } : {}),
            ...(statedShare ? { statedShare } : {}),
            ...(growth != null && row('Kỳ so sánh')
              ? { statedGrowth: { percent: growth, comparedTo: row('Kỳ so sánh') } }
              : {}),
            ...(formula ? { derived: { formula } } : {}),
            source: sourceId,
            quote: row('Trích dẫn'),
          } as Observation);
          rowOfObservation.push(line);
        },

        finish() {
          options.onRows?.(total, total, problems.length);
          if (problems.length > 0) return { ok: false, problems, info };
          return {
            ok: true,
            dataset: {
              ...base,
              periods: [...periods.values()],
              sources: [...sources.values()],
              observations,
            },
            rowOfObservation,
            info,
          };
        },
      };
    },
  };
}
