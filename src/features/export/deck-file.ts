import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import type { Lang } from '../../domain/url-state';
import { EMPTY_CELL, workbookBlob, type CellSpec, type SheetSpec } from '../../domain/workbook';
import type { DeckChart } from './deck-charts';
import { patchChartXml, patchNotesXml } from './deck-chart-xml';
import { decimalsOf } from '../../domain/metrics';
import { COLOURS, DECK_FONT, LINE, TYPE } from './deck-geometry';
import { COLUMN_GAP_PERCENT } from './deck-charts';
import type { DeckElement } from './deck-blocks';
import type { DeckPlan } from './deck-plan';

/**
 * Writes a planned deck (deck-plan.ts) as a PowerPoint file. pptxgenjs, loaded only here, writes
 * the slides, their text and shapes, and a native chart for each chart, with its data in an
 * embedded workbook; then three things it cannot do are done to its parts (deck-chart-xml.ts):
 * each point's label in the deck's language and a derived value's lighter fill; notes as
 * paragraphs; and each chart's embedded sheet written by the workbook writer (domain/workbook.ts),
 * where a missing value is an empty cell (pptxgenjs writes it as 0, which an edit in PowerPoint
 * would then draw as a zero bar).
 */
const LANG_TAGS: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

export async function deckBytes(plan: DeckPlan, lang: Lang): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  const tag = LANG_TAGS[lang];
  pptx.defineLayout({ name: `DECK_${plan.shape}`, width: plan.size.w, height: plan.size.h });
  pptx.layout = `DECK_${plan.shape}`;
  pptx.title = plan.title;
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const charts: DeckChart[] = [];
  for (const slide of plan.slides) {
    const page = pptx.addSlide();
    for (const element of slide.elements) addElement(pptx, page, element, tag, charts);
    if (slide.notes.length > 0) page.addNotes(slide.notes.join('\n'));
  }
  await pause();
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  await pause();
  return patchParts(written, plan, charts, tag);
}

function addElement(
  pptx: PptxGenJS,
  page: PptxGenJS.Slide,
  element: DeckElement,
  lang: string,
  charts: DeckChart[],
): void {
  const { x, y, w, h } = element.box;
  if (element.kind === 'rect') {
    page.addShape(pptx.ShapeType.rect, {
      x,
      y,
      w,
      h,
      fill: { color: element.fill },
      line: element.line ? { color: element.line, width: 0.75 } : { type: 'none' },
    });
    return;
  }
  if (element.kind === 'text') {
    const runs: PptxGenJS.TextProps[] = [];
    element.paragraphs.forEach((paragraph, index) => {
      paragraph.runs.forEach((run, runIndex) => {
        const last = runIndex === paragraph.runs.length - 1;
        runs.push({
          text: run.text,
          options: {
            fontSize: run.pt ?? paragraph.pt,
            bold: run.bold ?? false,
            color: run.colour,
            lang,
            // The paragraph ends after its last run, except the text's last paragraph.
            breakLine: last && index < element.paragraphs.length - 1,
            lineSpacingMultiple: LINE / 1.2,
          },
        });
      });
    });
    page.addText(runs, {
      x,
      y,
      w,
      h,
      margin: 0,
      valign: 'top',
      fontFace: DECK_FONT,
      fit: 'none',
      wrap: true,
      paraSpaceBefore: 0,
      paraSpaceAfter: 0,
    });
    return;
  }
  const chart = asDrawn(element.chart);
  charts.push(chart);
  const data = chart.series.map((series) => ({
    name: series.name,
    labels: chart.categories,
    // A missing value stays missing (pptxgenjs writes it as an empty point, dropped after), not 0.
    values: series.values as number[],
  }));
  // As many decimals as the step has (0.25 keeps two), no thousands mark: "20000" and "0.25"
  // read alike in both languages, where "#,##0" would take the computer's marks.
  const decimals = decimalsOf(chart.axis.step);
  page.addChart(pptx.ChartType.bar, data, {
    x,
    y,
    w,
    h,
    barDir: chart.direction === 'column' ? 'col' : 'bar',
    barGrouping: 'clustered',
    // A count's part met over its total (deck-charts.ts).
    barOverlapPct: chart.overlap ? 100 : 0,
    barGapWidthPct: chart.direction === 'column' ? COLUMN_GAP_PERCENT : 40,
    // One colour a series: a point's own (a topic's) is added after (deck-chart-xml.ts), where
    // pptxgenjs, given several for one series, would write its own points out of order.
    chartColors: chart.series.map((series) => series.colour),
    showLegend: chart.showLegend,
    legendPos: 't',
    legendFontFace: DECK_FONT,
    legendFontSize: TYPE.chartLegend,
    legendColor: COLOURS.ink,
    showValue: true,
    dataLabelFontFace: DECK_FONT,
    dataLabelFontSize: TYPE.chartLabel,
    dataLabelColor: COLOURS.ink,
    catAxisLabelFontFace: DECK_FONT,
    catAxisLabelFontSize: TYPE.chartAxis,
    catAxisLabelColor: COLOURS.ink,
    catAxisMultiLevelLabels: chart.categories.length > 1,
    valAxisLabelFontFace: DECK_FONT,
    valAxisLabelFontSize: TYPE.chartAxis,
    valAxisLabelColor: COLOURS.meta,
    valAxisMinVal: 0,
    valAxisMaxVal: chart.axis.max,
    valAxisMajorUnit: chart.axis.step,
    valAxisLabelFormatCode: decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0',
    valGridLine: { color: 'E3E7ED', size: 0.75 },
    catGridLine: { style: 'none' },
    lang,
  });
}

