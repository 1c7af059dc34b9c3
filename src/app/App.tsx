import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { DatasetInvalidError } from '../data/dataset-query';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        // A file that fails validation will fail again; only a failed fetch is worth retrying.
        retry: (failureCount, error) => !(error instanceof DatasetInvalidError) && failureCount < 2,
      },
    },
  });
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ErrorBoundary>
      <QueryClientProvider client={client}>
        <Shell />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
