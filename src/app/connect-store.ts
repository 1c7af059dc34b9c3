import type { QueryClient } from '@tanstack/react-query';
import { prepareFiltersView, prepareViewIn, viewReadyIn } from '../data/dataset-query';
import { hasMessages, loadMessages } from '../i18n';
import { storeWaitsConnected } from '../state/dashboard-store';

/**
 * What the store waits for, handed over here since neither state/ nor i18n/ nor data/ may import
 * the others. It switches language only once that language's messages are there, and once the
 * data shown has what its views in it share worked out (data/dataset-query.ts); and it shows a
 * filter a reader chose on large data once its view is worked out, in a task of its own. App.tsx
 * calls this as it is first imported, before anything can choose a language; app/boot.ts again
 * with the page's query client, whose data is then waited for too.
 */
export function connectStore(queryClient?: QueryClient): void {
  storeWaitsConnected({
    loaded: (lang) => hasMessages(lang) && (!queryClient || viewReadyIn(queryClient, lang)),
    load: async (lang) => {
      await loadMessages(lang);
      if (queryClient) await prepareViewIn(queryClient, lang);
    },
    filters: (state) => queryClient && prepareFiltersView(queryClient, state),
  });
}
