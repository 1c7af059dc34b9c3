import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDatasetTable } from '../../src/domain/dataset-table';
import type { Dataset } from '../../src/domain/schema';
import { zipUnpackedSize } from '../../src/domain/zip-size';
import { gridCellOf, readWorkbook } from '../../src/features/import/read-workbook';
import { datasetCsvIn, numbersOf, type CsvStyle } from '../fixtures/csv-styles';
import { bundledDataset } from '../fixtures/dataset';
import { convertCsvs, type CsvImport } from '../support/libreoffice';

const dataset = bundledDataset();
const kinds = new Map(dataset.metrics.map((metric) => [metric.id, metric.kind]));
/** The base a workbook is read onto: no periods or sources, so that the file's own are read. */
const base: Dataset = { ...dataset, periods: [], sources: [] };

/** The bundled figures with values drawn at random: amounts to three decimals, counts whole. */
function randomFigures(seed: number): Dataset {
  const [values] = fc.sample(
    fc.tuple(
      ...dataset.observations.map((obs) =>
        kinds.get(obs.metric) === 'amount'
          ? fc.integer({ min: 0, max: 10 ** 12 }).map((n) => n / 1000)
          : fc.integer({ min: 0, max: 10 ** 6 }),
      ),
    ),
    { seed, numRuns: 1 },
  );
  // One share stated with a printed zero, as an article gives "69,30%".
  const stated = dataset.observations.findIndex((obs) => obs.statedShare?.qualifier === 'exact');
  return {
    ...dataset,
    observations: dataset.observations.map((obs, index) => ({
      ...obs,
      value: values![index]!,
      ...(index === stated
        ? { statedShare: { percent: 69.3, qualifier: 'exact' as const, decimals: 2 } }
        : {}),
    })),
  };
}

/** The columns every dataset row needs, as the template names them. */
const REQUIRED = ['Mã đơn vị', 'Mã chỉ số', 'Mã kỳ', 'Giá trị', 'Mã nguồn', 'Trích dẫn'];

/**
 * A workbook as a program writes it (SheetJS's own writer, no spreadsheet having opened it), read
 * back into the dataset's table: `edit` changes its one sheet first (a formula, merged cells).
 */
async function programWorkbook(
  rows: unknown[][],
  edit: (sheet: Record<string, unknown>) => void = () => undefined,
) {
  const { utils, write } = await import('@e965/xlsx');
  const sheet = utils.aoa_to_sheet(rows);
  edit(sheet as Record<string, unknown>);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Số liệu');
  const read = await readWorkbook(
    new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
  );
  if (!read.ok) throw new Error('not read');
  return { table: read.table, result: readDatasetTable(read.table, dataset) };
}

const VIETNAMESE: CsvStyle = {
  separator: ';',
  numbers: 'vi',
  grouped: true,
  dates: 'dm',
  percentSign: true,
};
const ENGLISH: CsvStyle = {
  separator: ',',
  numbers: 'en',
  grouped: false,
  dates: 'md',
  percentSign: false,
};

interface Made {
  name: string;
  truth: Dataset;
  bytes: Uint8Array;
}

describe('workbooks as LibreOffice writes them read back to the same numbers', () => {
  const made: Made[] = [];
  beforeAll(() => {
    const truths = [dataset, randomFigures(1), randomFigures(2)];
    const runs: [string, CsvStyle, CsvImport, 'xlsx' | 'ods'][] = [
      ['.xlsx, Vietnamese', VIETNAMESE, { separator: ';', locale: 'vi' }, 'xlsx'],
      ['.xlsx, US English', ENGLISH, { separator: ',', locale: 'en-US' }, 'xlsx'],
      ['.ods, Vietnamese', VIETNAMESE, { separator: ';', locale: 'vi' }, 'ods'],
    ];
    for (const [name, style, options, format] of runs) {
      const files = convertCsvs(
        truths.map((truth) => datasetCsvIn(truth, style)),
        format,
        options,
      );
      files.forEach((bytes, index) =>
        made.push({ name: `${name} #${index + 1}`, truth: truths[index]!, bytes }),
      );
    }
  }, 240_000);

  it('every figure, target, share, growth rate and date, with nothing asked', async () => {
    expect(made).toHaveLength(9);
    for (const { name, truth, bytes } of made) {
      const read = await readWorkbook(bytes);
      expect(read.ok, name).toBe(true);
      if (!read.ok) continue;
      // LibreOffice held them as numbers and dates: nothing for the reader to decide.
      const result = readDatasetTable(read.table, base);
      expect(result.ok ? [] : result.problems, name).toEqual([]);
      expect(result.info?.numbers, name).toMatchObject({ ok: true, ambiguous: [] });
      if (result.ok) expect(numbersOf(result.dataset), name).toEqual(numbersOf(truth));
    }
  });

  it('keeps each share as the article stated it, "69,30%" with its two decimals', async () => {
    // The second file: random figures, Vietnamese, shares written "69,30%".
    const { truth, bytes } = made[1]!;
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error('not read');
    const result = readDatasetTable(read.table, base);
    const shares = (data: Dataset) => data.observations.map((obs) => obs.statedShare ?? null);
    expect(shares(truth)).toContainEqual({ percent: 69.3, qualifier: 'exact', decimals: 2 });
    expect(shares(truth)).toContainEqual({ percent: 64, qualifier: 'more-than' });
    expect(result.ok && shares(result.dataset)).toEqual(shares(truth));
  });

  it('names the sheet, each column’s letters, and the rows as the spreadsheet numbers them', async () => {
    const read = await readWorkbook(made[0]!.bytes);
    if (!read.ok) throw new Error('not read');
    expect(read.table.sheet?.letters).toMatchObject({ 'Mã số liệu': 'A', 'Giá trị': 'J' });
    expect(read.table.rows[0]?.row).toBe(2);
    expect(read.table.sheet?.name).toBe('du-lieu-1');
  });
});

