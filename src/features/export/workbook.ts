/**
 * Excel workbooks (`.xlsx`) beside the CSVs: a figure's numbers, and the whole view (its headline
 * figures, every chart's numbers, sources and notes). The same rows, the same columns and the
 * same words as the figure's CSV (csv.ts, words.ts), from the same view model, but typed: a value
 * is a number, rounded to its panel's decimals as the CSV rounds it; a share a fraction shown
 * `0.00%`; a date a date shown dd/mm/yyyy. Excel then writes the marks of the reader's own
 * locale, where the CSV has to choose one (domain/workbook.ts).
 */
import { assumesEvenPace, statusReason } from '../../charts/status-words';
import { buildFigureContext } from '../../charts/figure-context';
import { saveBlob } from '../../components/save-file';
import { STATED_SHARE_SIGN, formatDate } from '../../domain/format';
import { decimalsOf } from '../../domain/metrics';
import type { StatedShare } from '../../domain/schema';
import type { Lang } from '../../domain/url-state';
import {
  type DashboardView,
  type FigureView,
  type KpiView,
  type SourceRef,
  type SourceView,
} from '../../domain/view-model';
import {
  dateCell,
  decimalFormat,
  EMPTY_CELL,
  numberCell,
  percentAsFraction,
  percentFormat,
  roundTo,
  sheetSpec,
  textCell,
  workbookBlob,
  workbookSpec,
  YEAR_FORMAT,
  type CellSpec,
  type SheetSpec,
  type WorkbookSpec,
} from '../../domain/workbook';
import { filterCaption } from '../../i18n/captions';
import { sourcesWords } from '../../i18n/sources-words';
import { standaloneFigureWords } from '../../i18n/standalone-figure-words';
import { joinWords, wordsIn, type WordsOf } from '../../i18n/words';
import { CSV_COLUMNS, type CsvColumn } from './csv';
import { exportFileName, reportFileName } from './file-name';
import { figureRows, shownValue, type ShownValue } from './figure-rows';
import { workbookWords } from './workbook-words';
import { csvWords } from './words';

/**
 * Every word a workbook says, in one language: the page's (statuses and their reasons), a
 * standalone chart's (its notes), the sources', the CSV's columns and the workbook's own, all
 * from one group, so that they are all in one language (all Vietnamese, as the page is, while
 * English is still loading).
 */
const allWorkbookWords = joinWords(
  joinWords(standaloneFigureWords, sourcesWords),
  joinWords(csvWords, workbookWords),
);
type WorkbookWords = WordsOf<typeof allWorkbookWords>;
const wordsFor = (lang: Lang): WorkbookWords => wordsIn(allWorkbookWords, lang);

/** A figure CSV's row, each cell typed. */
export type FigureRowCells = Record<CsvColumn, CellSpec>;

/** The article's share, with the article's digits and its qualifier: `>64%`, `69,35%`. */
function statedShareCell(stated: StatedShare | null): CellSpec {
  if (!stated) return EMPTY_CELL;
  const decimals = stated.decimals ?? decimalsOf(stated.percent);
  return numberCell(
    percentAsFraction(stated.percent),
    percentFormat(decimals, STATED_SHARE_SIGN[stated.qualifier]),
  );
}

/** A computed share at its table's one precision, held as the fraction shown: 63,90%. */
function shareCell(share: number | null, decimals: number): CellSpec {
  return share == null
    ? EMPTY_CELL
    : numberCell(percentAsFraction(roundTo(share, decimals)), percentFormat(decimals));
}

/**
 * A value, its flag and its formula, as the CSV writes them; held rounded as it is shown (a
 * derived value to one decimal), and shown with the digits it has, as the screen and the CSV show
 * it: 19.492,8, not 19.492,800, which would claim two digits the article never printed. A stated
 * share keeps its qualifier in its number format (`">"0%`): a number that sorts and sums, read
 * ">64%" as the article put it, the CSV's columns kept one for one.
 */
function valueCells(
  shown: ShownValue | null,
  t: WorkbookWords,
): [value: CellSpec, derived: CellSpec, formula: CellSpec] {
  if (shown == null) return [EMPTY_CELL, EMPTY_CELL, EMPTY_CELL];
  const rounded = roundTo(shown.value, shown.decimals);
  return [
    numberCell(rounded, decimalFormat(decimalsOf(rounded))),
    textCell(shown.derived ? t.csvYes : t.csvNo),
    textCell(shown.derived?.formula),
  ];
}

const sourceCells = (source: SourceRef) => ({
  source: textCell(source.label),
  published: dateCell(source.date),
  sourceFile: textCell(source.file),
});

/**
 * A figure's rows as its CSV has them (`figureCsvRows`), typed: one per data point drawn, with
 * its unit, period, source and which of its values is derived.
 */
export function figureRowCells(figure: FigureView, lang: Lang): FigureRowCells[] {
  return rowCells(figure, wordsFor(lang));
}

