import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { ALL_FILTERS, type Filters, type Lang } from '../../src/domain/url-state';
import {
  buildDashboardView,
  DERIVED_DECIMALS,
  type DashboardView,
  type FigureView,
} from '../../src/domain/view-model';
import { SHARE_DECIMALS, withCommonShareDecimals } from '../../src/domain/view/share-precision';
import { roundTo, workbookBlob, type WorkbookSpec } from '../../src/domain/workbook';
import { CSV_COLUMNS, csvHeaders } from '../../src/features/export/csv';
import { figureWorkbook, viewWorkbook } from '../../src/features/export/workbook';
import { workbookWords } from '../../src/features/export/workbook-words';
import { messagesFor } from '../../src/i18n';
import { bundledDataset } from '../fixtures/dataset';
import { hasLibreOffice } from '../support/libreoffice';
import { sheetsAsCsv } from '../support/libreoffice-convert';

/**
 * The workbooks as real office software opens them: LibreOffice reads each file and saves every
 * sheet as CSV, once with the values the cells hold and once as it shows them. The numbers it
 * holds are the view model's, the formats show what the screen shows, and the dataset's text
 * comes back as text.
 */

/** Text a spreadsheet would run as a formula, were it not held as text. */
const FORMULA_TEXT = '=HYPERLINK("x")';
const bundled = bundledDataset();
const dataset: Dataset = {
  ...bundled,
  observations: bundled.observations.map((obs) =>
    obs.id === 'cg-budget-2024-h1' ? { ...obs, quote: FORMULA_TEXT } : obs,
  ),
};

const viewOf = (filters: Partial<Filters>, lang: Lang) =>
  buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, lang);

/** A cell of LibreOffice's CSV as a number: `12455.236`, `63.9%` (0.639), `` (none). */
function officeNumber(text: string | undefined): number | null {
  if (text == null || text.trim() === '') return null;
  const clean = text.replace(/,/g, '').trim();
  if (clean.endsWith('%'))
    return Number.parseFloat((Number(clean.slice(0, -1)) / 100).toPrecision(12));
  return Number(clean);
}

const fraction = (percent: number | null) =>
  percent == null ? null : Number.parseFloat((percent / 100).toPrecision(12));

function rowsOf(csv: string | undefined): string[][] {
  if (csv == null) throw new Error('no such sheet');
  return Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: false }).data;
}

/**
 * A figure's numbers as the view model holds them, rounded as the screen shows them: per row,
 * value, target (or total) and share.
 */
function viewModelNumbers(figure: FigureView): (number | null)[][] {
  return figure.panels.flatMap((panel) => {
    if (panel.kind === 'amount')
      return withCommonShareDecimals(panel.rows).map((row) => [
        row.value == null
          ? null
          : roundTo(row.value, row.valueDerived ? DERIVED_DECIMALS : panel.decimals),
        row.target == null
          ? null
          : roundTo(row.target, row.targetDerived ? DERIVED_DECIMALS : panel.decimals),
        fraction(row.share == null ? null : roundTo(row.share, row.shareDecimals)),
      ]);
    if (panel.kind === 'count')
      return panel.rows.map((row) => [
        row.value == null ? null : roundTo(row.value, row.valueDerived ? DERIVED_DECIMALS : 0),
        row.total,
        fraction(row.share == null ? null : roundTo(row.share, SHARE_DECIMALS)),
      ]);
    return panel.rows.map((row) => [row.value, null, null]);
  });
}

async function bytesOf(spec: WorkbookSpec): Promise<Uint8Array> {
  return new Uint8Array(await (await workbookBlob(spec)).arrayBuffer());
}

interface Opened {
  name: string;
  lang: Lang;
  view: DashboardView;
  /** The figures whose rows it holds. */
  figures: FigureView[];
  spec: WorkbookSpec;
  values: Map<string, string>;
  shown: Map<string, string>;
}

// Where LibreOffice is installed (CI installs it: .ci/run, scripts/ensure-tools.mjs) these tests
// run; on a machine without it they are skipped, but never under CI, where a missing LibreOffice
// fails them with the command that installs it.
const runs = hasLibreOffice() || process.env.CI === 'true';

