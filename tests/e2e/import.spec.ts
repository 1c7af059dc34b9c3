import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MAX_STREAMED_BYTES, MAX_IMPORT_BYTES } from '../../src/domain/import';
import { expect, openDashboard, test } from './fixtures';

import { bundled, withTestFigure, type Json } from './test-data';
import { convertCsvs } from '../support/libreoffice';

const kpis = (page: Page) => page.getByRole('region', { name: 'Số liệu chính' });
const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Nhập dữ liệu' });

async function chooseFile(
  page: Page,
  name: string,
  body: string | Buffer,
  mimeType = 'application/json',
) {
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await importDialog(page)
    .getByLabel('Chọn tệp')
    .setInputFiles({
      name,
      mimeType,
      buffer: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
    });
}

/** Opens the import dialog and downloads its CSV template ("Tải mẫu CSV"). */
async function downloadTemplate(page: Page) {
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    importDialog(page).getByRole('button', { name: 'Tải mẫu CSV' }).click(),
  ]);
  return template;
}

test('imports a JSON file after a report, keeps it across a reload, and restores the bundled data', async ({
  page,
}) => {
  await openDashboard(page);
  await expect(kpis(page).getByRole('article')).toHaveCount(7);
  await chooseFile(page, 'so-lieu-moi.json', JSON.stringify(withTestFigure()));
  const dialog = importDialog(page);
  await expect(dialog.getByText('Sẽ thêm 1 số liệu, thay đổi 0, giữ nguyên 13.')).toBeVisible();
  // The website's limit for the large files staff bring (the single-file copy's is lower).
  await expect(dialog).toContainText(
    'tệp Parquet của bảng theo dõi (cho dữ liệu lớn, tới 4.000.000 số liệu: một thành phố hay cả nước)',
  );
  // The bundled data itself carries two warnings (F1's share, 9- against 6-month periods).
  const apply = dialog.getByRole('button', { name: 'Áp dụng' });
  await expect(apply).toBeDisabled();
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await apply.click();
  await expect(dialog).toBeHidden();
  await expect(kpis(page).getByRole('article')).toHaveCount(8);
  await expect(kpis(page)).toContainText('10');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Đang hiển thị dữ liệu nhập từ tệp “so-lieu-moi.json”' }),
  ).toBeVisible();

  // The page the build drew from the bundled data is not shown over the import.
  const flag = () => page.evaluate(() => localStorage.getItem('district-dashboard:saved-import'));
  expect(await flag()).toBe('1');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-prerendered');
  await expect(kpis(page).getByRole('article')).toHaveCount(8);
  await expect(
    page.getByText(
      /Đang hiển thị dữ liệu nhập từ tệp “so-lieu-moi.json” lúc \d\d\/\d\d\/\d{4} \d\d:\d\d/,
    ),
  ).toBeVisible();
  // Nor when localStorage has been cleared while the import stays in IndexedDB: the bundled
  // figures are never shown first, and the flag is set again.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-prerendered');
  await expect(kpis(page).getByRole('article')).toHaveCount(8);
  await expect.poll(flag).toBe('1');

  page.once('dialog', (confirm) => {
    expect(confirm.message()).toContain('Khôi phục dữ liệu gốc?');
    void confirm.accept();
  });
  await page.getByRole('button', { name: 'Khôi phục dữ liệu gốc' }).click();
  await expect(kpis(page).getByRole('article')).toHaveCount(7);
  await expect(page.getByText(/Đang hiển thị dữ liệu nhập/)).toBeHidden();
  expect(await flag()).toBeNull();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-prerendered');
  await expect(kpis(page).getByRole('article')).toHaveCount(7);
});

