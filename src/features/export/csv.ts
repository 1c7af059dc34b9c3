import { formatNumber } from '../../domain/format';
import { decimalsOf } from '../../domain/metrics';
import type { StatedShare } from '../../domain/schema';
import { DERIVED_DECIMALS, type FigureView, type SourceRef } from '../../domain/view-model';

/**
 * CSV for Vietnamese Excel: UTF-8 with a byte-order mark (without it Excel reads the file as
 * ANSI and breaks every diacritic), `;` between fields and vi-VN numbers (`12.455,236`),
 * which is what Excel expects where the decimal mark is a comma. Fields with `;`, `,`, quotes
 * or line breaks are quoted, quotes doubled (RFC 4180).
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

export const CSV_HEADERS = [
  'Biểu đồ',
  'Chỉ số',
  'Đơn vị',
  'Kỳ',
  'Lĩnh vực',
  'Giá trị',
  'Chỉ tiêu / tổng số',
  'Đơn vị tính',
  'Tỷ lệ tính được (%)',
  'Tỷ lệ bài viết nêu (%)',
  'Giá trị suy ra',
  'Công thức',
  'Nguồn',
  'Ngày đăng',
  'Tệp nguồn',
  'Trích dẫn',
] as const;

type CsvRow = Record<(typeof CSV_HEADERS)[number], string>;

const num = (value: number | null | undefined, decimals = 3) => formatNumber(value, '', decimals);
const sourceColumns = (source: SourceRef) => ({
  Nguồn: source.label,
  'Ngày đăng': source.date ?? '',
  'Tệp nguồn': source.file,
});

const EMPTY_ROW = Object.fromEntries(CSV_HEADERS.map((header) => [header, ''])) as CsvRow;

function statedPercent(share: StatedShare | null): string {
  if (!share) return '';
  const sign = { exact: '', 'more-than': '>', 'less-than': '<', about: '≈' }[share.qualifier];
  return `${sign}${num(share.percent, share.decimals ?? decimalsOf(share.percent))}`;
}

/** One row per data point drawn, with its unit, period, source and whether it is derived. */
export function figureCsvRows(figure: FigureView): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const panel of figure.panels) {
    const common = {
      'Biểu đồ': figure.title,
      'Chỉ số': panel.metricName,
      'Đơn vị tính': panel.unitLabel,
    };
    if (panel.kind === 'amount') {
      for (const row of panel.rows) {
        rows.push({
          ...EMPTY_ROW,
          ...common,
          'Đơn vị': row.unitName,
          Kỳ: row.periodLabel,
          'Giá trị': num(row.value, row.valueDerived ? DERIVED_DECIMALS : panel.decimals),
          'Chỉ tiêu / tổng số': num(
            row.target,
            row.targetDerived ? DERIVED_DECIMALS : panel.decimals,
          ),
          'Tỷ lệ tính được (%)': num(row.share, row.shareDecimals),
          'Tỷ lệ bài viết nêu (%)': statedPercent(row.statedShare),
          'Giá trị suy ra': row.valueDerived || row.targetDerived ? 'có' : 'không',
          'Công thức': [row.valueDerived?.formula, row.targetDerived?.formula]
            .filter(Boolean)
            .join('; '),
          ...sourceColumns(row.source),
          'Trích dẫn': row.quote,
        });
      }
    } else if (panel.kind === 'count') {
      for (const row of panel.rows) {
        rows.push({
          ...EMPTY_ROW,
          ...common,
          'Đơn vị': row.unitName,
          Kỳ: row.periodLabel,
          'Giá trị': num(row.value, 0),
          'Chỉ tiêu / tổng số': num(row.total, 0),
          'Tỷ lệ tính được (%)': num(row.share, 2),
          'Tỷ lệ bài viết nêu (%)': statedPercent(row.statedShare),
          'Giá trị suy ra': row.valueDerived ? 'có' : 'không',
          'Công thức': row.valueDerived?.formula ?? '',
          ...sourceColumns(row.source),
          'Trích dẫn': row.quote,
        });
      }
    } else {
      for (const row of panel.rows) {
        rows.push({
          ...EMPTY_ROW,
          ...common,
          'Đơn vị': panel.unitName,
          Kỳ: panel.periodLabel,
          'Lĩnh vực': row.topicName,
          'Giá trị': num(row.value, 0),
          'Giá trị suy ra': 'không',
          ...sourceColumns(row.source),
          'Trích dẫn': row.quote,
        });
      }
    }
  }
  return rows;
}

const NUMBER_COLUMNS = new Set<string>([
  'Giá trị',
  'Chỉ tiêu / tổng số',
  'Tỷ lệ tính được (%)',
  'Tỷ lệ bài viết nêu (%)',
]);

/**
 * Text from a dataset must stay text in Excel too: a cell starting with =, +, -, @ (or a tab or
 * carriage return) would be run as a formula (`=HYPERLINK(…)`), so it gets a leading apostrophe.
 */
export function inertCsvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function escapeCsvField(value: string): string {
  return /[";,\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly CsvRow[]): string {
  const lines = [
    CSV_HEADERS.map(escapeCsvField).join(CSV_SEPARATOR),
    ...rows.map((row) =>
      CSV_HEADERS.map((header) =>
        escapeCsvField(NUMBER_COLUMNS.has(header) ? row[header] : inertCsvText(row[header])),
      ).join(CSV_SEPARATOR),
    ),
  ];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

export function figureCsv(figure: FigureView): string {
  return toCsv(figureCsvRows(figure));
}
