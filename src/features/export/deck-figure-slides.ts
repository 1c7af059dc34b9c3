import { buildFigureContext, panelHeading, type FigureContext } from '../../charts/figure-context';
import type { Measure } from '../../charts/text-measure';
import type {
  AmountPanel,
  DashboardView,
  FigureView,
  Panel,
  SourceRef,
} from '../../domain/view-model';
import {
  headerBlock,
  stack,
  type DeckElement,
  type DeckSlide,
  type DeckWords,
  type Paragraph,
} from './deck-blocks';
import {
  amountChart,
  amountRowsPerChart,
  breakdownChart,
  countChart,
  type DeckChart,
} from './deck-charts';
import { COLOURS, GAP, MARGIN, TYPE, textWidth, type Box } from './deck-geometry';
import { chartNotes } from './deck-notes';

/**
 * A figure's slides in the deck: each chart native, at a size its labels can be read at. A
 * figure of amounts is one chart a metric, its districts' periods grouped under them, split over
 * slides where its labels would not fit their bars; charts of bars lying down (counts, topics)
 * share a slide while their rows fit, one under another, each under its heading.
 */
/** At most this many rows on one chart of bars lying down. */
const BAR_ROWS_PER_CHART = 10;
/** A chart is never given less than this height: past it, sources and notes go to the notes. */
const LEAST_CHART = 2.8;
/** A row of bars lying down: a bar and the white around it, in inches. */
const BAR_ROW = 0.5;
/** …and at most this, when a chart has the slide to itself. */
const WIDEST_ROW = 0.9;
/** The title's and a chart's heading's sizes, from the usual down to the least that fits. */
const TITLE_SIZES = [
  [TYPE.title, TYPE.heading],
  [24, 16],
  [20, 14],
] as const;

/** The charts a figure is drawn as in a deck: each a slide's, at a legible size. */
interface ChartPart {
  panels: Panel[];
  /** The chart's own heading, where the slide's title does not say it all. */
  heading: string | null;
  build: (plotWidth: number) => DeckChart;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    out.push(items.slice(start, start + size));
  return out;
}

function chartParts(
  figure: FigureView,
  t: DeckWords,
  measure: Measure,
  plotWidth: number,
): ChartPart[] {
  const parts: ChartPart[] = [];
  const panels = figure.panels;
  const metrics = new Set(panels.map((panel) => panel.metricId));
  let index = 0;
  while (index < panels.length) {
    const panel = panels[index]!;
    if (panel.kind === 'amount') {
      // One metric's districts together, as many as stay legible on one chart.
      const capacity = amountRowsPerChart(
        panels.filter((other): other is AmountPanel => other.kind === 'amount'),
        t,
        plotWidth,
        measure,
      );
      // A district's periods stay together where they fit; a district with more periods than
      // fit is split across charts.
      const metricPanels: AmountPanel[] = [];
      while (index < panels.length) {
        const next = panels[index]!;
        if (next.kind !== 'amount' || next.metricId !== panel.metricId) break;
        metricPanels.push(next);
        index += 1;
      }
      const groups: AmountPanel[][] = [[]];
      let rows = 0;
      for (const next of metricPanels.flatMap((whole) =>
        chunks(whole.rows, capacity).map((part) => ({ ...whole, rows: part })),
      )) {
        if (rows > 0 && rows + next.rows.length > capacity) {
          groups.push([]);
          rows = 0;
        }
        groups.at(-1)!.push(next);
        rows += next.rows.length;
      }
      for (const group of groups)
        parts.push({
          panels: group,
          heading: metrics.size > 1 ? panel.metricName : null,
          build: () => amountChart(group, t),
        });
      continue;
    }
    index += 1;
    const heading = panelHeading(panel, figure, t);
    if (panel.kind === 'count') {
      for (const rows of chunks(panel.rows, BAR_ROWS_PER_CHART))
        parts.push({
          panels: [{ ...panel, rows }],
          heading,
          build: (plotWidth) => countChart(panel, rows, t, plotWidth, measure),
        });
    } else {
      for (const rows of chunks(panel.rows, BAR_ROWS_PER_CHART)) {
        const part = { ...panel, rows };
        parts.push({
          panels: [part],
          heading,
          build: (plotWidth) => breakdownChart(part, t, measure, plotWidth),
        });
      }
    }
  }
  return parts;
}

