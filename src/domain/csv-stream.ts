import Papa from 'papaparse';
import {
  findHeader,
  headerKey,
  tableHeaders,
  tableRows,
  type CsvTable,
  type TableHead,
} from './csv-table';

/**
 * A CSV's table read from its text as it comes, a chunk at a time: the same table csv-table.ts
 * reads from the whole text (the header found the same way, the same rows, numbered the same, the
 * same structural errors), with no more than a chunk and one row of the text held. For a file too
 * large to hold as one string (features/import/read-csv-stream.ts reads it twice: once to weigh
 * its rows, once to read them).
 *
 * The rows are cut by PapaParse's own parser, fed the way its streamers feed it (each chunk
 * joined to the unfinished row before it), after its first megabyte, from which the whole-text
 * reading guesses the line ending and finds the header.
 */

/** The text held before the header is looked for: what Papa guesses the line ending from. */
const HEAD_TEXT = 1024 * 1024;
/** The first rows the header is looked for in (csv-table.ts's HEADER_SEARCH_ROWS). */
const HEADER_ROWS = 10;
/**
 * A row not ended after this much text is a quote never closed (the whole-text reading would
 * swallow the rest of the file into one cell): said so at its row, and the rest not read.
 */
export const MAX_ROW_TEXT = 8 * 1024 * 1024;

type Row = CsvTable['rows'][number];

export interface CsvStream {
  /** The next chunk of text; the rows it completes (none while the head is being found). */
  push(text: string): Row[];
  /** The text has ended: the last rows. */
  end(): Row[];
  /** What the table says beside its rows, its errors complete once `end` is called. */
  head(): TableHead;
  /** The line ending its rows are split at, guessed from the text held before the head was found. */
  lineEnding(): string;
}

const SEPARATORS = [';', ',', '\t'] as const;

/**
 * PapaParse's parser with its set-up (the line ending guessed from its first input), as its own
 * streamers use it: `parse(text, baseIndex, ignoreLastRow)` gives the rows of `text` and, in
 * `meta.cursor`, where the last whole one ends (from `baseIndex`), the unfinished last row left
 * out unless it is the end. Not in its type declarations.
 */
interface RowParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]>;
  guessLineEndings(input: string, quoteChar: string): string;
}
const { ParserHandle } = Papa as unknown as {
  ParserHandle: new (config: Papa.ParseConfig) => RowParser;
};

/** Whether `text` holds the first rows whole by every separator (or is all the text there is). */
function headerRowsWhole(text: string): boolean {
  return SEPARATORS.every((delimiter) => {
    const preview = Papa.parse<string[]>(text, {
      delimiter,
      preview: HEADER_ROWS + 1,
      skipEmptyLines: false,
    });
    return preview.data.length > HEADER_ROWS;
  });
}

/** A CSV table read from its text in chunks; `knownColumns` as readCsvTable's. */
export function csvStream(
  knownColumns: readonly string[],
  /** The text held before the head is found; less only in tests of short texts. */
  headText = HEAD_TEXT,
  /** The longest row's text; less only in tests. */
  maxRowText = MAX_ROW_TEXT,
): CsvStream {
  const known = new Map(knownColumns.map((name) => [headerKey(name), name]));
  let held = '';
  let first = true;
  let head: TableHead | null = null;
  let rowOf: ReturnType<typeof tableRows> = () => null;
  let parser: RowParser | null = null;
  let newline = '\n';
  let partial = '';
  let baseIndex = 0;
  /** Records read so far, the header's and any title's among them (Papa's row index). */
  let records = 0;
  let stopped = false;
  const errors: CsvTable['errors'] = [];

  const startAt = (text: string) => {
    const found = findHeader(text, known);
    const separator =
      found?.separator ??
      Papa.parse(text, { preview: 1, delimitersToGuess: [...SEPARATORS] }).meta.delimiter;
    const headerIndex = found?.index ?? 0;
    const headerCells =
      Papa.parse<string[]>(text, { delimiter: separator, preview: headerIndex + 1 }).data[
        headerIndex
      ] ?? [];
    head = {
      separator,
      headerRow: headerIndex + 1,
      headers: tableHeaders(headerCells, known),
      errors,
      found: found != null,
    };
    rowOf = tableRows(head.headers);
    // The line ending as the whole text's reading guesses it, from the same first megabyte.
    newline = new ParserHandle({}).guessLineEndings(text, '"');
    parser = new ParserHandle({
      delimiter: separator,
      newline: newline as Papa.ParseConfig['newline'],
      skipEmptyLines: false,
    });
  };

  const parse = (chunk: string, last: boolean): Row[] => {
    if (stopped || !head || !parser) return [];
    const aggregate = partial + chunk;
    partial = '';
    const results = parser.parse(aggregate, baseIndex, !last);
    const rows: Row[] = [];
    for (const error of results.errors) {
      if (error.type === 'FieldMismatch' || error.code === 'UndetectableDelimiter') continue;
      // An error in the unfinished last row is found again when the row is read whole.
      if (!last && error.row != null && error.row >= results.data.length) continue;
      errors.push({
        row: error.row != null ? records + error.row + 1 : null,
        code: error.code === 'MissingQuotes' ? 'unclosedQuote' : 'invalid',
      });
    }
    for (const cells of results.data) {
      const index = records;
      records += 1;
      if (index < head.headerRow) continue;
      // The parser's own array, its cells put in NFC in place.
      for (let column = 0; column < cells.length; column += 1) cells[column] = nfc(cells[column]!);
      const row = rowOf(cells, index + 1);
      if (row) rows.push(row);
    }
    if (!last) {
      const cursor = results.meta.cursor;
      partial = aggregate.substring(cursor - baseIndex);
      baseIndex = cursor;
      if (partial.length > maxRowText) {
        errors.push({ row: records + 1, code: 'unclosedQuote' });
        stopped = true;
        partial = '';
      }
    }
    return rows;
  };

  return {
    push(text) {
      // The text's first character, in whichever chunk it comes.
      if (first && text !== '') {
        text = text.replace(/^\uFEFF/, '');
        first = false;
      }
      if (head) return parse(text, false);
      held += text;
      if (held.length < headText || !headerRowsWhole(held)) return [];
      const all = held;
      held = '';
      startAt(all);
      return parse(all, false);
    },
    end() {
      if (!head) {
        const all = held;
        held = '';
        startAt(all);
        return parse(all, true);
      }
      return parse('', true);
    },
    head() {
      if (!head) throw new Error('The head of the table is read with its first rows.');
      return head;
    },
    lineEnding: () => newline,
  };
}

/** NFC, as the whole-text reading gives every cell: only a cell that can change is normalised. */
function nfc(cell: string): string {
  return /[\u0300-\uffff]/.test(cell) ? cell.normalize('NFC') : cell;
}
