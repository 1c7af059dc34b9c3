import { localize } from '../observations';
import type { Dataset, Source } from '../schema';
import type { Lang } from '../url-state';
import { cachedPerObject, cachedWithin } from './cache';
import { wholeFactsOf } from './district-part';
import type { SourceRef, SourceView } from './types';

export type SourceRefOf = (source: Source) => SourceRef;

/** One reference per source for the whole view, however many rows cite it. */
export function sourceRefsFor(lang: Lang): SourceRefOf {
  return cachedWithin((source: Source): SourceRef => ({
    id: source.id,
    label: source.title ?? (source.description ? localize(source.description, lang) : source.file),
    isDescription: source.title == null,
    date: source.date,
    file: source.file,
  }));
}

/** A source a note cites that the dataset does not list: named by its id. */
export function missingSource(id: string): SourceRef {
  return { id, label: id, isDescription: true, date: null, file: id };
}

/**
 * How many times each source is cited in the whole dataset (for one district's part of a
 * dataset, in its whole: district-part.ts).
 */
export const citationCounts = cachedPerObject((dataset: Dataset): Map<string, number> => {
  const whole = wholeFactsOf(dataset);
  if (whole) return new Map(Object.entries(whole.citations));
  const citations = new Map<string, number>();
  for (const obs of dataset.observations) {
    citations.set(obs.source, (citations.get(obs.source) ?? 0) + 1);
  }
  return citations;
});

/** Every source of the dataset, with how many of its figures cite it. */
export function sourceViews(dataset: Dataset, lang: Lang, sourceRef: SourceRefOf): SourceView[] {
  const citations = citationCounts(dataset);
  return dataset.sources.map((source): SourceView => ({
    ...sourceRef(source),
    publisher: source.publisher,
    author: source.author ?? null,
    note: source.note ? localize(source.note, lang) : null,
    figureCount: citations.get(source.id) ?? 0,
  }));
}
