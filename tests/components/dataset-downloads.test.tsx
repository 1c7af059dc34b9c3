import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActiveDataset } from '../../src/data/dataset-query';
import { letFiguresGo } from '../../src/data/share-view-work';
import { datasetToCsv } from '../../src/domain/dataset-csv';
import type { Dataset } from '../../src/domain/schema';
import { downloadDataset } from '../../src/features/import/dataset-downloads';
import { useDashboardStore } from '../../src/state/dashboard-store';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';

// The data shown, downloaded from the header (JSON, CSV, Excel): written a part a task, said
// while it is, and said when it cannot be. (The Parquet download, whose writer jsdom's typed
// arrays do not suit, is tested in the browser: tests/e2e/open-address.spec.ts.)

const bundled = (dataset: Dataset): ActiveDataset => ({
  dataset,
  origin: { kind: 'bundled', storedUnreadable: false },
  revision: 0,
});

/** The files the page hands to the browser, by name. */
let saved: Map<string, Blob>;
beforeEach(() => {
  saved = new Map();
  let pending: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob;
    return 'blob:download';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (pending) saved.set(this.download, pending);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  act(() => useDashboardStore.setState({ lang: 'vi' }));
});

/** A city's worth of figures: more than two parts of 5,000. */
const city: Dataset = (() => {
  const made = withMadeUpDistricts(13) as unknown as Dataset;
  const figures = made.observations;
  const observations = Array.from({ length: 12_345 }, (_, i) => ({
    ...figures[i % figures.length]!,
    id: `so-lieu-${i}`,
  }));
  return { ...made, observations };
})();

/** Every line the download's progress shows, in turn, until `watching` is disconnected. */
function watchProgress() {
  const said: string[] = [];
  const watching = new MutationObserver(() => {
    const text = document.querySelector('.download-progress p')?.textContent;
    if (text && said.at(-1) !== text) said.push(text);
  });
  watching.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { said, watching };
}

