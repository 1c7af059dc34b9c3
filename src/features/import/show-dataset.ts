import type { QueryClient } from '@tanstack/react-query';
import { cacheActiveDataset, type ActiveDataset } from '../../data/dataset-query';
import { useDashboardStore } from '../../state/dashboard-store';

/**
 * Shows other data (an import, or the bundled data again): the headline cards start again from
 * their first page, then the cache is given the data (app/boot.ts, watching the cache, lets the
 * page the build drew go). The store first, so no render draws the new data's every card.
 */
export function showDataset(queryClient: QueryClient, active: ActiveDataset): void {
  useDashboardStore.getState().actions.dataReplaced();
  cacheActiveDataset(queryClient, active);
}
