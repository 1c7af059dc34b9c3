import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_FILTERS, type Filters, type Lang } from '../../src/domain/url-state';
import { buildDashboardView } from '../../src/domain/view-model';
import { Summary } from '../../src/features/dashboard/Summary';
import { ShownLanguage } from '../../src/i18n/use-messages';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();

function renderSummary(lang: Lang = 'vi', filters: Partial<Filters> = {}) {
  const { kpis } = buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, lang);
  return render(
    <ShownLanguage.Provider value={lang}>
      <Summary kpis={kpis} />
    </ShownLanguage.Provider>,
  );
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('the summary above the cards', () => {
  it('says each main fact in a sentence that links to its source', () => {
    renderSummary();
    const summary = screen.getByRole('region', { name: 'Tóm tắt' });
    const items = within(summary).getAllByRole('listitem');
    // What is behind comes first.
    expect(items[0]).toHaveTextContent(/Đống Đa.*thấp hơn tiến độ thời gian \(75%\)/);
    const caugiay = items.find((item) => item.textContent?.includes('Cầu Giấy')) as HTMLElement;
    expect(caugiay).toHaveTextContent(
      /đạt 12\.455,236 tỷ đồng, bằng 63,90% dự toán cả năm .*cao hơn tiến độ thời gian \(50%\)/,
    );
    expect(within(caugiay).getByRole('link', { name: 'Nguồn 27/06/2024' })).toHaveAttribute(
      'href',
      '#source-a001',
    );
    expect(
      within(summary).getByText(/Còn 3 số liệu khác trong các thẻ bên dưới/),
    ).toBeInTheDocument();
  });

  it('follows the filters', () => {
    renderSummary('vi', { unit: 'dong-da' });
    const items = within(screen.getByRole('region', { name: 'Tóm tắt' })).getAllByRole('listitem');
    expect(items.every((item) => item.textContent?.includes('Đống Đa'))).toBe(true);
    expect(
      items.some((item) => /thấp hơn tiến độ thời gian \(75%\)/.test(item.textContent ?? '')),
    ).toBe(true);
  });

  it('is in English when the page is', () => {
    renderSummary('en');
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent(/ahead of the time elapsed \(50%\)/);
  });

  it('copies the summary as plain text, each sentence with its source', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    renderSummary();
    stubClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Sao chép tóm tắt' }));
    expect(
      await screen.findByText('Đã sao chép tóm tắt. Có thể dán vào báo cáo Word.'),
    ).toBeInTheDocument();
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(text.split('\n')[1]).toMatch(
      /^Thu ngân sách nhà nước .*Cầu Giấy.* \(Nguồn: “.*Hội nghị Ban Chấp hành lần thứ 24”, 27\/06\/2024\)$/,
    );
    expect(text).not.toMatch(/<|NaN|undefined/);
  });

  it('says so when the browser refuses to copy', async () => {
    const user = userEvent.setup();
    renderSummary();
    stubClipboard(() => Promise.reject(new Error('denied')));
    await user.click(screen.getByRole('button', { name: 'Sao chép tóm tắt' }));
    expect(await screen.findByText(/Trình duyệt không cho phép sao chép/)).toBeInTheDocument();
  });
});