/** Every source a set of panels cites, once, in the order first cited. */
function panelSources(panels: readonly Panel[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const panel of panels)
    for (const row of panel.rows) if (!seen.has(row.source.id)) seen.set(row.source.id, row.source);
  return [...seen.values()];
}

/** The width a chart of bars lying down leaves its bars, as PowerPoint will lay it out. */
function plotWidthOf(panels: readonly Panel[], chartW: number, measure: Measure): number {
  const names = panels.flatMap((panel) =>
    panel.kind === 'breakdown'
      ? panel.rows.map((row) => row.topicName)
      : panel.kind === 'count'
        ? panel.rows.map((row) => row.category)
        : [],
  );
  const widest = Math.max(
    0,
    ...names.map((name) => textWidth(name, TYPE.chartAxis, false, measure)),
  );
  return chartW - Math.min(chartW * 0.4, widest + 0.2) - 0.3;
}

interface Built {
  part: ChartPart;
  chart: DeckChart;
  /** The height its rows need; a chart of columns fills what it is given. */
  natural: number;
}

export function figureSlides(
  view: DashboardView,
  figure: FigureView,
  topicName: string | null,
  size: { w: number; h: number },
  t: DeckWords,
  measure: Measure,
): DeckSlide[] {
  const w = size.w - 2 * MARGIN;
  // A chart of columns leaves its value axis's numbers about 0.8 in.
  const built: Built[] = chartParts(figure, t, measure, w - 0.8).map((part) => {
    const chart = part.build(plotWidthOf(part.panels, w, measure));
    const rows = chart.categories[0]?.length ?? 0;
    return {
      part,
      chart,
      natural:
        chart.direction === 'bar'
          ? rows * BAR_ROW + (chart.showLegend ? LEGEND : 0) + AXIS
          : Number.POSITIVE_INFINITY,
    };
  });
  // Charts of bars lying down share a slide while they fit; one of columns has its own.
  const groups: Built[][] = [];
  for (const next of built) {
    const last = groups.at(-1);
    const shareable = (group: Built[]) =>
      group.every((one) => one.chart.direction === 'bar') && next.chart.direction === 'bar';
    if (
      last &&
      shareable(last) &&
      layoutSlide(
        view,
        figure,
        topicName,
        [...last, next],
        `${figure.title} (9/9)`,
        size,
        t,
        measure,
      )
    ) {
      last.push(next);
    } else groups.push([next]);
  }
  return groups.map((group, index) => {
    const title = `${figure.title}${groups.length > 1 ? ` ${t.slidePart(index + 1, groups.length)}` : ''}`;
    // A group of one always fits: its chart is given the room there is.
    return layoutSlide(view, figure, topicName, group, title, size, t, measure, true)!;
  });
}

const LEGEND = 0.45;
const AXIS = 0.45;

/**
 * One slide of charts: the title and what the charts are (unit, filters, date) above, their
 * warnings and sources below, the charts between. Null when the charts need more room than
 * there is (unless `always`: one chart is given what there is, and at least its least height).
 */