test('the same file chosen again, saved again meanwhile, is read again and the dialog stays open', async ({
  page,
}, testInfo) => {
  await openDashboard(page);
  const path = testInfo.outputPath('so-lieu.json');
  writeFileSync(path, JSON.stringify(bundled()));
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const dialog = importDialog(page);
  await dialog.getByLabel('Chọn tệp').setInputFiles(path);
  await expect(dialog.getByText('Sẽ thêm 0 số liệu, thay đổi 0, giữ nguyên 13.')).toBeVisible();
  // The input is emptied for the next choice: the file read is named beside it.
  await expect(
    dialog.getByText('Tệp đang đọc: “so-lieu.json” (chọn lại để đọc lại).'),
  ).toBeVisible();
  // Staff fix the file in their editor, save it under the same name, and choose it again.
  writeFileSync(path, JSON.stringify(withTestFigure()));
  await dialog.getByLabel('Chọn tệp').setInputFiles(path);
  await expect(dialog.getByText('Sẽ thêm 1 số liệu, thay đổi 0, giữ nguyên 13.')).toBeVisible();
  // And once more, unchanged: read again all the same, never taken for the dialog's Escape.
  await dialog.getByLabel('Chọn tệp').setInputFiles(path);
  await expect(dialog.getByText('Sẽ thêm 1 số liệu, thay đổi 0, giữ nguyên 13.')).toBeVisible();
  await expect(dialog).toBeVisible();
  // Escape itself still closes it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('replace says how many current figures it removes before anything changes', async ({
  page,
}) => {
  await openDashboard(page);
  const data = withTestFigure();
  data.observations = data.observations.slice(-1);
  await chooseFile(page, 'chi-mot.json', JSON.stringify(data));
  const dialog = importDialog(page);
  await dialog.getByLabel('Thay thế toàn bộ dữ liệu hiện tại').check();
  await expect(
    dialog.getByText(
      'Sẽ thêm 1 số liệu, thay đổi 0, giữ nguyên 0, và bỏ 13 số liệu hiện có không có trong tệp.',
    ),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(kpis(page).getByRole('article')).toHaveCount(7);
});

const badFiles: [string, string, string | Buffer, string][] = [
  ['an empty file', 'trong.json', '', 'Tệp trống'],
  [
    'a binary file',
    'anh.json',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]),
    'Tệp không phải văn bản',
  ],
  // A sparse file on disk (nothing written): refused on its size, before a byte is read.
  [
    'a workbook over 128 MB',
    'rat-lon.xlsx',
    'HUGE',
    'Bảng tính lớn hơn 128 MB, quá lớn để nhập trong trình duyệt. Hãy lưu dữ liệu thành tệp CSV (nhập được tới 1,5 GB)',
  ],
  [
    'a CSV file over 1.5 GB',
    'rat-lon.csv',
    'HUGE',
    'Tệp CSV hoặc JSON lớn hơn 1,5 GB, quá lớn để nhập trong trình duyệt.',
  ],
  [
    'a JSON file over 1.5 GB',
    'rat-lon.json',
    'HUGE',
    'Tệp CSV hoặc JSON lớn hơn 1,5 GB, quá lớn để nhập trong trình duyệt.',
  ],
  [
    'a file that is neither a workbook, a CSV nor JSON',
    'bao-cao.docx',
    'xin chào',
    'Chỉ nhận bảng tính .xlsx (nên dùng)',
  ],
  [
    'an Excel 97–2003 workbook',
    'so-lieu.xls',
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    'Tệp .xls là định dạng Excel 97–2003',
  ],
  [
    'a “workbook” that is not one',
    'so-lieu.xlsx',
    'Mã đơn vị;Giá trị',
    'Không đọc được bảng tính này',
  ],
  ['broken JSON', 'hong.json', '{"schemaVersion": 1,', 'Tệp không phải JSON hợp lệ'],
  [
    'a count above its total',
    'sai.json',
    'COUNT',
    'observations[2].value: Số lượng lớn hơn tổng số',
  ],
  [
    'an unknown district',
    'sai-quan.json',
    'UNIT',
    'observations[0].unit: Tham chiếu tới mã không tồn tại',
  ],
  ['a negative amount', 'am.json', 'NEGATIVE', 'observations[0].value: Không được là số âm'],
];

for (const [name, fileName, body, message] of badFiles) {
  test(`${name} gets a clear message and the data shown stays`, async ({ page }, testInfo) => {
    await openDashboard(page);
    let content: string | Buffer = body;
    if (body === 'HUGE') {
      const path = testInfo.outputPath(fileName);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, '');
      // Refused on its size, before a byte is read (the file is sparse: nothing is written).
      truncateSync(path, (fileName.endsWith('.xlsx') ? MAX_IMPORT_BYTES : MAX_STREAMED_BYTES) + 1);
      await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
      await importDialog(page).getByLabel('Chọn tệp').setInputFiles(path);
    }
    if (body === 'COUNT' || body === 'UNIT' || body === 'NEGATIVE') {
      const data = bundled();
      if (body === 'COUNT') data.observations[2]!.value = 70;
      if (body === 'UNIT') data.observations[0]!.unit = 'ba-dinh';
      if (body === 'NEGATIVE') data.observations[0]!.value = -1;
      content = JSON.stringify(data);
    }
    if (body !== 'HUGE') await chooseFile(page, fileName, content);
    const alert = importDialog(page).getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(importDialog(page).getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(importDialog(page)).toBeHidden();
    await expect(kpis(page).getByRole('article')).toHaveCount(7);
    await expect(kpis(page)).toContainText('12.455,236');
  });
}

