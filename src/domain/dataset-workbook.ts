import { DATASET_CSV_COLUMNS, type DatasetColumn } from './dataset-columns';
import { STATED_SHARE_SIGN, formatNumber } from './format';
import { decimalsOf } from './metrics';
import type { Dataset, StatedShare } from './schema';
import {
  dateCell,
  EMPTY_CELL,
  decimalFormat,
  numberCell,
  percentAsFraction,
  percentFormat,
  sheetSpec,
  textCell,
  workbookSpec,
  YEAR_FORMAT,
  type CellSpec,
  type WorkbookSpec,
} from './workbook';

/**
 * The dataset's figures as a workbook: the same table as its CSV (dataset-csv.ts), one row per
 * figure, its columns named in Vietnamese in either language of the page (it is the dataset's
 * exchange format, not a view of it), but typed: numbers are numbers, dates are dates. The
 * import reads it back (features/import/read-workbook.ts) to the same figures. Its sources and
 * notes follow on sheets of their own, which the import passes over (it reads the first sheet
 * whose header names the table's columns).
 */

/** The sheets' names: Vietnamese, as the columns are. */
export const DATASET_SHEETS = { figures: 'Số liệu', sources: 'Nguồn', notes: 'Ghi chú' } as const;

export const DATASET_SOURCE_COLUMNS = [
  'Mã nguồn',
  'Tiêu đề nguồn',
  'Mô tả (bài không có tiêu đề)',
  'Đơn vị đăng',
  'Tác giả',
  'Ngày đăng',
  'Tệp nguồn',
  'Ghi chú',
] as const;

export const DATASET_NOTE_COLUMNS = [
  'Mã ghi chú',
  'Mã đơn vị',
  'Năm',
  'Mã lĩnh vực',
  'Ghi chú',
  'Mã nguồn',
] as const;

/**
 * The share the article states. An exact one is a number, a fraction shown as a percentage with
 * the article's digits (`69,30%`), which the import takes back with those digits. One with a
 * qualifier (">64") is written as the CSV writes it, as text: the import reads a qualifier only
 * from a cell's text (a number cell is read as an exact share, whatever its format shows), and
 * this table must read back to the same figures. A view's workbook, which is not read back, keeps
 * such a share a number, its qualifier in the number format (features/export/workbook.ts).
 */
function statedShareCell(share: StatedShare | undefined): CellSpec {
  if (!share) return EMPTY_CELL;
  const decimals = Math.max(share.decimals ?? 0, decimalsOf(share.percent));
  if (share.qualifier === 'exact') {
    return numberCell(percentAsFraction(share.percent), percentFormat(decimals));
  }
  return textCell(
    `${STATED_SHARE_SIGN[share.qualifier]}${formatNumber(share.percent, 'vi', '', decimals, share.decimals ?? 0)}`,
  );
}

/** A figure's value with every digit the dataset holds, and no more (19.492,8, not 19.492,800). */
function valueCell(value: number | null | undefined): CellSpec {
  return value == null ? EMPTY_CELL : numberCell(value, decimalFormat(decimalsOf(value)));
}

/** The dataset's figures, sources and notes as a workbook, typed, in the CSV's columns. */
export function datasetWorkbook(dataset: Dataset): WorkbookSpec {
  const periods = new Map(dataset.periods.map((period) => [period.id, period]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const figureRows = dataset.observations.map((obs) => {
    const period = periods.get(obs.period);
    const source = sources.get(obs.source);
    const growth = obs.statedGrowth?.percent;
    const row: Record<DatasetColumn, CellSpec> = {
      'Mã số liệu': textCell(obs.id),
      'Mã đơn vị': textCell(obs.unit),
      'Mã chỉ số': textCell(obs.metric),
      'Mã lĩnh vực': textCell(obs.topic),
      'Mã kỳ': textCell(obs.period),
      'Tên kỳ': textCell(period?.label.vi),
      'Từ ngày': dateCell(period?.start),
      'Đến ngày': dateCell(period?.end),
      Năm: numberCell(period?.year, YEAR_FORMAT),
      'Giá trị': valueCell(obs.value),
      'Chỉ tiêu / tổng số': valueCell(obs.target),
      'Kỳ của chỉ tiêu': textCell(obs.targetPeriod),
      'Tỷ lệ bài viết nêu (%)': statedShareCell(obs.statedShare),
      'Tăng so với cùng kỳ (%)':
        growth == null
          ? EMPTY_CELL
          : numberCell(percentAsFraction(growth), percentFormat(decimalsOf(growth))),
      'Kỳ so sánh': textCell(obs.statedGrowth?.comparedTo),
      'Mã nguồn': textCell(obs.source),
      'Tiêu đề nguồn': textCell(source?.title),
      'Đơn vị đăng': textCell(source?.publisher),
      'Ngày đăng': dateCell(source?.date),
      'Tệp nguồn': textCell(source?.file),
      'Trích dẫn': textCell(obs.quote),
      'Công thức (nếu là giá trị suy ra)': textCell(obs.derived?.formula),
    };
    return DATASET_CSV_COLUMNS.map((column) => row[column]);
  });
  const sourceRows = dataset.sources.map((source) => [
    textCell(source.id),
    textCell(source.title),
    textCell(source.description?.vi),
    textCell(source.publisher),
    textCell(source.author),
    dateCell(source.date),
    textCell(source.file),
    textCell(source.note?.vi),
  ]);
  const noteRows = dataset.notes.map((note) => [
    textCell(note.id),
    textCell(note.unit),
    numberCell(note.year, YEAR_FORMAT),
    textCell(note.topic),
    textCell(note.text.vi),
    textCell(note.source),
  ]);
  return workbookSpec([
    sheetSpec(DATASET_SHEETS.figures, DATASET_CSV_COLUMNS, figureRows),
    sheetSpec(DATASET_SHEETS.sources, DATASET_SOURCE_COLUMNS, sourceRows),
    sheetSpec(DATASET_SHEETS.notes, DATASET_NOTE_COLUMNS, noteRows),
  ]);
}
