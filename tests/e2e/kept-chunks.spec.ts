import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { encodeObservationChunks } from '../../src/domain/observation-columns';
import type { Dataset } from '../../src/domain/schema';
import { withCityDistricts } from '../fixtures/city-districts';
import {
  editKeptRecord,
  expect,
  importedBanner,
  importSixtyDistricts,
  openDashboard,
  test,
} from './fixtures';

// What the browser keeps of an import: the dataset's small parts in one record and its
// observations in chunks of columnar bytes (src/data/kept-record.ts), read back together on
// every visit. Chunks are written here as the app writes them, several of them (an import
// through the dialog is under 50,000 figures, one chunk), straight into the browser's database.

const city = withCityDistricts(126) as unknown as Dataset;
const districts = (page: Page) =>
  page
    .getByLabel('Đơn vị', { exact: true })
    .locator('option')
    .filter({ hasText: 'Quận thành phố' });

interface Kept {
  record: Record<string, unknown>;
  chunks: number[][];
  /** Chunk numbers to leave out, as a damaged database would have lost them. */
  drop?: number[];
}

/** Writes the record and its chunks in one transaction, under the revision after the current. */
function keep(page: Page, kept: Kept): Promise<void> {
  return page.evaluate(
    ({ record, chunks, drop }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('district-dashboard');
        request.onupgradeneeded = () => request.result.createObjectStore('datasets');
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('datasets', 'readwrite');
          const store = transaction.objectStore('datasets');
          store.put(record, 'imported-dataset');
          chunks.forEach((bytes, index) => {
            if (!drop?.includes(index))
              store.put(new Uint8Array(bytes), ['imported-observations', index]);
          });
          transaction.oncomplete = () => {
            db.close();
            localStorage.setItem('district-dashboard:saved-import', '1');
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        request.onerror = () => reject(request.error);
      }),
    kept,
  );
}

/** The dataset's record and chunks as the app keeps them; `gzip`, compressed as it keeps them now. */
function chunked(dataset: Dataset, maxRows: number, gzip = false) {
  const { observations, ...rest } = dataset;
  const chunks = encodeObservationChunks(observations, maxRows).map((bytes) => [
    ...(gzip ? gzipSync(bytes) : bytes),
  ]);
  const record = {
    format: 2,
    ...(gzip ? { compression: 'gzip' } : {}),
    dataset: rest,
    fileName: 'thanh-pho-chia-phan.json',
    importedAt: '2026-12-06T09:00:00.000Z',
    chunks: chunks.length,
    observations: observations.length,
  };
  return { record, chunks };
}

test('an import kept in several chunks is put back together on the next visit', async ({
  page,
}) => {
  await openDashboard(page);
  const { record, chunks } = chunked(city, 40);
  expect(chunks.length).toBeGreaterThan(3);
  await keep(page, { record, chunks });
  await page.reload();
  await expect(importedBanner(page, 'thanh-pho-chia-phan.json')).toBeVisible();
  // Every district, whichever chunk its figure is in; the last one's too.
  await expect(districts(page)).toHaveCount(126);
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Quận thành phố 126' });
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.locator('main')).toContainText('Quận thành phố 126');
});

test('an import kept compressed is opened on the next visit, and one whose chunk is damaged is not shown', async ({
  page,
}) => {
  await openDashboard(page);
  const { record, chunks } = chunked(city, 40, true);
  await keep(page, { record, chunks });
  await page.reload();
  await expect(importedBanner(page, 'thanh-pho-chia-phan.json')).toBeVisible();
  await expect(districts(page)).toHaveCount(126);

  // One byte of one chunk changed: gzip's own check refuses it, and nothing of it is shown.
  const damaged = chunks.map((chunk) => [...chunk]);
  damaged[1]![Math.floor(damaged[1]!.length / 2)]! ^= 0x20;
  await keep(page, { record, chunks: damaged });
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'bị hỏng hoặc không đọc được' }),
  ).toBeVisible();
  await expect(districts(page)).toHaveCount(0);
});

test('a kept import missing a chunk is not shown in part: the bundled data is, and the page says so', async ({
  page,
}) => {
  await openDashboard(page);
  const { record, chunks } = chunked(city, 40);
  await keep(page, { record, chunks, drop: [1] });
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'bị hỏng hoặc không đọc được' }),
  ).toBeVisible();
  await expect(districts(page)).toHaveCount(0);
});

