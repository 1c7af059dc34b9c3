import { read, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { statusReason } from '../../src/charts/status-words';
import { buildFigureContext } from '../../src/charts/figure-context';
import { DATASET_CSV_COLUMNS } from '../../src/domain/dataset-columns';
import { readDatasetTable } from '../../src/domain/dataset-table';
import { datasetWorkbook, DATASET_SHEETS } from '../../src/domain/dataset-workbook';
import type { Dataset, Observation } from '../../src/domain/schema';
import { ALL_FILTERS, type Filters, type Lang } from '../../src/domain/url-state';
import { buildDashboardView, type DashboardView } from '../../src/domain/view-model';
import { reportFileName } from '../../src/features/export/file-name';
import {
  columnWidth,
  dateOfCell,
  MAX_COLUMN_WIDTH,
  MAX_SHEET_NAME,
  MIN_COLUMN_WIDTH,
  numberCell,
  percentAsFraction,
  roundTo,
  sheetName,
  workbookBlob,
  type CellSpec,
  type SheetSpec,
  type WorkbookSpec,
} from '../../src/domain/workbook';
import {
  CSV_COLUMNS,
  csvHeaders,
  figureCsvRows,
  type CsvColumn,
} from '../../src/features/export/csv';
import { exportFileName } from '../../src/features/export/file-name';
import { figureRowCells, figureWorkbook, viewWorkbook } from '../../src/features/export/workbook';
import { workbookWords } from '../../src/features/export/workbook-words';
import { readWorkbook } from '../../src/features/import/read-workbook';
import { messagesFor } from '../../src/i18n';
import { standaloneFigureWords } from '../../src/i18n/standalone-figure-words';
import { wordsIn } from '../../src/i18n/words';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();
const LANGS = ['vi', 'en'] as const;

const viewOf = (filters: Partial<Filters>, lang: Lang, data: Dataset = dataset) =>
  buildDashboardView(data, { ...ALL_FILTERS, ...filters }, lang);
const figureOf = (view: DashboardView, id: string) => {
  const found = view.figures.find((figure) => figure.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

/** Figures and filters of the bundled dataset: amounts, counts, a tally by topic. */
const FIGURES: [string, Partial<Filters>][] = [
  ['budget', {}],
  ['budget', { unit: 'cau-giay', year: 2024 }],
  ['budget', { year: 2022 }],
  ['schools', {}],
  ['indicators', {}],
  ['progress', {}],
  ['progress', { year: 2024 }],
];
const FIGURE_CASES = LANGS.flatMap((lang) =>
  FIGURES.map(([id, filters]) => [lang, id, filters] as [Lang, string, Partial<Filters>]),
);

/** The columns of a figure's rows that hold numbers, and the one that holds a date. */
const NUMBER_COLUMNS: readonly CsvColumn[] = ['value', 'target', 'computedShare', 'statedShare'];
const PERCENT_COLUMNS: readonly CsvColumn[] = ['computedShare', 'statedShare'];

/** A CSV's number, in the CSV's language: `12.455,236` (vi), `12455.236` (en); ">64" → 64. */
function csvNumber(text: string, lang: Lang): number {
  const digits = text.replace(/^[<>≈]/, '');
  return Number(lang === 'vi' ? digits.replace(/\./g, '').replace(',', '.') : digits);
}

/** A percentage held as a fraction, back as the percentage, without binary noise. */
const asPercent = (fraction: number) => Number.parseFloat((fraction * 100).toPrecision(12));

/** The literal a number format shows before the number: `">"0%` → ">". */
const formatPrefix = (format: string) => /^"([^"]*)"/.exec(format)?.[1] ?? '';

const columnOf = (sheet: SheetSpec, header: string) => {
  const index = sheet.columns.findIndex((column) => column.header === header);
  if (index < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return index;
};

function sheetOf(spec: WorkbookSpec, name: string): SheetSpec {
  const found = spec.sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Every cell of a workbook, with where it is. */
const allCells = (spec: WorkbookSpec) =>
  spec.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row, r) => row.map((cell, c) => ({ sheet: sheet.name, r, c, cell }))),
  );

