import type { Dataset } from '../domain/schema';
import type { Filters, Lang } from '../domain/url-state';
import { plainStore } from './plain-store';
import type { DashboardView } from '../domain/view-model';
import type { WholeFacts } from '../domain/view/district-part';

/**
 * A view shown before the page's data has all been read: one district's, of a large kept import,
 * read from that district's chunks (kept-first-view.ts), or of a file opened from an address,
 * read from that district's row groups (remote-dataset.ts); or one year's or topic's, of a large
 * kept import, from that part of its chunks (kept-first-view.ts). Set while the rest is read,
 * kept as the whole's view once that has come (the same view), and dropped from here then
 * (app/boot.ts). The page shows it for the filters and language it was built for, and the other
 * views its part holds (the same district's years and topics; the same year's districts and
 * topics), built from its figures (`viewFor`; Shell): any other waits for the whole.
 */
export interface FirstView {
  /** The filters the page's address asked for, and as the view resolved them (`view.filters`). */
  asked: Filters;
  lang: Lang;
  view: DashboardView;
  /**
   * What the part shown is of: its district, or its year or topic (the others null). Its views
   * are those of these filters with any of the others.
   */
  of: Filters;
  /**
   * The view of these filters, in either language, from the part's figures (the whole's view of
   * them, as `view` is, which it gives for its own filters); null for filters it does not hold.
   */
  viewFor(filters: Filters, lang: Lang): DashboardView | null;
  /** What the view showed of the whole (years, citations): the whole's own must agree to keep it. */
  whole: WholeFacts;
  /**
   * The part's data: what its views share is worked out in another language before the page
   * changes to it (dataset-query.ts's prepareViewIn), as the whole's is.
   */
  part: Dataset;
  /**
   * The import it is of, and the revision of what is kept it was read from; or the address it
   * is opened from (the revision then that of what is kept, untouched).
   */
  origin:
    | { kind: 'imported'; fileName: string; importedAt: string }
    | { kind: 'remote'; url: string; openedAt: string };
  revision: number;
}

export const firstView = plainStore<FirstView | null>(null);
export const setFirstView = firstView.set;

/**
 * The first view as shown for these filters in this language: itself, for the filters it was
 * asked for (or as they resolve); the view of other filters its part holds (`viewFor`, which
 * gives the view shown for those); else null.
 */
export function firstViewOf(shown: FirstView | null, filters: Filters, lang: Lang) {
  const view = shown?.viewFor(filters, lang);
  return view ? (view === shown!.view ? shown : { ...shown!, view }) : null;
}
