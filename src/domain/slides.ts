import type { DashboardView, FigureView, KpiView } from './view-model';

/**
 * The deck for the projector, built from the dashboard's view model: a title slide, then for
 * each topic its headline figures and its charts, then what spans every topic, then the sources.
 */
export type Slide =
  | { kind: 'title'; key: string }
  | {
      kind: 'kpis';
      key: string;
      topicName: string | null;
      kpis: KpiView[];
      part: number;
      parts: number;
    }
  | { kind: 'figure'; key: string; topicName: string | null; figure: FigureView }
  | { kind: 'sources'; key: string };

/** Cards per slide: three side by side stay legible from the back of a meeting room. */
export const KPIS_PER_SLIDE = 3;

export function buildSlides(view: DashboardView): Slide[] {
  const slides: Slide[] = [{ kind: 'title', key: 'title' }];
  const groups: { id: string | null; name: string | null }[] = [
    ...view.topicsInOrder.map((topic) => ({ id: topic.value, name: topic.label })),
    { id: null, name: null },
  ];
  for (const group of groups) {
    const kpis = view.kpis.filter((kpi) => kpi.topicId === group.id);
    const parts = Math.ceil(kpis.length / KPIS_PER_SLIDE);
    for (let part = 0; part < parts; part += 1) {
      slides.push({
        kind: 'kpis',
        key: `kpis-${group.id ?? 'all'}-${part + 1}`,
        topicName: group.name,
        kpis: kpis.slice(part * KPIS_PER_SLIDE, (part + 1) * KPIS_PER_SLIDE),
        part: part + 1,
        parts,
      });
    }
    for (const figure of view.figures.filter((f) => f.topicId === group.id && f.hasData)) {
      slides.push({ kind: 'figure', key: `figure-${figure.id}`, topicName: group.name, figure });
    }
  }
  slides.push({ kind: 'sources', key: 'sources' });
  return slides;
}

/** A slide number from the URL or a key press, kept within the deck. */
export function clampSlide(slide: number, count: number): number {
  if (!Number.isFinite(slide) || count < 1) return 1;
  return Math.min(count, Math.max(1, Math.round(slide)));
}

/**
 * The stage a deck is laid out on, in stage pixels, then scaled to the screen. Both are 1080
 * high, so every type size holds for both; a 4:3 screen gets a narrower stage rather than a
 * 16:9 one letterboxed (which lost a quarter of the screen to bars).
 */
export type StageShape = '16:9' | '4:3';
export interface Stage {
  shape: StageShape;
  width: number;
  height: number;
}
export const STAGES: Readonly<Record<StageShape, Stage>> = {
  '16:9': { shape: '16:9', width: 1920, height: 1080 },
  '4:3': { shape: '4:3', width: 1440, height: 1080 },
};

/**
 * The stage nearer the screen's shape. Shapes are compared as ratios on a log scale: the
 * boundary is their geometric mean, √(16/9 · 4/3) ≈ 1.54, so 16:10 (1.6) gets the wide stage
 * and 5:4 (1.25) the 4:3 one.
 */
export function stageFor(screen: { width: number; height: number }): Stage {
  if (!(screen.width > 0 && screen.height > 0)) return STAGES['16:9'];
  const ratio = screen.width / screen.height;
  const boundary = Math.sqrt((16 / 9) * (4 / 3));
  return ratio >= boundary ? STAGES['16:9'] : STAGES['4:3'];
}

/** The stage scaled to fit the screen whole, and centred: nothing cropped, nothing scrolls. */
export function fitStage(
  stage: Stage,
  screen: { width: number; height: number },
): { scale: number; left: number; top: number } {
  const scale = Math.min(screen.width / stage.width, screen.height / stage.height);
  return {
    scale,
    left: (screen.width - stage.width * scale) / 2,
    top: (screen.height - stage.height * scale) / 2,
  };
}

/**
 * Type on a projector is read as a share of the picture's height, whatever its resolution: a
 * 1024 × 768 projector throws its picture as large as a 1920 × 1080 one. So a size "in px
 * equivalent" is the size on screen scaled to a picture 1080 lines high; the deck's least size,
 * 24 px, is 2.2 % of the picture's height (17.1 screen px at 768 lines, 16 at 720).
 */
export const REFERENCE_LINES = 1080;
export const MIN_SLIDE_TEXT_PX = 24;

export function equivalentPx(screenPx: number, screenHeight: number): number {
  return (screenPx * REFERENCE_LINES) / screenHeight;
}
