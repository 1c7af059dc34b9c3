import { compareVietnamese } from '../format';
import { byId, localize, previousFigure, resolveObservations } from '../observations';
import type { Dataset, Observation, Topic } from '../schema';
import { resolveFilters, type FilterOptions, type Filters, type Lang } from '../url-state';
import { cachedPerObject } from './cache';
import { wholeFactsOf } from './district-part';
import { buildFigures } from './figures';
import { buildKpis } from './kpis';
import { lookupFor } from './lookup';
import { unitRanks } from './order';
import { missingSource, sourceRefsFor, sourceViews, type SourceRefOf } from './sources';
import type { DashboardView, NoteView, Option } from './types';
import { visibleByMetric } from './visible';

/**
 * What can be filtered on: the years that hold figures or notes, the topics, the units. (For a
 * dataset whose whole's facts are known, a district's part or a validated kept whole, the
 * whole's years: district-part.ts.)
 */
export const filterOptions = cachedPerObject((dataset: Dataset): FilterOptions => ({
  years: wholeFactsOf(dataset)?.years ?? yearsWithData(dataset),
  topicIds: dataset.topics.map((topic) => topic.id),
  unitIds: dataset.units.map((unit) => unit.id),
}));

/**
 * The whole dashboard for one view: every number the screen, its tables and exports show.
 *
 * What a filter change costs grows with what it shows: each figure's charts (`panels`) are built
 * when first read (by a card drawn near the viewport, an export, a slide), so a dashboard of a
 * city's districts, with thousands of rows per figure, builds only the charts it draws. The view
 * is still a pure function of its inputs: reading `panels` gives the same charts whenever it is
 * read.
 */
export function buildDashboardView(
  dataset: Dataset,
  rawFilters: Filters,
  lang: Lang,
): DashboardView {
  const options = filterOptions(dataset);
  const filters = resolveFilters(rawFilters, options);
  const byMetric = visibleByMetric(dataset, filters);
  const sourceRef = sourceRefsFor(lang);
  const topics = byId(dataset.topics);
  const unitRank = unitRanks(dataset, lang);
  const context = { lookup: lookupFor(dataset), lang, sourceRef, topics, unitRank };

  const kpis = buildKpis(dataset, filters, lang, sourceRef);
  const figures = buildFigures(dataset, byMetric, filters, context);
  const notes = buildNotes(dataset, filters, lang, sourceRef, topics);
  const sources = sourceViews(dataset, lang, sourceRef);

  return {
    title: localize(dataset.title, lang),
    asOf: dataset.asOf,
    filters,
    yearRange:
      filters.year != null
        ? { from: filters.year, to: filters.year }
        : options.years.length > 0
          ? { from: Math.min(...options.years), to: Math.max(...options.years) }
          : null,
    topicsInOrder: topicOptions(dataset, lang),
    options: {
      years: options.years.map((year) => ({ value: year, label: String(year) })),
      topics: topicOptions(dataset, lang),
      units: dataset.units
        .map((unit) => ({ value: unit.id, label: localize(unit.name, lang) }))
        .sort((a, b) => compareVietnamese(a.label, b.label)),
    },
    kpis,
    figures,
    notes,
    sources,
    units: dataset.units.map((unit) => ({
      id: unit.id,
      name: localize(unit.name, lang),
      city: localize(unit.city, lang),
      inferredReason: unit.inferred ? localize(unit.inferred.reason, lang) : null,
    })),
    isEmpty: kpis.length === 0 && !figures.some((figure) => figure.hasData) && notes.length === 0,
  };
}

/** The years that hold figures (derived ones too) or notes, latest first. */
function yearsWithData(dataset: Dataset): number[] {
  const years = new Set<number>(resolveObservations(dataset).map((obs) => obs.period.year));
  for (const note of dataset.notes) if (note.year != null) years.add(note.year);
  return [...years].sort((a, b) => b - a);
}

/**
 * The years `yearsWithData` finds in some figures, without resolving them, added to `years`: a
 * figure's period's, and the year before's where the resolution derives a figure from a stated
 * growth. What a kept import's layout says of its whole, a chunk at a time (layout-builder.ts);
 * the unit tests hold the two equal.
 */
export function addFigureYears(
  years: Set<number>,
  yearOf: ReadonlyMap<string, number>,
  observations: readonly Observation[],
): void {
  for (const obs of observations) {
    const year = yearOf.get(obs.period);
    if (year !== undefined) years.add(year);
    if (obs.statedGrowth && previousFigure(obs) != null) {
      const before = yearOf.get(obs.statedGrowth.comparedTo);
      if (before !== undefined) years.add(before);
    }
  }
}

/** The topics in the programme's order. */
function topicOptions(dataset: Dataset, lang: Lang): Option<string>[] {
  return [...dataset.topics]
    .sort((a, b) => a.order - b.order)
    .map((topic) => ({ value: topic.id, label: localize(topic.name, lang) }));
}

function buildNotes(
  dataset: Dataset,
  filters: Filters,
  lang: Lang,
  sourceRef: SourceRefOf,
  topics: ReadonlyMap<string, Topic>,
): NoteView[] {
  return dataset.notes
    .filter(
      (note) =>
        (filters.unit == null || note.unit === filters.unit) &&
        (filters.year == null || note.year === filters.year) &&
        (filters.topic == null || note.topic === filters.topic),
    )
    .map((note): NoteView => {
      const unit = note.unit ? dataset.units.find((u) => u.id === note.unit) : undefined;
      const topic = note.topic ? topics.get(note.topic) : undefined;
      const source = dataset.sources.find((s) => s.id === note.source);
      return {
        id: note.id,
        text: localize(note.text, lang),
        unitName: unit ? localize(unit.name, lang) : null,
        year: note.year,
        topicName: topic ? localize(topic.name, lang) : null,
        source: source ? sourceRef(source) : missingSource(note.source),
      };
    });
}
