import type { Dataset, Observation } from '../domain/schema';
import { resolveFilters, type Filters, type Lang } from '../domain/url-state';
import { recentlyUsed } from '../domain/view/cache';
import type { DashboardView } from '../domain/view-model';
import { buildDashboardView, filterOptions } from '../domain/view/dashboard';
import { wholeFactsOf, withWholeFacts, type WholeFacts } from '../domain/view/district-part';
import { citationCounts } from '../domain/view/sources';
import { setFirstView, type FirstView } from './first-view';

/**
 * One district's page shown from that district's figures before the rest of a large dataset is
 * read (first-view.ts): a kept import's (kept-first-view.ts) or a file opened from an address
 * (remote-dataset.ts). Loaded with either, never with the page.
 */

/**
 * The district's page a visit opened, asked for first (dataset-query.ts): its filters and
 * language, and how to keep its view as the whole's once the whole has come (the page's cache of
 * views).
 */
export interface DistrictFirstAsked {
  asked: Filters;
  lang: Lang;
  keep(dataset: Dataset, filters: Filters[], view: FirstView['view']): void;
}

/**
 * The view of the district `asked` names, built by the domain's own functions from its part
 * (domain/view/district-part.ts: its figures, the dataset's definitions, what its view shows of
 * the whole), shown first and returned.
 */
export function showDistrict(
  part: { parts: Omit<Dataset, 'observations'>; observations: Observation[]; whole: WholeFacts },
  asked: Pick<DistrictFirstAsked, 'asked' | 'lang'>,
  origin: FirstView['origin'],
  revision: number,
): FirstView {
  const { parts, observations, whole } = part;
  const dataset = withWholeFacts(parts, observations, whole);
  // Another year or topic of the same district, while the rest is read: the whole's view of it.
  return showPart(
    dataset,
    asked,
    origin,
    revision,
    (filters, view) => filters.unit != null && filters.unit === view.filters.unit,
  );
}

/**
 * The view `asked` names, built by the domain's own functions from a part of the data that gives
 * it as the whole does (a district's, or a year's or topic's: domain/view/view-part.ts; made by
 * withWholeFacts, district-part.ts), shown first and returned; with the views of the other
 * filters it `covers` (as the whole resolves them). `of`: what the part is of (by default, the
 * district shown).
 */
export function showPart(
  dataset: Dataset,
  { asked, lang }: Pick<DistrictFirstAsked, 'asked' | 'lang'>,
  origin: FirstView['origin'],
  revision: number,
  covers: (filters: Filters, shown: DashboardView) => boolean,
  of?: Filters,
): FirstView {
  const whole = wholeFactsOf(dataset);
  if (!whole) throw new Error('A part is shown with its whole’s facts.');
  const view = buildDashboardView(dataset, asked, lang);
  const views = recentlyUsed<DashboardView>(4);
  const key = (filters: Filters, other: Lang) =>
    JSON.stringify([filters.year, filters.topic, filters.unit, other]);
  // The view shown, for the filters it was asked for or as they resolve.
  views(dataset, key(view.filters, lang), () => view);
  const viewFor = (filters: Filters, other: Lang) => {
    const resolved = resolveFilters(filters, filterOptions(dataset));
    return covers(resolved, view)
      ? views(dataset, key(resolved, other), () => buildDashboardView(dataset, filters, other))
      : null;
  };
  const shown: FirstView = {
    asked,
    lang,
    view,
    of: of ?? { year: null, topic: null, unit: view.filters.unit },
    viewFor,
    whole,
    part: dataset,
    origin,
    revision,
  };
  setFirstView(shown);
  return shown;
}

/**
 * Keeps the district's view shown first as the whole's view for the same filters: it is the same
 * view, and the page then draws nothing again when the whole arrives. Only for a whole known to
 * hold the figures the view was built from (the caller's: a kept import compared by digest, a
 * file's layout checked against its figures) and whose years and citations are those the view
 * showed; else the whole's own view is drawn.
 */
export function keepFirstView(
  dataset: Dataset,
  shown: FirstView,
  keep: DistrictFirstAsked['keep'],
): void {
  const citations = citationCounts(dataset);
  const sameWhole =
    JSON.stringify(filterOptions(dataset).years) === JSON.stringify(shown.whole.years) &&
    citations.size === Object.keys(shown.whole.citations).length &&
    [...citations].every(([source, count]) => shown.whole.citations[source] === count);
  if (sameWhole) keep(dataset, [shown.asked, shown.view.filters], shown.view);
}
