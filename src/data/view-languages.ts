import type { Dataset } from '../domain/schema';
import type { Lang } from '../domain/url-state';

/**
 * Data of more figures than this has what its views share worked out a step a task before it is
 * shown in a language (share-view-work.ts); less is worked out with its first view, in a task of
 * well under 100 ms.
 */
export const STEPS_FROM = 20_000;

const shared: Record<Lang, WeakSet<Dataset>> = { vi: new WeakSet(), en: new WeakSet() };

/** Whether the dataset's views in `lang` can be built at once, with no long task. */
export const viewSharedIn = (dataset: Dataset, lang: Lang): boolean =>
  dataset.observations.length <= STEPS_FROM || shared[lang].has(dataset);

/** Notes that what the dataset's views in `lang` share is worked out (share-view-work.ts). */
export const viewShared = (dataset: Dataset, lang: Lang) => shared[lang].add(dataset);