describe('numbers typed as text in a workbook', () => {
  it('are read by the same rules as a CSV: asked about when they read two ways', async () => {
    const [bytes] = convertCsvs(
      [
        datasetCsvIn(
          {
            ...dataset,
            observations: dataset.observations
              .filter((obs) => kinds.get(obs.metric) === 'amount')
              .map((obs) => {
                const plain = { ...obs, value: 21 };
                delete plain.statedShare;
                delete plain.statedGrowth;
                delete plain.target;
                return plain;
              }),
          },
          VIETNAMESE,
        ).replace(/;21;/g, ';21.000;'),
      ],
      'xlsx',
      // Column J ("Giá trị") formatted as text before typing, as a user may do.
      { separator: ';', locale: 'vi', textColumns: [10] },
    );
    const read = await readWorkbook(bytes!);
    if (!read.ok) throw new Error('not read');
    const asked = readDatasetTable(read.table, base);
    expect(asked.ok).toBe(false);
    expect(asked.info?.numbers).toMatchObject({ ok: false, reason: 'noEvidence' });
    expect(asked.info?.numbers.ambiguous[0]).toMatchObject({ text: '21.000', at: '2:Giá trị' });
    const answered = readDatasetTable(read.table, base, { numberStyle: 'vi' });
    expect(answered.ok && answered.dataset.observations.map((obs) => obs.value)).toEqual(
      answered.ok ? answered.dataset.observations.map(() => 21000) : [],
    );
  }, 120_000);
});

describe('one cell of a workbook', () => {
  it.each([
    ['a number', { t: 'n', v: 12455.236, w: '12455.236', z: 'General' }, 12455.236, false, 3],
    ['-0', { t: 'n', v: -0, w: '0' }, 0, false, undefined],
    ['a percentage', { t: 'n', v: 0.6429, w: '64.29%', z: '0.00%' }, 0.6429, true, 2],
    ['a percentage with a zero', { t: 'n', v: 0.693, w: '69.30%', z: '0.00%' }, 0.693, true, 2],
    ['an .ods percentage', { t: 'n', v: 0.693, w: '69.30%' }, 0.693, true, 2],
    ['a whole percentage', { t: 'n', v: 0.64, w: '64%', z: '0%' }, 0.64, true, 0],
    // A `%` written as text after the number: the number itself, not a hundredth of it.
    ['a quoted % sign', { t: 'n', v: 64.29, w: '64.29%', z: '0.00"%"' }, 64.29, false, 2],
    [
      'an escaped % sign (LibreOffice)',
      { t: 'n', v: 64.29, w: '64.29%', z: '0.00\\%' },
      64.29,
      false,
      2,
    ],
    ['a shown % that is not the value ×100', { t: 'n', v: 64.29, w: '64.29%' }, 64.29, false, 2],
  ] as const)('%s', (_name, cell, value, percent, decimals) => {
    const read = gridCellOf(cell);
    expect(read?.typed).toEqual({
      kind: 'number',
      value,
      ...(percent ? { percent } : {}),
      ...(decimals !== undefined ? { decimals } : {}),
    });
    expect(Object.is(read?.typed?.kind === 'number' && read.typed.value, -0)).toBe(false);
  });

  it.each([
    ['a day, UTC midnight', '2026-06-30T00:00:00.000Z', 'dd/mm/yyyy', '2026-06-30'],
    ['a day with a time of day', '2022-10-01T15:00:00.000Z', 'dd/mm/yyyy hh:mm', '2022-10-01'],
    ['a day stored a hair before midnight', '2026-06-29T23:59:59.999Z', 'dd/mm/yyyy', '2026-06-30'],
    ['a time of day, whose minutes are no month', '1899-12-30T12:00:00.000Z', 'h:mm', '1899-12-30'],
    ['a month typed "10/2022"', '2022-10-01T00:00:00.000Z', 'mm/yyyy', '2022-10'],
    ['a year', '2022-01-01T00:00:00.000Z', 'yyyy', '2022'],
    ['a day in a locale’s format', '2026-06-30T00:00:00.000Z', '[$-42A]dd/mm/yyyy', '2026-06-30'],
  ])('%s', (_name, instant, format, iso) => {
    expect(gridCellOf({ t: 'd', v: new Date(instant), z: format, w: 'x' })?.typed).toEqual({
      kind: 'date',
      iso,
    });
  });

  it('keeps text as text, an error as its shown text, and a blank as nothing', () => {
    expect(gridCellOf({ t: 's', v: '21.000' })).toEqual({ text: '21.000' });
    expect(gridCellOf({ t: 'e', v: 7, w: '#DIV/0!' })).toEqual({ text: '#DIV/0!' });
    expect(gridCellOf({ t: 'z' })).toBeUndefined();
    expect(gridCellOf({ t: 'n', v: Number.NaN, w: '#NUM!' })).toEqual({ text: '#NUM!' });
    expect(gridCellOf({ t: 'e', v: 42 })).toEqual({ text: '#ERROR' });
  });

  it('keeps a formula saved without its result as its text, never a blank', () => {
    expect(gridCellOf({ t: 'e', f: 'B2*2' })).toEqual({ text: '=B2*2' });
    expect(gridCellOf({ t: 'n', f: 'B2*2', v: 6, w: '6' })?.typed).toMatchObject({ value: 6 });
  });
});

