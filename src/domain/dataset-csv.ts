import { csvFile, withoutInertMark } from './csv-cell';
import { readCsvTable, type CsvTable } from './csv-table';
import {
  decideDateOrder,
  parseCsvDate,
  type DateCell,
  type DateDecision,
  type DateOrder,
} from './date-order';
import { formatNumber } from './format';
import { decimalsOf } from './metrics';
import {
  decideNumberStyle,
  decimalsWritten,
  parseNumberIn,
  type NumberCell,
  type NumberStyle,
  type StyleDecision,
} from './number-style';
import type { Dataset, Observation, Period, Source, StatedShare } from './schema';
import type { Problem } from './validate';

/**
 * The dataset's figures as a long CSV, one row per figure, for office staff working in Excel.
 * Districts, metrics and topics are referred to by their ids (listed in docs/dataset.md); a row
 * may define a new period or a new source in its own columns. Written as Vietnamese Excel
 * expects (UTF-8 with BOM, `;`, `12.455,236`); read from that or from plain CSV (`,`,
 * `12455.236`), with dates as dd/mm/yyyy. The same file in either language of the page: it is
 * the dataset's own exchange format, its columns named in Vietnamese, not a view of it (a
 * figure's CSV, features/export/csv.ts, is written in the reader's language).
 */
export const DATASET_CSV_COLUMNS = [
  'Mã số liệu',
  'Mã đơn vị',
  'Mã chỉ số',
  'Mã lĩnh vực',
  'Mã kỳ',
  'Tên kỳ',
  'Từ ngày',
  'Đến ngày',
  'Năm',
  'Giá trị',
  'Chỉ tiêu / tổng số',
  'Kỳ của chỉ tiêu',
  'Tỷ lệ bài viết nêu (%)',
  'Tăng so với cùng kỳ (%)',
  'Kỳ so sánh',
  'Mã nguồn',
  'Tiêu đề nguồn',
  'Đơn vị đăng',
  'Ngày đăng',
  'Tệp nguồn',
  'Trích dẫn',
  'Công thức (nếu là giá trị suy ra)',
] as const;

type Column = (typeof DATASET_CSV_COLUMNS)[number];
type Row = Record<Column, string>;

function isoToVi(iso: string | undefined | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? '';
}

const viNumber = (value: number | null | undefined) =>
  value == null ? '' : formatNumber(value, 'vi', '', 6);

function sharePrefix(share: StatedShare): string {
  return { exact: '', 'more-than': '>', 'less-than': '<', about: '≈' }[share.qualifier];
}

