import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvStream } from '../../src/domain/csv-stream';
import { readCsvTable } from '../../src/domain/csv-table';
import { DATASET_CSV_COLUMNS } from '../../src/domain/dataset-columns';

/** The text cut at `cuts` (positions, any order), read by the stream. */
function streamed(text: string, cuts: number[], headText: number, maxRowText?: number) {
  const stream = csvStream(DATASET_CSV_COLUMNS, headText, maxRowText);
  const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  // An empty read first, as a stream may give.
  const rows = [...stream.push('')];
  let from = 0;
  for (const cut of [...at, text.length]) {
    rows.push(...stream.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...stream.end());
  return { table: { ...stream.head(), rows }, lineEnding: stream.lineEnding() };
}

/** The line ending the whole text's reading splits its rows at (Papa's guess from its first megabyte). */
const lineEndingOf = (text: string) =>
  Papa.parse(text.replace(/^\uFEFF/, '').normalize('NFC'), { preview: 1 }).meta.linebreak;

// Cells as people type them: separators, quotes, line breaks and Vietnamese written both ways
// (composed, and as a Mac decomposes it).
const cellText = fc
  .array(
    fc.constantFrom(
      'a',
      'B',
      '1',
      '.',
      ',',
      ';',
      '\t',
      ' ',
      '"',
      '\n',
      '\r\n',
      'ệ',
      'e\u0323\u0302',
      'Đ',
      '😀',
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** A cell written as a spreadsheet writes it: quoted when it must be, sometimes when not; sometimes badly. */
const written = (separator: string) =>
  fc.tuple(cellText, fc.constantFrom('plain', 'quoted', 'raw')).map(([text, how]) => {
    const needs = /["\r\n]/.test(text) || text.includes(separator);
    if (how === 'raw') return text; // a stray quote or a separator left as it is
    return needs || how === 'quoted' ? `"${text.replace(/"/g, '""')}"` : text;
  });

const knownHeader = fc
  .shuffledSubarray([...DATASET_CSV_COLUMNS], { minLength: 2, maxLength: 8 })
  .chain((names) =>
    fc.tuple(
      fc.constant(names),
      fc.array(fc.constantFrom('', 'Ghi chú', ' mã ĐƠN vị '), { maxLength: 2 }),
    ),
  )
  .map(([names, others]) => [...names, ...others]);

const csvText = fc
  .record({
    separator: fc.constantFrom(';', ',', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    titles: fc.array(fc.constantFrom('Báo cáo', 'Bảng 1;;;', ''), { maxLength: 2 }),
    header: fc.oneof(knownHeader, fc.constant(['x', 'y'])),
    trailing: fc.boolean(),
  })
  .chain((shape) =>
    fc.tuple(
      fc.constant(shape),
      fc.array(fc.array(written(shape.separator), { maxLength: shape.header.length + 2 }), {
        maxLength: 30,
      }),
    ),
  )
  .map(([{ separator, newline, bom, titles, header, trailing }, rows]) => {
    const lines = [...titles, header.join(separator), ...rows.map((row) => row.join(separator))];
    return `${bom ? '\uFEFF' : ''}${lines.join(newline)}${trailing ? newline : ''}`;
  });

describe('a CSV read as a stream', () => {
  it('gives the table the whole text gives, cut anywhere', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: 0, max: 60 }),
        (text, cuts, headText) => {
          const { table, lineEnding } = streamed(text, cuts, headText);
          // Held to its first megabyte, as the app holds it, the stream guesses the line ending
          // from the same text as the whole text's reading; held to less, on a text of mixed
          // line breaks, it may not, and nothing else is compared.
          fc.pre(lineEnding === lineEndingOf(text));
          expect(table).toEqual(readCsvTable(text, DATASET_CSV_COLUMNS));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads a text over a megabyte in chunks as the whole text reads it', () => {
    const row = '"HN-01";"Hà Nội; quận ""1""";12.455,236;"dòng\nhai"';
    const text = [
      'Bảng số liệu',
      'Mã đơn vị;Tên;Giá trị;Trích dẫn',
      ...Array.from({ length: 30_000 }, (_, index) => `${row};${index}`),
    ].join('\r\n');
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const cuts = Array.from({ length: 40 }, (_, index) => index * 37_001);
    const whole = readCsvTable(text, DATASET_CSV_COLUMNS);
    expect(streamed(text, cuts, 1024 * 1024).table).toEqual(whole);
    expect(whole.rows).toHaveLength(30_000);
  });

  it('says a quote never closed at its row, and reads no further', () => {
    const rows = Array.from(
      { length: 50 },
      (_, index) => `HN;${index};${index === 20 ? '"x' : 'x'}`,
    );
    const text = ['Mã đơn vị;Giá trị;Trích dẫn', ...rows].join('\n');
    const whole = readCsvTable(text, DATASET_CSV_COLUMNS);
    expect(whole.errors).toEqual([{ row: 22, code: 'unclosedQuote' }]);
    const cuts = Array.from({ length: 60 }, (_, index) => index * 11);
    const stream = streamed(text, cuts, 40, 64).table;
    expect(stream.errors).toEqual(whole.errors);
    expect(stream.rows.map((row) => row.row)).toEqual(
      whole.rows.slice(0, 20).map((row) => row.row),
    );
  });
});
