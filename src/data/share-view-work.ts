import type { Dataset } from '../domain/schema';
import type { Lang } from '../domain/url-state';
import { sharedViewSteps } from '../domain/view/shared-steps';
import { nextTask } from './next-task';
import { viewShared } from './view-languages';

/**
 * What every view of a dataset shares (domain/view/shared-steps.ts), worked out a step a task:
 * a large kept import's before it is handed over (kept-load.ts), a dataset opened from an
 * address's (remote-dataset.ts), an import's before it is shown (the import dialog), and a
 * large dataset's in another language before the page changes to it (dataset-query.ts's
 * prepareViewIn), so before any render reads it (360,000 figures would otherwise be a second of
 * one task). Loaded with those, never for the bundled data.
 */
export async function shareViewWork(dataset: Dataset, lang: Lang): Promise<void> {
  for (const step of sharedViewSteps(dataset, lang)) {
    await nextTask();
    step();
  }
  viewShared(dataset, lang);
}

/**
 * How far a kept import is being read back (kept-load.ts): its figures made objects, then its
 * views' shared work (above). Said by whoever waits on it with nothing else to show, the import
 * dialog that has just kept a large import and shows it from storage. Null when none is being
 * read. Kept here, in a chunk both load already, rather than in a chunk of its own, which the
 * page's first script would have to name.
 */
export type KeptLoadProgress =
  { step: 'read'; read: number; total: number } | { step: 'prepare'; total: number };

let current: KeptLoadProgress | null = null;
const listeners = new Set<() => void>();

export const keptLoadProgress = {
  get: (): KeptLoadProgress | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(progress: KeptLoadProgress | null): void {
    current = progress;
    for (const listener of listeners) listener();
  },
};
