/**
 * Colours for the charts. Each series always keeps its colour. Colour is never the only cue:
 * targets are outlined and hatched, derived values are striped, and bars carry direct labels,
 * so the charts still read on a washed-out projector, in greyscale, and for colour-blind viewers.
 * Every mark has at least 3:1 contrast against white (WCAG 1.4.11); tests/unit/palette.test.ts
 * checks that, and how far apart the colours stay for colour-blind viewers.
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

/**
 * Everything drawn around the bars: axis text, value labels, gridlines, and the text of an
 * exported image. Text is dark enough to read at 4.5:1 on white (WCAG 1.4.3); the gridlines are
 * deliberately faint, so that they never compete with the bars.
 */
export const chartInk = {
  /** Category names on an axis: districts and periods, topics. */
  category: '#27303d',
  /** Numbers on the value axis. */
  tick: '#4a5566',
  /** Values written on the bars, panel headings. */
  label: '#1b2430',
  /** A target's value label, and the context lines (unit, filters, sources) of an export. */
  meta: '#3d4451',
  /** The title of an exported image. */
  title: '#082b4c',
  /** Horizontal gridlines. */
  grid: '#e3e7ed',
  /** The background of a chart and an exported image, and between the derived stripes. */
  background: '#ffffff',
} as const satisfies Record<string, `#${string}`>;

/** Opacity of the band the tooltip draws behind the bars under the pointer (in the actual colour). */
export const TOOLTIP_CURSOR_OPACITY = 0.06;

/**
 * The projector theme: text at 7:1 or more against its background, because a projector washes
 * out contrast. tests/unit/palette.test.ts checks every pair used for text.
 */
export const projectorTheme = {
  background: '#ffffff',
  ink: '#0a1a2b',
  muted: '#2e3642',
  accent: '#06365f',
  letterbox: '#0a1a2b',
  warningInk: '#5c3000',
  okInk: '#0f4023',
} as const satisfies Record<string, `#${string}`>;

export interface AxisColours {
  /** Category names on an axis. */
  category: `#${string}`;
  /** Numbers on the value axis. */
  tick: `#${string}`;
  /** A target's value label. */
  targetLabel: `#${string}`;
}

/** The text around a chart: on a projector all of it in the theme's ink, which washes out less. */
export function axisColours(projector: boolean): AxisColours {
  return projector
    ? { category: projectorTheme.ink, tick: projectorTheme.ink, targetLabel: projectorTheme.ink }
    : { category: chartInk.category, tick: chartInk.tick, targetLabel: chartInk.meta };
}

/**
 * One colour per topic, by the topic's place in the programme's list. Chosen from Okabe & Ito's
 * and Paul Tol's colour-blind-safe sets as the six that stay furthest apart (CIE ΔE ≥ 20) for
 * normal, protan, deutan and tritan vision alike, each with at least 3:1 contrast on white.
 * In greyscale the topics are told apart by the labels on their bars.
 */
export const topicColours = [
  '#0072b2', // blue: economic development
  '#cc79a7', // reddish purple: culture and society
  '#999933', // olive: construction, land, environment
  '#332288', // indigo: administrative reform, science
  '#882255', // wine: security and defence
  '#ee6677', // rose: party building
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

export type Vision = 'normal' | 'protan' | 'deutan' | 'tritan';

// Machado, Oliveira & Fernandes (2009), full severity, applied to linear RGB.
const CVD_MATRICES: Record<Vision, readonly number[]> = {
  normal: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  protan: [
    0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
  ],
  deutan: [
    0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
  ],
  tritan: [
    1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039,
  ],
};

function linearRgb(hex: string): [number, number, number] {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((i) => {
    const c = parseInt(value.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

/** How a colour looks to a viewer with the given colour vision, as CIE L*a*b*. */
export function perceivedLab(hex: string, vision: Vision): [number, number, number] {
  const [r, g, b] = linearRgb(hex);
  const m = CVD_MATRICES[vision];
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const at = (i: number) => m[i] ?? 0;
  const R = clamp(at(0) * r + at(1) * g + at(2) * b);
  const G = clamp(at(3) * r + at(4) * g + at(5) * b);
  const B = clamp(at(6) * r + at(7) * g + at(8) * b);
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference as a viewer with the given colour vision sees it. */
export function perceivedDifference(a: string, b: string, vision: Vision): number {
  const labA = perceivedLab(a, vision);
  const labB = perceivedLab(b, vision);
  return Math.hypot(labA[0] - labB[0], labA[1] - labB[1], labA[2] - labB[2]);
}
