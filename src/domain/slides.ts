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
