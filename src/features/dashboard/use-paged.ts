import type { RefObject } from 'react';
import { useDashboardActions, useDashboardStore } from '../../state/dashboard-store';
import { useFocusFirstAdded } from './ShowMore';

// Apart from ShowMore.tsx, and not used by the headline cards (KpiCards.tsx writes the same few
// lines): with this in the first view's modules, the bundler splits the first script into more
// chunks (1.2–1.3 kB more, measured again after the cards' count moved to `pagesShown`).

/**
 * A page at a time of the list named `name`: what was asked for is kept in the store, while the
 * list changes (a filter change) and while its card is let go far from view; a shorter list shows
 * what it has. Without `list`, the focus is the caller's to move.
 */
export function usePaged(
  name: string,
  total: number,
  page: number,
  list?: RefObject<HTMLElement | null>,
) {
  const asked = useDashboardStore((state) => state.pagesShown?.[name]) ?? page;
  const { pageAsked } = useDashboardActions();
  const shown = asked === 'all' ? total : Math.min(total, asked);
  const focusFrom = useFocusFirstAdded(list, shown);
  return {
    shown,
    more: () => {
      focusFrom(shown);
      pageAsked(name, shown + page);
    },
    all: () => {
      focusFrom(shown);
      pageAsked(name, 'all');
    },
  };
}
