import { useEffect } from 'react';
import {
  parseUrlState,
  sameFilters,
  sameView,
  serializeUrlState,
  type Filters,
} from '../../domain/url-state';
import { selectUrlState, useDashboardStore } from '../../state/dashboard-store';

function urlFor(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/**
 * Keeps the address bar and the store in step. A change made on the page adds a history entry,
 * so Back returns to the previous view; Back and Forward bring the store along.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const unsubscribe = useDashboardStore.subscribe((state) => {
      const next = selectUrlState(state);
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
    });
    const onPopState = () => {
      useDashboardStore.getState().actions.urlChanged(parseUrlState(window.location.search));
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
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
    const next = { ...selectUrlState(state), ...resolved };
    window.history.replaceState(null, '', urlFor(serializeUrlState(next, window.location.search)));
    state.actions.urlChanged(next);
  }, [resolved]);
}
