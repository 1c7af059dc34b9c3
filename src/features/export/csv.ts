import { CSV_SEPARATORS, csvFile } from '../../domain/csv-cell';
import { formatDataNumber } from '../../domain/format';
import { decimalsOf } from '../../domain/metrics';
import type { StatedShare } from '../../domain/schema';
import type { Lang } from '../../domain/url-state';
import {
  DERIVED_DECIMALS,
  type DerivedMark,
  type FigureView,
  type SourceRef,
} from '../../domain/view-model';
import { SHARE_DECIMALS, withCommonShareDecimals } from '../../domain/view/share-precision';
import { csvWords } from './words';

/**
 * A figure's data as CSV, in the reader's language. Both are UTF-8 with a byte-order mark
 * (without it Excel reads the file as ANSI and breaks every diacritic).
 * - Vietnamese, for Vietnamese Excel: `;` between fields and vi-VN numbers (`12.455,236`), which
 *   is what Excel expects where the decimal mark is a comma.
 * - English: `,` between fields and `.` as the decimal mark, with no thousands separators
 *   (`12455.236`), so that a number is never split or quoted and any spreadsheet reads it.
 * Fields holding the file's separator, quotes or line breaks are quoted, quotes doubled (RFC 4180),
 * and text that a spreadsheet would run as a formula is made inert (src/domain/csv-cell.ts).
 *
 * Each value says for itself whether it is derived, with its own formula: in the Đống Đa
 * 9T/2022 row the printed 8.599,3 is the article's, and only the estimate beside it is derived.
 */
export { CSV_SEPARATORS };

export type CsvColumn = keyof (typeof csvWords)['vi']['csvColumns'];

export const CSV_COLUMNS = [
  'chart',
  'metric',
  'unit',
  'period',
  'topic',
  'value',
  'target',
  'unitLabel',
  'computedShare',
  'statedShare',
  'valueDerived',
  'valueFormula',
  'targetDerived',
  'targetFormula',
  'source',
  'published',
  'sourceFile',
  'quote',
] as const satisfies readonly CsvColumn[];

export type CsvRow = Record<CsvColumn, string>;

/** The header line's names, in the CSV's language. */
export function csvHeaders(lang: Lang): string[] {
  return CSV_COLUMNS.map((column) => csvWords[lang].csvColumns[column]);
}

const EMPTY_ROW = Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as CsvRow;

const sourceColumns = (source: SourceRef) => ({
  source: source.label,
  published: source.date ?? '',
  sourceFile: source.file,
});

/** One rule for what a figure's CSV writes, in one language. */
function csvWriter(lang: Lang) {
  const words = csvWords[lang];
  const num = (value: number | null | undefined, decimals = 3) =>
    formatDataNumber(value, lang, decimals);
  /** A computed share at its table's one precision, trailing zeros kept: 63,90 and 67,80 alike. */
  const share = (value: number | null, decimals: number) =>
    formatDataNumber(value, lang, decimals, decimals);
  /** A value, its flag and its formula: the flag says whether this very value is derived. */
  const valueColumns = (
    value: number | null,
    decimals: number,
    mark: DerivedMark | null,
  ): [text: string, derived: string, formula: string] =>
    value == null
      ? ['', '', '']
      : [
          num(value, mark ? DERIVED_DECIMALS : decimals),
          mark ? words.csvYes : words.csvNo,
          mark?.formula ?? '',
        ];
  /** The article's share with the article's digits: ">64", "69,35", "70,0" when it printed one. */
  const statedPercent = (stated: StatedShare | null): string => {
    if (!stated) return '';
    const sign = { exact: '', 'more-than': '>', 'less-than': '<', about: '≈' }[stated.qualifier];
    const decimals = stated.decimals ?? decimalsOf(stated.percent);
    return `${sign}${formatDataNumber(stated.percent, lang, decimals, decimals)}`;
  };
  return { share, valueColumns, statedPercent };
}

/** One row per data point drawn, with its unit, period, source and which of its values is derived. */
export function figureCsvRows(figure: FigureView, lang: Lang): CsvRow[] {
  const { share, valueColumns, statedPercent } = csvWriter(lang);
  const rows: CsvRow[] = [];
  for (const panel of figure.panels) {
    const common = {
      chart: figure.title,
      metric: panel.metricName,
      unitLabel: panel.unitLabel,
    };
    if (panel.kind === 'amount') {
      // The table's one precision for its shares, as on screen.
      for (const row of withCommonShareDecimals(panel.rows)) {
        const [value, valueDerived, valueFormula] = valueColumns(
          row.value,
          panel.decimals,
          row.valueDerived,
        );
        const [target, targetDerived, targetFormula] = valueColumns(
          row.target,
          panel.decimals,
          row.targetDerived,
        );
        rows.push({
          ...EMPTY_ROW,
          ...common,
          unit: row.unitName,
          period: row.periodLabel,
          value,
          target,
          computedShare: share(row.share, row.shareDecimals),
          statedShare: statedPercent(row.statedShare),
          valueDerived,
          valueFormula,
          targetDerived,
          targetFormula,
          ...sourceColumns(row.source),
          quote: row.quote,
        });
      }
    } else if (panel.kind === 'count') {
      for (const row of panel.rows) {
        const [value, valueDerived, valueFormula] = valueColumns(row.value, 0, row.valueDerived);
        const [target, targetDerived] = valueColumns(row.total, 0, null);
        rows.push({
          ...EMPTY_ROW,
          ...common,
          unit: row.unitName,
          period: row.periodLabel,
          value,
          target,
          computedShare: share(row.share, SHARE_DECIMALS),
          statedShare: statedPercent(row.statedShare),
          valueDerived,
          valueFormula,
          targetDerived,
          ...sourceColumns(row.source),
          quote: row.quote,
        });
      }
    } else {
      for (const row of panel.rows) {
        const [value, valueDerived] = valueColumns(row.value, 0, null);
        rows.push({
          ...EMPTY_ROW,
          ...common,
          unit: panel.unitName,
          period: panel.periodLabel,
          topic: row.topicName,
          value,
          valueDerived,
          ...sourceColumns(row.source),
          quote: row.quote,
        });
      }
    }
  }
  return rows;
}

export function toCsv(rows: readonly CsvRow[], lang: Lang): string {
  const separator = CSV_SEPARATORS[lang];
  return csvFile(
    [csvHeaders(lang), ...rows.map((row) => CSV_COLUMNS.map((column) => row[column]))],
    separator,
  );
}

/** A figure's CSV in a language: its headers, its numbers and its separator. */
export function figureCsv(figure: FigureView, lang: Lang): string {
  return toCsv(figureCsvRows(figure, lang), lang);
}