describe.skipIf(!runs)('workbooks opened by LibreOffice', () => {
  const opened: Opened[] = [];

  beforeAll(async () => {
    const made = (
      [
        ['the view, in Vietnamese', 'vi', {}, null],
        ['the view of 2024, in English', 'en', { year: 2024 }, null],
        ['the budget figure, in Vietnamese', 'vi', {}, 'budget'],
        ['the schools figure, in English', 'en', {}, 'schools'],
      ] as const
    ).map(([name, lang, filters, figureId]) => {
      const view = viewOf(filters, lang);
      const figure = view.figures.find((each) => each.id === figureId);
      const spec = figure ? figureWorkbook(view, figure, lang) : viewWorkbook(view, lang);
      const figures = figure ? [figure] : view.figures.filter((each) => each.hasData);
      return { name, lang, view, figures, spec };
    });
    const bytes = await Promise.all(made.map(({ spec }) => bytesOf(spec)));
    const values = sheetsAsCsv(bytes, { shown: false });
    const shown = sheetsAsCsv(bytes, { shown: true });
    made.forEach((each, index) =>
      opened.push({ ...each, values: values[index]!, shown: shown[index]! }),
    );
  }, 240_000);

  it('opens every sheet of every workbook, headers in the file’s language', () => {
    expect(opened).toHaveLength(4);
    for (const { name, spec, values } of opened) {
      expect([...values.keys()].sort(), name).toEqual(
        spec.sheets.map((sheet) => sheet.name).sort(),
      );
      for (const sheet of spec.sheets)
        expect(rowsOf(values.get(sheet.name))[0], `${name}: ${sheet.name}`).toEqual(
          sheet.columns.map((column) => column.header),
        );
    }
  });

  it('holds the view model’s numbers in every chart row', () => {
    for (const { name, lang, figures, spec, values } of opened) {
      const words = workbookWords[lang].workbookSheets;
      const isView = spec.sheets[0]?.name === words.kpis;
      expect(figures.length, name).toBeGreaterThan(0);
      const expected = figures.flatMap(viewModelNumbers);
      const [header, ...rows] = rowsOf(values.get(isView ? words.viewRows : words.figureRows));
      const headers = csvHeaders(lang);
      expect(header).toEqual(headers);
      const at = (column: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(column);
      const held = rows.map((row) => [
        officeNumber(row[at('value')]),
        officeNumber(row[at('target')]),
        officeNumber(row[at('computedShare')]),
      ]);
      expect(held, name).toEqual(expected);
      expect(held.flat().filter((number) => number != null).length, name).toBeGreaterThan(0);
      // Each row's chart named as the view names it, Vietnamese marks and all.
      expect(
        rows.map((row) => row[at('chart')]),
        name,
      ).toEqual(
        figures.flatMap((figure) =>
          Array<string>(viewModelNumbers(figure).length).fill(figure.title),
        ),
      );
    }
  });

  it('holds each headline figure’s value, target and share, and says its status', () => {
    for (const { name, lang, view, spec, values } of opened) {
      const sheet = spec.sheets.find(
        (each) => each.name === workbookWords[lang].workbookSheets.kpis,
      );
      if (!sheet) continue;
      const headers = sheet.columns.map((column) => column.header);
      const csv = csvHeaders(lang);
      const column = (header: string | undefined) => headers.indexOf(header ?? '');
      const [, ...rows] = rowsOf(values.get(sheet.name));
      expect(rows, name).toHaveLength(view.kpis.length);
      const t = messagesFor(lang);
      view.kpis.forEach((kpi, index) => {
        const row = rows[index]!;
        const decimals = (derived: unknown) => (derived ? DERIVED_DECIMALS : kpi.decimals);
        expect(officeNumber(row[column(csv[CSV_COLUMNS.indexOf('value')])])).toBe(
          kpi.value == null ? null : roundTo(kpi.value, decimals(kpi.valueDerived)),
        );
        expect(officeNumber(row[column(csv[CSV_COLUMNS.indexOf('target')])])).toBe(
          kpi.target == null ? null : roundTo(kpi.target, decimals(kpi.targetDerived)),
        );
        expect(officeNumber(row[column(csv[CSV_COLUMNS.indexOf('computedShare')])])).toBe(
          fraction(kpi.share == null ? null : roundTo(kpi.share, kpi.shareDecimals)),
        );
        expect(row[column(t.statusLabel)]).toBe(t.status[kpi.judgement.status]);
      });
    }
  });

  it('shows shares, qualifiers, decimals and dates as the screen writes them', () => {
    const budget = opened.find(({ name }) => name.includes('budget'))!;
    const [, ...rows] = rowsOf(budget.shown.get(workbookWords.vi.workbookSheets.figureRows));
    const at = (column: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(column);
    const cauGiay2024 = rows.find((row) => row[at('period')]?.includes('2024'));
    // LibreOffice shows the numbers in its own locale (here en-US): the file holds no marks.
    expect(cauGiay2024?.[at('value')]).toBe('12,455.236');
    expect(cauGiay2024?.[at('target')]).toBe('19,492.8');
    expect(cauGiay2024?.[at('computedShare')]).toBe('63.90%');
    // The article's "hơn 64%": a number, its qualifier shown by its format.
    expect(cauGiay2024?.[at('statedShare')]).toBe('>64%');
    expect(cauGiay2024?.[at('published')]).toBe('27/06/2024');
    // A derived value at one decimal; a date the article gives as a month, as a month.
    const dongDa2022 = rows.find((row) => row[at('period')]?.includes('2022'));
    expect(dongDa2022?.[at('target')]).toBe('12,683.3');
    expect(dongDa2022?.[at('published')]).toBe('10/2022');
    // Text that would be a formula is shown as written: never run (it would show "x").
    expect(cauGiay2024?.[at('quote')]).toBe(FORMULA_TEXT);
  });
});
