import type { Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures';
import { withTestFigure } from './test-data';

/**
 * Two tabs of one browser share what is kept: the last import wins in both, the other tab is
 * told, a report read on data another tab has replaced is worked out again, and a write that
 * fails keeps the previous import and offers what would be lost.
 */
const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Nhập dữ liệu' });
const banner = (page: Page, file: string) =>
  page.getByRole('status').filter({ hasText: `Đang hiển thị dữ liệu nhập từ tệp “${file}”` });
const ELSEWHERE = 'Dữ liệu vừa được thay ở một thẻ khác của trình duyệt này';

async function chooseJson(page: Page, name: string) {
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await importDialog(page)
    .getByLabel('Chọn tệp')
    .setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(withTestFigure())),
    });
  await expect(importDialog(page).locator('.import-counts')).toBeVisible();
}

async function acceptAndApply(page: Page) {
  const dialog = importDialog(page);
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden();
}

test('two tabs: the last import wins in both, and the other tab is told', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openDashboard(a);
  await openDashboard(b);

  await chooseJson(a, 'the-a.json');
  await acceptAndApply(a);
  await expect(banner(a, 'the-a.json')).toBeVisible();
  await expect(banner(b, 'the-a.json')).toBeVisible();
  await expect(banner(b, 'the-a.json')).toContainText(ELSEWHERE);
  await expect(banner(a, 'the-a.json')).not.toContainText(ELSEWHERE);

  await chooseJson(b, 'the-b.json');
  await acceptAndApply(b);
  await expect(banner(a, 'the-b.json')).toContainText(ELSEWHERE);
  await a.reload();
  await expect(banner(a, 'the-b.json')).toBeVisible();
});

test('a report read while another tab imports is worked out again, and said, before it can apply', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openDashboard(a);
  await openDashboard(b);
  await chooseJson(b, 'the-b.json');
  await expect(importDialog(b).locator('.import-counts')).toHaveText(
    'Sẽ thêm 1 số liệu, thay đổi 0, giữ nguyên 13.',
  );

  await chooseJson(a, 'the-a.json');
  await acceptAndApply(a);

  // B's report is now on A's data, which already holds the figure: nothing to add.
  const dialog = importDialog(b);
  await expect(dialog.getByRole('alert').filter({ hasText: 'một thẻ khác' })).toBeVisible();
  await expect(dialog.locator('.import-counts')).toHaveText(
    'Sẽ thêm 0 số liệu, thay đổi 0, giữ nguyên 14.',
  );
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  const apply = dialog.getByRole('button', { name: 'Áp dụng' });
  await expect(apply).toBeDisabled();
  await dialog.getByRole('button', { name: 'Tôi đã xem lại báo cáo' }).click();
  await apply.click();
  await expect(dialog).toBeHidden();
  await expect(banner(a, 'the-b.json')).toContainText(ELSEWHERE);
});

test('an import applied on data another tab replaced unannounced writes nothing, and says so', async ({
  page,
}) => {
  await openDashboard(page);
  await chooseJson(page, 'dau-tien.json');
  await acceptAndApply(page);
  await chooseJson(page, 'thu-hai.json');
  // Another tab's save whose announcement has not arrived: the kept record and its revision
  // changed in the browser's database behind this page's back.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('district-dashboard');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((done, fail) => {
      const transaction = db.transaction('datasets', 'readwrite');
      const store = transaction.objectStore('datasets');
      const record = store.get('imported-dataset');
      const revision = store.get('revision');
      transaction.oncomplete = () => done();
      transaction.onerror = () => fail(transaction.error);
      record.onsuccess = () =>
        store.put({ ...record.result, fileName: 'the-khac.json' }, 'imported-dataset');
      revision.onsuccess = () => store.put((revision.result as number) + 1, 'revision');
    });
    db.close();
  });
  const dialog = importDialog(page);
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'một thẻ khác' })).toBeVisible();
  await expect(banner(page, 'the-khac.json')).toContainText(ELSEWHERE);
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(banner(page, 'the-khac.json')).toBeVisible();
});

test('a write the browser refuses keeps the previous import, and offers what would be lost', async ({
  page,
}) => {
  await openDashboard(page);
  await chooseJson(page, 'da-luu.json');
  await acceptAndApply(page);
  await chooseJson(page, 'khong-luu-duoc.json');
  const dialog = importDialog(page);
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  // Storage full: every write of an import fails as a browser over its quota fails it, in the
  // import's worker, which writes it (started with the report, so it is there now; the last
  // import's has been stopped).
  const worker = page.workers().at(-1);
  if (!worker) throw new Error('The import has no worker.');
  await worker.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
      if (key === 'imported-dataset')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  const alert = dialog.getByRole('alert').filter({ hasText: 'Không lưu được dữ liệu' });
  await expect(alert).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Tải dữ liệu chưa lưu (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('du-lieu-chua-luu.json');
  // The page still shows, and the browser still keeps, the previous import.
  await expect(banner(page, 'da-luu.json')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(banner(page, 'da-luu.json')).toBeVisible();
});
