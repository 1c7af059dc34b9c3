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
