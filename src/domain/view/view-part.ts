import type { Dataset, Observation } from '../schema';
import { resolveFilters, type Filters } from '../url-state';
import type { WholeFacts } from './district-part';

/**
 * The figures a view of one year, or one topic, reads: a part of a large dataset that, with the
 * whole's facts (district-part.ts), gives that year's or topic's views as the whole does, so a
 * visit to such a page can show it before the rest is read (data/kept-load.ts). A district's
 * part is district-part.ts's; this one is for pages of every district. Pure.
 */

/** What a row says of itself, as its columns hold it (no object made for it). */
export interface PartRow {
  unit: string;
  metric: string;
  period: string;
  /** The row's own topic (a part of a breakdown), else null. */
  topic: string | null;
  /** The period a stated growth compares with, else null. */
  comparedTo: string | null;
}

/**
 * The part, found in two passes over every row: `note` each row, then `keeps` tells which rows
 * belong (a year's figures compare with periods its own rows name, in any year).
 */
export interface ViewPart {
  /** The filters as the whole resolves them: the year and topic the part is of. */
  filters: Filters;
  note(row: PartRow): void;
  keeps(row: PartRow): boolean;
  /** Whether the part gives the view of these (resolved) filters as the whole does. */
  covers(filters: Filters): boolean;
}

/**
 * The part a view of `asked` reads, or null when it reads the whole (no year and no topic the
 * whole holds; a district's page is read by district-part.ts's rule).
 *
 * - **A year:** its figures; the figures its stated growths compare with (a chart's computed
 *   growth reads them, in whatever year); and the figures whose stated growth compares with a
 *   period of that year (the resolution derives that year's figure from them,
 *   domain/observations.ts).
 * - **A topic:** every figure of an indicator of that topic; every figure of an indicator that
 *   spans the topics (its parts by topic, and its totals, which a breakdown is drawn beside); and
 *   every figure of an indicator one of whose figures names that topic as its own.
 *
 * Both asked: the figures both keep.
 */
export function viewPart(
  parts: Omit<Dataset, 'observations'>,
  whole: WholeFacts,
  asked: Filters,
): ViewPart | null {
  const filters = resolveFilters(
    { ...asked, unit: null },
    {
      years: whole.years,
      topicIds: parts.topics.map((topic) => topic.id),
      unitIds: [],
    },
  );
  const { year, topic } = filters;
  if (year == null && topic == null) return null;
  const yearOf = new Map(parts.periods.map((period) => [period.id, period.year]));
  const topicOf = new Map(parts.metrics.map((metric) => [metric.id, metric.topic]));
  // The periods the year's stated growths compare with; the indicators with a figure of the topic.
  const compared = new Set<string>();
  const named = new Set<string>();
  const inYear = (period: string | null) => period != null && yearOf.get(period) === year;
  const keepsYear = (row: PartRow) =>
    year == null || inYear(row.period) || inYear(row.comparedTo) || compared.has(row.period);
  const keepsTopic = (row: PartRow) => {
    if (topic == null) return true;
    const own = topicOf.get(row.metric);
    return own === topic || own == null || named.has(row.metric);
  };
  return {
    filters,
    note(row) {
      if (year != null && row.comparedTo != null && inYear(row.period))
        compared.add(row.comparedTo);
      if (topic != null && row.topic === topic) named.add(row.metric);
    },
    keeps: (row) => keepsYear(row) && keepsTopic(row),
    covers: (shown) =>
      (year == null || shown.year === year) && (topic == null || shown.topic === topic),
  };
}

/** An observation's row, as the part reads it. */
export const partRow = (obs: Observation): PartRow => ({
  unit: obs.unit,
  metric: obs.metric,
  period: obs.period,
  topic: obs.topic ?? null,
  comparedTo: obs.statedGrowth?.comparedTo ?? null,
});

/** The observations the part keeps, in order (both passes over them). */
export function figuresOfPart(part: ViewPart, observations: readonly Observation[]): Observation[] {
  for (const obs of observations) part.note(partRow(obs));
  return observations.filter((obs) => part.keeps(partRow(obs)));
}
