import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { withTestFigure } from './test-data';
import { convertCsvs } from '../support/libreoffice';
import { datasetToParquet } from '../../src/domain/dataset-parquet';
import { MAX_PAGE_IMPORT_FIGURES } from '../../src/domain/import';
import { bundledDataset } from '../fixtures/dataset';

const page_ = pathToFileURL('dist-single/index.html').href;

test.describe('the single-file build', () => {
  // One build, then both tests in the same worker: a second worker's build would empty
  // dist-single/ under the first one's feet.
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(() => {
    execSync('npx vite build --mode single --logLevel warn', {
      stdio: 'inherit',
      timeout: 120_000,
    });
  });

  test('is one self-contained HTML file, with a policy that allows only its own script', () => {
    // Nothing beside it: no worker, no chunk (the import reads its file on the page there).
    expect(readdirSync('dist-single')).toEqual(['index.html']);
    const html = readFileSync('dist-single/index.html', 'utf8');
    expect(html).toContain('id="bundled-dataset"');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href="(?!data:)[^"]+\.(css|svg|woff2?)"/);
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  });

  test('opens from file:// with every feature: charts, filters, export, presentation, import', async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    await page.goto(page_);
    const kpis = page.getByRole('region', { name: 'Số liệu chính' });
    await expect(kpis.getByRole('article')).toHaveCount(7);
    await expect(kpis).toContainText('12.455,236');
    // The charts are below the summary and the cards: scrolled to, they are drawn.
    await page.getByRole('region', { name: 'Biểu đồ' }).scrollIntoViewIfNeeded();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();

    await page.getByLabel('Năm', { exact: true }).selectOption('2022');
    await expect(kpis.getByRole('article')).toHaveCount(4);
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();

    const figure = page.getByRole('figure', { name: 'Trường công lập đạt chuẩn quốc gia' });
    await figure.getByRole('button', { name: 'Xuất' }).click();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
    ]);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString('ascii'),
    ).toBe('PNG');
    // The data's workbook, written on the page here (no worker): a real .xlsx (a zip).
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải dữ liệu (Excel)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('du-lieu-goc.xlsx');
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString('ascii'),
    ).toBe('PK');

    await page.getByRole('button', { name: /Trình chiếu/ }).click();
    await expect(page.locator('.slide-counter')).toHaveText('1 / 10');
    await page.keyboard.press('Escape');

    const data = withTestFigure();
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
    // Its introduction gives this copy's limit, not the website's.
    await expect(dialog).toContainText(
      'tệp Parquet của bảng theo dõi (tới 50.000 số liệu ở bản một tệp này; dữ liệu lớn hơn nhập ở trang web của bảng theo dõi)',
    );
    await expect(dialog).not.toContainText('4.000.000');
    // Read on the page here (no worker): a file over 10 MB is refused, and says where it can go.
    const large = testInfo.outputPath('lon.json');
    mkdirSync(dirname(large), { recursive: true });
    writeFileSync(large, '');
    truncateSync(large, 10 * 1024 * 1024 + 1);
    await dialog.getByLabel('Chọn tệp').setInputFiles(large);
    await expect(dialog.getByRole('alert')).toContainText(
      'Tệp lớn hơn 10 MB, quá lớn để nhập ở bản một tệp mở từ máy.',
    );
    // Nor is data opened from a web address here (no worker, a page from disk): said, not offered.
    await expect(dialog.getByLabel('Địa chỉ tệp')).toHaveCount(0);
    await expect(dialog).toContainText(
      'Bản một tệp (mở từ máy) không mở được dữ liệu từ địa chỉ web; hãy dùng bản trên web.',
    );
    // The workbook reader travels in the file too.
    const [workbook] = convertCsvs(
      [
        'Mã đơn vị;Mã chỉ số;Mã kỳ;Giá trị;Mã nguồn;Trích dẫn\r\ncau-giay;budget-revenue;2024-h1;12.455,236;a001;x',
      ],
      'xlsx',
      { separator: ';', locale: 'vi' },
    );
    await dialog.getByLabel('Chọn tệp').setInputFiles({
      name: 'so-lieu.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(workbook!),
    });
    await expect(dialog).toContainText('Đã đọc trang “du-lieu-1” của bảng tính.');
    // So does the Parquet reader: the page's own data as Parquet reads back, every figure
    // unchanged; a file of more figures than the page reads itself is refused from its footer.
    const bundled = bundledDataset();
    await dialog.getByLabel('Chọn tệp').setInputFiles({
      name: 'so-lieu.parquet',
      mimeType: 'application/vnd.apache.parquet',
      buffer: Buffer.from(datasetToParquet(bundled)),
    });
    await expect(dialog.getByRole('status').filter({ hasText: 'Sẽ thêm' })).toHaveText(
      `Sẽ thêm 0 số liệu, thay đổi 0, giữ nguyên ${bundled.observations.length}.`,
    );
    const first = bundled.observations[0]!;
    await dialog.getByLabel('Chọn tệp').setInputFiles({
      name: 'nhieu.parquet',
      mimeType: 'application/vnd.apache.parquet',
      buffer: Buffer.from(
        datasetToParquet({
          ...bundled,
          observations: Array.from({ length: MAX_PAGE_IMPORT_FIGURES + 1 }, (_, i) => ({
            ...first,
            id: `so-lieu-${i}`,
          })),
        }),
      ),
    });
    await expect(dialog.getByRole('alert')).toHaveText(
      '“nhieu.parquet”: Tệp có 50.001 số liệu. Bản một tệp mở từ máy chỉ nhập được tới 50.000 số liệu một lần. Hãy nhập tệp này ở trang web của bảng theo dõi.',
    );
    await dialog.getByLabel('Chọn tệp').setInputFiles({
      name: 'thu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    await expect(kpis.getByRole('article')).toHaveCount(8);
    await page.reload();
    await expect(kpis.getByRole('article')).toHaveCount(8);
    // An address naming data, followed to the single file: said, and nothing fetched.
    await page.goto(`${page_}?data=${encodeURIComponent('https://example.org/ha-noi.parquet')}`);
    await expect(page.getByRole('alert')).toContainText(
      'Bản một tệp (mở từ máy) không mở được dữ liệu từ địa chỉ web. Hãy dùng bản trên web.',
    );
    await page.goto(page_);
    await expect(kpis.getByRole('article')).toHaveCount(8);
  });
});
