import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { blockedAsMixedContent, parseDataAddress } from '../domain/data-address';
import type { Dataset } from '../domain/schema';
import type { Filters, Lang } from '../domain/url-state';
import type { Problem } from '../domain/validate';
import { recentlyUsed } from '../domain/view/cache';
import { buildDashboardView, type DashboardView } from '../domain/view-model';
import { parseDatasetText } from './dataset-check';
import type { DistrictFirstAsked } from './district-first';
import { keptRevision, readStoredDataset } from './stored-dataset';
import { nextTask } from './next-task';
import { openRemote } from './open-remote';
import { RemoteDatasetError } from './remote-error';
import { STEPS_FROM, viewSharedIn } from './view-languages';
import { firstView } from './first-view';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

export const datasetKeys = {
  all: ['dataset'] as const,
  active: (url: string) => [...datasetKeys.all, 'active', url] as const,
};

/** The file was read but is not a valid dataset: the problems say where and what. */
export class DatasetInvalidError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Dataset invalid: ${problems.length} problem(s)`);
    this.name = 'DatasetInvalidError';
  }
}

/** The file could not be fetched at all. */
export class DatasetLoadError extends Error {
  constructor(readonly status: number | null) {
    super(`Dataset could not be loaded (${status ?? 'network error'})`);
    this.name = 'DatasetLoadError';
  }
}

/** The single-file build carries its dataset inside the page: a file:// page cannot fetch. */
function embeddedDatasetText(): string | null {
  return document.getElementById('bundled-dataset')?.textContent ?? null;
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const embedded = embeddedDatasetText();
  if (embedded != null) {
    const result = await parseDatasetText(embedded);
    if (!result.ok) throw new DatasetInvalidError(result.problems);
    return result.data;
  }
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new DatasetLoadError(null);
  }
  if (!response.ok) throw new DatasetLoadError(response.status);
  const result = await parseDatasetText(await response.text());
  if (!result.ok) throw new DatasetInvalidError(result.problems);
  return result.data;
}

/** The data on screen: an import kept in this browser, or the bundled file. */
export interface ActiveDataset {
  dataset: Dataset;
  origin:
    | { kind: 'bundled'; storedUnreadable: boolean }
    | { kind: 'imported'; fileName: string; importedAt: string }
    /**
     * Opened from the address the page's address names (domain/data-address.ts); not kept.
     * `only`: a file of more figures than a page holds, of which one district's alone were read.
     */
    | {
        kind: 'remote';
        url: string;
        openedAt: string;
        only?: { unit: string; figures: number } | undefined;
      };
  /** The revision of what is kept that this shows (src/data/stored-dataset.ts). */
  revision: number;
  /** Shown because another tab changed what is kept: said on the page. */
  changedElsewhere?: boolean;
}

/** The language a large dataset's shared work is done in as it loads: the page's (app/boot.ts). */
let loadLanguage: Lang = 'vi';
export function setLoadLanguage(lang: Lang): void {
  loadLanguage = lang;
}

/**
 * The filters the page opened with (app/boot.ts): the view of the district they name, of a large
 * kept import or a file opened from an address, or of the year or topic they name, of a large
 * kept import, is shown before the rest of it is read (data/first-view.ts). Asked for once, by
 * the first read; a read after it (a retry, another tab's import) shows the whole at once.
 */
let openingFilters: Filters | null = null;
export function setOpeningFilters(filters: Filters): void {
  openingFilters = filters;
}

/**
 * The view the page opened with, asked for first (data/district-first.ts), once: a district's,
 * or a year's or topic's (which only a kept import shows first: an address's file is read whole
 * but for a district).
 */
function askedFirst(): DistrictFirstAsked | undefined {
  const opening = openingFilters;
  openingFilters = null;
  if (!opening || (opening.unit ?? opening.year ?? opening.topic) == null) return undefined;
  const lang = loadLanguage;
  return {
    asked: opening,
    lang,
    // The view shown first kept as the whole's.
    keep: (dataset, asked, view) => {
      for (const filters of asked) recentViews(dataset, viewKey(filters, lang), () => view);
    },
  };
}

export async function fetchActiveDataset(
  url: string,
  signal?: AbortSignal,
): Promise<ActiveDataset> {
  const address = parseDataAddress(window.location.search);
  if (address.kind === 'bad') throw new RemoteDatasetError('badAddress');
  if (address.kind === 'url') {
    if (blockedAsMixedContent(address.url, window.location.protocol))
      throw new RemoteDatasetError('insecure');
    return openFromAddress(address.url, signal);
  }
  return fetchPageDataset(url, signal);
}

/** The page's own data: an import kept in this browser, or else the bundled file. */
export async function fetchPageDataset(url: string, signal?: AbortSignal): Promise<ActiveDataset> {
  // Both start at once: reading the browser's store first would put the bundled file's download
  // behind it (a waterfall) on every visit of someone who never imported anything. (The single
  // file's embedded data needs no download, and is parsed only if it is needed.)
  const bundledRequest = new AbortController();
  signal?.addEventListener('abort', () => bundledRequest.abort(), { once: true });
  const bundled = embeddedDatasetText() == null ? fetchDataset(url, bundledRequest.signal) : null;
  // Marked as handled at once: when an import is shown, the bundled file's failure (offline,
  // say) must not surface; when it is needed, the await below still rejects.
  bundled?.catch(() => undefined);
  const stored = await readStoredDataset(loadLanguage, askedFirst());
  if (stored.kind === 'ok') {
    // Not needed: stop the download, and do not parse it.
    bundledRequest.abort();
    const { dataset, fileName, importedAt } = stored.stored;
    return {
      dataset,
      origin: { kind: 'imported', fileName, importedAt },
      revision: stored.revision,
    };
  }
  const dataset = await (bundled ?? fetchDataset(url, signal));
  return {
    dataset,
    origin: { kind: 'bundled', storedUnreadable: stored.kind === 'unreadable' },
    revision: stored.revision,
  };
}

/**
 * The dataset the page's address names, read from the web (data/remote-dataset.ts, loaded only
 * then): neither the bundled file nor a kept import is read, and a kept import stays as it was.
 */
async function openFromAddress(url: string, signal?: AbortSignal): Promise<ActiveDataset> {
  // What is kept's revision, for an import made while this is shown to be kept over it.
  const revision = keptRevision();
  const opened = await openRemote(url, loadLanguage, signal, askedFirst());
  if (!opened.ok) throw new DatasetInvalidError(opened.problems);
  return {
    dataset: opened.dataset,
    origin: { kind: 'remote', url, openedAt: new Date().toISOString(), only: opened.only },
    revision: await revision,
  };
}

export function datasetQueryOptions(url: string = DATASET_URL) {
  return queryOptions({
    queryKey: datasetKeys.active(url),
    queryFn: ({ signal }) => fetchActiveDataset(url, signal),
    staleTime: Infinity,
    // A dataset is replaced whole, never edited: a deep comparison of a new one with the last
    // (react-query's default) only costs time (80 ms of applying a 36,000-figure import).
    structuralSharing: false,
  });
}

/**
 * Other data (an import, or the bundled data again) in the cache, for the page to show. What the
 * page does besides is the caller's: src/features/import/show-dataset.ts.
 */
export function cacheActiveDataset(queryClient: QueryClient, active: ActiveDataset): void {
  queryClient.setQueryData(datasetQueryOptions().queryKey, active);
}

/** The dashboard's view model for the current filters, derived from the cached dataset. */
export function useDashboardView(filters: Filters, lang: Lang) {
  const { year, topic, unit } = filters;
  const select = useCallback(
    (active: ActiveDataset): DashboardView => viewFor(active.dataset, { year, topic, unit }, lang),
    [year, topic, unit, lang],
  );
  // No structural sharing: viewFor already returns the same view for the same inputs, and a deep
  // comparison of a new view with the last (react-query's default for a select) took longer than
  // building it on the whole dashboard of a city's districts (155 ms of a change).
  return useQuery({ ...datasetQueryOptions(), select, structuralSharing: false });
}

// The views last built: the one built ahead of the first render (prepareDashboardView) is the one
// the render uses, and going back to filters just seen (Back, a filter chosen and cleared again)
// builds nothing, and gives React the objects it drew before. A view is a pure function of its
// inputs, so the same inputs may have the same view.
const RECENT_VIEWS = 4;
const recentViews = recentlyUsed<DashboardView>(RECENT_VIEWS);

const viewKey = (filters: Filters, lang: Lang) =>
  JSON.stringify([filters.year, filters.topic, filters.unit, lang]);

function viewFor(dataset: Dataset, filters: Filters, lang: Lang): DashboardView {
  return recentViews(dataset, viewKey(filters, lang), () =>
    buildDashboardView(dataset, filters, lang),
  );
}

/**
 * Builds the view for these filters from the cached data, if it is there: src/main.tsx calls it
 * in a task of its own before the first render, which is then that much shorter (a long task
 * on a phone either way, but two shorter ones let a tap through between them).
 */
export function prepareDashboardView(
  queryClient: QueryClient,
  filters: Filters,
  lang: Lang,
): DashboardView | null {
  const active = queryClient.getQueryData(datasetQueryOptions().queryKey);
  return active ? viewFor(active.dataset, filters, lang) : null;
}

/**
 * The view of filters a reader chose, built in a task of its own before the page draws it
 * (state/dashboard-store.ts waits for it), when the data is large: at the bench's 100× a year of
 * every district is about 50 ms to work out and as much to draw, two tasks rather than one long
 * one. Undefined for data whose views are built at once.
 */
export function prepareFiltersView(
  queryClient: QueryClient,
  state: Filters & { lang: Lang },
): Promise<void> | undefined {
  const shown = shownData(queryClient);
  if (shown && shown.observations.length > STEPS_FROM)
    return prepareViewOf(shown, state, state.lang);
}

/**
 * Builds the view of a dataset about to be shown in a task of its own, so that showing it is a
 * render and no more (a large import's shared view work is done before: the import dialog's).
 */
export async function prepareViewOf(dataset: Dataset, filters: Filters, lang: Lang): Promise<void> {
  await nextTask();
  viewFor(dataset, filters, lang);
  await nextTask();
}

/**
 * Whether the data shown can be shown in `lang` at once: what its views share is worked out in
 * that language (always, for data small enough to work it out with its view). The page changes
 * language only then (app/connect-store.ts), so that a city's headline cards and charts made
 * again in English are no long task.
 */
export function viewReadyIn(queryClient: QueryClient, lang: Lang): boolean {
  const shown = shownData(queryClient);
  return !shown || viewSharedIn(shown, lang);
}

/** Works out what the shown data's views in `lang` share, a step a task, unless it is done. */
export async function prepareViewIn(queryClient: QueryClient, lang: Lang): Promise<void> {
  const shown = shownData(queryClient);
  if (shown && !viewSharedIn(shown, lang))
    await import('./share-view-work').then((work) => work.shareViewWork(shown, lang));
}

/** The data the page's views are of: the whole's, or while it is read, the part shown first. */
const shownData = (queryClient: QueryClient) =>
  queryClient.getQueryData(datasetQueryOptions().queryKey)?.dataset ?? firstView.get()?.part;

const selectActive = (active: ActiveDataset) => active;

/** Which data is shown (bundled or imported), and the dataset itself, for import and download. */
export function useActiveDataset() {
  return useQuery({ ...datasetQueryOptions(), select: selectActive });
}
