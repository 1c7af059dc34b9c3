import Papa from 'papaparse';

/**
 * A CSV's table as a person made it in Excel, LibreOffice or Google Sheets: found by its header
 * row, whatever the separator, with a title above the header, blank columns past the data
 * (`;;;`, Excel's used range) and blank rows left out, and Unicode in one form (NFC) so that a
 * header typed on a Mac matches. Row numbers stay those the spreadsheet shows.
 */

/**
 * A cell a spreadsheet holds as a number or a date (an `.xlsx` or `.ods`, never a CSV): read as
 * it is, with no separator or order to decide. `percent`: shown as a percentage (`64,29%` holds
 * 0.6429), with `decimals` as the format shows them.
 */
export type TypedCell =
  | { kind: 'number'; value: number; percent?: boolean; decimals?: number }
  | { kind: 'date'; iso: string };

export interface CsvTable {
  /** `;`, `,` or a tab, as the header row shows it; '' for a spreadsheet's sheet. */
  separator: string;
  /** The header's row number in the spreadsheet (1 unless a title stands above it). */
  headerRow: number;
  /** Each column's name, as the template names it when it is one of `known` (case, spaces and Unicode form aside). */
  headers: string[];
  /** Each data row: its spreadsheet row number and its cells by header, blanks and all. */
  rows: {
    row: number;
    cells: Record<string, string>;
    extra: boolean;
    /** A spreadsheet's numbers and dates, by header (their shown text is in `cells`). */
    typed?: Record<string, TypedCell>;
  }[];
  /** Structural problems: a quote never closed, a number merged across rows (at its column). */
  errors: {
    row: number | null;
    code: 'unclosedQuote' | 'invalid' | 'mergedNumber';
    column?: string;
  }[];
  /** Whether a row naming at least two known columns was found. */
  found: boolean;
  /** For a spreadsheet: the sheet read, and each header's column letter, to name cells `Sheet1!C5`. */
  sheet?: { name: string; letters: Record<string, string> };
}

/** A header's text, compared as a person reads it: NFC, trimmed, one space, any case. */
export function headerKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

const SEPARATORS = [';', ',', '\t'] as const;
/** A title is at most a few rows: the header is looked for in the first ten. */
const HEADER_SEARCH_ROWS = 10;

/** The header row among the first ten, and the separator that splits it: the one naming most known columns. */
export function findHeader(text: string, known: ReadonlyMap<string, string>) {
  let best: { separator: string; index: number; count: number } | null = null;
  for (const separator of SEPARATORS) {
    const preview = Papa.parse<string[]>(text, {
      delimiter: separator,
      preview: HEADER_SEARCH_ROWS,
      skipEmptyLines: false,
    });
    preview.data.forEach((cells, index) => {
      const count = new Set(cells.map(headerKey).filter((key) => known.has(key))).size;
      if (count > (best?.count ?? 1)) best = { separator, index, count };
    });
  }
  return best as { separator: string; index: number; count: number } | null;
}

/**
 * Reads the table. `known` lists the template's column names: the header row is the first of
 * the first ten rows that names most of them, split by the separator that finds it.
 */
export function readCsvTable(rawText: string, knownColumns: readonly string[]): CsvTable {
  const text = rawText.replace(/^\uFEFF/, '').normalize('NFC');
  const known = new Map(knownColumns.map((name) => [headerKey(name), name]));
  const header = findHeader(text, known);
  const separator =
    header?.separator ??
    Papa.parse(text, { preview: 1, delimitersToGuess: [...SEPARATORS] }).meta.delimiter;
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const headerIndex = header?.index ?? 0;
  const headers = tableHeaders(parsed.data[headerIndex] ?? [], known);
  const rowOf = tableRows(headers);
  const rows: CsvTable['rows'] = [];
  parsed.data.forEach((cells, index) => {
    if (index <= headerIndex) return;
    const row = rowOf(cells, index + 1);
    if (row) rows.push(row);
  });

  const errors: CsvTable['errors'] = parsed.errors
    // Rows of other lengths are handled above: fewer cells is how Excel ends a row of blanks.
    .filter((error) => error.type !== 'FieldMismatch' && error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      row: error.row != null ? error.row + 1 : null,
      code: error.code === 'MissingQuotes' ? 'unclosedQuote' : 'invalid',
    }));
  return {
    separator,
    headerRow: headerIndex + 1,
    headers,
    rows,
    errors,
    found: header != null,
  };
}

/** What a table says beside its rows: its separator, header, and the errors its parse found. */
export type TableHead = Omit<CsvTable, 'rows'>;

/** The header row's cells as column names: a known column as the template names it. */
export function tableHeaders(
  cells: readonly string[],
  known: ReadonlyMap<string, string>,
): string[] {
  const headerCells = cells.map(
    (cell) => known.get(headerKey(cell)) ?? cell.normalize('NFC').trim(),
  );
  // Blank columns past the last named one are Excel's used range, not data.
  let width = headerCells.length;
  while (width > 0 && headerCells[width - 1] === '') width -= 1;
  return headerCells.slice(0, width);
}

/**
 * The maker of a table's data rows under `headers`: a row's cells by header (numbered `row` as
 * the spreadsheet shows it), or null for a blank row, which is left out. Made once per table:
 * every row's cells are then set in the same order (one shape of object, quick to read).
 */
export function tableRows(
  headers: readonly string[],
): (cells: readonly string[], row: number) => CsvTable['rows'][number] | null {
  // The first column of a name counts; a repeated one is reported by the caller.
  const taken: [name: string, column: number][] = [];
  headers.forEach((name, column) => {
    if (name !== '' && !taken.some(([other]) => other === name)) taken.push([name, column]);
  });
  return (cells, row) => {
    let blank = true;
    // Data in no named column, past the header's last or under a blank one, is never dropped.
    let extra = false;
    for (let column = 0; column < cells.length; column += 1) {
      if (cells[column]!.trim() === '') continue;
      blank = false;
      if ((headers[column] ?? '') === '') extra = true;
    }
    if (blank) return null;
    const record: Record<string, string> = {};
    for (const [name, column] of taken) record[name] = cells[column] ?? '';
    return { row, cells: record, extra };
  };
}
