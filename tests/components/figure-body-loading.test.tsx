import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledText } from '../fixtures/dataset';
import { lateModule } from '../fixtures/late-module';

// The chart cards' bodies (charts, legends, tables) come as a chunk of their own. These tests
// load the app afresh, with that chunk's arrival, or its failure, in the test's hands.
const BODY = '../../src/features/dashboard/FigureBody';
const BUDGET = 'Thu ngân sách nhà nước so với dự toán';

// The whole app, its modules transformed afresh: over 20 s (the tests' usual limit) with two
// browser test suites beside it on this 2-core machine. A limit, not a wait.
const LOADING_LIMIT = 50_000;

async function renderAppWithBody(load: () => Promise<unknown>) {
  vi.resetModules();
  vi.doMock(BODY, load);
  const { App } = await import('../../src/app/App');
  const { resetDashboardStore } = await import('../../src/state/dashboard-store');
  window.history.replaceState(null, '', '/');
  resetDashboardStore('');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<App queryClient={queryClient} />);
  return screen.findByRole('figure', { name: BUDGET }, { timeout: LOADING_LIMIT });
}

// Each test loads the whole app afresh: slow on a busy machine, so a longer limit.
describe('the chart cards before their code has arrived', { timeout: 60_000 }, () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(bundledText, { status: 200 })),
    );
  });
  afterEach(() => {
    vi.doUnmock(BODY);
    vi.resetModules();
    vi.unstubAllGlobals();
  });

  it('show their heading and a placeholder, then their charts once it arrives', async () => {
    const { load, release } = await lateModule(BODY);
    const card = await renderAppWithBody(load);
    expect(within(card).getByRole('heading', { name: BUDGET })).toBeInTheDocument();
    expect(within(card).queryByRole('img')).toBeNull();
    expect(card).toHaveTextContent('Biểu đồ, chú giải và bảng số liệu đang được vẽ');

    release();
    // A chart per district (Cầu Giấy, Đống Đa).
    expect(
      await within(card).findAllByRole(
        'img',
        { name: /Thu ngân sách nhà nước/ },
        { timeout: LOADING_LIMIT },
      ),
    ).toHaveLength(2);
    expect(within(card).getByText('Xem bảng số liệu')).toBeInTheDocument();
  });

  it('say so in the user’s language, and offer to reload, when it fails to load', async () => {
    const card = await renderAppWithBody(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    // Said once for the page (one alert, not one per card), and in each card where its chart was.
    const alert = await screen.findByRole('alert', {}, { timeout: LOADING_LIMIT });
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(alert).toHaveTextContent('Không tải được phần vẽ biểu đồ');
    expect(alert).toHaveTextContent('Số liệu không bị mất');
    expect(within(alert).getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Không tải được phần vẽ biểu đồ');
    expect(within(card).getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
    // The heading and the rest of the page stay.
    expect(within(card).getByRole('heading', { name: BUDGET })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Số liệu chính' })).toBeInTheDocument();
  });
});
