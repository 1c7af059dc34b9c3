import type { Lang } from './url-state';
/**
 * One way to write a cell of every CSV the app writes (a chart's data, the whole dataset, the
 * import template), so that none of them can disagree on what is safe to open in Excel.
 */

/** A number as the app writes one, in either language: `-12.455,236`, `63.90`, `5,2 %`. */
const PLAIN_NUMBER = /^-?\d[\d.,]*(?:\s?%)?$/;

/** What Excel, LibreOffice and Google Sheets read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that must stay text in a spreadsheet: a cell starting with =, +, -, @, a tab or a carriage
 * return would be run as a formula (`=HYPERLINK(…)`, `@SUM(…)`), so it gets a leading apostrophe,
 * which the spreadsheet hides and the app's own reader takes off. The test is on the cell's first
 * character, whatever follows it: a cell holding a line break is no exception. A plain number
 * (`-12,5`) is left as it is, so that it stays a number.
 */
export function inertCsvText(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** A cell quoted when it holds a quote, the file's separator or a line break. */
export function escapeCsvField(value: string, separator: ';' | ','): string {
  return value.includes(separator) || /["\r\n]/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** A CSV line of cells: each made inert, then quoted as needed. */
export function csvLine(cells: readonly string[], separator: ';' | ','): string {
  return cells.map((cell) => escapeCsvField(inertCsvText(cell), separator)).join(separator);
}

/** The byte-order mark by which Excel reads a CSV as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** The separator of a CSV written for a reader of each language: `;` where `,` is the decimal mark. */
export const CSV_SEPARATORS = { vi: ';', en: ',' } as const satisfies Record<Lang, ';' | ','>;

/** A whole CSV file: the BOM, then each row a line of cells, every line ended by CRLF. */
export function csvFile(rows: readonly (readonly string[])[], separator: ';' | ','): string {
  return `${CSV_BOM}${rows.map((cells) => `${csvLine(cells, separator)}\r\n`).join('')}`;
}

const INERT_MARK = new RegExp(`^'(?=${FORMULA_START.source.slice(1)})`);

/** What the app's reader does with a cell the writer protected: the text itself again. */
export function withoutInertMark(value: string): string {
  // Read for every cell of a file: most start with no apostrophe at all.
  return value.startsWith("'") ? value.replace(INERT_MARK, '') : value;
}