function rowCells(figure: FigureView, t: WorkbookWords): FigureRowCells[] {
  return figureRows(figure).map((row) => {
    const [value, valueDerived, valueFormula] = valueCells(row.value, t);
    const [target, targetDerived, targetFormula] = valueCells(row.target, t);
    return {
      chart: textCell(row.chart),
      metric: textCell(row.metric),
      unit: textCell(row.unit),
      period: textCell(row.period),
      topic: textCell(row.topic),
      value,
      target,
      unitLabel: textCell(row.unitLabel),
      computedShare: row.share ? shareCell(row.share.value, row.share.decimals) : EMPTY_CELL,
      statedShare: statedShareCell(row.statedShare),
      valueDerived,
      valueFormula,
      targetDerived,
      targetFormula,
      ...sourceCells(row.source),
      quote: textCell(row.quote),
    };
  });
}

/** The sheet of figures' rows, with the CSV's headers in the workbook's language. */
function rowsSheet(name: string, rows: readonly FigureRowCells[], t: WorkbookWords): SheetSpec {
  return sheetSpec(
    name,
    CSV_COLUMNS.map((column) => t.csvColumns[column]),
    rows.map((row) => CSV_COLUMNS.map((column) => row[column])),
  );
}

/** A row of a notes sheet: a note, and what it is about. */
interface NoteCells {
  chart: CellSpec;
  unit: CellSpec;
  period: CellSpec;
  year: CellSpec;
  topic: CellSpec;
  note: CellSpec;
  source: CellSpec;
}

type NoteColumn = keyof NoteCells;

const noteRow = (cells: Partial<NoteCells>): NoteCells => ({
  chart: EMPTY_CELL,
  unit: EMPTY_CELL,
  period: EMPTY_CELL,
  year: EMPTY_CELL,
  topic: EMPTY_CELL,
  note: EMPTY_CELL,
  source: EMPTY_CELL,
  ...cells,
});

function notesSheet(
  columns: readonly NoteColumn[],
  rows: readonly NoteCells[],
  t: WorkbookWords,
): SheetSpec {
  const headers: Record<NoteColumn, string> = {
    chart: t.csvColumns.chart,
    unit: t.csvColumns.unit,
    period: t.csvColumns.period,
    year: t.workbookColumns.year,
    topic: t.csvColumns.topic,
    note: t.workbookColumns.note,
    source: t.csvColumns.source,
  };
  return sheetSpec(
    t.workbookSheets.notes,
    columns.map((column) => headers[column]),
    rows.map((row) => columns.map((column) => row[column])),
  );
}

/**
 * A figure's notes: what its image carries under it (its unit, and for a figure alone the
 * filters and the "as of" date; the warnings of its charts, charts/figure-context.ts), then the
 * formula of each derived value, by its district and period.
 */
function figureNotes(
  view: DashboardView,
  figure: FigureView,
  rows: readonly FigureRowCells[],
  t: WorkbookWords,
  alone: boolean,
): NoteCells[] {
  const context = buildFigureContext(view, figure, t);
  const chart = textCell(figure.title);
  const lines = [
    context.unitLine,
    ...(alone ? [context.filterLine, context.asOfLine] : []),
    ...context.notes,
  ];
  const formulas = rows.flatMap((row) =>
    (
      [
        [t.csvColumns.valueFormula, row.valueFormula],
        [t.csvColumns.targetFormula, row.targetFormula],
      ] as const
    ).flatMap(([name, formula]) =>
      formula.kind === 'text'
        ? [
            noteRow({
              chart,
              unit: row.unit,
              period: row.period,
              note: textCell(`${name}: ${formula.value}`),
            }),
          ]
        : [],
    ),
  );
  return [...lines.map((line) => noteRow({ chart, note: textCell(line) })), ...formulas];
}

/** The sources sheet: each article's headline (or our description of it), its details. */
function sourcesSheet(
  view: DashboardView,
  sources: readonly SourceRef[],
  t: WorkbookWords,
): SheetSpec {
  const details = new Map(view.sources.map((source) => [source.id, source]));
  const rows = sources.map((ref) => {
    const source: Partial<SourceView> & SourceRef = details.get(ref.id) ?? ref;
    const note = [source.isDescription ? t.untitled : null, source.note]
      .filter((text) => text)
      .join('. ');
    return [
      textCell(source.label),
      textCell(source.publisher),
      textCell(source.author),
      dateCell(source.date),
      textCell(source.file),
      numberCell(source.figureCount, decimalFormat(0)),
      textCell(note),
    ];
  });
  return sheetSpec(
    t.workbookSheets.sources,
    [
      t.csvColumns.source,
      t.publisher,
      t.author,
      t.csvColumns.published,
      t.csvColumns.sourceFile,
      t.figuresCitedLabel,
      t.workbookColumns.note,
    ],
    rows,
  );
}

