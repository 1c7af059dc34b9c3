import { useEffect } from 'react';
import {
  parseUrlState,
  sameFilters,
  sameView,
  serializeUrlState,
  type Filters,
  type UrlState,
} from '../../domain/url-state';
import { afterNextPaint } from '../../rendering';
import { selectUrlState, useDashboardStore } from '../../state/dashboard-store';

function urlFor(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/**
 * Keeps the address bar and the store in step. A change made on the page adds a history entry,
 * so Back returns to the previous view; Back and Forward bring the store along.
 *
 * The address is written once the change has painted: a history entry costs a few milliseconds,
 * and the user is waiting for the page, not for the address bar. It is read from the store when
 * written, so changes within one frame make one entry, and a Back in between is not undone.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const write = () => {
      cancel = null;
      const next = selectUrlState(useDashboardStore.getState());
      const search = serializeUrlState(next, window.location.search);
      if (search === window.location.search) return;
      // Compare views, not strings: Back onto `?lang=en&year=2022` shows the same view as
      // `?year=2022&lang=en`, and tidying that address must not add an entry and lose Forward.
      // Moving between slides is the same view too: Back leaves the presentation, slide by
      // slide would trap the presenter.
      if (sameView(parseUrlState(window.location.search), next)) {
        window.history.replaceState(null, '', urlFor(search));
      } else {
        window.history.pushState(null, '', urlFor(search));
      }
    };
    const unsubscribe = useDashboardStore.subscribe(() => {
      cancel ??= afterNextPaint(write);
    });
    const onPopState = () => {
      useDashboardStore.getState().actions.urlChanged(parseUrlState(window.location.search));
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      cancel?.();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}

/**
 * Shows `next` in place of the current view without a new history entry: the address is
 * replaced, then the store follows it, as after Back.
 */
export function replaceView(next: UrlState): void {
  window.history.replaceState(null, '', urlFor(serializeUrlState(next, window.location.search)));
  useDashboardStore.getState().actions.urlChanged(next);
}

/**
 * Once the data is known, values it does not hold (`?year=1999`, `?unit=nowhere`) become "all".
 * The address is replaced, not pushed: Back should not return to a view that cannot be shown.
 */
export function useNormalisedFilters(resolved: Filters | undefined): void {
  useEffect(() => {
    if (!resolved) return;
    const state = useDashboardStore.getState();
    if (sameFilters(state, resolved)) return;
    replaceView({ ...selectUrlState(state), ...resolved });
  }, [resolved]);
}
