import type { Locator, Page } from '@playwright/test';
import { createWriteStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { writeSyntheticDataset } from '../../scripts/generate-synthetic.mjs';
import { datasetCsvParts } from '../../src/domain/dataset-csv';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { datasetToParquet, observationsFromRows } from '../../src/domain/dataset-parquet';
import type { Dataset } from '../../src/domain/schema';
import { editKeptRecord, expect, openDashboard, test } from './fixtures';

// A file the size staff bring for a whole city: the benchmark's generated dataset (36,000
// figures, 8.2 MB of JSON), read in the import's worker with its progress shown.

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Nhập dữ liệu' });
const banner = (page: Page, file: string) =>
  page.getByRole('status').filter({ hasText: `Đang hiển thị dữ liệu nhập từ tệp “${file}”` });

async function largeFile(path: string): Promise<string> {
  await writeSyntheticDataset(1, path);
  return path;
}

/**
 * The dashboard's own Parquet file of a city of 300 districts (as the dialog downloads it, or as
 * a city publishes it), written from the bench's 10× dataset at `base` + `.json`, `.parquet`.
 */
async function cityParquet(base: string): Promise<string> {
  await writeSyntheticDataset(10, `${base}.json`);
  const dataset = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Dataset;
  writeFileSync(`${base}.parquet`, new Uint8Array(datasetToParquet(dataset)));
  return `${base}.parquet`;
}

async function choose(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await importDialog(page).getByLabel('Chọn tệp').setInputFiles(file);
}

test('a large file is read with its progress shown, can be stopped, and is kept when applied', async ({
  page,
}, testInfo) => {
  const file = await largeFile(testInfo.outputPath('thanh-pho.json'));
  await openDashboard(page);
  // The worker's script is held back until the reading has been stopped: the stop is then
  // certain to come while the file is being read, on any machine.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/import.worker-*.js', async (route) => {
    await held;
    // The stopped worker's request is gone by then.
    await route.continue().catch(() => undefined);
  });
  await choose(page, file);
  const dialog = importDialog(page);
  const progress = dialog.getByRole('progressbar', { name: /^Bước 1\/4: đọc tệp/ });
  await expect(progress).toBeVisible();
  await expect(
    dialog.getByRole('status').filter({ has: page.getByRole('progressbar') }),
  ).toContainText('Đang đọc “thanh-pho.json”');
  await dialog.getByRole('button', { name: 'Dừng đọc tệp' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Đã dừng đọc' })).toHaveText(
    'Đã dừng đọc “thanh-pho.json”. Dữ liệu đang hiển thị không thay đổi; có thể chọn lại tệp.',
  );
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
  release();
  await page.unroute('**/import.worker-*.js');

  // Chosen again, it is read through: every figure counted, in the reader's number style.
  await dialog.getByLabel('Chọn tệp').setInputFiles(file);
  await expect(dialog.getByRole('status').filter({ hasText: 'Sẽ thêm' })).toHaveText(
    'Sẽ thêm 36.000 số liệu, thay đổi 0, giữ nguyên 0.',
  );
  await expect(dialog.getByText('Đã dừng đọc')).toHaveCount(0);
  // Each indicator compares half years with whole years.
  await expect(dialog.getByText('50 cảnh báo. Có thể chấp nhận sau khi xem:')).toBeVisible();
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden();
  // The file's 30 districts, merged with the bundled data's.
  const districts = page.getByLabel('Đơn vị', { exact: true }).locator('option');
  await expect(banner(page, 'thanh-pho.json')).toBeVisible();
  await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(30);
  // Kept by the worker's write: there after a reload.
  await page.reload();
  await expect(banner(page, 'thanh-pho.json')).toBeVisible();
  await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(30);
  // A deck of every indicator of 31 districts is no meeting's: it is not made unasked.
  await page.getByRole('button', { name: 'Xuất cả trang' }).click();
  const menu = page.getByRole('group', { name: 'Xuất cả trang' });
  await menu.getByRole('button', { name: 'Tải bộ trình chiếu PowerPoint (.pptx)' }).click();
  await expect(menu.getByRole('alert')).toContainText(
    /^Bộ trình chiếu của khung nhìn này dài [\d.]+ trang/,
  );
  await expect(menu.getByRole('button', { name: /^Vẫn tạo bộ [\d.]+ trang$/ })).toBeVisible();
  await menu.getByRole('button', { name: 'Đóng' }).click();

  // The same file with every figure and target ten thousand times larger (a count stays within
  // its total, a share stays what it was): each a warning, the first hundred listed, the whole
  // list a download.
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    observations: Record<'value' | 'target', number | null | undefined>[];
  };
  let changed = 0;
  for (const observation of data.observations) {
    for (const field of ['value', 'target'] as const) {
      const number = observation[field];
      if (number == null || number === 0) continue;
      observation[field] = number * 10_000;
      changed += 1;
    }
  }
  const total = changed + 50;
  await choose(page, {
    name: 'lon-gap-muoi-nghin.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data), 'utf8'),
  });
  const shownCount = new Intl.NumberFormat('vi-VN').format(total);
  await expect(
    dialog.getByText(`${shownCount} cảnh báo. Có thể chấp nhận sau khi xem:`),
  ).toBeVisible();
  const warnings = dialog.locator('.import-warnings');
  await expect(warnings.getByRole('listitem')).toHaveCount(100);
  await expect(warnings).toContainText(
    `Đang hiện 100 cảnh báo đầu tiên trong ${shownCount} cảnh báo.`,
  );
  const [list] = await Promise.all([
    page.waitForEvent('download'),
    warnings.getByRole('button', { name: 'Tải toàn bộ danh sách cảnh báo (CSV)' }).click(),
  ]);
  const lines = readFileSync(await list.path(), 'utf8')
    .trimEnd()
    .split(/\r?\n/);
  expect(lines).toHaveLength(1 + total);
  expect(lines.filter((line) => line.includes('lệch từ 1.000 lần trở lên'))).toHaveLength(changed);
});

