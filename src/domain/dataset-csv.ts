import { CSV_BOM, csvLine } from './csv-cell';
import { readCsvTable, type CsvTable } from './csv-table';
import { DATASET_CSV_COLUMNS, type DatasetColumn } from './dataset-columns';
import { readDatasetTable, type CsvRead, type ReadTableOptions } from './dataset-table';
import { STATED_SHARE_SIGN, formatNumber } from './format';
import { decimalsOf } from './metrics';
import type { Dataset, Observation, Period, Source } from './schema';
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
export { DATASET_CSV_COLUMNS } from './dataset-columns';

type Column = DatasetColumn;
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

/** The dataset's figures as CSV text, with their periods and sources spelt out. */
export function datasetToCsv(dataset: Dataset): string {
  return [...datasetCsvParts(dataset)].join('');
}

/**
 * The same text in parts, the header first, then `perPart` figures' rows a part: a file of more
 * figures than one string holds (the country's) written a part at a time (features/import's
 * downloads), its parts joined being `datasetToCsv`'s text.
 */
export function* datasetCsvParts(dataset: Dataset, perPart = 5_000): Generator<string, void, void> {
  const writer = datasetCsvWriter(dataset);
  yield writer.head;
  const { observations } = dataset;
  const step = Math.max(1, perPart);
  for (let start = 0; start < observations.length; start += step)
    yield writer.rows(observations.slice(start, start + step));
}

/**
 * The same text written as its figures come (a large import's are read back a part at a time):
 * `head`, then `rows` of every figure in turn. Only the dataset's periods and sources are read.
 */
export function datasetCsvWriter(dataset: Pick<Dataset, 'periods' | 'sources'>): {
  head: string;
  rows: (figures: readonly Observation[]) => string;
} {
  const periods = new Map(dataset.periods.map((period) => [period.id, period]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const line = (cells: readonly string[]) => `${csvLine(cells, ';')}\r\n`;
  return {
    head: `${CSV_BOM}${line(DATASET_CSV_COLUMNS)}`,
    rows(figures) {
      let part = '';
      for (const obs of figures) {
        const row = csvRow(obs, periods, sources);
        part += line(DATASET_CSV_COLUMNS.map((column) => row[column]));
      }
      return part;
    },
  };
}

function csvRow(
  obs: Observation,
  periods: ReadonlyMap<string, Period>,
  sources: ReadonlyMap<string, Source>,
): Row {
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
      ? `${STATED_SHARE_SIGN[obs.statedShare.qualifier]}${formatNumber(
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
}

export { parseCsvDate } from './date-order';
export type { CsvRead, CsvReadInfo } from './dataset-table';

/**
 * Reads a CSV's text into a dataset built on `base` (see readDatasetTable). Never throws.
 */
export function readDatasetCsv(
  text: string,
  base: Dataset,
  options: ReadTableOptions = {},
): CsvRead {
  let table: CsvTable;
  try {
    table = readCsvTable(text, DATASET_CSV_COLUMNS);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'invalid' }] };
  }
  return readDatasetTable(table, base, options);
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