/** What no cell may hold: a number that is not one, -0, or the text of a missing value. */
function expectNoBrokenCells(spec: WorkbookSpec) {
  for (const { sheet, r, c, cell } of allCells(spec)) {
    const at = `${sheet}!${r + 2}:${c + 1}`;
    if (cell.kind === 'number') {
      expect(Number.isFinite(cell.value), at).toBe(true);
      expect(Object.is(cell.value, -0), at).toBe(false);
      expect(cell.format, at).not.toBe('');
    }
    if (cell.kind === 'text') {
      expect(cell.value, at).not.toMatch(/\bundefined\b|\bNaN\b|Infinity|\bnull\b|^-0$/);
      expect(cell.value.trim(), at).not.toBe('');
    }
    if (cell.kind === 'date')
      expect(Number.isNaN(dateOfCell(cell.iso).date.getTime()), at).toBe(false);
  }
  for (const sheet of spec.sheets) {
    for (const column of sheet.columns) {
      expect(column.header, sheet.name).not.toMatch(/undefined|NaN/);
      expect(column.width).toBeGreaterThanOrEqual(MIN_COLUMN_WIDTH);
      expect(column.width).toBeLessThanOrEqual(MAX_COLUMN_WIDTH);
    }
    for (const row of sheet.rows) expect(row).toHaveLength(sheet.columns.length);
  }
}

function expectExcelSheetNames(spec: WorkbookSpec) {
  const names = spec.sheets.map((sheet) => sheet.name);
  for (const name of names) {
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
  }
  expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
}

