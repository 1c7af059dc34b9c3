import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { DatasetInvalidError } from '../data/dataset-query';
import { RemoteDatasetError } from '../data/remote-error';
import { ShownLanguage } from '../i18n/use-messages';
import { useLang } from '../state/dashboard-store';
import { connectStore } from './connect-store';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';

connectStore();

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        // A load that failed before the app was first drawn (main.tsx reads the data first) is
        // shown as failed, with its retry, not fetched again behind the page's back.
        retryOnMount: false,
        // A file that fails validation will fail again; only a failed fetch is worth retrying. Data
        // opened from an address says why at once (its screen has a retry): a wrong address or a
        // host that refuses would only keep the reader waiting.
        retry: (failureCount, error) =>
          !(error instanceof DatasetInvalidError) &&
          !(error instanceof RemoteDatasetError) &&
          failureCount < 2,
      },
    },
  });
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ErrorBoundary>
      <QueryClientProvider client={client}>
        <LanguageFromStore>
          <Shell />
        </LanguageFromStore>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

/** The store's language, given to everything that speaks (i18n reads no store). */
function LanguageFromStore({ children }: { children: ReactNode }) {
  return <ShownLanguage value={useLang()}>{children}</ShownLanguage>;
}