describe('the data shown, downloaded', () => {
  it('writes a city’s JSON and CSV a part at a time, the very files written whole', async () => {
    await act(() => downloadDataset(bundled(city), 'json'));
    expect(await saved.get('du-lieu-goc.json')?.text()).toBe(`${JSON.stringify(city, null, 2)}\n`);
    await act(() => downloadDataset(bundled(city), 'csv'));
    // Read with its byte order mark, which Excel needs.
    const csv = await saved.get('du-lieu-goc.csv')!.arrayBuffer();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)).toBe(datasetToCsv(city));
    expect(city.observations.length).toBeGreaterThan(10_000);
  });

  it('says how far it is while it writes, then nothing', async () => {
    const { said, watching } = watchProgress();
    const writing = downloadDataset(bundled(city), 'csv');
    // A screen reader is told once that it started, not each count.
    expect(await screen.findByRole('status')).toHaveTextContent(
      `Đang ghi tệp CSV có ${city.observations.length.toLocaleString('vi-VN')} số liệu…`,
    );
    await act(() => writing);
    watching.disconnect();
    const n = city.observations.length.toLocaleString('vi-VN');
    expect(said[0]).toBe(`Đang ghi tệp CSV: 0 / ${n} số liệu…`);
    expect(said).toContain(`Đang ghi tệp CSV: 5.000 / ${n} số liệu…`);
    expect(said.at(-1)).toBe(`Đang ghi tệp CSV: ${n} / ${n} số liệu…`);
    await waitFor(() =>
      expect(document.querySelector('.download-status [role="status"]')).toBeEmptyDOMElement(),
    );
  });

  it('refuses an Excel file of more figures than a browser writes a workbook of, saying why in the reader’s language', async () => {
    const [first] = bundledDataset().observations;
    const many = { ...bundledDataset(), observations: new Array(100_001).fill(first) };
    await act(() => downloadDataset(bundled(many), 'xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Không ghi tệp Excel cho 100.001 số liệu: trang này chỉ ghi bảng tính tới 100.000 số liệu (lớn hơn thì mất nhiều phút và rất nhiều bộ nhớ). Hãy tải dạng CSV (Excel mở được) hoặc Parquet (Nhập dữ liệu → Tải dữ liệu đang xem dạng Parquet).',
    );
    expect(saved.size).toBe(0);
    act(() => useDashboardStore.setState({ lang: 'en' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No Excel file is written for 100,001 figures: this page writes a workbook of up to 100,000',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    // A city's workbook is written (here on the page: jsdom has no worker).
    await act(() => downloadDataset(bundled(city), 'xlsx'));
    expect(saved.get('du-lieu-goc.xlsx')?.size).toBeGreaterThan(0);
  });

  it('says a file that cannot be written, and keeps the page as it was', async () => {
    const broken = { ...city, notes: [{ id: 'x', text: 1n }] } as unknown as Dataset;
    await act(() => downloadDataset(bundled(broken), 'json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Không ghi được tệp JSON trong trình duyệt này',
    );
    expect(saved.size).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Đóng' }));
  });

  it('says a file larger than the browser keeps, in the reader’s language, and hands it nothing', async () => {
    // What Chromium does past its blobs' limit: the file is made, and cannot be read.
    vi.spyOn(Blob.prototype, 'arrayBuffer').mockRejectedValue(
      new DOMException('The requested file could not be read', 'NotReadableError'),
    );
    await act(() => downloadDataset(bundled(city), 'csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Tệp CSV \(\d+,\d MB\) lớn hơn mức trình duyệt này giữ được để tải xuống, nên chưa tải được\. .*Parquet/,
    );
    expect(saved.size).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    act(() => useDashboardStore.setState({ lang: 'en' }));
    await act(() => downloadDataset(bundled(city), 'json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^The JSON file \(\d+\.\d MB\) is larger than this browser keeps for a download, so it was not downloaded\./,
    );
    expect(saved.size).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
  });

  it('writes a file too large to download straight into a file the reader chooses, where the browser lets it', async () => {
    // Past its blobs' limit, Chromium cannot read the file made (its last byte read first).
    const arrayBuffer = Blob.prototype.arrayBuffer;
    vi.spyOn(Blob.prototype, 'arrayBuffer').mockImplementation(function (this: Blob) {
      return this.size <= 1
        ? Promise.reject(new DOMException('not readable', 'NotReadableError'))
        : arrayBuffer.call(this);
    });
    const written: string[] = [];
    const file = {
      write: vi.fn(async (part: string) => void written.push(part)),
      close: vi.fn(async () => undefined),
      abort: vi.fn(async () => undefined),
    };
    const picker = vi.fn(async ({ suggestedName }: { suggestedName: string }) => ({
      name: suggestedName,
      createWritable: async () => file,
    }));
    Object.assign(window, { showSaveFilePicker: picker });
    try {
      await act(() => downloadDataset(bundled(city), 'csv'));
      await screen.findByRole('alert');
      // The reader closes the save dialog: nothing is written, the message stays.
      picker.mockRejectedValueOnce(new DOMException('closed', 'AbortError'));
      await userEvent.click(
        screen.getByRole('button', { name: 'Ghi thẳng vào một tệp bạn chọn…' }),
      );
      expect(file.write).not.toHaveBeenCalled();
      expect(screen.getByRole('alert')).toHaveTextContent('lớn hơn mức trình duyệt này giữ được');
      // Chosen: the very file the download writes, a part at a time, said once written.
      await userEvent.click(
        screen.getByRole('button', { name: 'Ghi thẳng vào một tệp bạn chọn…' }),
      );
      expect(picker).toHaveBeenLastCalledWith({ suggestedName: 'du-lieu-goc.csv' });
      expect(await screen.findByText('Đã ghi xong tệp CSV “du-lieu-goc.csv”.')).toBeVisible();
      expect(written.join('')).toBe(datasetToCsv(city));
      expect(written.length).toBeGreaterThan(2);
      expect(file.close).toHaveBeenCalledOnce();
      expect(saved.size).toBe(0);
      await userEvent.click(screen.getByRole('button', { name: 'Đóng' }));

      // A disk that fails: what was written is dropped, that is said, and another file can be
      // chosen, which is then written whole.
      file.write.mockRejectedValueOnce(new DOMException('no space', 'QuotaExceededError'));
      written.length = 0;
      await act(() => downloadDataset(bundled(city), 'json'));
      await userEvent.click(
        await screen.findByRole('button', { name: 'Ghi thẳng vào một tệp bạn chọn…' }),
      );
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /^Không ghi được tệp JSON vào “du-lieu-goc\.json”: .*ổ đĩa đã đầy\. Phần đã ghi được bỏ đi/,
      );
      expect(file.abort).toHaveBeenCalledOnce();
      written.length = 0;
      await userEvent.click(
        screen.getByRole('button', { name: 'Ghi thẳng vào một tệp bạn chọn…' }),
      );
      expect(await screen.findByText('Đã ghi xong tệp JSON “du-lieu-goc.json”.')).toBeVisible();
      expect(written.join('')).toBe(`${JSON.stringify(city, null, 2)}\n`);
      await userEvent.click(screen.getByRole('button', { name: 'Đóng' }));

      // A file the browser will not open for writing (permission refused): said, in English
      // too, not left unsaid behind the first message.
      act(() => useDashboardStore.setState({ lang: 'en' }));
      picker.mockResolvedValueOnce({
        name: 'data.csv',
        createWritable: () => Promise.reject(new DOMException('refused', 'NotAllowedError')),
      });
      await act(() => downloadDataset(bundled(city), 'csv'));
      await userEvent.click(
        await screen.findByRole('button', { name: 'Write it straight to a file you choose…' }),
      );
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /^The CSV file could not be written to “data\.csv”: the browser or the computer does not let it be written there/,
      );
      expect(
        screen.getByRole('button', { name: 'Write it straight to a file you choose…' }),
      ).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      act(() => useDashboardStore.setState({ lang: 'vi' }));
    } finally {
      delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    }
    // Where the browser has no such dialog, none is offered.
    await act(() => downloadDataset(bundled(city), 'csv'));
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Ghi thẳng vào một tệp bạn chọn…' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Đóng' }));
  });

  it('reads a large import’s figures back from the browser’s store first, saying so, and writes the same files', async () => {
    // As a kept import is shown: its figures let go once its views have what they share.
    const kept = (): ActiveDataset => {
      const dataset = structuredClone(city);
      // Read back as a kept import's are: a chunk at a time, said as they are made.
      letFiguresGo(dataset, async (onPart, onRead) => {
        const figures = structuredClone(city.observations);
        for (let read = 0; read < figures.length; read += 5_000) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          onRead(Math.min(figures.length, read + 5_000));
          await onPart(figures.slice(read, read + 5_000));
        }
      });
      return {
        ...bundled(dataset),
        origin: { kind: 'imported', fileName: 'city.json', importedAt: '2026-12-07T06:00:00Z' },
      };
    };
    const { said, watching } = watchProgress();
    await act(() => downloadDataset(kept(), 'csv'));
    watching.disconnect();
    const n = city.observations.length.toLocaleString('vi-VN');
    expect(said).toContain(
      `Đang đọc lại dữ liệu đã lưu trong trình duyệt để ghi tệp: 5.000 / ${n} số liệu…`,
    );
    // Read back first, from the first line said, then written.
    expect(said[0]).toBe(
      `Đang đọc lại dữ liệu đã lưu trong trình duyệt để ghi tệp: 0 / ${n} số liệu…`,
    );
    const firstWritten = said.findIndex((line) => line.startsWith('Đang ghi tệp CSV'));
    expect(firstWritten).toBeGreaterThan(0);
    expect(said.slice(firstWritten).every((line) => line.startsWith('Đang ghi tệp CSV'))).toBe(
      true,
    );
    const csv = await saved.get('du-lieu_2026-12-07.csv')!.arrayBuffer();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)).toBe(datasetToCsv(city));
    await act(() => downloadDataset(kept(), 'json'));
    expect(await saved.get('du-lieu_2026-12-07.json')?.text()).toBe(
      `${JSON.stringify(city, null, 2)}\n`,
    );
  });

  it('says a large import whose figures cannot be read back, and writes nothing', async () => {
    const dataset = structuredClone(city);
    letFiguresGo(dataset, () => Promise.reject(new Error('another tab kept another import')));
    await act(() => downloadDataset(bundled(dataset), 'csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Không ghi được tệp CSV: không đọc lại được dữ liệu đã lưu trong trình duyệt (có thể một thẻ khác vừa thay đổi dữ liệu đã lưu). Hãy tải lại trang rồi thử lại.',
    );
    expect(saved.size).toBe(0);
    act(() => useDashboardStore.setState({ lang: 'en' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The CSV file could not be written: the data kept in this browser could not be read back',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
  });
});
