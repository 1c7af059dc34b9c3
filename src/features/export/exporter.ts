/**
 * Chart export, loaded only when someone exports: PNG and SVG images that carry their own
 * context (title, unit, filters, sources, "as of" date, legend), the figure's data as CSV, the
 * clipboard, and a ZIP of every chart. Images are composed as one SVG and rasterised from it,
 * so the PNG and the SVG can never differ, and both come from the view model the screen uses.
 */
import { zipSync } from 'fflate';
import { pixelSize, presetById, type PresetId } from '../../domain/export-presets';
import type { Lang } from '../../domain/url-state';
import type { DashboardView, FigureView } from '../../domain/view-model';
import { wordsIn, type WordsOf } from '../../i18n/words';
import { exportWords } from './words';
import { saveBlob } from '../../components/save-file';
import { composeSvg, layoutFigure, type FigureLayout, type PanelSpec } from './compose';
import { figureCsv } from './csv';
import { buildFigureContext, chartHeightsAt, panelHeading } from '../../charts/figure-context';
import { messagesFor } from '../../i18n';
import { exportFileName } from './file-name';
import { canvasMeasure, embeddedFontCss, fontsWarmedUp } from './fonts';
import { renderChartSvgs } from './render-charts';

export interface ImageRequest {
  view: DashboardView;
  figure: FigureView;
  t: WordsOf<typeof exportWords>;
  /** The language of t, which the charts are drawn in. */
  lang: Lang;
  preset: PresetId;
  scale: number;
  transparent: boolean;
  /** The figure's width on the page, for "as on screen". */
  screenWidth: number;
}

export async function figureSvg(
  request: ImageRequest,
): Promise<{ svg: string; width: number; height: number }> {
  const { view, figure, t } = request;
  const preset = presetById(request.preset);
  const context = buildFigureContext(view, figure, t);
  const [measure, fontCss] = await Promise.all([canvasMeasure(), embeddedFontCss()]);
  await fontsWarmedUp(fontCss);
  // Each chart's heights at a width, from its layout in the image's font and language: the
  // charts are placed to fit before they are drawn.
  const words = messagesFor(request.lang);
  const frame = {
    width: preset.width ?? Math.max(480, Math.round(request.screenWidth)),
    height: preset.height,
  };
  const specs: PanelSpec[] = figure.panels.map((panel) => ({
    kind: panel.kind,
    heading: panelHeading(panel, figure, t),
    naturalHeight: chartHeightsAt(panel, { width: frame.width, typeScale: 1, words, measure })
      .natural,
    at: (width, typeScale) => chartHeightsAt(panel, { width, typeScale, words, measure }),
  }));
  const draw = async (layout: FigureLayout) =>
    renderChartSvgs(
      figure.panels.map((panel, index) => ({
        panel,
        width: layout.panels[index]?.width ?? frame.width,
        height: layout.panels[index]?.height ?? 100,
      })),
      layout.chartScale,
      request.lang,
    );
  let layout = layoutFigure(context, specs, frame, preset.typeScale, measure);
  let chartSvgs = await draw(layout);
  // A chart draws at least what its rows and wrapped labels need, even past its box: when one
  // did, the charts are placed again with that as its least height, and drawn once more.
  const drawnHeights = chartSvgs.map((svg) =>
    Number(/^<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]),
  );
  if (drawnHeights.some((height, index) => height > (layout.panels[index]?.height ?? 0) + 1)) {
    const measured = specs.map((spec, index) => ({
      ...spec,
      leastHeight: drawnHeights[index] || undefined,
    }));
    layout = layoutFigure(context, measured, frame, preset.typeScale, measure);
    chartSvgs = await draw(layout);
  }
  const svg = composeSvg(layout, chartSvgs, {
    fontCss,
    transparent: request.transparent,
    print: preset.print,
  });
  return { svg, width: layout.width, height: layout.height };
}

export async function svgToPng(
  svg: string,
  pixels: { width: number; height: number },
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixels.width;
    canvas.height = pixels.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, pixels.width, pixels.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function figurePng(request: ImageRequest): Promise<Blob> {
  const { svg, width, height } = await figureSvg(request);
  return svgToPng(svg, pixelSize(presetById(request.preset), request.scale, { width, height }));
}

export async function downloadPng(request: ImageRequest): Promise<string> {
  const name = exportFileName(request.view, request.figure, 'png');
  saveBlob(await figurePng(request), name);
  return name;
}

export async function downloadSvg(request: ImageRequest): Promise<string> {
  const name = exportFileName(request.view, request.figure, 'svg');
  const { svg } = await figureSvg(request);
  saveBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
  return name;
}

/** The figure's data as CSV in the language of the page it was asked from. */
export function downloadCsv(view: DashboardView, figure: FigureView, lang: Lang): string {
  const name = exportFileName(view, figure, 'csv');
  saveBlob(new Blob([figureCsv(figure, lang)], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}

/**
 * Copies the PNG. The promise goes into the ClipboardItem at once, so the browser still counts
 * the click as the user's gesture while the image is being drawn. Returns "refused" when the
 * browser refuses (the caller then offers the download), "failed" when the image could not be
 * drawn.
 */
export async function copyPng(request: ImageRequest): Promise<'copied' | 'refused' | 'failed'> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return 'refused';
  let imageFailed = false;
  const png = figurePng(request).catch((error: unknown) => {
    imageFailed = true;
    throw error;
  });
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return 'copied';
  } catch {
    return imageFailed ? 'failed' : 'refused';
  }
}

/** Every chart of the current view as PNG and CSV, numbered in page order, in one ZIP. */
export async function downloadAll(
  view: DashboardView,
  lang: Lang,
  screenWidths: Record<string, number>,
): Promise<string> {
  const t = wordsIn(exportWords, lang);
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  const figures = view.figures.filter((figure) => figure.hasData);
  for (const [index, figure] of figures.entries()) {
    const prefix = String(index + 1).padStart(2, '0');
    const request: ImageRequest = {
      view,
      figure,
      t,
      lang,
      preset: 'slide-16-9',
      scale: 1,
      transparent: false,
      screenWidth: screenWidths[figure.id] ?? 960,
    };
    const png = await figurePng(request);
    files[`${prefix}_${exportFileName(view, figure, 'png')}`] = new Uint8Array(
      await png.arrayBuffer(),
    );
    files[`${prefix}_${exportFileName(view, figure, 'csv')}`] = encoder.encode(
      figureCsv(figure, lang),
    );
  }
  const zip = zipSync(files, { level: 0 });
  const year = view.filters.year == null ? 'cac-nam' : `nam-${view.filters.year}`;
  const name = `bieu-do_${year}.zip`;
  saveBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
  return name;
}
