import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';

/**
 * An Excel workbook (`.xlsx`) as plain data: sheets of typed cells, built by pure functions
 * (a figure's, a view's, the dataset's) and written by `workbookBlob`, the one place that knows
 * the writer (`write-excel-file`).
 *
 * A cell holds what it is: a number is a number with a number format, a date is a date, text is
 * text. A number format (`#,##0.000`, `0.00%`) says how many decimals to show, never which
 * marks: Excel and LibreOffice draw `,` and `.` in the reader's own locale, so one file reads
 * `12.455,236` in Hanoi and `12,455.236` in London, and sums, sorts and charts as numbers in both.
 * Text is written as a string cell (`t="s"`), never as a formula, so dataset text that starts
 * with `=` (`=HYPERLINK(…)`) stays inert without the apostrophe a CSV needs (csv-cell.ts).
 */

export type CellSpec =
  | { kind: 'number'; value: number; format: string }
  | { kind: 'text'; value: string }
  /** `yyyy-mm-dd`; a date the article gives only as `yyyy-mm` or `yyyy` is shown as precise. */
  | { kind: 'date'; iso: string }
  | { kind: 'empty' };

export interface ColumnSpec {
  header: string;
  /** In characters of the default font, as Excel counts a column's width. */
  width?: number;
}

export interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
  /** The rows under the header row, each as long as `columns`. */
  rows: CellSpec[][];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}

export const EMPTY_CELL: CellSpec = { kind: 'empty' };

/** The product's date format (domain/format.ts writes dates so), and its partial forms. */
export const DATE_FORMATS = { day: 'dd/mm/yyyy', month: 'mm/yyyy', year: 'yyyy' } as const;

/** A year is a number, written without a thousands separator (2024, not 2.024). */
export const YEAR_FORMAT = '0';

/** The font every cell is drawn in: on every Windows and Mac, with all of Vietnamese. */
export const WORKBOOK_FONT = { family: 'Arial', size: 10 } as const;

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** -0 is 0: a cell never shows "-0". */
const withoutNegativeZero = (value: number) => (value === 0 ? 0 : value);

/**
 * A number rounded to the decimals it is shown with: what the screen and the CSV write is what
 * the cell holds, so a sum in Excel adds the figures the reader sees. Rounded half away from
 * zero on the double's exact value, as Intl.NumberFormat (and so the CSV) rounds.
 */
export function roundTo(value: number, decimals: number): number {
  return withoutNegativeZero(Number(value.toFixed(decimals)));
}

/**
 * A percentage as the fraction a spreadsheet holds for it (63.9 → 0.639, shown `63.90%` by a
 * `0.00%` format), without the binary noise of the division (0.6390000000000001).
 */
export function percentAsFraction(percent: number): number {
  return withoutNegativeZero(Number.parseFloat((percent / 100).toPrecision(12)));
}

/** `#,##0` for whole numbers, `#,##0.000` for three decimals: grouped, in the reader's marks. */
export function decimalFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/**
 * `0.00%` for a fraction shown as a percentage with two decimals. `prefix` is shown before the
 * number as a quoted literal: `">"0%` shows 0.64 as `>64%` and still holds the number 0.64.
 */
export function percentFormat(decimals: number, prefix = ''): string {
  const number = decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
  return prefix ? `"${prefix.replace(/"/g, '')}"${number}` : number;
}

/** A number cell, or an empty one for a missing or non-finite value (never NaN, never -0). */
export function numberCell(value: number | null | undefined, format: string): CellSpec {
  return finite(value) ? { kind: 'number', value: withoutNegativeZero(value), format } : EMPTY_CELL;
}

/** A text cell, or an empty one for no text. */
export function textCell(value: string | null | undefined): CellSpec {
  return value ? { kind: 'text', value } : EMPTY_CELL;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date cell from `yyyy-mm-dd` (or `yyyy-mm`, `yyyy`), or an empty one. */
export function dateCell(iso: string | null | undefined): CellSpec {
  return iso && ISO_DATE.test(iso) ? { kind: 'date', iso } : EMPTY_CELL;
}

/** The day a date cell holds (the first of its month or year when partial), at UTC midnight. */
export function dateOfCell(iso: string): { date: Date; format: string } {
  const [, year, month, day] = ISO_DATE.exec(iso) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const format = day ? DATE_FORMATS.day : month ? DATE_FORMATS.month : DATE_FORMATS.year;
  return { date, format };
}

/** One formatter for each number of decimals, with and without grouping: made once, not per cell. */
const formatters = new Map<string, Intl.NumberFormat>();
function englishNumbers(decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${decimals}${grouping ? ',' : ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The digits a number format shows after the decimal mark (`#,##0.000` → 3). */
function formatDecimals(format: string): number {
  return /\.(0+)/.exec(format.replace(/"[^"]*"/g, ''))?.[1]?.length ?? 0;
}

/**
 * A cell's text as a spreadsheet shows it, near enough to size its column: numbers in English
 * marks (the same width as Vietnamese ones), dates as dd/mm/yyyy.
 */
export function shownText(cell: CellSpec): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.value;
    case 'date':
      return dateOfCell(cell.iso).format;
    case 'number': {
      const literal = /^"([^"]*)"/.exec(cell.format)?.[1] ?? '';
      const percent = cell.format.includes('%');
      const number = englishNumbers(
        formatDecimals(cell.format),
        cell.format.includes('#,##'),
      ).format(percent ? cell.value * 100 : cell.value);
      return `${literal}${number}${percent ? '%' : ''}`;
    }
  }
}