function layoutSlide(
  view: DashboardView,
  figure: FigureView,
  topicName: string | null,
  group: readonly Built[],
  title: string,
  size: { w: number; h: number },
  t: DeckWords,
  measure: Measure,
  always = false,
): DeckSlide | null {
  const w = size.w - 2 * MARGIN;
  const panels = group.flatMap((one) => one.part.panels);
  // The slide's note on derived values says what a deck draws: lighter bars, not stripes.
  const words = { ...t, exportDerivedNote: t.deckDerivedNote };
  const shown: FigureView = { ...figure, panels, sources: panelSources(panels) };
  const context: FigureContext = buildFigureContext(view, shown, words);
  const single = group.length === 1 ? group[0]!.part.heading : null;
  // Under the charts: their warnings and their sources, as many as leave the charts their least
  // height; what does not fit is said to be in the notes, where every line is.
  const footerOf = (warnings: string[], sources: string[]) =>
    stack(
      [
        ...warnings.map((text) => ({ text, pt: TYPE.note, colour: COLOURS.warning })),
        ...sources.map((text) => ({ text, pt: TYPE.note, colour: COLOURS.meta })),
      ],
      MARGIN,
      0,
      w,
      measure,
    );
  const footers = [
    () => footerOf(context.notes, context.sourceLines),
    () => footerOf(context.notes, [t.deckSourcesInNotes(context.sourceLines.length)]),
    () => footerOf([t.deckNotesInNotes], [t.deckSourcesInNotes(context.sourceLines.length)]),
  ];
  const least = group.length === 1 ? Math.min(LEAST_CHART, group[0]!.natural) : 0;
  // The title and the chart's heading at their sizes, or smaller where a long one leaves the
  // chart less than its least height even with the shortest footer.
  let top!: { header: ReturnType<typeof headerBlock>; meta: ReturnType<typeof stack> };
  let footer!: ReturnType<typeof stack>;
  for (const [titlePt, headingPt] of TITLE_SIZES) {
    const header = headerBlock(topicName ?? t.acrossTopics, title, size, measure, titlePt);
    const meta: Paragraph[] = [
      ...(single ? [{ text: single, pt: headingPt, bold: true, colour: COLOURS.ink }] : []),
      { text: context.unitLine, pt: TYPE.meta, colour: COLOURS.meta },
      { text: context.filterLine, pt: TYPE.meta, colour: COLOURS.meta },
      { text: context.asOfLine, pt: TYPE.meta, bold: true, colour: COLOURS.ink },
    ];
    top = { header, meta: stack(meta, MARGIN, header.bottom + GAP / 2, w, measure) };
    const chartTop = top.meta.bottom + GAP;
    const fits = (height: number) => size.h - MARGIN - height - GAP - chartTop >= least;
    footer = footers[0]!();
    for (const next of footers.slice(1)) if (!fits(footer.element.box.h)) footer = next();
    if (fits(footer.element.box.h)) break;
  }
  const { header } = top;
  const metaBlock = top.meta;
  const chartTop = metaBlock.bottom + GAP;
  footer.element.box.y = size.h - MARGIN - footer.element.box.h;
  // Never over the footer: a chart with less than its least height is still drawn in its place.
  const room = Math.max(0.5, footer.element.box.y - GAP - chartTop);
  const elements: DeckElement[] = [...header.elements, metaBlock.element];
  if (group.length === 1) {
    const one = group[0]!;
    // Bars lying down are drawn thicker when alone, up to a limit, not stretched to the slide
    // (one district's schools are one bar, not a band across it), in the middle of the room.
    const rows = one.chart.categories[0]?.length ?? 0;
    const extras = one.natural - rows * BAR_ROW;
    const row = Math.min(WIDEST_ROW, Math.max(BAR_ROW, (room - extras) / Math.max(rows, 1)));
    const h = Math.min(room, one.chart.direction === 'bar' ? rows * row + extras : one.natural);
    const box: Box = { x: MARGIN, y: chartTop + (room - h) / 2, w, h };
    elements.push({ kind: 'chart', box, chart: one.chart });
  } else {
    let y = chartTop;
    for (const one of group) {
      if (one.part.heading) {
        const heading = stack(
          [{ text: one.part.heading, pt: TYPE.heading, bold: true, colour: COLOURS.ink }],
          MARGIN,
          y,
          w,
          measure,
        );
        elements.push(heading.element);
        y = heading.bottom;
      }
      elements.push({ kind: 'chart', box: { x: MARGIN, y, w, h: one.natural }, chart: one.chart });
      y += one.natural + GAP;
    }
    if (y - GAP > chartTop + room && !always) return null;
  }
  elements.push(footer.element);
  return { kind: 'figure', title, elements, notes: chartNotes(panels, context, t) };
}