/** The dataset's figures as CSV text, with their periods and sources spelt out. */
export function datasetToCsv(dataset: Dataset): string {
  const periods = new Map(dataset.periods.map((period) => [period.id, period]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const rows = dataset.observations.map((obs): Row => {
    const period = periods.get(obs.period);
    const source = sources.get(obs.source);
    return {
      'Mã số liệu': obs.id,
      'Mã đơn vị': obs.unit,
      'Mã chỉ số': obs.metric,
      'Mã lĩnh vực': obs.topic ?? '',
      'Mã kỳ': obs.period,
      'Tên kỳ': period?.label.vi ?? '',
      'Từ ngày': isoToVi(period?.start),
      'Đến ngày': isoToVi(period?.end),
      Năm: period ? String(period.year) : '',
      'Giá trị': viNumber(obs.value),
      'Chỉ tiêu / tổng số': viNumber(obs.target),
      'Kỳ của chỉ tiêu': obs.targetPeriod ?? '',
      // Printed with the article's digits ("69,30"), which the reader takes back as decimals.
      'Tỷ lệ bài viết nêu (%)': obs.statedShare
        ? `${sharePrefix(obs.statedShare)}${formatNumber(
            obs.statedShare.percent,
            'vi',
            '',
            Math.max(obs.statedShare.decimals ?? 0, decimalsOf(obs.statedShare.percent)),
            obs.statedShare.decimals ?? 0,
          )}`
        : '',
      'Tăng so với cùng kỳ (%)': obs.statedGrowth ? viNumber(obs.statedGrowth.percent) : '',
      'Kỳ so sánh': obs.statedGrowth?.comparedTo ?? '',
      'Mã nguồn': obs.source,
      'Tiêu đề nguồn': source?.title ?? '',
      'Đơn vị đăng': source?.publisher ?? '',
      'Ngày đăng': isoToVi(source?.date),
      'Tệp nguồn': source?.file ?? '',
      'Trích dẫn': obs.quote,
      'Công thức (nếu là giá trị suy ra)': obs.derived?.formula ?? '',
    };
  });
  return csvFile(
    [DATASET_CSV_COLUMNS, ...rows.map((row) => DATASET_CSV_COLUMNS.map((column) => row[column]))],
    ';',
  );
}

export { parseCsvDate } from './date-order';

/** How the file was read, for the report: what was decided for the user and said to them. */
export interface CsvReadInfo {
  separator: string;
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

/**
 * Reads the CSV into a dataset built on `base` (its districts, metrics, topics, periods and
 * sources), with the CSV's figures and any periods or sources the rows define. Never throws.
 * Problems name the row (as numbered in the spreadsheet) and the column. Numbers are read in
 * one style for the whole file (domain/number-style.ts): the user's `numberStyle` when given,
 * else what the file shows; when nothing does, the read stops and says so in `info.numbers`.
 */
export function readDatasetCsv(
  text: string,
  base: Dataset,
  options: { numberStyle?: NumberStyle; dateOrder?: DateOrder } = {},
): CsvRead {
  let table: CsvTable;
  try {
    table = readCsvTable(text, DATASET_CSV_COLUMNS);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'invalid' }] };
  }
  const problems: Problem[] = [];
  const { headers, separator } = table;
  // A broken quote swallows the rows after it: never a silent loss.
  for (const error of table.errors) {
    problems.push({ path: error.row != null ? `${error.row}:` : '', code: error.code });
  }
  const known = new Set<string>(DATASET_CSV_COLUMNS);
  const seen = new Set<string>();
  for (const header of headers) {
    if (header === '') continue;
    if (seen.has(header)) problems.push({ path: `[${header}]`, code: 'duplicateColumn' });
    seen.add(header);
    // A file with no header row found gets the missing columns named, not its first line.
    if (table.found && !known.has(header))
      problems.push({ path: `[${header}]`, code: 'unknownColumn' });
  }
  for (const required of REQUIRED_COLUMNS) {
    if (!headers.includes(required)) problems.push({ path: `[${required}]`, code: 'required' });
  }
  if (problems.length > 0) return { ok: false, problems };

  // A text cell that Excel (or our own export) protected with an apostrophe: the text itself.
  const cellOf = (cells: Record<string, string>, column: Column) =>
    withoutInertMark(String(cells[column] ?? '').trim());

  // The numbers' style, from the whole file before any row is read.
  const metricKinds = new Map(base.metrics.map((metric) => [metric.id, metric.kind]));
  const numberCells: NumberCell[] = table.rows.flatMap(({ row, cells }) => {
    const whole = metricKinds.get(cellOf(cells, 'Mã chỉ số')) !== 'amount';
    return NUMBER_COLUMNS.map(([column, countable]) => {
      const written = cellOf(cells, column);
      return {
        text: column === 'Tỷ lệ bài viết nêu (%)' ? splitShare(written).number : written,
        at: `${row}:${column}`,
        column,
        ...((countable && whole) || column === 'Năm' ? { wholeOnly: true } : {}),
      };
    }).filter((cell) => cell.text !== '');
  });
  const numbers = decideNumberStyle(numberCells, separator, options.numberStyle);
  const info: CsvReadInfo = { separator, titleRows: table.headerRow - 1, numbers };
  if (!numbers.ok) return { ok: false, problems: [], info };
  const style = numbers.style;
  const dateCells: DateCell[] = table.rows.flatMap(({ row, cells }) =>
    DATE_COLUMNS.map((column) => ({ text: cellOf(cells, column), at: `${row}:${column}` })),
  );
  const dates = decideDateOrder(dateCells, style === 'vi' || separator === ';', options.dateOrder);
  info.dates = dates;
  if (!dates.ok) return { ok: false, problems: [], info };
  const parseDate = (text: string) => parseCsvDate(text, dates.order);

  const periods = new Map<string, Period>(base.periods.map((period) => [period.id, period]));
  const sources = new Map<string, Source>(base.sources.map((source) => [source.id, source]));
  const observations: Observation[] = [];
  const rowOfObservation: number[] = [];

  table.rows.forEach(({ row: line, cells, extra }) => {
    if (extra) problems.push({ path: `${line}:`, code: 'extraCells' });
    const row = (column: Column) => cellOf(cells, column);
    const at = (column: Column) => `${line}:${column}`;
    const numberAt = (column: Column): number | null | undefined => {
      const textValue = row(column);
      if (textValue === '') return null;
      const value = parseNumberIn(textValue, style);
      if (value === undefined)
        problems.push({ path: at(column), code: 'number', detail: textValue });
      return value;
    };

    const periodId = row('Mã kỳ');
    const existingPeriod = periods.get(periodId);
    if (existingPeriod && row('Đến ngày')) {
      // A row may repeat a period's dates; it may not give the same period other dates.
      const end = parseDate(row('Đến ngày'));
      const start = row('Từ ngày') ? parseDate(row('Từ ngày')) : undefined;
      if (end !== existingPeriod.end || start !== existingPeriod.start) {
        problems.push({ path: at('Đến ngày'), code: 'conflictingDefinition', detail: periodId });
      }
    }
    if (periodId && !periods.has(periodId) && row('Đến ngày')) {
      const end = parseDate(row('Đến ngày'));
      const start = row('Từ ngày') ? parseDate(row('Từ ngày')) : undefined;
      if (!end) problems.push({ path: at('Đến ngày'), code: 'isoDate', detail: row('Đến ngày') });
      if (row('Từ ngày') && !start)
        problems.push({ path: at('Từ ngày'), code: 'isoDate', detail: row('Từ ngày') });
      if (end) {
        const label = row('Tên kỳ') || periodId;
        const year = parseNumberIn(row('Năm'), style) ?? Number(end.slice(0, 4));
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
      problems.push({ path: at('Tiêu đề nguồn'), code: 'conflictingDefinition', detail: sourceId });
    }
    if (sourceId && !sources.has(sourceId) && (row('Tiêu đề nguồn') || row('Tệp nguồn'))) {
      const date = row('Ngày đăng') ? parseDate(row('Ngày đăng')) : undefined;
      if (row('Ngày đăng') && !date)
        problems.push({ path: at('Ngày đăng'), code: 'partialDate', detail: row('Ngày đăng') });
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
    let statedShare: StatedShare | undefined;
    if (shareText) {
      const { qualifier, number } = splitShare(shareText);
      const percent = parseNumberIn(number, style);
      if (percent === undefined)
        problems.push({ path: at('Tỷ lệ bài viết nêu (%)'), code: 'number', detail: shareText });
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
      row('Mã số liệu') || `${unit}-${metric}-${periodId}${topic ? `-${topic}` : ''}`.toLowerCase();

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
  });

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
}

/** Turns `observations[3].value` into the CSV row and column a user can find in Excel. */
export function csvPathOf(problem: Problem, rowOfObservation: readonly number[]): Problem {
  const match = /^observations\[(\d+)\](?:\.(\w+))?/.exec(problem.path);
  if (!match) return problem;
  const row = rowOfObservation[Number(match[1])];
  const columns: Record<string, Column> = {
    unit: 'Mã đơn vị',
    metric: 'Mã chỉ số',
    period: 'Mã kỳ',
    topic: 'Mã lĩnh vực',
    value: 'Giá trị',
    target: 'Chỉ tiêu / tổng số',
    targetPeriod: 'Kỳ của chỉ tiêu',
    statedShare: 'Tỷ lệ bài viết nêu (%)',
    statedGrowth: 'Kỳ so sánh',
    source: 'Mã nguồn',
    quote: 'Trích dẫn',
    id: 'Mã số liệu',
  };
  const column = match[2] ? (columns[match[2]] ?? match[2]) : '';
  return { ...problem, path: `${row ?? '?'}:${column}` };
}