describe('a workbook that cannot or must not be read', () => {
  let template: Uint8Array;
  beforeAll(() => {
    [template] = convertCsvs([datasetCsvIn(dataset, VIETNAMESE)], 'xlsx', {
      separator: ';',
      locale: 'vi',
    }) as [Uint8Array];
  }, 120_000);

  it('measures what a real workbook unpacks to, from its directory', () => {
    const size = zipUnpackedSize(template);
    expect(size.ok && size.entries).toBeGreaterThan(3);
    expect(size.ok && size.unpacked).toBeGreaterThan(template.length);
  });

  it('refuses one that would unpack past the limit, before inflating it', async () => {
    const bomb = template.slice();
    const view = new DataView(bomb.buffer);
    // The first directory entry's unpacked size, made 2 GB as a zip bomb's is.
    for (let at = bomb.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x06054b50) {
        const directory = view.getUint32(at + 16, true);
        view.setUint32(directory + 24, 0x7fff_ffff, true);
        break;
      }
    }
    expect(await readWorkbook(bomb)).toEqual({ ok: false, problem: 'unpackedTooLarge' });
  });

  it('names a figure whose formula was saved without its result, at its cell', async () => {
    const { table, result } = await programWorkbook(
      [
        [...REQUIRED, 'Chỉ tiêu / tổng số'],
        ['cau-giay', 'budget-revenue', '2024-h1', 0, 'a001', 'x', 19492.8],
      ],
      (sheet) => {
        sheet.D2 = { t: 'n', f: 'G2*2' };
      },
    );
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '2:Giá trị', code: 'number', detail: '=G2*2' },
    ]);
    expect(table.sheet).toMatchObject({ name: 'Số liệu', letters: { 'Giá trị': 'D' } });
  });

  it('reads a district merged down the rows of its figures as each row’s district', async () => {
    const { result } = await programWorkbook(
      [
        REQUIRED,
        ['cau-giay', 'budget-revenue', '2024-h1', 12455.236, 'a001', 'x'],
        [null, 'budget-revenue', '2023-h1', 11000, 'a001', 'y'],
      ],
      (sheet) => {
        sheet['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }];
      },
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.dataset.observations.map((obs) => [obs.unit, obs.value])).toEqual([
      ['cau-giay', 12455.236],
      ['cau-giay', 11000],
    ]);
  });

  it('asks about a figure merged across rows rather than count it twice, and keeps data under a blank header', async () => {
    const rows = [
      [...REQUIRED, '', 'Chỉ tiêu / tổng số'],
      ['cau-giay', 'budget-revenue', '2024-h1', 21, 'a001', 'x', 5, null],
      ['cau-giay', 'budget-revenue', '2023-h1', null, 'a001', 'y', null, null],
    ];
    const merged = await programWorkbook(rows, (sheet) => {
      sheet['!merges'] = [{ s: { r: 1, c: 3 }, e: { r: 2, c: 3 } }];
    });
    expect(merged.result.ok ? [] : merged.result.problems).toEqual([
      { path: '3:Giá trị', code: 'mergedNumber' },
    ]);
    // Unmerged, the 5 under the blank header is named, not dropped.
    const { result } = await programWorkbook(rows);
    expect(result.ok ? [] : result.problems).toContainEqual({ path: '2:', code: 'extraCells' });
  });

  it('says a damaged file is damaged', async () => {
    expect(await readWorkbook(template.slice(0, template.length / 2))).toEqual({
      ok: false,
      problem: 'workbook',
    });
    expect(await readWorkbook(new TextEncoder().encode('PK not a zip'))).toEqual({
      ok: false,
      problem: 'workbook',
    });
  });
});
