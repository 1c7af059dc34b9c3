import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { resetDashboardStore } from '../../src/state/dashboard-store';
import { bundledText } from '../fixtures/dataset';
import { place, installFakeObserver } from '../fixtures/fake-intersection-observer';

const BUDGET = 'Thu ngân sách nhà nước so với dự toán';

installFakeObserver();
beforeAll(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(bundledText, { status: 200 })),
  );
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('a chart card below the first screen', () => {
  it('is drawn whole when its turn comes: never its legend and table without its chart', async () => {
    window.history.replaceState(null, '', '/');
    resetDashboardStore('');
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(<App queryClient={queryClient} />);
    const card = await screen.findByRole('figure', { name: BUDGET });
    // Not placed yet: under the heading, a placeholder that says its charts are coming.
    expect(card).toHaveTextContent('Biểu đồ, chú giải và bảng số liệu đang được vẽ');
    expect(within(card).queryByRole('img')).toBeNull();

    // Every state of the card the user could see, from now on.
    const states: { body: boolean; chart: boolean }[] = [];
    const watcher = new MutationObserver(() =>
      states.push({
        body: within(card).queryByText('Xem bảng số liệu') != null,
        chart: card.querySelector('.recharts-surface .recharts-rectangle') != null,
      }),
    );
    watcher.observe(card, { childList: true, subtree: true, attributes: true });

    // Within 400 px of the viewport: drawn by the queue after the next frame.
    place(card, 'near');
    await waitFor(() => expect(within(card).getByText('Xem bảng số liệu')).toBeInTheDocument());
    watcher.disconnect();
    // A chart per district (Cầu Giấy, Đống Đa).
    expect(within(card).getAllByRole('img', { name: /Thu ngân sách nhà nước/ })).toHaveLength(2);
    const drawn = states.filter((state) => state.body);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((state) => state.chart)).toBe(true);
  });
});