describe('the model', () => {
  it.each<[string, string[], string]>([
    ['Số liệu', [], 'Số liệu'],
    ['Tỷ lệ [%]: 6/12 tháng?', [], 'Tỷ lệ % 6 12 tháng'],
    ['a*b\\c', [], 'a b c'],
    ["'Nguồn'", [], 'Nguồn'],
    ['', [], 'Sheet1'],
    ['History', ['Số liệu'], 'Sheet2'],
    ['Nguồn', ['nguồn'], 'Nguồn (2)'],
    ['Nguồn', ['Nguồn', 'Nguồn (2)'], 'Nguồn (3)'],
    ['Chỉ tiêu phát triển kinh tế xã hội của quận', [], 'Chỉ tiêu phát triển kinh tế xã'],
    [
      'Chỉ tiêu phát triển kinh tế xã hội của quận',
      ['Chỉ tiêu phát triển kinh tế xã'],
      'Chỉ tiêu phát triển kinh tế (2)',
    ],
  ])('names the sheet %j (taken: %j) %j', (name, taken, expected) => {
    const named = sheetName(name, taken);
    expect(named).toBe(expected);
    expect(named.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it.each<[number | null | undefined, CellSpec]>([
    [12455.236, { kind: 'number', value: 12455.236, format: '#,##0.000' }],
    [-0, { kind: 'number', value: 0, format: '#,##0.000' }],
    [0, { kind: 'number', value: 0, format: '#,##0.000' }],
    [Number.NaN, { kind: 'empty' }],
    [Number.POSITIVE_INFINITY, { kind: 'empty' }],
    [null, { kind: 'empty' }],
    [undefined, { kind: 'empty' }],
  ])('numberCell(%s) is %j', (value, expected) => {
    const cell = numberCell(value, '#,##0.000');
    expect(cell).toEqual(expected);
    if (cell.kind === 'number') expect(Object.is(cell.value, -0)).toBe(false);
  });

  it.each<[number, number, number]>([
    [9158.26171, 1, 9158.3],
    [12455.236, 3, 12455.236],
    [63.8976, 2, 63.9],
    [-0.01, 1, 0],
    [2.5, 0, 3],
  ])('rounds %s to %s decimals as the CSV does: %s', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
    expect(Object.is(roundTo(value, decimals), -0)).toBe(false);
  });

  it.each<[number, number]>([
    [63.9, 0.639],
    [69.35, 0.6935],
    [64, 0.64],
    [12.5, 0.125],
    [-3.2, -0.032],
  ])('holds the percentage %s as the fraction %s', (percent, fraction) => {
    expect(percentAsFraction(percent)).toBe(fraction);
    expect(asPercent(percentAsFraction(percent))).toBe(percent);
  });

  it.each<[string, string, CellSpec[], number]>([
    ['a short header, no cells: the floor', 'Kỳ', [], MIN_COLUMN_WIDTH],
    [
      'a number as shown, grouped',
      'Giá trị',
      [{ kind: 'number', value: 12455.236, format: '#,##0.000' }],
      12,
    ],
    ['a date as dd/mm/yyyy', 'Ngày đăng', [{ kind: 'date', iso: '2024-06-27' }], 12],
    [
      'a long quote: the cap',
      'Trích dẫn',
      [{ kind: 'text', value: 'ư'.repeat(500) }],
      MAX_COLUMN_WIDTH,
    ],
    // A letter with its marks is one character, however Unicode spells it.
    [
      'decomposed Vietnamese',
      'A',
      [{ kind: 'text', value: 'Cầu Giấy Đống Đa'.normalize('NFD') }],
      18,
    ],
    [
      'a qualified share',
      'A',
      [{ kind: 'number', value: 0.64, format: '">"0%' }],
      MIN_COLUMN_WIDTH,
    ],
    ['a long bold header', 'Chỉ tiêu / tổng số là số suy ra', [], 37],
  ])('sizes a column to its text: %s', (_name, header, cells, width) => {
    expect(columnWidth(header, cells)).toBe(width);
  });
});

describe('a figure’s workbook', () => {
  it.each(FIGURE_CASES)(
    'in %s, figure %s with %j: sheets, headers, typed cells',
    (lang, id, filters) => {
      const view = viewOf(filters, lang);
      const figure = figureOf(view, id);
      const spec = figureWorkbook(view, figure, lang);
      const names = workbookWords[lang].workbookSheets;
      expect(spec.sheets.map((sheet) => sheet.name)).toEqual([
        names.figureRows,
        names.sources,
        names.notes,
      ]);
      expectExcelSheetNames(spec);
      expectNoBrokenCells(spec);
      const [rows] = spec.sheets;
      expect(rows?.columns.map((column) => column.header)).toEqual(csvHeaders(lang));
      expect(rows?.rows.length).toBe(figure.rowCount);
      expect(rows?.rows.length).toBeGreaterThan(0);
      for (const row of rows?.rows ?? []) {
        CSV_COLUMNS.forEach((column, index) => {
          const cell = row[index]!;
          const expected = NUMBER_COLUMNS.includes(column)
            ? 'number'
            : column === 'published'
              ? 'date'
              : 'text';
          if (cell.kind !== 'empty')
            expect(`${column}: ${cell.kind}`).toBe(`${column}: ${expected}`);
          if (cell.kind === 'number' && PERCENT_COLUMNS.includes(column))
            expect(cell.format).toMatch(/^(?:"[<>≈]")?0(?:\.0+)?%$/);
          if (cell.kind === 'number' && !PERCENT_COLUMNS.includes(column))
            expect(cell.format).toMatch(/^#,##0(?:\.0+)?$/);
        });
        // Every row has its value, its chart, its source, its date and its quote.
        for (const column of ['chart', 'metric', 'value', 'source', 'quote', 'published'] as const)
          expect(row[CSV_COLUMNS.indexOf(column)]?.kind, column).not.toBe('empty');
      }
      // The sources of the figure, each once.
      expect(spec.sheets[1]?.rows.map((row) => row[0])).toEqual(
        figure.sources.map((source) => ({ kind: 'text', value: source.label })),
      );
      // Its notes: the notes of its image, every one.
      const t = wordsIn(standaloneFigureWords, lang);
      const context = buildFigureContext(view, figure, t);
      const notes = spec.sheets[2]!;
      const noteTexts = notes.rows.map(
        (row) => row[columnOf(notes, workbookWords[lang].workbookColumns.note)],
      );
      for (const note of [context.unitLine, context.filterLine, context.asOfLine, ...context.notes])
        expect(noteTexts).toContainEqual({ kind: 'text', value: note });
    },
  );

  it.each(FIGURE_CASES)(
    'in %s, figure %s with %j: the numbers, flags and formulas of its CSV, row by row',
    (lang, id, filters) => {
      const view = viewOf(filters, lang);
      const figure = figureOf(view, id);
      const csvRows = figureCsvRows(figure, lang);
      const cellRows = figureRowCells(figure, lang);
      expect(cellRows).toHaveLength(csvRows.length);
      let numbers = 0;
      csvRows.forEach((csvRow, index) => {
        const cells = cellRows[index]!;
        for (const column of CSV_COLUMNS) {
          const text = csvRow[column];
          const cell = cells[column];
          const at = `row ${index + 1}, ${column}`;
          if (text === '') {
            expect(cell, at).toEqual({ kind: 'empty' });
          } else if (cell.kind === 'number') {
            numbers += 1;
            const held = PERCENT_COLUMNS.includes(column) ? asPercent(cell.value) : cell.value;
            expect(held, at).toBe(csvNumber(text, lang));
            // A stated share's qualifier, in the number's format.
            expect(formatPrefix(cell.format), at).toBe(/^[<>≈]/.exec(text)?.[0] ?? '');
          } else if (cell.kind === 'date') {
            expect(cell.iso, at).toBe(text);
          } else {
            expect(cell, at).toEqual({ kind: 'text', value: text });
          }
        }
      });
      expect(numbers).toBeGreaterThan(0);
    },
  );

  it.each(LANGS)(
    'in %s: derived values flagged with their formula, in their row and in the notes',
    (lang) => {
      const view = viewOf({}, lang);
      const spec = figureWorkbook(view, figureOf(view, 'budget'), lang);
      const [rows, , notes] = spec.sheets;
      const yes = { kind: 'text', value: lang === 'vi' ? 'có' : 'yes' };
      const at = (column: CsvColumn) => CSV_COLUMNS.indexOf(column);
      const derived = rows!.rows.filter(
        (row) => JSON.stringify(row[at('valueDerived')]) === JSON.stringify(yes),
      );
      const derivedTargets = rows!.rows.filter(
        (row) => JSON.stringify(row[at('targetDerived')]) === JSON.stringify(yes),
      );
      // Two previous periods from stated growth, one estimate from a stated share.
      expect(derived).toHaveLength(2);
      expect(derivedTargets).toHaveLength(1);
      const formulas = [
        ...derived.map((row) => row[at('valueFormula')]),
        ...derivedTargets.map((row) => row[at('targetFormula')]),
      ];
      const noteTexts = notes!.rows.map((row) => row[3]);
      for (const formula of formulas) {
        expect(formula?.kind).toBe('text');
        if (formula?.kind !== 'text') continue;
        expect(formula.value).toMatch(/\d \/ \d/);
        expect(
          noteTexts.some((note) => note?.kind === 'text' && note.value.endsWith(formula.value)),
        ).toBe(true);
      }
      // A derived value is an estimate: held at one decimal, shown with one.
      for (const row of derived) expect(row[at('value')]).toMatchObject({ format: '#,##0.0' });
      // The article's ">64" stays a number, its qualifier in its format.
      expect(rows!.rows.map((row) => row[at('statedShare')])).toContainEqual({
        kind: 'number',
        value: 0.64,
        format: '">"0%',
      });
    },
  );

  it('is named as its CSV and image are', () => {
    const view = viewOf({ unit: 'cau-giay', year: 2024 }, 'vi');
    expect(exportFileName(view, figureOf(view, 'budget'), 'xlsx')).toBe(
      'thu-ngan-sach_cau-giay_6-thang-2024.xlsx',
    );
  });
});

describe('the view’s workbook', () => {
  const VIEWS = LANGS.flatMap((lang) =>
    ([{}, { year: 2024 }, { year: 2022 }, { unit: 'dong-da' }] as Partial<Filters>[]).map(
      (filters) => [lang, filters] as [Lang, Partial<Filters>],
    ),
  );

  it.each(VIEWS)(
    'in %s with %j: headline figures, each status with its reason',
    (lang, filters) => {
      const view = viewOf(filters, lang);
      const spec = viewWorkbook(view, lang);
      const names = workbookWords[lang].workbookSheets;
      expect(spec.sheets.map((sheet) => sheet.name)).toEqual([
        names.kpis,
        names.viewRows,
        names.sources,
        names.notes,
      ]);
      expectExcelSheetNames(spec);
      expectNoBrokenCells(spec);
      const t = messagesFor(lang);
      const kpis = sheetOf(spec, names.kpis);
      expect(kpis.rows).toHaveLength(view.kpis.length);
      expect(kpis.rows.length).toBeGreaterThan(0);
      const status = columnOf(kpis, t.statusLabel);
      const reason = columnOf(kpis, workbookWords[lang].workbookColumns.reason);
      const value = columnOf(kpis, csvHeaders(lang)[CSV_COLUMNS.indexOf('value')]!);
      const share = columnOf(kpis, csvHeaders(lang)[CSV_COLUMNS.indexOf('computedShare')]!);
      view.kpis.forEach((kpi, index) => {
        const row = kpis.rows[index]!;
        // The card's words: the status's name, its reason (and the even pace it assumes).
        expect(row[status]).toEqual({ kind: 'text', value: t.status[kpi.judgement.status] });
        expect(row[reason]).toMatchObject({ kind: 'text' });
        const said = row[reason]?.kind === 'text' ? row[reason].value : '';
        expect(said.startsWith(statusReason(kpi.judgement, kpi, t))).toBe(true);
        if (kpi.judgement.reason.kind === 'pace') expect(said.endsWith(t.evenPace)).toBe(true);
        if (kpi.value == null) expect(row[value]).toEqual({ kind: 'empty' });
        else expect(row[value]).toMatchObject({ kind: 'number' });
        if (kpi.share == null) expect(row[share]).toEqual({ kind: 'empty' });
        else
          expect(row[share]).toMatchObject({
            kind: 'number',
            value: percentAsFraction(roundTo(kpi.share, kpi.shareDecimals)),
          });
      });
      // Every chart with data, its rows as its own workbook has them.
      const rows = sheetOf(spec, names.viewRows);
      const figures = view.figures.filter((figure) => figure.hasData);
      expect(rows.rows).toEqual(
        figures.flatMap((figure) => figureWorkbook(view, figure, lang).sheets[0]!.rows),
      );
      expect(sheetOf(spec, names.sources).rows).toHaveLength(view.sources.length);
      // Notes: each chart's, and the view's own.
      const notes = sheetOf(spec, names.notes);
      const noteTexts = notes.rows.map(
        (row) => row[columnOf(notes, workbookWords[lang].workbookColumns.note)],
      );
      const words = wordsIn(standaloneFigureWords, lang);
      for (const figure of figures)
        for (const note of buildFigureContext(view, figure, words).notes)
          expect(noteTexts).toContainEqual({ kind: 'text', value: note });
      for (const note of view.notes)
        expect(noteTexts).toContainEqual({ kind: 'text', value: note.text });
    },
  );

  it.each(LANGS)(
    'in %s, for filters nothing matches: the headers alone, no broken cell',
    (lang) => {
      const view = viewOf({ unit: 'dong-da', year: 2024 }, lang);
      expect(view.isEmpty).toBe(true);
      const spec = viewWorkbook(view, lang);
      expectExcelSheetNames(spec);
      expectNoBrokenCells(spec);
      const names = workbookWords[lang].workbookSheets;
      expect(sheetOf(spec, names.kpis).rows).toEqual([]);
      expect(sheetOf(spec, names.viewRows).rows).toEqual([]);
      expect(sheetOf(spec, names.viewRows).columns.map((column) => column.header)).toEqual(
        csvHeaders(lang),
      );
    },
  );

  it('names several statuses, not one', () => {
    const view = viewOf({}, 'vi');
    expect(new Set(view.kpis.map((kpi) => kpi.judgement.status)).size).toBeGreaterThan(2);
  });

  it.each<[Partial<Filters>, string]>([
    [{ year: 2024, unit: 'cau-giay' }, 'bao-cao_cau-giay_nam-2024.xlsx'],
    [{ year: 2024 }, 'bao-cao_cac-quan_nam-2024.xlsx'],
    [{}, 'bao-cao_cac-quan_cac-ky.xlsx'],
  ])('is named for %j: %s', (filters, name) => {
    expect(reportFileName(viewOf(filters, 'vi'), 'xlsx')).toBe(name);
  });
});

/** An observation as the import gives it back: a target of null is no target. */
function comparable(obs: Observation) {
  const { target, ...rest } = obs;
  return target == null ? rest : { ...rest, target };
}

describe('the dataset’s workbook', () => {
  it('holds every observation, typed, in the dataset CSV’s Vietnamese columns', () => {
    const spec = datasetWorkbook(dataset);
    expect(spec.sheets.map((sheet) => sheet.name)).toEqual([
      DATASET_SHEETS.figures,
      DATASET_SHEETS.sources,
      DATASET_SHEETS.notes,
    ]);
    expectExcelSheetNames(spec);
    expectNoBrokenCells(spec);
    const [figures] = spec.sheets;
    expect(figures?.columns.map((column) => column.header)).toEqual([...DATASET_CSV_COLUMNS]);
    const cell = (row: CellSpec[], column: (typeof DATASET_CSV_COLUMNS)[number]) =>
      row[DATASET_CSV_COLUMNS.indexOf(column)];
    const periods = new Map(dataset.periods.map((period) => [period.id, period]));
    expect(figures?.rows).toHaveLength(dataset.observations.length);
    dataset.observations.forEach((obs, index) => {
      const row = figures!.rows[index]!;
      const period = periods.get(obs.period)!;
      expect(cell(row, 'Mã số liệu')).toEqual({ kind: 'text', value: obs.id });
      expect(cell(row, 'Giá trị')).toEqual(
        obs.value == null
          ? { kind: 'empty' }
          : expect.objectContaining({ kind: 'number', value: obs.value }),
      );
      expect(cell(row, 'Chỉ tiêu / tổng số')).toEqual(
        obs.target == null
          ? { kind: 'empty' }
          : expect.objectContaining({ kind: 'number', value: obs.target }),
      );
      expect(cell(row, 'Đến ngày')).toEqual({ kind: 'date', iso: period.end });
      expect(cell(row, 'Năm')).toEqual({ kind: 'number', value: period.year, format: '0' });
      expect(cell(row, 'Trích dẫn')).toEqual({ kind: 'text', value: obs.quote });
      const share = cell(row, 'Tỷ lệ bài viết nêu (%)');
      if (!obs.statedShare) expect(share).toEqual({ kind: 'empty' });
      else if (obs.statedShare.qualifier === 'exact')
        expect(share).toMatchObject({
          kind: 'number',
          value: percentAsFraction(obs.statedShare.percent),
        });
      // A qualified share as the CSV writes it, which the import reads back with its qualifier.
      else expect(share).toEqual({ kind: 'text', value: '>64' });
      const growth = cell(row, 'Tăng so với cùng kỳ (%)');
      if (obs.statedGrowth)
        expect(growth).toMatchObject({
          kind: 'number',
          value: percentAsFraction(obs.statedGrowth.percent),
        });
      else expect(growth).toEqual({ kind: 'empty' });
    });
    expect(spec.sheets[1]?.rows).toHaveLength(dataset.sources.length);
    expect(spec.sheets[2]?.rows).toHaveLength(dataset.notes.length);
  });
});

/** The bundled dataset with text a spreadsheet would run as a formula, were it not held as text. */
const FORMULA_TEXT = '=HYPERLINK("x")';
const withFormulaText: Dataset = {
  ...dataset,
  observations: dataset.observations.map((obs) =>
    obs.id === 'cg-budget-2024-h1' ? { ...obs, quote: FORMULA_TEXT } : obs,
  ),
  sources: dataset.sources.map((source) =>
    source.id === 'a001' ? { ...source, title: '@SUM(1;2)' } : source,
  ),
};

async function bytesOf(spec: WorkbookSpec): Promise<Uint8Array> {
  return new Uint8Array(await (await workbookBlob(spec)).arrayBuffer());
}

/** The sheets' XML, by sheet name, from the workbook's own list of them. */
function sheetXml(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const xml = new Map<string, string>();
  for (const [sheet] of workbook.matchAll(/<sheet [^>]*>/g)) {
    const attribute = (key: string) => new RegExp(` ${key}="([^"]*)"`).exec(sheet)?.[1] ?? '';
    const target = new RegExp(`Id="${attribute('r:id')}"[^>]*Target="([^"]*)"`).exec(rels)?.[1];
    xml.set(
      attribute('name').replace(/&amp;/g, '&'),
      strFromU8(files[`xl/${(target ?? '').replace(/^\/?xl\//, '')}`]!),
    );
  }
  return xml;
}

/** A workbook written to bytes and read back by SheetJS, cell by cell against its spec. */
function expectReadBack(spec: WorkbookSpec, book: WorkBook) {
  expect(book.SheetNames).toEqual(spec.sheets.map((sheet) => sheet.name));
  for (const sheet of spec.sheets) {
    const read = book.Sheets[sheet.name]!;
    const at = (r: number, c: number) =>
      read[utils.encode_cell({ r, c })] as CellObject | undefined;
    sheet.columns.forEach((column, c) => expect(at(0, c)?.v).toBe(column.header));
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = at(r + 1, c);
        const where = `${sheet.name}!${r + 2}:${c + 1}`;
        switch (cell.kind) {
          case 'empty':
            expect(got, where).toBeUndefined();
            break;
          case 'text':
            expect(got, where).toMatchObject({ t: 's', v: cell.value });
            expect(got?.f, where).toBeUndefined();
            break;
          case 'number':
            expect(got, where).toMatchObject({ t: 'n', v: cell.value, z: cell.format });
            break;
          case 'date': {
            expect(got?.t, where).toBe('d');
            const day = new Date((got?.v as Date).getTime() + 1000).toISOString().slice(0, 10);
            expect(day, where).toBe(dateOfCell(cell.iso).date.toISOString().slice(0, 10));
            expect(got?.z, where).toBe(dateOfCell(cell.iso).format);
            break;
          }
        }
      }),
    );
  }
}

