import { CSV_SEPARATORS, csvFile } from '../../domain/csv-cell';
import { STATED_SHARE_SIGN, formatDataNumber } from '../../domain/format';
import { decimalsOf } from '../../domain/metrics';
import type { StatedShare } from '../../domain/schema';
import type { Lang } from '../../domain/url-state';
import type { FigureView } from '../../domain/view-model';
import { figureRows, type ShownValue } from './figure-rows';
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

/** One rule for what a figure's CSV writes, in one language. */
function csvWriter(lang: Lang) {
  const words = csvWords[lang];
  /** A value, its flag and its formula: the flag says whether this very value is derived. */
  const valueColumns = (
    shown: ShownValue | null,
  ): [text: string, derived: string, formula: string] =>
    shown == null
      ? ['', '', '']
      : [
          formatDataNumber(shown.value, lang, shown.decimals),
          shown.derived ? words.csvYes : words.csvNo,
          shown.derived?.formula ?? '',
        ];
  /** The article's share with the article's digits: ">64", "69,35", "70,0" when it printed one. */
  const statedPercent = (stated: StatedShare | null): string => {
    if (!stated) return '';
    const decimals = stated.decimals ?? decimalsOf(stated.percent);
    return `${STATED_SHARE_SIGN[stated.qualifier]}${formatDataNumber(stated.percent, lang, decimals, decimals)}`;
  };
  return { valueColumns, statedPercent };
}

/** One row per data point drawn (figure-rows.ts), as text in the CSV's language. */
export function figureCsvRows(figure: FigureView, lang: Lang): CsvRow[] {
  const { valueColumns, statedPercent } = csvWriter(lang);
  return figureRows(figure).map((row) => {
    const [value, valueDerived, valueFormula] = valueColumns(row.value);
    const [target, targetDerived, targetFormula] = valueColumns(row.target);
    return {
      chart: row.chart,
      metric: row.metric,
      unit: row.unit,
      period: row.period,
      topic: row.topic,
      value,
      target,
      unitLabel: row.unitLabel,
      // A computed share at its table's one precision, trailing zeros kept: 63,90 and 67,80 alike.
      computedShare: row.share
        ? formatDataNumber(row.share.value, lang, row.share.decimals, row.share.decimals)
        : '',
      statedShare: statedPercent(row.statedShare),
      valueDerived,
      valueFormula,
      targetDerived,
      targetFormula,
      source: row.source.label,
      published: row.source.date ?? '',
      sourceFile: row.source.file,
      quote: row.quote,
    };
  });
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