/**
 * The chart as PowerPoint draws it: bars lying down are drawn from the bottom up, so their rows
 * go in the other way round, and the first row is at the top, as on screen. (Reversing the axis
 * instead moves the value axis to the top in LibreOffice.)
 */
export function asDrawn(chart: DeckChart): DeckChart {
  if (chart.direction !== 'bar') return chart;
  const reversed = <T>(items: readonly T[]) => [...items].reverse();
  return {
    ...chart,
    categories: chart.categories.map(reversed),
    series: chart.series.map((series) => ({
      ...series,
      values: reversed(series.values),
      labels: reversed(series.labels),
      pointFills: reversed(series.pointFills),
    })),
  };
}

/** The chart's data as its embedded sheet: categories, then a column per series, blanks blank. */
function chartSheet(chart: DeckChart): SheetSpec {
  // pptxgenjs refers to the sheet so: the outermost category level in column A, the innermost
  // last, then the series, the first row their names.
  const levels = [...chart.categories].reverse();
  const count = chart.categories[0]?.length ?? 0;
  const rows: CellSpec[][] = [];
  for (let index = 0; index < count; index += 1) {
    rows.push([
      ...levels.map((level): CellSpec => {
        const text = level[index];
        return text ? { kind: 'text', value: text } : EMPTY_CELL;
      }),
      ...chart.series.map((series): CellSpec => {
        const value = series.values[index];
        return value == null ? EMPTY_CELL : { kind: 'number', value, format: 'General' };
      }),
    ]);
  }
  return {
    name: 'Sheet1',
    columns: [
      ...levels.map(() => ({ header: '' })),
      ...chart.series.map((series) => ({ header: series.name })),
    ],
    rows,
  };
}

async function patchParts(
  bytes: Uint8Array,
  plan: DeckPlan,
  charts: readonly DeckChart[],
  lang: string,
): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  const byNumber = (prefix: string, suffix: string) =>
    Object.keys(files)
      .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
      .sort((a, b) => number(a) - number(b));
  // Charts and embedded sheets are numbered in the order they were added.
  const chartParts = byNumber('ppt/charts/chart', '.xml');
  const sheets = byNumber('ppt/embeddings/', '.xlsx');
  for (const [index, name] of chartParts.entries()) {
    // A long deck's charts in turns, the page answering between them.
    if (index % 50 === 49) await pause();
    const chart = charts[index];
    const file = files[name];
    if (!chart || !file) continue;
    files[name] = strToU8(patchChartXml(strFromU8(file), chart, lang));
    const sheet = sheets[index];
    if (sheet) {
      const blob = await workbookBlob({ sheets: [chartSheet(chart)] });
      files[sheet] = new Uint8Array(await blob.arrayBuffer());
    }
  }
  for (const [index, name] of byNumber('ppt/notesSlides/notesSlide', '.xml').entries()) {
    const slide = plan.slides[index];
    const file = files[name];
    if (slide && file) files[name] = strToU8(patchNotesXml(strFromU8(file), slide.notes, lang));
  }
  return zipSync(files, { level: 6 });
}

/** A pause between the steps of a long write, so the page can paint and answer input. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function number(name: string): number {
  return Number(/(\d+)\.\w+$/.exec(name)?.[1] ?? 0);
}
