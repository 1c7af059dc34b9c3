import type { ActiveDataset } from '../../data/dataset-query';

/**
 * A downloaded copy's name, without its extension: which data, and from when; for a file too
 * large for a page, opened at one district, that district's (all that was read, and all that
 * is downloaded).
 */
export function datasetFileBase(active: ActiveDataset): string {
  const { origin } = active;
  if (origin.kind === 'imported') return `du-lieu_${origin.importedAt.slice(0, 10)}`;
  if (origin.kind === 'remote')
    return `du-lieu-mo-tu-dia-chi_${origin.only ? `${origin.only.unit}_` : ''}${origin.openedAt.slice(0, 10)}`;
  return 'du-lieu-goc';
}