describe('the .xlsx files', () => {
  const view = viewOf({}, 'vi', withFormulaText);
  const cases: [string, WorkbookSpec][] = [
    ['a figure’s, in Vietnamese', figureWorkbook(view, figureOf(view, 'budget'), 'vi')],
    [
      'a figure’s, in English',
      (() => {
        const english = viewOf({ year: 2022 }, 'en', withFormulaText);
        return figureWorkbook(english, figureOf(english, 'schools'), 'en');
      })(),
    ],
    ['the view’s', viewWorkbook(view, 'vi')],
    ['the dataset’s', datasetWorkbook(withFormulaText)],
  ];

  it.each(cases)('%s: read back cell for cell, typed as written', async (_name, spec) => {
    const book = read(await bytesOf(spec), { type: 'array', cellDates: true, cellNF: true });
    expectReadBack(spec, book);
  });

  it.each(cases)('%s: header frozen, widths set, Arial, formulas none', async (_name, spec) => {
    const bytes = await bytesOf(spec);
    const xml = sheetXml(bytes);
    expect([...xml.keys()]).toEqual(spec.sheets.map((sheet) => sheet.name));
    for (const sheet of spec.sheets) {
      const text = xml.get(sheet.name) ?? '';
      expect(text).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      const widths = [...text.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((match) =>
        Number(match[1]),
      );
      expect(widths).toEqual(sheet.columns.map((column) => column.width));
      // No cell is a formula: text that starts with "=" is a string.
      expect(text).not.toMatch(/<f[ >]/);
    }
    const styles = strFromU8(unzipSync(bytes)['xl/styles.xml']!);
    const fonts = [...styles.matchAll(/<name val="([^"]*)"/g)].map((match) => match[1]);
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts)).toEqual(new Set(['Arial']));
  });

  it('keeps text a spreadsheet would run as a formula a string, in every workbook', async () => {
    // The English figure cites another article: the other three hold both texts.
    for (const [name, spec] of cases.filter(([name]) => !name.includes('English'))) {
      const book = read(await bytesOf(spec), { type: 'array', cellDates: true });
      const cells = Object.values(book.Sheets).flatMap((sheet) =>
        Object.entries(sheet)
          .filter(([key]) => !key.startsWith('!'))
          .map(([, cell]) => cell as CellObject),
      );
      for (const text of [FORMULA_TEXT, '@SUM(1;2)']) {
        const held = cells.filter((cell) => cell.v === text);
        expect(held.length, `${name}: ${text}`).toBeGreaterThan(0);
        for (const cell of held) {
          expect(cell.t, `${name}: ${text}`).toBe('s');
          expect(cell.f, `${name}: ${text}`).toBeUndefined();
        }
      }
    }
  });
});

