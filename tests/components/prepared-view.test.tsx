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

// src/app/boot.ts builds the first view model in a task of its own, before the first render: the
// render must use that one, not build it again in its own (long) task.
describe('the view model built ahead of the first render', () => {
  const filters = { year: 2024, topic: null, unit: null };

  function withData() {
    const queryClient = new QueryClient();
    const dataset = bundledDataset();
    queryClient.setQueryData(datasetQueryOptions().queryKey, {
      dataset,
      origin: { kind: 'bundled', storedUnreadable: false },
      revision: 0,
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

  it('is kept for a few filters back: returning to one just seen builds nothing', () => {
    const { queryClient } = withData();
    const all = { year: null, topic: null, unit: null };
    const first = prepareDashboardView(queryClient, all, 'vi');
    expect(prepareDashboardView(queryClient, filters, 'vi')).not.toBe(first);
    // Back to all years: the very view drawn before, so React has nothing to redraw.
    expect(prepareDashboardView(queryClient, all, 'vi')).toBe(first);
    // Four other views later, it has gone: a new one, equal to it.
    for (const year of [2021, 2022, 2023, 2024]) {
      prepareDashboardView(queryClient, { ...all, year }, 'vi');
    }
    const again = prepareDashboardView(queryClient, all, 'vi');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('is not kept across data: other data builds its own', () => {
    const { queryClient } = withData();
    const first = prepareDashboardView(queryClient, filters, 'vi');
    queryClient.setQueryData(datasetQueryOptions().queryKey, {
      dataset: { ...bundledDataset(), asOf: '2024-07-01' },
      origin: { kind: 'bundled', storedUnreadable: false },
      revision: 0,
    });
    const other = prepareDashboardView(queryClient, filters, 'vi');
    expect(other).not.toBe(first);
    expect(other?.asOf).toBe('2024-07-01');
  });

  it('is nothing before the data is there', () => {
    expect(prepareDashboardView(new QueryClient(), filters, 'vi')).toBeNull();
  });
});
