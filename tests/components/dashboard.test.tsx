import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { showDataset } from '../../src/features/import/show-dataset';
import { validateDataset } from '../../src/domain/validate';
import { resetDashboardStore } from '../../src/state/dashboard-store';
import { withCityDistricts } from '../fixtures/city-districts';
import { bundledJson, bundledText, withMadeUpDistricts } from '../fixtures/dataset';

function serve(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
    ),
  );
}

function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  resetDashboardStore(search);
  // A fresh cache for every test, and no retries: a failure shows at once.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { ...render(<App queryClient={queryClient} />), queryClient };
}

const kpiSection = () => screen.getByRole('region', { name: 'Số liệu chính' });
const loaded = () => screen.findByRole('region', { name: 'Số liệu chính' });
const kpiCard = (name: RegExp) => within(kpiSection()).getByRole('article', { name });

// Every test renders the whole app, its charts included, in jsdom, and the first to show a part
// loaded on demand (the sources, the English words) waits for Vitest to transform its code: on a
// busy 2-core machine a test took up to 16 s where it takes a fraction of one on an idle one.
describe('dashboard', { timeout: 60_000 }, () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
    serve(bundledText);
  });

  it('shows the headline figures formatted the vi-VN way, with status and source', async () => {
    renderApp();
    const card = await screen.findByRole('article', {
      name: /Thu ngân sách nhà nước trên địa bàn, Cầu Giấy/,
    });
    expect(within(card).getByText('12.455,236')).toBeInTheDocument();
    expect(within(card).getByText(/19\.492,8/)).toBeInTheDocument();
    expect(within(card).getByText('63,90%')).toBeInTheDocument();
    expect(within(card).getByText(/Không khớp với tỷ lệ tính được/)).toBeInTheDocument();
    // Half the year gone: judged against the time elapsed, not against the whole year.
    expect(within(card).getByText('Vượt tiến độ')).toBeInTheDocument();
    expect(
      within(card).getByText(
        'Đạt 63,90% dự toán cả năm, so với tiến độ thời gian 50,00% (6/12 tháng).',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText(/Giả định tiến độ đều theo thời gian/)).toBeInTheDocument();
    expect(within(card).queryByText('Chưa đạt')).not.toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: /Hội nghị Ban Chấp hành lần thứ 24/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Số liệu đến ngày 27/06/2024')).toBeInTheDocument();
  });

  it('lists every source article below the charts, and a headline card’s link leads to it', async () => {
    renderApp();
    // Below the first screen: rendered once the first view has painted, from code loaded on
    // demand, which Vitest transforms when first asked for (6 s on a busy machine).
    const sources = await screen.findByRole('region', { name: 'Nguồn' }, { timeout: 30_000 });
    const items = within(sources).getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(2);
    const council = items.find((item) =>
      /Hội nghị Ban Chấp hành lần thứ 24/.test(item.textContent ?? ''),
    );
    expect(council).toHaveTextContent('27/06/2024');
    const link = within(kpiCard(/Thu ngân sách nhà nước trên địa bàn, Cầu Giấy/)).getByRole(
      'link',
      {
        name: /Hội nghị Ban Chấp hành lần thứ 24/,
      },
    );
    expect(link.getAttribute('href')).toBe(`#${council?.id}`);
  });

  it('narrows the KPI cards and the URL when a year is chosen', async () => {
    const user = userEvent.setup();
    renderApp();
    await loaded();
    await user.selectOptions(screen.getByLabelText('Năm'), '2022');
    await waitFor(() =>
      expect(kpiCard(/Thu ngân sách nhà nước trên địa bàn, Đống Đa/)).toHaveTextContent('8.599,3'),
    );
    expect(within(kpiSection()).queryByText('12.455,236')).not.toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?year=2022'));
  });

  it('shows a page of headline cards when there are many, and more on request', async () => {
    const many = withMadeUpDistricts(12) as unknown as {
      metrics: { id: string; topic: string | null }[];
      periods: { id: string; year: number }[];
      observations: { unit: string; metric: string; period: string; topic?: string | null }[];
    };
    // One card per district and indicator: the parts of a whole by topic have none.
    const wholeTopics = new Map(many.metrics.map((metric) => [metric.id, metric.topic]));
    const years = new Map(many.periods.map((period) => [period.id, period.year]));
    const cardsIn = (year: number | null) =>
      new Set(
        many.observations
          .filter((obs) => !(obs.topic != null && wholeTopics.get(obs.metric) == null))
          .filter((obs) => year == null || years.get(obs.period) === year)
          .map((obs) => `${obs.unit}|${obs.metric}`),
      ).size;
    const cards = cardsIn(null);
    expect(cards).toBeGreaterThan(48);
    serve(JSON.stringify(many));
    const user = userEvent.setup();
    const { queryClient } = renderApp();
    await loaded();
    const shown = () => within(kpiSection()).getAllByRole('listitem').length;
    expect(shown()).toBe(24);
    expect(within(kpiSection()).getByRole('status')).toHaveTextContent(
      `Đang hiện 24 trong ${cards} số liệu chính.`,
    );

    await user.click(screen.getByRole('button', { name: 'Hiện thêm 24' }));
    await waitFor(() => expect(shown()).toBe(48));
    expect(within(kpiSection()).getByRole('status')).toHaveTextContent(
      `Đang hiện 48 trong ${cards}`,
    );
    // A filter change keeps what was asked for.
    await user.selectOptions(screen.getByLabelText('Năm'), '2022');
    await waitFor(() => expect(shown()).toBe(Math.min(48, cardsIn(2022))));
    await user.selectOptions(screen.getByLabelText('Năm'), 'Tất cả các năm');
    await waitFor(() => expect(shown()).toBe(48));

    await user.click(screen.getByRole('button', { name: `Hiện tất cả ${cards}` }));
    await waitFor(() => expect(shown()).toBe(cards));
    expect(within(kpiSection()).queryByRole('button')).not.toBeInTheDocument();
    expect(within(kpiSection()).getByRole('status')).toHaveTextContent(
      `Đang hiện ${cards} trong ${cards} số liệu chính.`,
    );
    // Focus is not lost with the buttons: it is on the first card added.
    expect(within(kpiSection()).getAllByRole('listitem')[48]).toHaveFocus();

    // Other data shown (an import, say): its first page again, not thousands of cards at once.
    const other = validateDataset(withMadeUpDistricts(13));
    if (!other.ok) throw new Error('the test data is valid');
    await act(() =>
      showDataset(queryClient, {
        dataset: other.data,
        origin: { kind: 'imported', fileName: 'thu.json', importedAt: '2024-07-01T00:00:00Z' },
        revision: 1,
      }),
    );
    await waitFor(() => expect(shown()).toBe(24));
    // Over a hundred cards drawn by jsdom, twice: over 30 s on a busy machine.
  }, 120_000);

  it('narrows the data tables when a district is chosen', async () => {
    const user = userEvent.setup();
    renderApp();
    await loaded();
    await user.selectOptions(screen.getByLabelText('Đơn vị'), 'cau-giay');
    const budget = screen.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
    // A table is built when it is opened.
    expect(within(budget).queryByRole('table', { hidden: true })).toBeNull();
    await user.click(within(budget).getByText('Xem bảng số liệu'));
    const table = await within(budget).findByRole('table');
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rowHeaders).toEqual(['Cầu Giấy', 'Cầu Giấy']);
    await waitFor(() => expect(window.location.search).toBe('?unit=cau-giay'));
  });

  it('keeps only the chosen topic', async () => {
    const user = userEvent.setup();
    renderApp();
    await loaded();
    await user.selectOptions(screen.getByLabelText('Lĩnh vực'), 'party-building');
    await waitFor(() => expect(within(kpiSection()).getAllByRole('article')).toHaveLength(1));
    const cards = within(kpiSection()).getAllByRole('article');
    expect(cards[0]).toHaveTextContent('819');
    // 819 of 819 party cells is a share of the total, not a target met.
    expect(cards[0]).toHaveTextContent('Tỷ lệ trên tổng số');
    expect(cards[0]).toHaveTextContent(
      '100,00% tổng số chi bộ: tỷ lệ trên tổng số, không phải chỉ tiêu.',
    );
  });

  it('says when nothing matches, and clears the filters on request', async () => {
    const user = userEvent.setup();
    renderApp('?year=2021&unit=cau-giay');
    expect(
      await screen.findByRole('heading', { name: 'Không có số liệu cho lựa chọn này' }),
    ).toBeInTheDocument();
    const emptyState = screen.getByRole('status');
    await user.click(within(emptyState).getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(within(await loaded()).getByText('12.455,236')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('names the figures with no data for the year in one line, and a missing bar as "chưa có số liệu", not zero', async () => {
    renderApp('?year=2023');
    const charts = await screen.findByRole('region', { name: 'Biểu đồ' });
    // No empty card for each: one line names them all.
    expect(
      within(charts).getByText(
        'Không có số liệu cho lựa chọn này: Trường công lập đạt chuẩn quốc gia; Chỉ tiêu đạt được và chỉ tiêu theo lĩnh vực; Tiến độ các nhiệm vụ khác.',
      ),
    ).toBeInTheDocument();
    expect(within(charts).getAllByRole('figure')).toHaveLength(1);
    // A figure with data but a bar missing says so for that bar.
    const budget = within(charts).getByRole('figure', {
      name: 'Thu ngân sách nhà nước so với dự toán',
    });
    expect(
      await within(budget).findByText('Dự toán cả năm: chưa có số liệu cho Cầu Giấy · 6T/2023.'),
    ).toBeInTheDocument();
  });

  it('draws each district’s budget in a chart of its own, headed by the district', async () => {
    renderApp();
    await loaded();
    const budget = screen.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
    const headings = await within(budget).findAllByRole('heading', { level: 4 });
    expect(headings.map((heading) => heading.textContent)).toEqual(['Cầu Giấy', 'Đống Đa']);
    // Two districts fit at a glance: no ranking.
    expect(within(budget).queryByRole('region', { name: /theo tiến độ/ })).toBeNull();
  });

  it('ranks a city’s 30 districts by progress against time, the furthest behind first', async () => {
    serve(JSON.stringify(withCityDistricts(30)));
    renderApp('?year=2024');
    await loaded();
    const budget = screen.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
    const ranking = await within(budget).findByRole(
      'region',
      { name: 'Các đơn vị theo tiến độ, chậm nhất trước' },
      { timeout: 30_000 },
    );
    const places = within(ranking).getAllByRole('listitem');
    // The 30 made-up districts and Cầu Giấy (Đống Đa has no figure in 2024).
    expect(places).toHaveLength(31);
    expect(places[0]).toHaveTextContent('Quận thành phố 7');
    expect(places[0]).toHaveTextContent('Chậm tiến độ');
    expect(places[0]).toHaveTextContent('Đạt 11,00% dự toán cả năm, so với tiến độ thời gian');
    // 11% after half the year: 39 points behind, with a true minus sign.
    expect(places[0]).toHaveTextContent('−39 điểm %');
    expect(places.at(-1)).toHaveTextContent('Quận thành phố 30');
  }, 120_000);

  it('follows Back to the previous view', async () => {
    const user = userEvent.setup();
    renderApp();
    await loaded();
    await user.selectOptions(screen.getByLabelText('Năm'), '2022');
    await user.selectOptions(screen.getByLabelText('Năm'), '2024');
    act(() => {
      window.history.replaceState(null, '', '/?year=2022');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByLabelText('Năm')).toHaveValue('2022');
  });

  it('adds one history entry per change, and none when Back lands on an untidy address', async () => {
    const user = userEvent.setup();
    renderApp();
    await loaded();
    const start = window.history.length;
    await user.selectOptions(screen.getByLabelText('Năm'), '2022');
    await waitFor(() => expect(window.history.length).toBe(start + 1));
    await user.selectOptions(screen.getByLabelText('Lĩnh vực'), 'economy');
    await waitFor(() => expect(window.history.length).toBe(start + 2));
    act(() => {
      window.history.replaceState(null, '', '/?lang=en&year=2022');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByLabelText('Year')).toHaveValue('2022');
    expect(window.history.length).toBe(start + 2);
    await waitFor(() => expect(window.location.search).toBe('?year=2022&lang=en'));
  });

  it('switches to English', async () => {
    const user = userEvent.setup();
    renderApp();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'District indicator dashboard' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Year')).toBeInTheDocument();
    const headline = screen.getByRole('region', { name: 'Headline figures' });
    expect(within(headline).getByText('12,455.236')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?lang=en'));
  });

  it('names the field and the problem when the data file is invalid', async () => {
    const data = bundledJson() as { observations: Record<string, unknown>[] };
    data.observations[0]!.value = 'mười hai';
    serve(JSON.stringify(data));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Tệp dữ liệu không hợp lệ');
    // The list of problems comes with code loaded on demand (the import dialog's chunk).
    await waitFor(() => expect(alert).toHaveTextContent('observations[0].value: Phải là một số'), {
      timeout: 30_000,
    });
  });

  it('offers a retry when the data cannot be fetched', async () => {
    serve('Not found', 404);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được dữ liệu');
    serve(bundledText);
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(within(await loaded()).getByText('12.455,236')).toBeInTheDocument();
  });
});
