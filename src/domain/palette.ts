/**
 * Colours for the charts. Each series always keeps its colour. Colour is never the only cue:
 * targets are outlined and hatched, derived values are striped, and bars carry direct labels,
 * so the charts still read on a washed-out projector, in greyscale, and for colour-blind viewers.
 * The hues come from Okabe & Ito's colour-blind-safe set, darkened where needed so each mark has
 * at least 3:1 contrast against white (WCAG 1.4.11); tests/unit/palette.test.ts checks it.
 */
export const seriesColours = {
  /** What was achieved: collected revenue, schools that meet the standard. */
  actual: '#0b4f8a',
  /** The target or total, drawn as an outline with light hatching. */
  target: '#3d4451',
  targetFill: '#eef1f5',
  /** The part of a total not yet met. */
  remaining: '#c9d1dc',
  /** Derived values: stripes of the series colour. */
  derived: '#0b4f8a',
  /** Warnings: a stated share that disagrees, periods of different length. */
  warning: '#8a4b00',
} as const satisfies Record<string, `#${string}`>;

/** One colour per topic, by the topic's place in the programme's list. */
export const topicColours = [
  '#0072b2', // blue
  '#b35900', // vermillion, darkened
  '#007a5a', // bluish green, darkened
  '#8a5a00', // orange, darkened
  '#5b4a9e', // purple
  '#a8327a', // reddish purple, darkened
] as const satisfies readonly `#${string}`[];

export function topicColour(index: number): string {
  const safe = Number.isInteger(index) && index >= 0 ? index : 0;
  return topicColours[safe % topicColours.length] as string;
}

/** Relative luminance, WCAG 2.x. */
export function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const channels = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
