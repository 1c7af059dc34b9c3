import type { QueryClient } from '@tanstack/react-query';
import { prepareViewIn, viewReadyIn } from '../data/dataset-query';
import { hasMessages, loadMessages } from '../i18n';
import { messagesLoaderConnected } from '../state/dashboard-store';

/**
 * The store switches language only once that language's messages are there, and once the data
 * shown has what its views in it share worked out (data/dataset-query.ts): it is given the
 * loader here, since neither state/ nor i18n/ nor data/ may import the others. App.tsx calls
 * this as it is first imported, before anything can choose a language; app/boot.ts again with
 * the page's query client, whose data is then waited for too.
 */
export function connectLanguage(queryClient?: QueryClient): void {
  messagesLoaderConnected({
    loaded: (lang) => hasMessages(lang) && (!queryClient || viewReadyIn(queryClient, lang)),
    load: async (lang) => {
      await loadMessages(lang);
      if (queryClient) await prepareViewIn(queryClient, lang);
    },
  });
}
