import type { QueryClient } from '@tanstack/react-query';
import {
  cacheActiveDataset,
  datasetQueryOptions,
  prepareViewOf,
  type ActiveDataset,
} from '../../data/dataset-query';
import { parseDataAddress, searchWithDataAddress } from '../../domain/data-address';
import { wholeViewReplaced } from '../../rendering';
import { useDashboardStore } from '../../state/dashboard-store';

/**
 * Shows other data (an import, or the bundled data again): its view is built first, in a task of
 * its own (after a large import's shared view work, done by the import dialog: its view would
 * otherwise freeze the page as it is drawn); then the headline
 * cards start again from their first page, and the cache is given the data (app/boot.ts, watching
 * the cache, lets the page the build drew go). The store first, so no render draws the new data's
 * every card; its parts are placed as the first view's are (rendering/first-view.ts).
 */
export async function showDataset(queryClient: QueryClient, active: ActiveDataset): Promise<void> {
  const { year, topic, unit, lang } = useDashboardStore.getState();
  await prepareViewOf(active.dataset, { year, topic, unit }, lang);
  // Newer data shown meanwhile (another tab's import announced while this was prepared) stays.
  const shown = queryClient.getQueryData<ActiveDataset>(datasetQueryOptions().queryKey);
  if (shown && shown.revision > active.revision) return;
  // The page's own data shown where the address named other data: the address no longer does.
  if (active.origin.kind !== 'remote') dropDataAddress();
  useDashboardStore.getState().actions.dataReplaced();
  wholeViewReplaced();
  cacheActiveDataset(queryClient, active);
}

function dropDataAddress(): void {
  const { pathname, search, hash } = window.location;
  if (parseDataAddress(search).kind === 'none') return;
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${searchWithDataAddress(search, null)}${hash}`,
  );
}