test('a file with thousands of problems lists the first hundred, and the whole list is a download', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const dialog = importDialog(page);
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Tải mẫu CSV' }).click(),
  ]);
  const [header = '', row = ''] = readFileSync(await template.path(), 'utf8').split(/\r?\n/);
  // 2,500 figures of districts the data does not have: one problem each.
  const cells = row.split(';');
  const rows = Array.from({ length: 2500 }, (_, i) => {
    const copy = [...cells];
    copy[0] = `khong-co-${i}`;
    copy[1] = `quan-khong-co-${i}`;
    return copy.join(';');
  });
  await dialog.getByLabel('Chọn tệp').setInputFiles({
    name: 'nhieu-loi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...rows].join('\r\n'), 'utf8'),
  });
  const alert = dialog.getByRole('alert').filter({ hasText: 'Tệp có 2.500 lỗi' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('listitem')).toHaveCount(100);
  await expect(alert.getByRole('listitem').first()).toHaveText(
    'Dòng 2, cột “Mã đơn vị”: Tham chiếu tới mã không tồn tại (units:quan-khong-co-0)',
  );
  await expect(alert).toContainText('Đang hiện 100 lỗi đầu tiên trong 2.500 lỗi.');
  const [list] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Tải toàn bộ danh sách lỗi (CSV)' }).click(),
  ]);
  expect(list.suggestedFilename()).toBe('danh-sach-loi.csv');
  const lines = readFileSync(await list.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  expect(lines).toHaveLength(2501);
  expect(lines[0]).toBe('Vị trí;Lỗi');
  expect(lines[2500]).toBe(
    'Dòng 2501, cột “Mã đơn vị”;Tham chiếu tới mã không tồn tại (units:quan-khong-co-2499)',
  );
});

