import { arrangeLarge, leastChartHeight, type ChartToPlace } from '../../domain/chart-arrangement';
import { chartInk, seriesColours } from '../../domain/palette';
import type { FigureContext } from '../../charts/figure-context';
import type { LegendKind } from '../../charts/figure-words';
import { XML_ILLEGAL, escapeXmlText } from './xml-text';

/** Measures text as it will be drawn: a canvas in the browser, an estimate in unit tests. */
export type MeasureText = (text: string, fontPx: number, bold: boolean) => number;

export interface Line {
  text: string;
  x: number;
  y: number;
  fontPx: number;
  bold: boolean;
  colour: string;
}

export interface PanelBox {
  heading: string | null;
  headingY: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FigureLayout {
  width: number;
  height: number;
  typeScale: number;
  /** The type scale the charts are drawn at: the frame's, or larger (arrangeLarge). */
  chartScale: number;
  lines: Line[];
  legend: { kind: LegendKind; label: string; x: number; y: number; size: number }[];
  legendFontPx: number;
  panels: PanelBox[];
}

export interface PanelSpec extends ChartToPlace {
  heading: string | null;
  /**
   * The chart's natural and least heights at a width, in the image's pixels (its labels wrap,
   * or go above its bars, in a narrow column). Without it: `naturalHeight` times the type scale,
   * and `leastHeight`.
   */
  at?: (width: number, typeScale: number) => { natural: number; least: number };
}

/** Greedy word wrap; a word longer than the line gets a line of its own. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontPx: number,
  bold: boolean,
  measure: MeasureText,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate, fontPx, bold) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Places the title, the context lines, the legend, the charts and the sources on the frame.
 * A fixed frame (a slide, a page) gives the charts whatever height the text leaves; "as on
 * screen" grows to the charts' natural heights.
 */
export function layoutFigure(
  context: FigureContext,
  panels: readonly PanelSpec[],
  frame: { width: number; height: number | null },
  typeScale: number,
  measure: MeasureText,
): FigureLayout {
  const s = typeScale;
  const pad = Math.round(28 * s);
  const innerWidth = frame.width - 2 * pad;
  const lines: Line[] = [];
  let y = pad;

  const addBlock = (
    text: string,
    fontPx: number,
    bold: boolean,
    colour: string,
    gapAfter: number,
  ) => {
    for (const line of wrapText(text, innerWidth, fontPx, bold, measure)) {
      y += Math.round(fontPx * 1.3);
      lines.push({ text: line, x: pad, y: y - Math.round(fontPx * 0.28), fontPx, bold, colour });
    }
    y += gapAfter;
  };

  const titlePx = Math.round(24 * s);
  const metaPx = Math.round(14 * s);
  const smallPx = Math.round(13 * s);
  addBlock(context.title, titlePx, true, chartInk.title, Math.round(6 * s));
  addBlock(context.unitLine, metaPx, false, chartInk.meta, 0);
  addBlock(context.filterLine, metaPx, false, chartInk.meta, 0);
  addBlock(context.asOfLine, metaPx, true, chartInk.meta, Math.round(10 * s));

  // Legend: swatches and labels in a row, wrapping when the row is full.
  const legendFontPx = metaPx;
  const swatch = Math.round(16 * s);
  const legend: FigureLayout['legend'] = [];
  if (context.legend.length > 0) {
    let x = pad;
    let rowY = y;
    for (const item of context.legend) {
      const itemWidth =
        swatch + Math.round(8 * s) + measure(item.label, legendFontPx, false) + Math.round(24 * s);
      if (x > pad && x + itemWidth > pad + innerWidth) {
        x = pad;
        rowY += Math.round(legendFontPx * 1.6);
      }
      legend.push({ kind: item.kind, label: item.label, x, y: rowY, size: swatch });
      x += itemWidth;
    }
    y = rowY + Math.round(legendFontPx * 1.6) + Math.round(6 * s);
  }

  // The footer is laid out first, so a fixed frame knows how much height the charts get.
  const footerLines: { text: string; fontPx: number; colour: string; bold: boolean }[] = [];
  for (const note of context.notes) {
    for (const line of wrapText(note, innerWidth, smallPx, false, measure)) {
      footerLines.push({ text: line, fontPx: smallPx, colour: seriesColours.warning, bold: false });
    }
  }
  for (const source of context.sourceLines) {
    for (const line of wrapText(source, innerWidth, smallPx, false, measure)) {
      footerLines.push({ text: line, fontPx: smallPx, colour: chartInk.meta, bold: false });
    }
  }
  const footerHeight =
    footerLines.reduce((sum, line) => sum + Math.round(line.fontPx * 1.35), 0) + Math.round(12 * s);

  const headingPx = Math.round(15 * s);
  const headingLineHeight = Math.round(headingPx * 1.3);
  const headingLines = (panel: PanelSpec, width: number) =>
    panel.heading ? wrapText(panel.heading, width, headingPx, true, measure) : [];
  const headingHeight = (panel: PanelSpec, width: number) =>
    headingLines(panel, width).length * headingLineHeight +
    (panel.heading ? Math.round(headingPx * 0.3) : 0);
  const placeHeading = (panel: PanelSpec, x: number, top: number, width: number): number => {
    let headingY = 0;
    let lineTop = top;
    for (const text of headingLines(panel, width)) {
      lineTop += headingLineHeight;
      headingY = lineTop - Math.round(headingPx * 0.28);
      lines.push({ text, x, y: headingY, fontPx: headingPx, bold: true, colour: chartInk.label });
    }
    return headingY;
  };

  const boxes: PanelBox[] = [];
  const gap = Math.round(24 * s);
  const minHeight = Math.round(60 * s);
  // A fixed frame: the charts' room is what the text leaves, the footer's measured lines
  // included; the charts are arranged (chart-arrangement.ts) to fit it, each at least the height
  // its layout needs at its width, side by side when stacked they do not fit.
  const room = frame.height == null ? null : frame.height - y - footerHeight - pad;
  const heightsAt = (panel: PanelSpec, width: number, chartScale = s) => {
    const sizes = panel.at?.(width, chartScale) ?? {
      natural: Math.floor(panel.naturalHeight * chartScale),
      least: 0,
    };
    // A height it was measured to draw at counts too.
    return { ...sizes, least: Math.max(sizes.least, panel.leastHeight ?? 0) };
  };

  let chartScale = s;
  if (room == null) {
    // "As on screen": stacked at the charts' natural heights.
    panels.forEach((panel) => {
      const headingY = placeHeading(panel, pad, y, innerWidth);
      y += headingHeight(panel, innerWidth);
      const sizes = heightsAt(panel, innerWidth);
      const height = Math.max(
        leastChartHeight({ ...panel, leastHeight: sizes.least }, minHeight),
        sizes.natural,
      );
      boxes.push({ heading: panel.heading, headingY, x: pad, y, width: innerWidth, height });
      y += height;
    });
  } else {
    const arrangement = arrangeLarge(
      panels.map((panel) => ({
        kind: panel.kind,
        at: (width: number, chartScale: number) => ({
          ...heightsAt(panel, width, chartScale),
          heading: headingHeight(panel, width),
        }),
      })),
      { width: innerWidth, height: room },
      { columnGap: gap, rowGap: gap, typeScale: s, minHeight },
    );
    const { columns, widths } = arrangement;
    chartScale = arrangement.typeScale;
    const rows = Math.ceil(panels.length / columns);
    // What the charts leave is shared above and below them: a chart with one bar is a band
    // across the middle, not one bar in an empty frame.
    y += Math.max(0, Math.floor((room - arrangement.used) / 2));
    for (let row = 0; row < rows; row += 1) {
      const first = row * columns;
      const inRow = panels.slice(first, first + columns);
      const headingRoom = columns > 1 ? (arrangement.headings[first] ?? 0) : 0;
      let rowHeight = 0;
      inRow.forEach((panel, column) => {
        const index = first + column;
        const width = widths[column] ?? innerWidth;
        const x = pad + widths.slice(0, column).reduce((sum, before) => sum + before + gap, 0);
        const height = arrangement.heights[index] ?? minHeight;
        // Side by side, a shorter heading sits down against its chart, as the longest one does;
        // stacked, each chart is under its own heading.
        const ownHeading = headingHeight(panel, width);
        const top = columns > 1 ? y + headingRoom - ownHeading : y;
        const headingY = placeHeading(panel, x, top, width);
        const chartY = columns > 1 ? y + headingRoom : y + ownHeading;
        boxes.push({ heading: panel.heading, headingY, x, y: chartY, width, height });
        rowHeight = Math.max(rowHeight, chartY - y + height);
      });
      y += rowHeight + (row < rows - 1 ? gap : 0);
    }
    y += Math.max(0, Math.ceil((room - arrangement.used) / 2));
  }

  y += Math.round(12 * s);
  for (const line of footerLines) {
    y += Math.round(line.fontPx * 1.35);
    lines.push({ ...line, x: pad, y: y - Math.round(line.fontPx * 0.28) });
  }
  const height = frame.height ?? y + pad;
  return {
    width: frame.width,
    height,
    typeScale: s,
    chartScale,
    lines,
    legend,
    legendFontPx,
    panels: boxes,
  };
}

/** Text for the SVG, single quotes escaped too (any attribute may be single-quoted). */
export function escapeXml(text: string): string {
  return escapeXmlText(text).replace(/'/g, '&apos;');
}

function legendSwatch(kind: LegendKind, x: number, y: number, size: number, s: number): string {
  const h = Math.round(size * 0.7);
  const box = `x="${x}" y="${y}" width="${size}" height="${h}"`;
  switch (kind) {
    case 'actual':
      return `<rect ${box} fill="${seriesColours.actual}"/>`;
    case 'remaining':
      return `<rect ${box} fill="${seriesColours.remaining}" stroke="${seriesColours.target}" stroke-width="${s}"/>`;
    case 'target':
      return `<rect ${box} fill="url(#export-legend-target)" stroke="${seriesColours.target}" stroke-width="${2 * s}"/>`;
    case 'derived':
      return `<rect ${box} fill="url(#export-legend-derived)" stroke="${seriesColours.derived}" stroke-width="${1.5 * s}" stroke-dasharray="${4 * s} ${2 * s}"/>`;
  }
}

/**
 * One self-contained SVG document: the font travels inside it (an SVG drawn as an image may
 * not load anything from outside, so a linked font would silently fall back), the background
 * is an explicit rectangle unless transparency was asked for, and each chart is the very SVG
 * Recharts drew, placed in its box.
 */
export function composeSvg(
  layout: FigureLayout,
  chartSvgs: readonly string[],
  options: {
    fontCss: string;
    transparent: boolean;
    /** A page's size in print: the SVG opens at its real size, its type in true points. */
    print?: { widthMm: number; heightMm: number } | null;
  },
): string {
  const s = layout.typeScale;
  const text = layout.lines
    .map(
      (line) =>
        `<text x="${line.x}" y="${line.y}" font-size="${line.fontPx}" font-weight="${line.bold ? 700 : 400}" fill="${line.colour}">${escapeXml(line.text)}</text>`,
    )
    .join('');
  const legend = layout.legend
    .map(
      (item) =>
        `${legendSwatch(item.kind, item.x, item.y, item.size, s)}<text x="${item.x + item.size + Math.round(8 * s)}" y="${item.y + Math.round(item.size * 0.62)}" font-size="${layout.legendFontPx}" fill="${chartInk.meta}">${escapeXml(item.label)}</text>`,
    )
    .join('');
  const charts = layout.panels
    .map((box, index) => {
      // The charts' own text comes from the dataset too: no character may break the XML.
      const svg = (chartSvgs[index] ?? '').replace(XML_ILLEGAL, '');
      return `<g transform="translate(${box.x} ${box.y})">${svg}</g>`;
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${options.print ? `${options.print.widthMm}mm` : layout.width}" height="${options.print ? `${options.print.heightMm}mm` : layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="'Be Vietnam Pro', sans-serif">`,
    `<style>${options.fontCss}</style>`,
    `<defs>`,
    `<pattern id="export-legend-target" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${seriesColours.targetFill}"/><line x1="0" y1="0" x2="0" y2="8" stroke="${seriesColours.target}" stroke-width="1.2" stroke-opacity="0.45"/></pattern>`,
    `<pattern id="export-legend-derived" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="7" height="7" fill="${chartInk.background}"/><line x1="0" y1="0" x2="0" y2="7" stroke="${seriesColours.derived}" stroke-width="3.5"/></pattern>`,
    `</defs>`,
    options.transparent ? '' : `<rect width="100%" height="100%" fill="${chartInk.background}"/>`,
    text,
    legend,
    charts,
    `</svg>`,
  ].join('');
}
