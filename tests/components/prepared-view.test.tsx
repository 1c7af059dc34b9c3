import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  datasetQueryOptions,
  prepareDashboardView,
  useDashboardView,
} from '../../src/data/dataset-query';
import { buildDashboardView } from '../../src/domain/view-model';
import { bundledDataset } from '../fixtures/dataset';

// main.tsx builds the first view model in a task of its own, before the first render: the
// render must use that one, not build it again in its own (long) task.
describe('the view model built ahead of the first render', () => {
  const filters = { year: 2024, topic: null, unit: null };

  function withData() {
    const queryClient = new QueryClient();
    const dataset = bundledDataset();
    queryClient.setQueryData(datasetQueryOptions().queryKey, {
      dataset,
      origin: { kind: 'bundled', storedUnreadable: false },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    return { queryClient, dataset, wrapper };
  }

  it('is the one the first render shows', async () => {
    const { queryClient, dataset, wrapper } = withData();
    const prepared = prepareDashboardView(queryClient, filters, 'vi');
    expect(prepared).toEqual(buildDashboardView(dataset, filters, 'vi'));
    const { result } = renderHook(() => useDashboardView(filters, 'vi'), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data).toBe(prepared);
  });

  it('is not reused for other filters or another language', async () => {
    const { queryClient, dataset, wrapper } = withData();
    const prepared = prepareDashboardView(queryClient, filters, 'vi');
    const { result } = renderHook(() => useDashboardView(filters, 'en'), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data).not.toBe(prepared);
    expect(result.current.data).toEqual(buildDashboardView(dataset, filters, 'en'));
  });

  it('is nothing before the data is there', () => {
    expect(prepareDashboardView(new QueryClient(), filters, 'vi')).toBeNull();
  });
});