test('markup in a name stays text: no script runs, no element is created', async ({ page }) => {
  await openDashboard(page);
  const data = withTestFigure();
  data.units[0]!.name.vi = '<img src=x onerror="window.__pwned=1"><b>Cầu Giấy</b>';
  await chooseFile(page, 'ma-doc.json', JSON.stringify(data));
  const dialog = importDialog(page);
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(kpis(page)).toContainText('<img src=x onerror="window.__pwned=1"><b>Cầu Giấy</b>');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"], main b').count()).toBe(0);
  // The export keeps it inert too: escaped in the SVG, gone from the file name.
  const figure = page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
  await page.getByLabel('Đơn vị', { exact: true }).selectOption('cau-giay');
  await figure.getByRole('button', { name: 'Xuất' }).click();
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Tải ảnh SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/^[a-z0-9_.-]+$/);
  const text = readFileSync(await svg.path(), 'utf8');
  expect(text).not.toContain('<img');
  expect(text).toContain('&lt;img src=x');
});

test('a file dropped on the page opens the import with that file', async ({ page }) => {
  await openDashboard(page);
  const json = JSON.stringify(withTestFigure());
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'keo-tha.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  }, json);
  await expect(
    importDialog(page).getByText('Sẽ thêm 1 số liệu, thay đổi 0, giữ nguyên 13.'),
  ).toBeVisible();
});

test('corrupt saved data falls back to the bundled data and says so', async ({ page }) => {
  await openDashboard(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('district-dashboard');
        request.onupgradeneeded = () => request.result.createObjectStore('datasets');
        request.onsuccess = () => {
          const transaction = request.result.transaction('datasets', 'readwrite');
          transaction
            .objectStore('datasets')
            .put(
              { format: 1, dataset: { observations: 'hỏng' }, fileName: 'x.json', importedAt: 'x' },
              'imported-dataset',
            );
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'bị hỏng hoặc không đọc được' }),
  ).toBeVisible();
  await expect(kpis(page).getByRole('article')).toHaveCount(7);
});

