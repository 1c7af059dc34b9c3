import type { Dataset } from '../domain/schema';
import type { Lang } from '../domain/url-state';
import { sharedViewSteps } from '../domain/view/shared-steps';
import { nextTask } from './next-task';

/**
 * What every view of a dataset shares (domain/view/shared-steps.ts), worked out a step a task:
 * a large kept import's before it is handed over (kept-load.ts), a dataset opened from an
 * address's (remote-dataset.ts) and an import's before it is shown (the import dialog), so
 * before any render reads it (360,000 figures would otherwise be a second of one task). Loaded
 * with those, never for the bundled data.
 */
export async function shareViewWork(dataset: Dataset, lang: Lang): Promise<void> {
  for (const step of sharedViewSteps(dataset, lang)) {
    await nextTask();
    step();
  }
}
