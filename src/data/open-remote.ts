import type { Lang } from '../domain/url-state';
import type { DistrictFirstAsked } from './district-first';
import type { openRemoteDataset } from './remote-dataset';
import { setRemoteProgress } from './remote-progress';

/**
 * The reader of data opened from an address (remote-dataset.ts, a chunk loaded for it alone),
 * its progress given to the page's store (remote-progress.ts), its views' shared work done in
 * `lang` before it is handed over.
 */
export async function openRemote(
  url: string,
  lang: Lang,
  signal?: AbortSignal,
  first?: DistrictFirstAsked,
): ReturnType<typeof openRemoteDataset> {
  return (await import('./remote-dataset')).openRemoteDataset(
    url,
    setRemoteProgress,
    lang,
    signal,
    first,
  );
}
