/** Image sizes for the export menu, in CSS pixels before the scale is applied. */
export type PresetId = 'screen' | 'slide-16-9' | 'slide-4-3' | 'a4-landscape';

/**
 * The least type size and the title's on an image, in the unit its reader thinks in: pixels of
 * the slide for a slide (what a projector shows, what PowerPoint places at 1920 px wide), points
 * for a printed page.
 */
export interface TypeSpec {
  unit: 'px' | 'pt';
  smallest: number;
  title: number;
}

export interface Preset {
  id: PresetId;
  /** Fixed frame; null for "as on screen", which takes the chart's width on the page. */
  width: number | null;
  height: number | null;
  /** The type it promises (tested on the exported SVG); null: as on screen. */
  type: TypeSpec | null;
  /** Type and line widths relative to the screen, from `type` (typeScaleFor). */
  typeScale: number;
  /** The page's size in print, for an SVG that opens at its real size; null: none. */
  print: { widthMm: number; heightMm: number } | null;
  scales: readonly number[];
  defaultScale: number;
}

/**
 * The smallest text and the title of an image at type scale 1 (in the charts and the image's
 * own layout, compose.ts): axis ticks 12 px, the title 24 px. Every size scales from these.
 */
export const BASE_TYPE_PX = { smallest: 12, title: 24 } as const;

/** CSS pixels per point: 96 px to the inch, 72 pt to the inch. */
export const PX_PER_PT = 96 / 72;

export function typeSpecPx(type: TypeSpec): { smallest: number; title: number } {
  const factor = type.unit === 'pt' ? PX_PER_PT : 1;
  return { smallest: type.smallest * factor, title: type.title * factor };
}

/** The least type scale that gives both the smallest size and the title size the spec asks. */
export function typeScaleFor(type: TypeSpec | null): number {
  if (!type) return 1;
  const px = typeSpecPx(type);
  return Math.max(px.smallest / BASE_TYPE_PX.smallest, px.title / BASE_TYPE_PX.title);
}

/**
 * A slide is read from across a meeting room: no text under 24 px on a 1920 × 1080 slide (12 pt
 * on PowerPoint's 13.33 in wide slide), the title 48 px (24 pt), as the app's own presentation;
 * a 4:3 slide, 1600 × 1200, keeps the same sizes. A4 is read in the hand: 9 pt text and an
 * 18 pt title, as a printed report sets them.
 */
const SLIDE_TYPE: TypeSpec = { unit: 'px', smallest: 24, title: 48 };
const PRINT_TYPE: TypeSpec = { unit: 'pt', smallest: 9, title: 18 };

const preset = (fields: Omit<Preset, 'typeScale'>): Preset => ({
  ...fields,
  typeScale: typeScaleFor(fields.type),
});

export const PRESETS: readonly Preset[] = [
  preset({
    id: 'screen',
    width: null,
    height: null,
    type: null,
    print: null,
    scales: [1, 2, 3],
    defaultScale: 2,
  }),
  preset({
    id: 'slide-16-9',
    width: 1920,
    height: 1080,
    type: SLIDE_TYPE,
    print: null,
    scales: [1, 2],
    defaultScale: 1,
  }),
  preset({
    id: 'slide-4-3',
    width: 1600,
    height: 1200,
    type: SLIDE_TYPE,
    print: null,
    scales: [1, 2],
    defaultScale: 1,
  }),
  // A4 landscape, 297 × 210 mm, at 96 px per inch; 2× gives about 190 dpi, 3× about 290.
  preset({
    id: 'a4-landscape',
    width: 1123,
    height: 794,
    type: PRINT_TYPE,
    print: { widthMm: 297, heightMm: 210 },
    scales: [1, 2, 3],
    defaultScale: 2,
  }),
];

export function presetById(id: string): Preset {
  return PRESETS.find((preset) => preset.id === id) ?? (PRESETS[0] as Preset);
}

/** The PNG's size in device pixels. */
export function pixelSize(
  preset: Preset,
  scale: number,
  screenSize: { width: number; height: number },
): { width: number; height: number } {
  const width = preset.width ?? screenSize.width;
  const height = preset.height ?? screenSize.height;
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
