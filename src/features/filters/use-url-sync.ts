import { useEffect } from 'react';
import {
  parseUrlState,
  sameFilters,
  serializeUrlState,
  type Filters,
} from '../../domain/url-state';
import { selectUrlState, useDashboardStore } from '../../state/dashboard-store';

/**
 * Keeps the address bar and the store in step. A change made on the page adds a history entry,
 * so Back returns to the previous view; Back and Forward bring the store along.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const unsubscribe = useDashboardStore.subscribe((state) => {
      const search = serializeUrlState(selectUrlState(state), window.location.search);
      if (search !== window.location.search) {
        window.history.pushState(
          null,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
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
    const search = serializeUrlState(next, window.location.search);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
    state.actions.urlChanged(next);
  }, [resolved]);
}
