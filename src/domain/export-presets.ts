/** Image sizes for the export menu, in CSS pixels before the scale is applied. */
export type PresetId = 'screen' | 'slide-16-9' | 'slide-4-3' | 'a4-landscape';

export interface Preset {
  id: PresetId;
  /** Fixed frame; null for "as on screen", which takes the chart's width on the page. */
  width: number | null;
  height: number | null;
  /** Type and line widths relative to the screen: a slide is read from across a room. */
  typeScale: number;
  scales: readonly number[];
  defaultScale: number;
}

export const PRESETS: readonly Preset[] = [
  { id: 'screen', width: null, height: null, typeScale: 1, scales: [1, 2, 3], defaultScale: 2 },
  { id: 'slide-16-9', width: 1920, height: 1080, typeScale: 1.6, scales: [1, 2], defaultScale: 1 },
  { id: 'slide-4-3', width: 1600, height: 1200, typeScale: 1.45, scales: [1, 2], defaultScale: 1 },
  // A4 landscape, 297 × 210 mm, at 96 px per inch; 2× gives about 190 dpi, 3× about 290.
  {
    id: 'a4-landscape',
    width: 1123,
    height: 794,
    typeScale: 1,
    scales: [1, 2, 3],
    defaultScale: 2,
  },
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
