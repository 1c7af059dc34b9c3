// Which of a chart's pre-rendered drawings is shown at which chart width (scripts/prerender-page.mjs);
// the rules' contract with the stylesheet is in src/rendering/build-drawn-page.css.

/** How much wider than its drawing a chart may be and still show it (a scrollbar's width). */
const WIDER_BY = 20;
/** How much narrower: the drawing's last pixels, its right margin, are cut off. */
const NARROWER_BY = 4;

/**
 * The range of chart widths each of one chart's drawings is shown at: from a few pixels narrower
 * than its width to a scrollbar's width wider, and never into the next drawing's range. As
 * "low-high" in pixels, which names the drawing's rule.
 */
export function widthRanges(widths) {
  const sorted = [...widths].sort((a, b) => a - b);
  const px = (value) => Math.round(value * 100) / 100;
  return widths.map((width) => {
    const next = sorted.find((other) => other > width);
    const high = Math.min(width + WIDER_BY, next == null ? Infinity : next - NARROWER_BY - 0.01);
    return `${px(width - NARROWER_BY)}-${px(high)}`;
  });
}

/** One rule per range: the drawings made for it are shown while their chart is that wide. */
export function widthRules(ranges) {
  return [...new Set(ranges)]
    .map((range) => {
      const [low, high] = range.split('-');
      return `@container (min-width: ${low}px) and (max-width: ${high}px) { .prerendered-variant[data-w="${range}"] { display: block; } }`;
    })
    .join('\n');
}