describe('the dataset’s workbook read back by the import', () => {
  it.each<[string, Dataset]>([
    ['onto the dataset it was written from', withFormulaText],
    [
      'onto one with no periods or sources, which the file defines',
      { ...dataset, periods: [], sources: [] },
    ],
  ])('gives the same observations, %s', async (_name, base) => {
    const read = await readWorkbook(await bytesOf(datasetWorkbook(withFormulaText)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.sheet?.name).toBe(DATASET_SHEETS.figures);
    const result = readDatasetTable(read.table, base);
    expect(result.ok ? [] : result.problems).toEqual([]);
    // Every number and date was held as one: nothing for the reader to decide.
    expect(result.info?.numbers).toMatchObject({ ok: true, ambiguous: [] });
    if (!result.ok) return;
    expect(result.dataset.observations.map(comparable)).toEqual(
      withFormulaText.observations.map(comparable),
    );
    // The periods and sources the rows spell out, with their dates.
    for (const period of result.dataset.periods) {
      const truth = dataset.periods.find((each) => each.id === period.id);
      expect([period.year, period.start, period.end]).toEqual([
        truth?.year,
        truth?.start,
        truth?.end,
      ]);
    }
    for (const source of result.dataset.sources) {
      const truth = withFormulaText.sources.find((each) => each.id === source.id);
      expect([source.title, source.date, source.file]).toEqual([
        truth?.title,
        truth?.date,
        truth?.file,
      ]);
    }
  });
});