test('the data on screen downloads as JSON in the app’s own format', async ({ page }) => {
  await openDashboard(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải dữ liệu (JSON)' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('du-lieu-goc.json');
  const downloaded = JSON.parse(readFileSync(await file.path(), 'utf8')) as Json;
  expect(downloaded).toEqual(bundled());
});

test('a CSV in the template’s format imports, with a new period and source defined in its row', async ({
  page,
}) => {
  await openDashboard(page);
  const template = await downloadTemplate(page);
  expect(template.suggestedFilename()).toBe('mau-nhap-du-lieu.csv');
  const templateText = readFileSync(await template.path(), 'utf8');
  expect(templateText.startsWith('\uFEFFMã số liệu;Mã đơn vị;')).toBe(true);
  expect(templateText).toContain('12.455,236');

  // Test data only, under a source that says so.
  const csv = [
    'Mã đơn vị;Mã chỉ số;Mã kỳ;Tên kỳ;Từ ngày;Đến ngày;Giá trị;Chỉ tiêu / tổng số;Kỳ của chỉ tiêu;Mã nguồn;Tiêu đề nguồn;Ngày đăng;Tệp nguồn;Trích dẫn',
    'cau-giay;budget-revenue;2024-9m;9 tháng đầu năm 2024;01/01/2024;30/09/2024;15.000,5;19.492,8;2024-year;test;DỮ LIỆU THỬ NGHIỆM;01/10/2024;test.csv;Số liệu thử nghiệm cho kiểm thử tự động.',
  ].join('\r\n');
  await importDialog(page)
    .getByLabel('Chọn tệp')
    .setInputFiles({
      name: 'ky-moi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
    });
  await expect(
    importDialog(page).getByText('Sẽ thêm 1 số liệu, thay đổi 0, giữ nguyên 0.'),
  ).toBeVisible();
  // One figure, one period: nothing to warn about, so nothing to accept.
  await expect(
    importDialog(page).getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập'),
  ).toHaveCount(0);
  await importDialog(page).getByRole('button', { name: 'Áp dụng' }).click();
  await expect(kpis(page)).toContainText('15.000,5');
  await expect(kpis(page)).toContainText('9 tháng đầu năm 2024');
});

test('an Excel workbook imports its numbers and dates as it holds them, and a bad cell is named as Excel names it', async ({
  page,
}) => {
  // Test data only, under a source that says so; made into real .xlsx files by LibreOffice.
  const csv = [
    'Mã đơn vị;Mã chỉ số;Mã kỳ;Tên kỳ;Từ ngày;Đến ngày;Giá trị;Chỉ tiêu / tổng số;Kỳ của chỉ tiêu;Mã nguồn;Tiêu đề nguồn;Ngày đăng;Tệp nguồn;Trích dẫn',
    'cau-giay;budget-revenue;2024-9m;9 tháng đầu năm 2024;01/01/2024;30/09/2024;15.000,5;19.492,8;2024-year;test;DỮ LIỆU THỬ NGHIỆM;01/10/2024;test.xlsx;Số liệu thử nghiệm cho kiểm thử tự động.',
  ].join('\r\n');
  const [good, bad] = convertCsvs([csv, csv.replace('15.000,5', 'mười lăm')], 'xlsx', {
    separator: ';',
    locale: 'vi',
  });
  const workbook = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await openDashboard(page);
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(importDialog(page)).toContainText('bảng tính Excel .xlsx');
  await page.keyboard.press('Escape');

  await chooseFile(page, 'sai.xlsx', Buffer.from(bad!), workbook);
  await expect(importDialog(page).getByRole('alert')).toContainText(
    "Ô 'du-lieu-2'!G2 (cột “Giá trị”): Phải là một số",
  );
  await page.keyboard.press('Escape');
  await expect(kpis(page)).toContainText('12.455,236');

  await chooseFile(page, 'so-lieu.xlsx', Buffer.from(good!), workbook);
  await expect(importDialog(page)).toContainText('Đã đọc trang “du-lieu-1” của bảng tính.');
  await expect(
    importDialog(page).getByText('Sẽ thêm 1 số liệu, thay đổi 0, giữ nguyên 0.'),
  ).toBeVisible();
  // Held as numbers and dates: nothing about how the file writes them to ask or say.
  await expect(
    importDialog(page).getByRole('group', { name: 'Cách viết số trong tệp' }),
  ).toHaveCount(0);
  await importDialog(page).getByRole('button', { name: 'Áp dụng' }).click();
  await expect(kpis(page)).toContainText('15.000,5');
  await expect(kpis(page)).toContainText('9 tháng đầu năm 2024');
});

test('a CSV problem names its row and column', async ({ page }) => {
  await openDashboard(page);
  const csv =
    'Mã đơn vị,Mã chỉ số,Mã kỳ,Giá trị,Mã nguồn,Trích dẫn\ncau-giay,budget-revenue,2024-h1,mười hai,a001,x\n';
  await chooseFile(page, 'sai.csv', csv, 'text/csv');
  await expect(importDialog(page).getByRole('alert')).toContainText(
    'Dòng 2, cột “Giá trị”: Phải là một số',
  );
  await page.keyboard.press('Escape');
  await expect(kpis(page)).toContainText('12.455,236');
});

test('the data on screen downloads as CSV for Excel', async ({ page }) => {
  await openDashboard(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải dữ liệu (CSV)' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('du-lieu-goc.csv');
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8').trim().split('\r\n')).toHaveLength(14);
});

test('a CSV too large for the browser to keep is said, and written straight into a file the reader chooses', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // The browser's limit as Chromium meets it (past some 500 MB here): the file is made, and
    // cannot be read. Its save dialog answered with a file in the page's own storage (OPFS).
    const arrayBuffer = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return this.size <= 1
        ? Promise.reject(new DOMException('not readable', 'NotReadableError'))
        : arrayBuffer.call(this);
    };
    Object.assign(window, {
      showSaveFilePicker: async ({ suggestedName }: { suggestedName: string }) =>
        (await navigator.storage.getDirectory()).getFileHandle(suggestedName, { create: true }),
    });
  });
  await openDashboard(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Tải dữ liệu (CSV)' }).click();
  const corner = page.locator('.download-status');
  await expect(corner.getByRole('alert')).toContainText(
    /^Tệp CSV \([\d.,]+ MB\) lớn hơn mức trình duyệt này giữ được để tải xuống, nên chưa tải được\./,
  );
  await corner.getByRole('button', { name: 'Ghi thẳng vào một tệp bạn chọn…' }).click();
  await expect(
    corner.getByRole('status').getByText('Đã ghi xong tệp CSV “du-lieu-goc.csv”.', { exact: true }),
  ).toBeVisible();
  // The very file the download writes: with the byte order mark Excel needs, a line a figure.
  const bytes = await page.evaluate(async () => {
    const folder = await navigator.storage.getDirectory();
    const file = await (await folder.getFileHandle('du-lieu-goc.csv')).getFile();
    return [...new Uint8Array(await file.arrayBuffer())];
  });
  expect(bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  expect(Buffer.from(bytes).toString('utf8').trim().split('\r\n')).toHaveLength(14);
  expect(downloads).toBe(0);
});