/** A column is never narrower than this, so that an empty or one-digit column stays clickable. */
export const MIN_COLUMN_WIDTH = 8;
/** Nor wider: a long quote runs on past it, or is read in the cell, not across three screens. */
export const MAX_COLUMN_WIDTH = 60;
/** Room beside the text for the cell's margins, so that no text touches the next column. */
const COLUMN_PADDING = 2;
/** Bold Arial is about a tenth wider than regular: the header row is bold. */
const BOLD_WIDTH = 1.1;

/** Characters as a reader counts them: a Vietnamese letter with its marks is one. */
function characters(text: string): number {
  // Plain ASCII on one line, most cells (ids, numbers, dates): its length.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let longest = 0;
  for (const line of text.normalize('NFC').split(/\r?\n/)) {
    longest = Math.max(longest, [...line].length);
  }
  return longest;
}

/**
 * A column's width from its longest text, header included, in characters: between
 * MIN_COLUMN_WIDTH and MAX_COLUMN_WIDTH.
 */
export function columnWidth(header: string, cells: readonly CellSpec[]): number {
  let longest = Math.ceil(characters(header) * BOLD_WIDTH);
  const widest = MAX_COLUMN_WIDTH - COLUMN_PADDING;
  // Past the widest a column is drawn, no cell can widen it: the rest are not measured.
  for (const cell of cells) {
    if (longest >= widest) break;
    longest = Math.max(longest, characters(shownText(cell)));
  }
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest + COLUMN_PADDING));
}

/** Excel's limit on a sheet's name, in UTF-16 units (what Excel and the writer both count). */
export const MAX_SHEET_NAME = 31;

/**
 * A name Excel accepts for a sheet: none of `[]:*?/\` (each becomes a space), no control
 * characters, no apostrophe at either end, not empty, not Excel's reserved "History", at most 31
 * characters, cut at a whole character; and none like another of `taken` (case aside, as Excel
 * compares them), else numbered: "Nguồn (2)".
 */
export function sheetName(name: string, taken: readonly string[] = []): string {
  let base = name
    .normalize('NFC')
    .replace(/[[\]:*?/\\\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  if (base === '' || base.toLowerCase() === 'history') base = `Sheet${taken.length + 1}`;
  const fit = (text: string, room: number) => {
    let cut = text;
    while (cut.length > room) cut = [...cut].slice(0, -1).join('');
    return cut.trimEnd();
  };
  const used = new Set(taken.map((each) => each.toLocaleLowerCase()));
  let candidate = fit(base, MAX_SHEET_NAME);
  for (let number = 2; used.has(candidate.toLocaleLowerCase()); number++) {
    const suffix = ` (${number})`;
    candidate = `${fit(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
  }
  return candidate;
}

/** A sheet with its header row and rows, each column as wide as its text (`columnWidth`). */
export function sheetSpec(
  name: string,
  headers: readonly string[],
  rows: readonly (readonly CellSpec[])[],
): SheetSpec {
  return {
    name,
    columns: headers.map((header, index) => ({
      header,
      width: columnWidth(
        header,
        rows.map((row) => row[index] ?? EMPTY_CELL),
      ),
    })),
    rows: rows.map((row) => headers.map((_, index) => row[index] ?? EMPTY_CELL)),
  };
}

/** A workbook of these sheets, each named as Excel accepts, no two alike. */
export function workbookSpec(sheets: readonly SheetSpec[]): WorkbookSpec {
  const names: string[] = [];
  return {
    sheets: sheets.map((sheet) => {
      const name = sheetName(sheet.name, names);
      names.push(name);
      return { ...sheet, name };
    }),
  };
}

/**
 * The workbook as an `.xlsx` file. Each sheet's header row is bold and frozen (it stays in view
 * as the rows scroll), its columns as wide as `ColumnSpec.width`, its cells in Arial, its pages
 * printed landscape. The writer's universal build runs in the browser and in Node alike (the
 * tests write real files with it). This module is reached only from code loaded on a click (a
 * workbook's download, the deck), so the writer loads with it and never with the page.
 */
export async function workbookBlob(spec: WorkbookSpec): Promise<Blob> {
  const sheets: Sheet<Blob>[] = workbookSpec(spec.sheets).sheets.map((sheet) => ({
    sheet: sheet.name,
    stickyRowsCount: 1,
    // Printed across the page: the tables are wide, and office staff print them.
    orientation: 'landscape',
    columns: sheet.columns.map((column) => ({
      width: column.width ?? columnWidth(column.header, []),
    })),
    data: [
      sheet.columns.map((column): Cell => ({
        type: String,
        value: column.header,
        fontWeight: 'bold',
      })),
      ...sheet.rows.map((row) => row.map(writtenCell)),
    ],
  }));
  return writeXlsxFile(sheets, {
    fontFamily: WORKBOOK_FONT.family,
    fontSize: WORKBOOK_FONT.size,
  }).toBlob();
}

/** A cell as the writer takes it: typed, so that it never guesses; null for an empty one. */
function writtenCell(cell: CellSpec): Cell {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      // A String, always: `=HYPERLINK(…)` is held as text, never written as a formula.
      return cell.value === '' ? null : { type: String, value: cell.value };
    case 'number':
      return Number.isFinite(cell.value)
        ? { type: Number, value: withoutNegativeZero(cell.value), format: cell.format }
        : null;
    case 'date': {
      const { date, format } = dateOfCell(cell.iso);
      return Number.isNaN(date.getTime()) ? null : { type: Date, value: date, format };
    }
  }
}
