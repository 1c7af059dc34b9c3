import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  cacheActiveDataset,
  DATASET_URL,
  datasetQueryOptions,
  fetchPageDataset,
  type ActiveDataset,
} from '../../data/dataset-query';
import { keptRevision, onKeptChangedElsewhere } from '../../data/stored-dataset';
import { parseDataAddress } from '../../domain/data-address';
import { showDataset } from './show-dataset';

/**
 * What is kept now, shown in place of what this tab showed, and said to have changed elsewhere:
 * the last import wins in every tab, and none shows another's data as if nothing happened.
 * Nothing is done when this tab already shows that revision (its own save, announced back).
 */
export async function showKeptFromElsewhere(queryClient: QueryClient): Promise<void> {
  await showKept(queryClient, true);
}

/**
 * What is kept now, read from storage and shown: another tab's (`elsewhere`, said as such), or
 * this tab's own import, kept but not brought back from the import's worker. Resolves to what
 * was read (the bundled data where the storage would not read; nothing where data the address
 * names stays shown).
 */
export async function showKept(
  queryClient: QueryClient,
  elsewhere = false,
): Promise<ActiveDataset | undefined> {
  // Data the page's address names (shown, or still being read) stays, whatever another tab keeps:
  // it was asked for by name. What it knows of the kept revision is brought up to date, so that
  // an import applied here is kept over the other tab's, and its report says the data changed.
  if (elsewhere && parseDataAddress(window.location.search).kind !== 'none') {
    const revision = await keptRevision();
    const shown = queryClient.getQueryData<ActiveDataset>(datasetQueryOptions().queryKey);
    if (shown?.origin.kind === 'remote' && shown.revision !== revision)
      cacheActiveDataset(queryClient, { ...shown, revision });
    return;
  }
  const latest = await fetchPageDataset(DATASET_URL);
  const shown = queryClient.getQueryData<ActiveDataset>(datasetQueryOptions().queryKey);
  if (shown && shown.origin.kind !== 'remote' && shown.revision === latest.revision) return shown;
  await showDataset(queryClient, elsewhere ? { ...latest, changedElsewhere: true } : latest);
  return latest;
}

/** Follows what another tab keeps (src/data/stored-dataset.ts announces every change). */
export function useKeptChangedElsewhere(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onKeptChangedElsewhere(() => {
        // A read that fails leaves the page as it is; the next change is followed again.
        void showKeptFromElsewhere(queryClient).catch(() => undefined);
      }),
    [queryClient],
  );
}
