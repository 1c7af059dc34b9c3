import { createContext, useContext, useMemo } from 'react';

/** A string's width in px at a font size, in the regular or the bold weight. */
export type Measure = (text: string, fontPx: number, bold: boolean) => number;

/**
 * The font the charts are measured in, and drawn in: the page's own (`undefined`), or the one an
 * export embeds in its SVG (a provider around the charts it draws off screen), so that an
 * image's labels are laid out for the very font they are drawn in.
 */
export const ChartFont = createContext<string | undefined>(undefined);

// Widths in em of an average character where nothing can measure (jsdom): a little wide, so
// that an estimate errs towards room to spare.
const REGULAR_EM = 0.58;
const BOLD_EM = 0.62;

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/**
 * Measures with canvas measureText in the given font family (the page's when none), each string
 * once per font: a chart drawn again, or at another width, measures nothing anew.
 */
export function measureIn(family?: string): Measure {
  let resolved = family;
  return (text, fontPx, bold = false) => {
    // `'fonts' in document`: jsdom has no canvas and logs an error when asked for one.
    context ??= 'fonts' in document ? document.createElement('canvas').getContext('2d') : null;
    if (!context) return text.length * fontPx * (bold ? BOLD_EM : REGULAR_EM);
    resolved ??= getComputedStyle(document.body).fontFamily;
    const font = `${bold ? 700 : 400} ${fontPx}px ${resolved}`;
    const key = `${font}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}

/** The measure of the font the chart is drawn in (see ChartFont). */
export function useMeasure(): Measure {
  const family = useContext(ChartFont);
  return useMemo(() => measureIn(family), [family]);
}