test('a city of 300 districts (360,000 figures, 82 MB) is imported through the dialog, stopped once, kept, and filtered after a reload', async ({
  page,
}, testInfo) => {
  // Reading 82 MB takes seconds here and many more on a busy machine: the steps wait for what
  // the user would see, with room for a slow machine.
  test.setTimeout(600_000);
  const slow = { timeout: 240_000 };
  const file = testInfo.outputPath('thanh-pho-300.json');
  await writeSyntheticDataset(10, file);
  await openDashboard(page);
  const districts = page.getByLabel('Đơn vị', { exact: true }).locator('option');
  await choose(page, file);
  const dialog = importDialog(page);
  // Read in the worker, its steps shown; stopped in the middle, nothing changes.
  await expect(
    dialog.getByRole('progressbar', {
      name: /^Bước [23]\/4: (đọc các dòng và ô|kiểm tra số liệu)/,
    }),
  ).toBeVisible(slow);
  await dialog.getByRole('button', { name: 'Dừng đọc tệp' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Đã dừng đọc' })).toContainText(
    'Dữ liệu đang hiển thị không thay đổi',
  );
  await expect(dialog.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
  await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(0);

  // Chosen again and read through: every figure counted.
  await dialog.getByLabel('Chọn tệp').setInputFiles(file);
  await expect(dialog.getByRole('progressbar', { name: /^Bước 1\/4: đọc tệp/ })).toBeVisible();
  await expect(dialog.getByRole('status').filter({ hasText: 'Sẽ thêm' })).toHaveText(
    'Sẽ thêm 360.000 số liệu, thay đổi 0, giữ nguyên 0.',
    slow,
  );
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden(slow);
  await expect(banner(page, 'thanh-pho-300.json')).toBeVisible(slow);
  await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(300);

  // Kept (in columnar chunks): there after a reload, and filtered as any data is. Validated when
  // it was kept, and its bytes unchanged (their digests compared): not validated again, so no
  // worker is started to validate it; one reads its chunks and hashes them for the page, and one
  // beside it opens every other chunk (kept compressed).
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.reload();
  await expect(banner(page, 'thanh-pho-300.json')).toBeVisible(slow);
  await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(300);
  expect(workers.filter((url) => /kept-read\.worker-[\w-]+\.js$/.test(url))).toHaveLength(0);
  expect(workers.filter((url) => /kept-bytes\.worker-[\w-]+\.js$/.test(url))).toHaveLength(1);
  expect(workers.filter((url) => /kept-open\.worker-[\w-]+\.js$/.test(url))).toHaveLength(1);

  // Its bytes no longer those written (a digest that does not match): every figure is validated
  // again, in a worker, before anything is shown.
  await editKeptRecord<{ validated: { digests: string[] } }>(page, (record) => {
    record.validated.digests[0] = '0'.repeat(64);
  });
  await page.reload();
  await expect(banner(page, 'thanh-pho-300.json')).toBeVisible(slow);
  await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(300);
  expect(workers.filter((url) => /kept-read\.worker-[\w-]+\.js$/.test(url))).toHaveLength(1);
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Quận giả lập 300' });
  await page.getByLabel('Năm').selectOption('2024');
  await expect(page).toHaveURL(/unit=quan-0300/);
  await expect(page).toHaveURL(/year=2024/);
  const cards = page.locator('.kpi-card').filter({ hasText: 'Quận giả lập 300' });
  await expect(cards.first()).toBeVisible(slow);
  await expect(page.locator('.kpi-card').filter({ hasText: 'Quận giả lập 299' })).toHaveCount(0);

  // In English: the page changes once the city's views are worked out in it (a step a task), the
  // same district and year, its names and numbers the English way.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/, slow);
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const english = page.locator('.kpi-card').filter({ hasText: 'Synthetic district 300' });
  await expect(english.first()).toBeVisible(slow);
  await expect(page.locator('.kpi-card').filter({ hasText: 'Quận giả lập' })).toHaveCount(0);
  await expect(page.getByLabel('District', { exact: true })).toHaveValue('quan-0300');
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2024');
});

/** The report of `largeCsv`'s city, its 72,000 figures to add, its warnings accepted, applied. */
async function applyCity(dialog: Locator, slow: { timeout: number }) {
  await expect(dialog.getByRole('status').filter({ hasText: 'Sẽ thêm' })).toHaveText(
    'Sẽ thêm 72.000 số liệu, thay đổi 0, giữ nguyên 0.',
    slow,
  );
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden(slow);
}

/**
 * A city's CSV over the 128 MB a file is held whole to: the bench's 2× dataset (60 districts,
 * 72,000 figures) as the dashboard writes its CSV, each figure's quote carrying more of the
 * article's paragraph (1,500 characters of the 2,000 a text may have), about 150 MB in all; and
 * the city's districts, indicators and articles without their figures, at `path` + `.json`
 * (a CSV brings figures, and names the districts and indicators the data has).
 */
async function largeCsv(path: string): Promise<{ csv: string; definitions: string; json: string }> {
  const json = `${path}.json`;
  await writeSyntheticDataset(2, json);
  const dataset = JSON.parse(readFileSync(json, 'utf8')) as Dataset;
  writeFileSync(json, JSON.stringify({ ...dataset, observations: [] }));
  const paragraph = ' Theo báo cáo của Ủy ban nhân dân, kết quả thực hiện các chỉ tiêu…'.repeat(22);
  for (const observation of dataset.observations) observation.quote += paragraph;
  const write = async (file: string, parts: Iterable<string>) => {
    const out = createWriteStream(file);
    for (const part of parts) if (!out.write(part)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
  };
  await write(path, datasetCsvParts(dataset));
  // The same city as the app's JSON, every figure on a line of its own.
  const whole = `${path}.whole.json`;
  await write(whole, [
    JSON.stringify({ ...dataset, observations: [] }).slice(0, -2),
    ...dataset.observations.map((o, index) => `${index === 0 ? '' : ','}\n${JSON.stringify(o)}`),
    ']}\n',
  ]);
  return { csv: path, definitions: json, json: whole };
}

test('a CSV over 128 MB is read as a stream: its first pass said in MB, stopped once, then applied and kept', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  const slow = { timeout: 240_000 };
  const { csv: file, definitions } = await largeCsv(testInfo.outputPath('thanh-pho-dai.csv'));
  const megabytes = Math.ceil(statSync(file).size / (1024 * 1024));
  expect(megabytes).toBeGreaterThan(128);
  await openDashboard(page);
  // The city's districts and indicators first, with no figure.
  await choose(page, definitions);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('status').filter({ hasText: 'Sẽ thêm' })).toHaveText(
    'Sẽ thêm 0 số liệu, thay đổi 0, giữ nguyên 0.',
  );
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden();
  const cityCards = page.locator('.kpi-card').filter({ hasText: 'Quận giả lập' });
  await expect(
    page.getByLabel('Đơn vị', { exact: true }).locator('option', { hasText: 'Quận giả lập' }),
  ).toHaveCount(60);
  await expect(cityCards).toHaveCount(0);

  await choose(page, file);
  // Its first pass: the bytes read, as they are read, the bar moving with them.
  const firstPass = dialog.getByText(
    new RegExp(
      `^Lượt đọc thứ nhất: đã đọc [\\d.]+ / ${megabytes} MB \\(tìm cách viết số và ngày của tệp; lượt thứ hai đọc từng dòng\\)\\.$`,
    ),
  );
  await expect(firstPass).toBeVisible(slow);
  const bar = dialog.getByRole('progressbar', { name: /^Bước 1\/4: đọc tệp/ });
  await expect(bar).toBeVisible();
  await dialog.getByRole('button', { name: 'Dừng đọc tệp' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Đã dừng đọc' })).toHaveText(
    'Đã dừng đọc “thanh-pho-dai.csv”. Dữ liệu đang hiển thị không thay đổi; có thể chọn lại tệp.',
  );
  await expect(dialog.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();

  // Chosen again and read through: both passes, then every figure counted.
  await dialog.getByLabel('Chọn tệp').setInputFiles(file);
  await expect(
    dialog.getByText(/^Đã đọc [\d.]+ \/ 72\.000 dòng; (chưa thấy lỗi|[\d.]+ lỗi cho đến nay)\.$/),
  ).toBeVisible(slow);
  await applyCity(dialog, slow);
  await expect(banner(page, 'thanh-pho-dai.csv')).toBeVisible(slow);
  await expect(cityCards.first()).toBeVisible(slow);
  // Kept: there after a reload, and filtered as any data is.
  await page.reload();
  await expect(banner(page, 'thanh-pho-dai.csv')).toBeVisible(slow);
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Quận giả lập 60' });
  await expect(cityCards.first()).toBeVisible(slow);
  await expect(cityCards.first()).toContainText('Quận giả lập 60');
});

test('a JSON file over 128 MB is read as a stream, its bytes said as they are read, and applied', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  const slow = { timeout: 240_000 };
  const { json } = await largeCsv(testInfo.outputPath('thanh-pho-dai.csv'));
  const megabytes = Math.ceil(statSync(json).size / (1024 * 1024));
  expect(megabytes).toBeGreaterThan(128);
  await openDashboard(page);
  await choose(page, json);
  const dialog = importDialog(page);
  await expect(
    dialog.getByText(new RegExp(`^Đã đọc [\\d.]+ / ${megabytes} MB của tệp\\.$`)),
  ).toBeVisible(slow);
  await applyCity(dialog, slow);
  await expect(banner(page, 'thanh-pho-dai.csv.whole.json')).toBeVisible(slow);
  await expect(page.locator('.kpi-card').filter({ hasText: 'Quận giả lập' }).first()).toBeVisible(
    slow,
  );
});

const applyingOrder = ['saving', 'prepared', 'written', 'opening', 'read', 'built'];

/**
 * Every text the elements `selector` show, as the page draws them, from now on (until a reload);
 * the function returned takes those seen so far.
 */
async function recordTexts(page: Page, selector: string): Promise<() => Promise<string[]>> {
  const key = `seen ${selector}`;
  await page.evaluate(
    ([selector, key]) => {
      const seen: string[] = [];
      (window as unknown as Record<string, string[]>)[key] = seen;
      new MutationObserver(() => {
        for (const element of document.querySelectorAll(selector)) {
          const text = element.textContent ?? '';
          if (text && seen.at(-1) !== text) seen.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    [selector, key] as const,
  );
  return () =>
    page.evaluate((key) => {
      const seen = (window as unknown as Record<string, string[]>)[key] ?? [];
      return seen.splice(0, seen.length);
    }, key);
}

test('a city’s Parquet file (360,000 figures, 5 MB) is imported: its rows counted as they are read, kept, and there after a reload', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  const slow = { timeout: 240_000 };
  const file = await cityParquet(testInfo.outputPath('thanh-pho-300'));
  await openDashboard(page);
  const districts = page.getByLabel('Đơn vị', { exact: true }).locator('option');
  // Every text the dialog's progress shows, as the page draws it.
  const progressSeen = await recordTexts(page, '.import-progress');
  await choose(page, file);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('status').filter({ hasText: 'Sẽ thêm' })).toHaveText(
    'Sẽ thêm 360.000 số liệu, thay đổi 0, giữ nguyên 0.',
    slow,
  );
  // Read a row group after another, the count said as it grows, to every row.
  const counts = (await progressSeen())
    .filter((text) => text.includes('Đã đọc'))
    .map((text) => {
      const match =
        /Đã đọc ([\d.]+) \/ 360\.000 dòng; các số liệu được kiểm tra khi đọc xong\./.exec(text);
      if (!match?.[1]) throw new Error(`not a count of rows: ${text}`);
      return Number(match[1].replaceAll('.', ''));
    });
  expect(counts.at(-1)).toBe(360_000);
  expect(counts.some((count) => count > 0 && count < 360_000)).toBe(true);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));

  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden(slow);
  await expect(banner(page, 'thanh-pho-300.parquet')).toBeVisible(slow);
  await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(300);
  // Applied, each step of the wait said in turn: the figures prepared, written, read back from
  // storage (more than 200,000: shown as a reload shows them), the dashboard built. The result
  // is the file's 360,000 figures and the 13 bundled ones it merges into.
  const steps: [RegExp, string][] = [
    [/^Đang lưu dữ liệu vào trình duyệt…$/, 'saving'],
    [/^Đang lưu dữ liệu vào trình duyệt: đã chuẩn bị ([\d.]+) \/ 360\.013 số liệu…$/, 'prepared'],
    [/^Đang ghi 360\.013 số liệu vào bộ nhớ của trình duyệt…$/, 'written'],
    [/^Đã lưu\. Đang hiển thị dữ liệu…$/, 'opening'],
    [/^Đã lưu\. Đang mở dữ liệu đã lưu: đã đọc ([\d.]+) \/ 360\.013 số liệu…$/, 'read'],
    [/^Đã lưu\. Đang dựng bảng theo dõi từ 360\.013 số liệu…$/, 'built'],
  ];
  const applying = (await progressSeen()).map((text) => {
    const step = steps.find(([pattern]) => pattern.test(text));
    if (!step) throw new Error(`not a step of applying: ${text}`);
    return step[1];
  });
  // (The figures prepared are said as the worker's messages come, which a busy page may draw
  // only once they are written: the longer steps are drawn whatever the machine's load.)
  expect([...new Set(applying)]).toEqual(expect.arrayContaining(['written', 'read', 'built']));
  // In that order, never back.
  expect(applying).toEqual(
    [...applying].sort((a, b) => applyingOrder.indexOf(a) - applyingOrder.indexOf(b)),
  );

  await page.reload();
  await expect(banner(page, 'thanh-pho-300.parquet')).toBeVisible(slow);
  await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(300);
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Quận giả lập 150' });
  await expect(page).toHaveURL(/unit=quan-0150/);
  await expect(
    page.locator('.kpi-card').filter({ hasText: 'Quận giả lập 150' }).first(),
  ).toBeVisible(slow);

  // Downloaded as staff do, all of it: the CSV written a part at a time, how far said meanwhile,
  // every figure in it; Excel refused for this many, saying why and what to use instead. The
  // page holds a kept city's figures only as its views read them: they are read back from the
  // browser's store first, and said so.
  const writing = page.locator('.download-progress');
  const downloadSeen = await recordTexts(page, '.download-progress p');
  const [csv] = await Promise.all([
    page.waitForEvent('download', slow),
    page.getByRole('button', { name: 'Tải dữ liệu (CSV)' }).click(),
  ]);
  await expect(writing).toHaveCount(0);
  const text = readFileSync(await csv.path(), 'utf8');
  // A line for each figure, and the header's; the same text as the file's own figures give.
  const lines = text.split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(360_014);
  const imported = JSON.parse(readFileSync(file.replace(/\.parquet$/, '.json'), 'utf8')) as Dataset;
  const expected = [...datasetCsvParts(imported)].join('').split('\r\n').filter(Boolean);
  const district = (line: string) => line.split(';')[1] === 'quan-0150';
  expect(lines.filter(district)).toHaveLength(1_200);
  expect(lines.filter(district)).toEqual(expected.filter(district));
  const said = await downloadSeen();
  const readBack = said.findIndex((line) =>
    /^Đang đọc lại dữ liệu đã lưu trong trình duyệt để ghi tệp: [\d.]+ \/ 360\.013 số liệu…$/.test(
      line,
    ),
  );
  const written = said.findIndex((line) =>
    /^Đang ghi tệp CSV: [\d.]+ \/ 360\.013 số liệu…$/.test(line),
  );
  expect(readBack).toBeGreaterThanOrEqual(0);
  expect(written).toBeGreaterThan(readBack);
  // And as the dialog's Parquet file, its figures read back the same way: every one in it, a
  // district's the very figures imported.
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const parquetSeen = await recordTexts(page, '.import-progress p');
  const [parquet] = await Promise.all([
    page.waitForEvent('download', slow),
    importDialog(page).getByRole('button', { name: 'Tải dữ liệu đang xem dạng Parquet' }).click(),
  ]);
  const bytes = new Uint8Array(readFileSync(await parquet.path())).buffer;
  const metadata = parquetMetadata(bytes);
  expect(Number(metadata.num_rows)).toBe(360_013);
  // Its row groups those of every figure written at once, whatever parts they were read back in.
  expect(metadata.row_groups.map((group) => Number(group.num_rows))).toEqual([
    ...Array<number>(18).fill(20_000),
    360_013 - 18 * 20_000,
  ]);
  const inFile = observationsFromRows(await parquetReadObjects({ file: bytes, metadata }));
  const ofDistrict = (obs: Dataset['observations'][number]) => obs.unit === 'quan-0150';
  expect(inFile.filter(ofDistrict)).toEqual(imported.observations.filter(ofDistrict));
  expect(
    (await parquetSeen()).some((line) =>
      /^Đang đọc lại dữ liệu đã lưu trong trình duyệt để ghi tệp Parquet: [\d.]+ \/ 360\.013 số liệu…$/.test(
        line,
      ),
    ),
  ).toBe(true);
  await page.keyboard.press('Escape');
  await expect(importDialog(page)).toBeHidden();

  await page.getByRole('button', { name: 'Tải dữ liệu (Excel)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Không ghi tệp Excel' })).toHaveText(
    /^Không ghi tệp Excel cho 360\.013 số liệu: trang này chỉ ghi bảng tính tới 100\.000 số liệu/,
  );
  await page.getByRole('alert').getByRole('button', { name: 'Đóng' }).click();

  // A file imported over it is compared with every figure kept, read back for it: the bundled
  // file's 13 figures are among them, unchanged.
  await choose(page, 'public/data/dataset.json');
  await expect(importDialog(page).getByRole('status').filter({ hasText: 'Sẽ thêm' })).toHaveText(
    'Sẽ thêm 0 số liệu, thay đổi 0, giữ nguyên 13.',
    slow,
  );

  // What is kept can no longer be read back (here: the page's storage refuses every read): the
  // report, and a download, say so rather than compare or write other data.
  await page.evaluate(() => {
    IDBObjectStore.prototype.get = () => {
      throw new DOMException('refused', 'UnknownError');
    };
  });
  await importDialog(page).getByLabel('Chọn tệp').setInputFiles('public/data/dataset.json');
  await expect(importDialog(page).getByRole('alert')).toHaveText(
    '“dataset.json”: Không đọc lại được dữ liệu đang hiển thị từ trình duyệt để so với tệp (có thể một thẻ khác vừa thay đổi dữ liệu đã lưu). Tệp chưa được nhập; hãy tải lại trang rồi chọn lại tệp.',
    slow,
  );
  await importDialog(page).getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('button', { name: 'Tải dữ liệu (CSV)' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Không ghi được tệp CSV' }).getByRole('paragraph'),
  ).toHaveText(
    'Không ghi được tệp CSV: không đọc lại được dữ liệu đã lưu trong trình duyệt (có thể một thẻ khác vừa thay đổi dữ liệu đã lưu). Hãy tải lại trang rồi thử lại.',
    slow,
  );
});

test('a city’s import kept but not read back by the page is said, and shown after a reload', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  const slow = { timeout: 240_000 };
  const file = await cityParquet(testInfo.outputPath('thanh-pho-300'));
  await openDashboard(page);
  await choose(page, file);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('status').filter({ hasText: 'Sẽ thêm' })).toBeVisible(slow);
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  // The page's own storage stops reading (the worker's, which writes, is its own): what the page
  // reads back is then not the import.
  await page.evaluate(() => {
    IDBObjectStore.prototype.get = () => {
      throw new DOMException('refused', 'UnknownError');
    };
  });
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    /^Dữ liệu vừa nhập đã được lưu trong trình duyệt, nhưng trang chưa đọc lại được để hiển thị\. Hãy tải lại trang để xem\./,
    slow,
  );
  await expect(dialog.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Tải lại trang' }).click();
  await expect(banner(page, 'thanh-pho-300.parquet')).toBeVisible(slow);
  await expect(
    page
      .getByLabel('Đơn vị', { exact: true })
      .locator('option')
      .filter({ hasText: 'Quận giả lập' }),
  ).toHaveCount(300);
});