test('restoring while the bundled file cannot be fetched keeps the import and says so', async ({
  page,
}) => {
  await openDashboard(page);
  await chooseFile(page, 'so-lieu-moi.json', JSON.stringify(withTestFigure()));
  await importDialog(page).getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await importDialog(page).getByRole('button', { name: 'Áp dụng' }).click();
  await expect(kpis(page).getByRole('article')).toHaveCount(8);
  await page.route('**/data/dataset.json', (route) => route.abort());
  // The aborted fetch is logged by the browser itself; that is the point of this test.
  page.removeAllListeners('console');
  page.once('dialog', (confirm) => void confirm.accept());
  await page.getByRole('button', { name: 'Khôi phục dữ liệu gốc' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Không tải được dữ liệu gốc' }),
  ).toBeVisible();
  await expect(kpis(page).getByRole('article')).toHaveCount(8);
  await page.unroute('**/data/dataset.json');
  await page.reload();
  await expect(kpis(page).getByRole('article')).toHaveCount(8);
});

test('the template read straight back changes nothing, and its warning names the CSV row', async ({
  page,
}) => {
  await openDashboard(page);
  const template = await downloadTemplate(page);
  await importDialog(page)
    .getByLabel('Chọn tệp')
    .setInputFiles({
      name: 'mau-nhap-du-lieu.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(await template.path()),
    });
  const dialog = importDialog(page);
  await expect(dialog.getByText('Sẽ thêm 0 số liệu, thay đổi 0, giữ nguyên 13.')).toBeVisible();
  // F1's "hơn 64%" is the first figure, so row 2 of the sheet.
  await expect(
    dialog.getByText(
      'Dòng 2, cột “Tỷ lệ bài viết nêu (%)”: tỷ lệ bài viết nêu hơn 64% khác tỷ lệ tính được 63,90%.',
    ),
  ).toBeVisible();
});

test('a merge that redefines a source, and a replace that drops notes, say so before applying', async ({
  page,
}) => {
  await openDashboard(page);
  const data = withTestFigure();
  const source = data.sources.find((s) => s.id === 'a001')!;
  source.publisher = 'TEST: một đơn vị đăng khác';
  data.notes = [];
  await chooseFile(page, 'doi-nguon.json', JSON.stringify(data));
  const dialog = importDialog(page);
  await expect(dialog.getByText(/Tệp định nghĩa lại các mục đã có/)).toBeVisible();
  await expect(dialog.getByText('Nguồn (1): a001')).toBeVisible();
  await expect(dialog.getByText(/Thay thế sẽ bỏ/)).toHaveCount(0);
  await dialog.getByLabel('Thay thế toàn bộ dữ liệu hiện tại').check();
  await expect(dialog.getByText('Thay thế sẽ bỏ các mục hiện có mà tệp không có:')).toBeVisible();
  await expect(dialog.getByText(/^Ghi chú \(7\): /)).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(kpis(page).getByRole('article')).toHaveCount(7);
});

test('a file from a newer version of the app is refused with its own message', async ({ page }) => {
  await openDashboard(page);
  await chooseFile(page, 'ban-moi.json', JSON.stringify({ ...bundled(), schemaVersion: 99 }));
  await expect(importDialog(page).getByRole('alert')).toContainText(
    'schemaVersion: Tệp được tạo bằng một phiên bản mới hơn của ứng dụng',
  );
  await expect(importDialog(page).getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
});

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`);

test('a number a "," file could mean two ways is asked about, and a figure a thousand times off must be accepted', async ({
  page,
}) => {
  await openDashboard(page);
  // "1.234" in a comma-separated file: one point two three four, or one thousand two hundred…
  await chooseFile(page, 'google-sheets.csv', fixture('comma-file-ambiguous-dot.csv'), 'text/csv');
  const numbers = importDialog(page).getByRole('group', { name: 'Cách viết số trong tệp' });
  await expect(numbers.getByRole('alert')).toContainText('Hãy chọn cách tệp viết số');
  await expect(numbers).toContainText(
    'Dòng 2, cột “Giá trị”: “1.234” là 1.234 (một nghìn hai trăm ba mươi bốn) theo kiểu Việt, 1,234 (một phẩy hai ba bốn) theo kiểu Anh',
  );
  const apply = importDialog(page).getByRole('button', { name: 'Áp dụng' });
  await expect(apply).toBeDisabled();

  // Read the English way, the figure would be 1,234 billion against 12.455,236: a warning to accept.
  await numbers.getByRole('radio', { name: /^Kiểu Anh/ }).check();
  await expect(numbers).toContainText('Số được đọc theo kiểu Anh (1,234.5), như bạn chọn.');
  await expect(importDialog(page)).toContainText(
    'Dòng 2, cột “Giá trị”: 1,234 thay cho 12.455,236 hiện có, lệch từ 1.000 lần trở lên.',
  );
  await expect(apply).toBeDisabled();

  // Read the Vietnamese way: one thousand two hundred and thirty-four, nothing to warn about.
  await numbers.getByRole('radio', { name: /^Kiểu Việt/ }).check();
  await expect(importDialog(page)).not.toContainText('lệch từ 1.000 lần');
  await expect(numbers).toContainText('“1.234” → 1.234 (một nghìn hai trăm ba mươi bốn)');
  await expect(apply).toBeEnabled();
  await apply.click();
  await expect(kpis(page)).toContainText('1.234');
});

test('Excel’s own CSV on a Vietnamese Windows (Windows-1258) imports, and the report names its encoding', async ({
  page,
}) => {
  await openDashboard(page);
  await chooseFile(page, 'bao-cao.csv', fixture('excel-csv-windows-1258.csv'), 'text/csv');
  await expect(importDialog(page).getByRole('status').first()).toHaveText(
    'Tệp được đọc theo bảng mã Windows-1258.',
  );
  await expect(importDialog(page).getByRole('alert')).toHaveCount(0);
  // Its ';' and decimal commas say how it writes numbers: nothing to ask.
  await expect(
    importDialog(page).getByRole('group', { name: 'Cách viết số trong tệp' }),
  ).toHaveCount(0);
  await expect(importDialog(page).getByRole('button', { name: 'Áp dụng' })).toBeEnabled();
});

test('two files dropped at once: the first opens, the second is named, not ignored', async ({
  page,
}) => {
  await openDashboard(page);
  const json = JSON.stringify(withTestFigure());
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'mot.json', { type: 'application/json' }));
    transfer.items.add(new File([text], 'hai.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  }, json);
  await expect(importDialog(page).getByRole('alert').first()).toHaveText(
    'Đã thả 2 tệp cùng lúc; mỗi lần chỉ nhập một tệp. Đang mở tệp “mot.json”. Chưa nhập: “hai.json”; hãy thả hoặc chọn từng tệp sau.',
  );
  await expect(
    importDialog(page).getByText('Sẽ thêm 1 số liệu, thay đổi 0, giữ nguyên 13.'),
  ).toBeVisible();
});

for (const width of [320, 1366]) {
  test(`at ${width} px a file name of 1,000 characters with a right-to-left mark keeps the page and the banner’s own words in place @layout`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await openDashboard(page);
    // U+202E (right-to-left override) would turn the rest of the sentence, the time too, around.
    const name = `\u202Ebao-cao-${'rat-dai-'.repeat(124)}.json`;
    await chooseFile(page, name, JSON.stringify(withTestFigure()));
    const dialog = importDialog(page);
    await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    const banner = page
      .getByRole('status')
      .filter({ hasText: 'Đang hiển thị dữ liệu nhập từ tệp' });
    await expect(banner).toBeVisible();
    // The name sits isolated in its own element; the time after it reads left to right.
    await expect(banner.locator('bdi')).toHaveText(name);
    const box = await banner.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    // The date after the name reads left to right: its year is drawn to the right of its day.
    const order = await banner.locator('p').evaluate((paragraph) => {
      const after = paragraph.querySelector('bdi')?.nextSibling as Text;
      const at = /\d\d\/\d\d\/\d{4}/.exec(after.data)?.index ?? -1;
      const left = (from: number) => {
        const range = document.createRange();
        range.setStart(after, from);
        range.setEnd(after, from + 1);
        return range.getBoundingClientRect().left;
      };
      return { at, day: left(at), year: left(at + 9) };
    });
    expect(order.at).toBeGreaterThan(0);
    expect(order.year).toBeGreaterThan(order.day);
  });
}

test('a browser database found without its store is made again: the page says so, and the next import is kept', async ({
  page,
}) => {
  await openDashboard(page);
  // Another tab (here, this page's own script) deletes the database the app has open: the app
  // lets go of it, so the deletion goes through instead of waiting. Then a database of the same
  // name is made with no store in it, as a damaged or half-made one is.
  await page.evaluate(async () => {
    await new Promise<void>((done, fail) => {
      const deletion = indexedDB.deleteDatabase('district-dashboard');
      deletion.onsuccess = () => done();
      deletion.onerror = () => fail(deletion.error);
    });
    await new Promise<void>((done, fail) => {
      const request = indexedDB.open('district-dashboard', 7);
      request.onsuccess = () => {
        request.result.close();
        done();
      };
      request.onerror = () => fail(request.error);
    });
    localStorage.setItem('district-dashboard:saved-import', '1');
  });
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'bị hỏng hoặc không đọc được' }),
  ).toBeVisible();
  await expect(kpis(page)).toContainText('12.455,236');

  await chooseFile(page, 'sau-khi-sua.json', JSON.stringify(withTestFigure()));
  const dialog = importDialog(page);
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden();
  const imported = page
    .getByRole('status')
    .filter({ hasText: 'Đang hiển thị dữ liệu nhập từ tệp “sau-khi-sua.json”' });
  await expect(imported).toBeVisible();
  await page.reload();
  await expect(imported).toBeVisible();
  await expect(kpis(page).getByRole('article')).toHaveCount(8);
});

test('a date that could be either day is asked about, and read as the user picks', async ({
  page,
}) => {
  await openDashboard(page);
  // US Excel: English numbers, and every date with a day of 12 or less.
  await chooseFile(page, 'us-excel.csv', fixture('us-dates-ambiguous.csv'), 'text/csv');
  const dates = importDialog(page).getByRole('group', { name: 'Cách viết ngày trong tệp' });
  await expect(dates.getByRole('alert')).toContainText('Hãy chọn cách tệp viết ngày');
  await expect(dates).toContainText(
    'Dòng 2, cột “Đến ngày”: “03/11/2026” là ngày 3 tháng 11 năm 2026 nếu ngày trước, ngày 11 tháng 3 năm 2026 nếu tháng trước',
  );
  const apply = importDialog(page).getByRole('button', { name: 'Áp dụng' });
  await expect(apply).toBeDisabled();
  await expect(importDialog(page).locator('.import-counts')).toHaveCount(0);

  await dates.getByRole('radio', { name: /^Tháng trước/ }).check();
  await expect(dates).toContainText('“03/11/2026” → ngày 11 tháng 3 năm 2026');
  await expect(importDialog(page).locator('.import-counts')).toHaveText(
    'Sẽ thêm 2 số liệu, thay đổi 0, giữ nguyên 0.',
  );
});

test('a JSON key given twice is named, not resolved silently', async ({ page }) => {
  await openDashboard(page);
  // A figure whose value is written twice: JSON.parse would keep 21000 without a word.
  const text = JSON.stringify(withTestFigure(), null, 2).replace(
    '"quote": "Số liệu thử nghiệm cho kiểm thử tự động."',
    '"value": 21000,\n      "quote": "Số liệu thử nghiệm cho kiểm thử tự động."',
  );
  expect(text).toContain('"value": 21000');
  // Named at the line an editor shows it on.
  const line = text.split('\n').findIndex((row) => row.includes('"value": 21000')) + 1;
  expect(line).toBeGreaterThan(1);
  await chooseFile(page, 'lap-khoa.json', text);
  await expect(importDialog(page).getByRole('alert')).toContainText(
    `Dòng ${line} (observations[13].value): Khóa này có hai lần trong cùng một đối tượng`,
  );
  await expect(importDialog(page).getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
});