/** A figure's workbook: its rows, its sources, its notes. */
export function figureWorkbook(view: DashboardView, figure: FigureView, lang: Lang): WorkbookSpec {
  const t = wordsFor(lang);
  const rows = rowCells(figure, t);
  return workbookSpec([
    rowsSheet(t.workbookSheets.figureRows, rows, t),
    sourcesSheet(view, figure.sources, t),
    notesSheet(['chart', 'unit', 'period', 'note'], figureNotes(view, figure, rows, t, true), t),
  ]);
}

/** The headline figures as the cards say them: each status in the card's words, with its reason. */
function kpiSheet(kpis: readonly KpiView[], t: WorkbookWords): SheetSpec {
  const headers = [
    t.csvColumns.metric,
    t.csvColumns.unit,
    t.csvColumns.period,
    t.csvColumns.value,
    t.csvColumns.unitLabel,
    t.csvColumns.target,
    t.workbookColumns.targetName,
    t.csvColumns.computedShare,
    t.csvColumns.statedShare,
    t.statusLabel,
    t.workbookColumns.reason,
    t.csvColumns.valueDerived,
    t.csvColumns.valueFormula,
    t.csvColumns.targetDerived,
    t.csvColumns.targetFormula,
    t.csvColumns.source,
    t.csvColumns.published,
  ];
  const rows = kpis.map((kpi) => {
    const [value, valueDerived, valueFormula] = valueCells(
      shownValue(kpi.value, kpi.decimals, kpi.valueDerived),
      t,
    );
    const [target, targetDerived, targetFormula] = valueCells(
      shownValue(kpi.target, kpi.decimals, kpi.targetDerived),
      t,
    );
    // The reason as the card words it, with the card's precision for its share: the sheet says
    // what each card says, so a share is written as precisely as its own card writes it.
    const reason = statusReason(kpi.judgement, kpi, t);
    return [
      textCell(kpi.metricName),
      textCell(kpi.unitInferred ? `${kpi.unitName} (${t.inferredBadge})` : kpi.unitName),
      textCell(kpi.periodLabel),
      value,
      textCell(kpi.unitLabel),
      target,
      textCell(kpi.targetName),
      shareCell(kpi.share, kpi.shareDecimals),
      statedShareCell(kpi.statedShare),
      textCell(t.status[kpi.judgement.status]),
      textCell(assumesEvenPace(kpi.judgement) ? `${reason} ${t.evenPace}` : reason),
      valueDerived,
      valueFormula,
      targetDerived,
      targetFormula,
      textCell(kpi.source.label),
      dateCell(kpi.source.date),
    ];
  });
  return sheetSpec(t.workbookSheets.kpis, headers, rows);
}

/**
 * The whole view: its headline figures with their statuses and reasons, the rows of every chart
 * that has data, its sources, and its notes (the filters and date, each chart's notes and
 * formulas, the view's own qualitative notes).
 */
export function viewWorkbook(view: DashboardView, lang: Lang): WorkbookSpec {
  const t = wordsFor(lang);
  const figures = view.figures.filter((figure) => figure.hasData);
  const rowsOf = figures.map((figure) => ({ figure, rows: rowCells(figure, t) }));
  const notes = [
    noteRow({ note: textCell(filterCaption(view, t)) }),
    noteRow({ note: textCell(t.asOf(formatDate(view.asOf, t.notStated))) }),
    ...rowsOf.flatMap(({ figure, rows }) => figureNotes(view, figure, rows, t, false)),
    ...view.notes.map((note) =>
      noteRow({
        unit: textCell(note.unitName),
        year: numberCell(note.year, YEAR_FORMAT),
        topic: textCell(note.topicName),
        note: textCell(note.text),
        source: textCell(note.source.label),
      }),
    ),
  ];
  return workbookSpec([
    kpiSheet(view.kpis, t),
    rowsSheet(
      t.workbookSheets.viewRows,
      rowsOf.flatMap(({ rows }) => rows),
      t,
    ),
    sourcesSheet(view, view.sources, t),
    notesSheet(['chart', 'unit', 'period', 'year', 'topic', 'note', 'source'], notes, t),
  ]);
}

/** Saves a figure's workbook; returns the file's name. */
export async function downloadFigureXlsx(
  view: DashboardView,
  figure: FigureView,
  lang: Lang,
): Promise<string> {
  const name = exportFileName(view, figure, 'xlsx');
  saveBlob(await workbookBlob(figureWorkbook(view, figure, lang)), name);
  return name;
}

/** Saves the whole view's workbook; returns the file's name. */
export async function downloadViewXlsx(view: DashboardView, lang: Lang): Promise<string> {
  const name = reportFileName(view, 'xlsx');
  saveBlob(await workbookBlob(viewWorkbook(view, lang)), name);
  return name;
}
