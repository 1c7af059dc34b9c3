import { headerKey, type CsvTable, type TypedCell } from './csv-table';

/**
 * A spreadsheet's sheet (`.xlsx`, `.ods`) as the same table a CSV gives (csv-table.ts): found by
 * its header row in the first ten, a title above it and blank columns and rows left out, text in
 * NFC, and numbers and dates kept as the cells hold them. Cells are named as the spreadsheet
 * names them (`Sheet1!C5`).
 */

/** One cell of a sheet: the text it shows, and its number or date when it holds one. */
export interface GridCell {
  text: string;
  typed?: TypedCell;
  /** A cell of a merged range whose number is in its first cell (`D2:D3`). */
  mergedNumber?: string;
}

/** A sheet's cells by row and column from A1; a missing cell is blank. */
export type Grid = readonly (readonly (GridCell | undefined)[] | undefined)[];

/** A = 0, Z = 25, AA = 26: the column's letters as the spreadsheet shows them. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A range of merged cells, from its first (top-left) cell to its last, 0-based. */
export interface MergedRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/**
 * The grid with each merged range's value in every cell of it, as a person reads it: a district
 * merged down the rows of its figures is each row's district, never a blank. A number is not
 * copied (one figure for two rows would count twice): its other cells are marked, to be asked
 * about.
 */
export function fillMerged(grid: Grid, merges: readonly MergedRange[]): Grid {
  if (merges.length === 0) return grid;
  const rows = grid.map((row) => (row ? [...row] : []));
  for (const { s, e } of merges) {
    const first = rows[s.r]?.[s.c];
    if (!first) continue;
    const fill: GridCell =
      first.typed?.kind === 'number' && e.r > s.r
        ? {
            text: '',
            mergedNumber: `${columnLetters(s.c)}${s.r + 1}:${columnLetters(e.c)}${e.r + 1}`,
          }
        : first;
    for (let r = s.r; r <= e.r; r++) {
      const row = (rows[r] ??= []);
      for (let c = s.c; c <= e.c; c++) if (r !== s.r || c !== s.c) row[c] = fill;
    }
  }
  return rows;
}

const HEADER_SEARCH_ROWS = 10;
const textOf = (cell: GridCell | undefined) => (cell?.text ?? '').normalize('NFC');

/** The row (0-based) among the first ten that names most known columns, at least two. */
export function findSheetHeader(grid: Grid, known: ReadonlyMap<string, string>): number | null {
  let best: { index: number; count: number } | null = null;
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, grid.length); index++) {
    const keys = (grid[index] ?? []).map((cell) => headerKey(textOf(cell)));
    const count = new Set(keys.filter((key) => known.has(key))).size;
    if (count > (best?.count ?? 1)) best = { index, count };
  }
  return best?.index ?? null;
}

/** The sheet's table. `knownColumns`: the template's column names. */
export function tableFromGrid(
  grid: Grid,
  knownColumns: readonly string[],
  sheetName: string,
): CsvTable {
  const known = new Map(knownColumns.map((name) => [headerKey(name), name]));
  const found = findSheetHeader(grid, known);
  const headerIndex = found ?? grid.findIndex((row) => row?.some((cell) => textOf(cell).trim()));
  const headerCells = (grid[Math.max(headerIndex, 0)] ?? []).map((cell) => {
    const text = textOf(cell);
    return known.get(headerKey(text)) ?? text.trim();
  });
  let width = headerCells.length;
  while (width > 0 && headerCells[width - 1] === '') width -= 1;
  const headers = headerCells.slice(0, width);
  const letters: Record<string, string> = {};
  headers.forEach((name, column) => {
    if (name !== '' && !(name in letters)) letters[name] = columnLetters(column);
  });

  const rows: CsvTable['rows'] = [];
  const errors: CsvTable['errors'] = [];
  grid.forEach((cells = [], index) => {
    if (index <= headerIndex) return;
    if (cells.every((cell) => textOf(cell).trim() === '' && !cell?.typed && !cell?.mergedNumber))
      return;
    const record: Record<string, string> = {};
    const typed: Record<string, TypedCell> = {};
    headers.forEach((name, column) => {
      if (name === '' || name in record) return;
      const cell = cells[column];
      record[name] = textOf(cell);
      if (cell?.typed) typed[name] = cell.typed;
      if (cell?.mergedNumber) errors.push({ row: index + 1, code: 'mergedNumber', column: name });
    });
    // Data in no named column, past the header's last or under a blank one, is never dropped.
    const extra = cells.some(
      (cell, column) => textOf(cell).trim() !== '' && (headers[column] ?? '') === '',
    );
    rows.push({ row: index + 1, cells: record, extra, typed });
  });
  return {
    separator: '',
    headerRow: Math.max(headerIndex, 0) + 1,
    headers,
    rows,
    errors,
    found: found != null,
    sheet: { name: sheetName, letters },
  };
}