test('an import the app wrote is kept as columnar chunks in Blobs, and one kept whole before is still read', async ({
  page,
}) => {
  await openDashboard(page);
  // The older form: the whole dataset as one value.
  await keep(page, {
    record: {
      format: 1,
      dataset: city,
      fileName: 'ban-cu.json',
      importedAt: '2025-01-01T00:00:00.000Z',
    },
    chunks: [],
  });
  await page.reload();
  await expect(importedBanner(page, 'ban-cu.json')).toBeVisible();
  await expect(districts(page)).toHaveCount(126);

  // Imported through the dialog, it is written in the new form.
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
  await dialog.getByLabel('Chọn tệp').setInputFiles({
    name: 'moi.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(withCityDistricts(30)), 'utf8'),
  });
  // Over the 126 districts kept: the bundled figures and the 30 districts are all there already.
  await expect(dialog.getByRole('status').filter({ hasText: 'Sẽ thêm' })).toHaveText(
    'Sẽ thêm 0 số liệu, thay đổi 1, giữ nguyên 42.',
  );
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(importedBanner(page, 'moi.json')).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<{
        format: unknown;
        chunks: unknown;
        compression: unknown;
        observations: unknown;
        kept: number;
        gzip: boolean;
      }>((resolve, reject) => {
        const request = indexedDB.open('district-dashboard');
        request.onsuccess = () => {
          const store = request.result.transaction('datasets').objectStore('datasets');
          const record = store.get('imported-dataset');
          const chunks = store.getAll(
            IDBKeyRange.bound(['imported-observations'], ['imported-observations', []]),
          );
          chunks.onsuccess = async () => {
            const value = record.result as Record<string, unknown>;
            // Each chunk kept as a Blob (a file the browser reads off the page's thread).
            const blobs = (chunks.result as unknown[]).filter(
              (c): c is Blob => c instanceof Blob && c.size > 0,
            );
            const starts = await Promise.all(
              blobs.map(async (blob) => [...new Uint8Array(await blob.slice(0, 2).arrayBuffer())]),
            );
            resolve({
              format: value.format,
              chunks: value.chunks,
              compression: value.compression,
              observations: value.observations,
              kept: blobs.length,
              // Compressed: gzip's mark at its start.
              gzip: starts.every(([a, b]) => a === 0x1f && b === 0x8b),
            });
            request.result.close();
          };
          chunks.onerror = () => reject(chunks.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  // Merged over the old one: its 139 figures (the bundled 13 and 126 districts').
  expect(stored).toEqual({
    format: 2,
    chunks: 1,
    compression: 'gzip',
    observations: 139,
    kept: 1,
    gzip: true,
  });
  await page.reload();
  await expect(importedBanner(page, 'moi.json')).toBeVisible();

  // The import dialog says how much the browser keeps for the site, and what it has left, in the
  // reader's number style; and whether the browser keeps it under storage pressure (it was asked).
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(dialog.locator('.import-storage')).toHaveText(
    /^Dữ liệu của trang trong trình duyệt này: \d+(,\d)? MB; còn trống khoảng \d+(\.\d{3})*(,\d)? (MB|GB)\. Trình duyệt (giữ dữ liệu này bền vững|có thể tự xóa dữ liệu này)/,
  );
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Import data' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Import data' }).locator('.import-storage'),
  ).toHaveText(
    /^This site’s data in this browser: \d+(\.\d)? MB; about \d+(,\d{3})*(\.\d)? (MB|GB) free\. The browser (keeps|may clear)/,
  );
});

test('a large kept import changed behind the app’s back is validated again in a worker, and not shown when it fails', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const slow = { timeout: 120_000 };
  // 60 districts' figures (72,000, more than are validated on the page), imported as staff do.
  await importSixtyDistricts(page, testInfo.outputPath('thanh-pho-60.json'));

  // The first district taken out of the kept definitions: its figures now name a district that
  // is not there. The digests kept with the import no longer match, so it is validated again.
  await editKeptRecord<{ dataset: { units: unknown[] } }>(page, (record) => {
    record.dataset.units.shift();
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'bị hỏng hoặc không đọc được' }),
  ).toBeVisible(slow);
  // Checked in the worker; nothing of it shown, the bundled data is.
  expect(workers.filter((url) => /kept-read\.worker-[\w-]+\.js$/.test(url))).toHaveLength(1);
  await expect(
    page.getByLabel('Đơn vị', { exact: true }).locator('option').filter({ hasText: 'giả lập' }),
  ).toHaveCount(0);

  // Nor is one district of it shown first from its own chunks: they are read, but the
  // definitions beside them are not what was validated.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('.reading-rest, .kpi-card[aria-label*="giả lập"]'))
        Object.assign(window, { __shownFirst: true });
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?unit=quan-0002');
  await expect(
    page.getByRole('alert').filter({ hasText: 'bị hỏng hoặc không đọc được' }),
  ).toBeVisible(slow);
  expect(await page.evaluate(() => 'shownFirst' in window || '__shownFirst' in window)).toBe(false);
});
