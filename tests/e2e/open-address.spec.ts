import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { writeSyntheticDataset } from '../../scripts/generate-synthetic.mjs';
import { MAX_REMOTE_FIGURES, READ_WHOLE_BELOW_BYTES } from '../../src/data/remote-protocol';
import {
  datasetToParquet,
  layoutOfRowGroups,
  PARQUET_DATASET_KEY,
  PARQUET_FORMAT,
  parquetColumns,
  ROW_GROUP_ROWS,
  rowGroupBytes,
} from '../../src/domain/dataset-parquet';
import { OBSERVATION_COLUMNS } from '../../src/domain/observation-fields';
import type { Dataset } from '../../src/domain/schema';
import { withCityDistricts } from '../fixtures/city-districts';
import { startFileHost } from '../support/file-host';
import { expect, firstCardKept, openDashboard, test } from './fixtures';

// A city's data published as a Parquet file on a host of its own (another origin than the
// app's), opened from its address rather than imported: read by range requests, its progress
// shown, the link shareable, nothing kept.

const banner = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Đang xem dữ liệu mở từ' });
const bytes = (buffer: ArrayBuffer) => new Uint8Array(buffer);
const importedBanner = (page: Page, file: string) =>
  page.getByText(`Đang hiển thị dữ liệu nhập từ tệp “${file}”`);

/** The import dialog opened, and a city of `districts` made-up districts chosen as `name`. */
async function chooseCity(page: Page, name: string, districts: number) {
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
  await dialog.getByLabel('Chọn tệp').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(withCityDistricts(districts)), 'utf8'),
  });
  return dialog;
}

/** Applied, as staff do (the bundled data's own warnings acknowledged), and shown. */
async function applyImport(page: Page, dialog: Locator, name: string) {
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(importedBanner(page, name)).toBeVisible();
}

/**
 * A host serving `file` at `path` whose second row group (not the footer after it) is held back
 * until `release()`: what the page shows before it is then certain to be on screen.
 */
async function hostHoldingSecondGroup(path: string, file: ArrayBuffer) {
  const metadata = parquetMetadata(new Uint8Array(file).buffer);
  const [, second] = metadata.row_groups;
  const footerStart = file.byteLength - 8 - metadata.metadata_length;
  const secondStart = Math.min(
    ...second!.columns.map((column) =>
      Number(column.meta_data!.dictionary_page_offset ?? column.meta_data!.data_page_offset),
    ),
  );
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const host = await startFileHost(
    { [path]: bytes(file) },
    {
      beforeRange: (start, end) => (start >= secondStart && end < footerStart ? held : undefined),
    },
  );
  return { host, release: () => release() };
}

test('a city’s file opened from its address: read by ranges with its progress, shown, filtered, reloaded, left', async ({
  page,
  allowedOrigins,
}, testInfo) => {
  // The benchmark's city: 36,000 figures of 30 made-up districts, two row groups.
  const json = testInfo.outputPath('thanh-pho.json');
  await writeSyntheticDataset(1, json);
  const dataset = JSON.parse(readFileSync(json, 'utf8')) as Dataset;
  const file = datasetToParquet(dataset);
  // Larger than a file fetched whole in one request: read by ranges.
  expect(file.byteLength).toBeGreaterThan(READ_WHOLE_BELOW_BYTES);
  // The second row group (not the footer after it) is held back until the test has seen the
  // first one counted: the progress is then certain to be on screen, on any machine.
  const { host, release } = await hostHoldingSecondGroup('/so-lieu/thanh-pho.parquet', file);
  allowedOrigins.add(host.origin);
  try {
    await openDashboard(page, '?year=2024');
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
    const address = dialog.getByLabel('Địa chỉ tệp');
    // Not a web address: said, and nothing happens.
    await address.fill('so-lieu/thanh-pho.parquet');
    await dialog.getByRole('button', { name: 'Mở', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Địa chỉ cần bắt đầu bằng https:// (hoặc http://), ví dụ https://so-lieu.example.vn/ha-noi.parquet.',
    );
    await address.fill(`  ${host.url('/so-lieu/thanh-pho.parquet')} `);
    await dialog.getByRole('button', { name: 'Mở', exact: true }).click();

    // The page's address names the file, the filters kept.
    await expect(page).toHaveURL(
      (url) =>
        url.searchParams.get('data') === host.url('/so-lieu/thanh-pho.parquet') &&
        url.searchParams.get('year') === '2024',
    );
    const reading = page.getByRole('status').filter({ hasText: 'Đang mở dữ liệu từ' });
    await expect(reading).toContainText('127.0.0.1');
    await expect(reading).toContainText('thanh-pho.parquet');
    await expect(reading).toContainText('Đã đọc 20.000 / 36.000 số liệu');
    await expect(reading.getByRole('progressbar')).toHaveAttribute('value', '20000');
    // Half the file fetched, in a few requests, in the reader's number style.
    const megabytes = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(
      file.byteLength / 2 ** 20,
    );
    await expect(reading).toContainText(
      new RegExp(`Đã tải \\d+,\\d MB của tệp ${megabytes} MB, qua \\d lần đọc\\.`),
    );
    release();

    // Shown: its 30 districts, the banner saying from where and what it took, the way back.
    await expect(banner(page)).toContainText('thanh-pho.parquet');
    await expect(banner(page)).toContainText('36.000 số liệu');
    await expect(banner(page)).toContainText(
      'Dữ liệu này không lưu trong trình duyệt; dữ liệu đã nhập trước đó vẫn giữ nguyên.',
    );
    const districts = page.getByLabel('Đơn vị', { exact: true }).locator('option');
    await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(30);
    await expect(page.locator('.kpi-card:not(.kpi-card-pending)').first()).toBeVisible();

    // Every read of the file's data was a range: never the whole file in one answer, and no
    // more bytes than the file holds.
    const reads = host.requests.filter((request) => request.method === 'GET');
    expect(reads.length).toBeGreaterThanOrEqual(3);
    expect(reads.every((request) => request.status === 206 && request.range)).toBe(true);
    expect(reads.reduce((sum, request) => sum + request.bytes, 0)).toBeLessThanOrEqual(
      file.byteLength,
    );

    // A filter changes the view, and the address keeps the file's.
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Quận giả lập 1' });
    const chosen = await page.getByLabel('Đơn vị', { exact: true }).inputValue();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('data') != null && url.searchParams.get('unit') != null,
    );
    await expect(page.locator('.kpi-card:not(.kpi-card-pending)').first()).toBeVisible();

    // The link opens the same data again (nothing was kept: it is read again).
    const before = host.requests.length;
    await page.reload();
    await expect(banner(page)).toContainText('36.000 số liệu');
    await expect(page.getByLabel('Đơn vị', { exact: true })).toHaveValue(chosen);
    expect(host.requests.length).toBeGreaterThan(before);

    // Back to the page's own data: the bundled file, with the filters kept (the one chosen just
    // now too) and no file named.
    await page.getByLabel('Năm').selectOption('2023');
    await expect(page).toHaveURL((url) => url.searchParams.get('year') === '2023');
    await banner(page).getByRole('link', { name: 'Quay về dữ liệu của trang' }).click();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('data') == null && url.searchParams.get('year') === '2023',
    );
    await expect(page.getByText('Đang xem dữ liệu mở từ')).toHaveCount(0);
    await expect(districts.filter({ hasText: 'Quận giả lập' })).toHaveCount(0);
  } finally {
    release();
    await host.close();
  }
});

test('a district’s page of a published file is shown from that district’s row groups before the rest is read', async ({
  page,
  allowedOrigins,
}, testInfo) => {
  // The benchmark's city, listed district by district: Quận giả lập 2's 1,200 figures lie in the
  // first of its two row groups, and the file's footer says so.
  const json = testInfo.outputPath('thanh-pho.json');
  await writeSyntheticDataset(1, json);
  const file = datasetToParquet(JSON.parse(readFileSync(json, 'utf8')) as Dataset);
  const { host, release } = await hostHoldingSecondGroup('/thanh-pho.parquet', file);
  allowedOrigins.add(host.origin);
  const address = `data=${encodeURIComponent(host.url('/thanh-pho.parquet'))}`;
  const cards = page.locator('.kpi-card[aria-label]');
  const cardTexts = () =>
    cards.evaluateAll((all) =>
      all.map((c) => `${c.getAttribute('aria-label')}: ${(c as HTMLElement).innerText}`),
    );
  const years = page.getByLabel('Năm', { exact: true }).locator('option');
  try {
    await page.goto(`/?${address}&unit=quan-0002`);
    // The district, while the rest of the file is still held back: its headline cards, the
    // whole's years, the note that the rest is being read, and how far the reading is.
    const toast = page.locator('.reading-rest');
    await expect(toast).toHaveText(
      'Đang hiển thị Quận giả lập 2; số liệu của các đơn vị khác đang được đọc, các đơn vị khác sẽ xem được khi đọc xong.',
    );
    await expect(page.getByRole('status').filter({ hasText: 'Đang mở dữ liệu từ' })).toContainText(
      'Đã đọc 20.000 / 36.000 số liệu',
    );
    await expect(cards.first()).toHaveAttribute('aria-label', /, Quận giả lập 2$/);
    const first = await cardTexts();
    const firstYears = await years.allTextContents();
    expect(firstYears.length).toBeGreaterThan(2);
    // Another year of the same district, meanwhile: from its figures, the rest still held back.
    const yearSelect = page.getByLabel('Năm', { exact: true });
    const year = firstYears[2]!;
    await yearSelect.selectOption(year);
    // The cards in view, each of that year.
    const inView = async () => (await cardTexts()).slice(0, 4);
    await expect
      .poll(async () => (await inView()).filter((card) => card.includes(`Năm ${year}`)).length)
      .toBe(4);
    await expect(toast).toBeVisible();
    const ofYear = await inView();
    await yearSelect.selectOption('Tất cả các năm');
    // The cards in view again as they were (those further down are drawn as they come near).
    await expect.poll(inView).toEqual(first.slice(0, 4));
    await cards.first().evaluate((card) => Object.assign(window, { __firstCard: card }));

    release();
    await expect(banner(page)).toContainText('36.000 số liệu');
    await expect(toast).toHaveCount(0);
    // Nothing drawn again: the view shown first is the whole's, kept.
    expect(await firstCardKept(page)).toBe(true);
    await expect(page.getByLabel('Đơn vị', { exact: true }).locator('option')).toHaveCount(31);

    // What the whole gives for that district, chosen on the whole city's page: the same.
    await page.goto(`/?${address}`);
    await expect(banner(page)).toContainText('36.000 số liệu');
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Quận giả lập 2' });
    await expect(cards.first()).toHaveAttribute('aria-label', /, Quận giả lập 2$/);
    await expect(cards.nth(first.length - 1)).toBeVisible();
    expect((await cardTexts()).slice(0, first.length)).toEqual(first);
    await expect(years).toHaveText(firstYears);
    await yearSelect.selectOption(year);
    await expect.poll(inView).toEqual(ofYear);
  } finally {
    release();
    await host.close();
  }
});

test('a file of more figures than a page holds is opened one district at a time, from that district’s row groups alone', async ({
  page,
  allowedOrigins,
}, testInfo) => {
  test.setTimeout(120_000);
  // The country's file, as far as a page can tell: the benchmark's city, listed district by
  // district in row groups of 20,000, then rows enough to pass the most a page holds (never read
  // here: empty), the footer saying where each district's figures are.
  const json = testInfo.outputPath('ca-nuoc.json');
  await writeSyntheticDataset(1, json);
  const dataset = JSON.parse(readFileSync(json, 'utf8')) as Dataset;
  const { observations, ...parts } = dataset;
  const padding = MAX_REMOTE_FIGURES + 1 - observations.length;
  const layout = layoutOfRowGroups(parts, [
    observations.slice(0, ROW_GROUP_ROWS),
    observations.slice(ROW_GROUP_ROWS),
  ]);
  const national = parquetWriteBuffer({
    columnData: parquetColumns(observations).map((column) => ({
      ...column,
      data: [...(column.data as unknown[]), ...new Array<null>(padding).fill(null)],
    })) as Parameters<typeof parquetWriteBuffer>[0]['columnData'],
    rowGroupSize: ROW_GROUP_ROWS,
    kvMetadata: [
      {
        key: PARQUET_DATASET_KEY,
        value: JSON.stringify({ format: PARQUET_FORMAT, dataset: parts, layout }),
      },
    ],
  });
  const host = await startFileHost({
    '/ca-nuoc.parquet': bytes(national),
    '/thanh-pho.parquet': bytes(datasetToParquet(dataset)),
  });
  allowedOrigins.add(host.origin);
  const cards = page.locator('.kpi-card[aria-label]');
  const cardTexts = () =>
    cards.evaluateAll((all) =>
      all.map((c) => `${c.getAttribute('aria-label')}: ${(c as HTMLElement).innerText}`),
    );
  // Every headline card of the page, each scrolled to as a reader would (one below the first
  // screen is drawn as it comes near: how many are drawn before depends on the machine's pace).
  const everyCardText = async () => {
    const all = page.locator('.kpi-card');
    for (let at = 0, count = await all.count(); at < count; at += 1)
      await all.nth(at).scrollIntoViewIfNeeded();
    await expect(page.locator('.kpi-card-pending')).toHaveCount(0);
    return cardTexts();
  };
  const unitSelect = page.getByLabel('Đơn vị', { exact: true });
  try {
    // The district as the city's own file shows it.
    await page.goto(`/?data=${encodeURIComponent(host.url('/thanh-pho.parquet'))}&unit=quan-0002`);
    await expect(banner(page)).toContainText('36.000 số liệu');
    await expect(cards.first()).toHaveAttribute('aria-label', /, Quận giả lập 2$/);
    const whole = await everyCardText();

    const address = `data=${encodeURIComponent(host.url('/ca-nuoc.parquet'))}`;
    const before = host.requests.length;
    await page.goto(`/?${address}&unit=quan-0002`);
    await expect(banner(page)).toContainText(
      'Tệp có 1.000.001 số liệu, nhiều hơn một trang mở được trong trình duyệt: chỉ số liệu của Quận giả lập 2 được đọc. Chọn đơn vị khác để đọc số liệu của đơn vị đó.',
    );
    await expect(banner(page)).toContainText('1.200 số liệu; đã tải');
    await expect(cards.first()).toHaveAttribute('aria-label', /, Quận giả lập 2$/);
    expect(await everyCardText()).toEqual(whole);
    // Its footer and its district's row group: no byte of the other districts' row group.
    const { start: otherStart, end: otherEnd } = rowGroupBytes(
      parquetMetadata(national).row_groups[1]!,
    )!;
    const reads = host.requests.slice(before).filter((request) => request.method === 'GET');
    expect(reads.length).toBeGreaterThan(0);
    for (const { range } of reads) {
      const [, from, to] = /^bytes=(\d+)-(\d+)$/.exec(range ?? '') ?? [];
      expect(Number(to) < otherStart || Number(from) >= otherEnd).toBe(true);
    }
    await expect(unitSelect.locator('option')).toHaveCount(31);
    // What is downloaded is what was read, and its name says so: that district's figures.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải dữ liệu (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^du-lieu-mo-tu-dia-chi_quan-0002_\d{4}-\d{2}-\d{2}\.json$/,
    );
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as Dataset;
    expect(saved.observations).toHaveLength(1_200);
    expect(new Set(saved.observations.map((obs) => obs.unit))).toEqual(new Set(['quan-0002']));

    // Another district: the page loads at it, and reads its figures alone.
    await unitSelect.selectOption({ label: 'Quận giả lập 29' });
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('unit') === 'quan-0029' && url.searchParams.get('data') != null,
    );
    await expect(banner(page)).toContainText('chỉ số liệu của Quận giả lập 29 được đọc');
    await expect(cards.first()).toHaveAttribute('aria-label', /, Quận giả lập 29$/);

    // All of them: more than a page holds; said, with the districts to choose one from.
    await unitSelect.selectOption({ label: 'Tất cả đơn vị' });
    const refused = page.getByRole('alert');
    await expect(refused).toContainText(
      'Tệp có 1.000.001 số liệu, nhiều hơn 1.000.000 số liệu một trang mở được trong trình duyệt.',
    );
    await expect(refused).toContainText('Chọn một đơn vị để chỉ đọc số liệu của đơn vị đó.');
    await expect(refused).not.toContainText('Hãy chia tệp');
    const chooser = refused.getByLabel('Đơn vị', { exact: true });
    await expect(chooser.locator('option')).toHaveCount(30);
    await chooser.selectOption({ label: 'Quận giả lập 5' });
    await refused.getByRole('button', { name: 'Xem đơn vị này' }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get('unit') === 'quan-0005');
    await expect(banner(page)).toContainText('chỉ số liệu của Quận giả lập 5 được đọc');
    await expect(cards.first()).toHaveAttribute('aria-label', /, Quận giả lập 5$/);

    // In English, the same.
    await page.goto(`/?${address}&unit=quan-0005&lang=en`);
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing data opened from' }),
    ).toContainText(
      'The file holds 1,000,001 figures, more than a page can open in the browser: only Synthetic district 5’s figures were read.',
    );
  } finally {
    await host.close();
  }
});

test('an import kept in this browser stays while other data is opened from an address (a signed link), and another tab’s import does not replace it', async ({
  page,
  allowedOrigins,
}) => {
  const city = withCityDistricts(3) as unknown as Dataset;
  // A signed object-store link: HEAD refused, GET allowed.
  const host = await startFileHost(
    { '/ha-noi.parquet': bytes(datasetToParquet(city)) },
    { headStatus: 403 },
  );
  allowedOrigins.add(host.origin);
  try {
    await openDashboard(page);
    await applyImport(page, await chooseCity(page, 'ba-quan.json', 2), 'ba-quan.json');

    await page.goto(`/?data=${encodeURIComponent(host.url('/ha-noi.parquet'))}`);
    await expect(banner(page)).toContainText('ha-noi.parquet');
    const districts = page.getByLabel('Đơn vị', { exact: true }).locator('option');
    await expect(districts.filter({ hasText: 'Quận thành phố' })).toHaveCount(3);
    await expect(page.getByText('Đang hiển thị dữ liệu nhập từ tệp')).toHaveCount(0);

    expect(host.requests.map((r) => `${r.method} ${r.status}`).slice(0, 2)).toEqual([
      'HEAD 403',
      'GET 206',
    ]);

    // The way back: the import kept before is there, as it was.
    await banner(page).getByRole('link', { name: 'Quay về dữ liệu của trang' }).click();
    await expect(importedBanner(page, 'ba-quan.json')).toBeVisible();
    await expect(districts.filter({ hasText: 'Quận thành phố' })).toHaveCount(2);
    await page.goBack();
    await expect(banner(page)).toContainText('ha-noi.parquet');

    // An import read here, and another tab's applied meanwhile: this tab keeps the data it was
    // asked to open, and its report says what is kept has changed.
    const here = await chooseCity(page, 'nam-quan.json', 5);
    await expect(here.locator('.import-counts')).toBeVisible();
    const other = await page.context().newPage();
    await openDashboard(other);
    await applyImport(other, await chooseCity(other, 'bon-quan.json', 4), 'bon-quan.json');
    await other.close();
    await expect(here.getByRole('alert').filter({ hasText: 'một thẻ khác' })).toBeVisible();
    await expect(banner(page)).toContainText('ha-noi.parquet');
    await expect(page).toHaveURL((url) => url.searchParams.get('data') != null);
    await expect(districts.filter({ hasText: 'Quận thành phố' })).toHaveCount(3);

    // Applied here after a look: kept over the other tab's, and shown in place of the file.
    await here.getByRole('button', { name: 'Tôi đã xem lại báo cáo' }).click();
    await here.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
    await here.getByRole('button', { name: 'Áp dụng' }).click();
    await expect(here).toBeHidden();
    await expect(importedBanner(page, 'nam-quan.json')).toBeVisible();
    await expect(page).toHaveURL((url) => url.searchParams.get('data') == null);
    await expect(districts.filter({ hasText: 'Quận thành phố' })).toHaveCount(5);
    await page.reload();
    await expect(importedBanner(page, 'nam-quan.json')).toBeVisible();
  } finally {
    await host.close();
  }
});

test('an address that cannot be opened says why, in the reader’s language, with the way back', async ({
  page,
  allowedOrigins,
}) => {
  const city = withCityDistricts(3) as unknown as Dataset;
  const invalid = structuredClone(city);
  invalid.observations[0]!.value = -5;
  // One byte of its figures changed after it was written, as a bad upload might: the middle of
  // its first row group.
  const damaged = bytes(datasetToParquet(city));
  const firstGroup = rowGroupBytes(parquetMetadata(damaged.slice().buffer).row_groups[0]!)!;
  const middle = Math.floor((firstGroup.start + firstGroup.end) / 2);
  damaged[middle] = (damaged[middle] ?? 0) ^ 0x10;
  const host = await startFileHost({
    '/hong.parquet': damaged,
    '/ha-noi.parquet': bytes(datasetToParquet(city)),
    '/ha-noi.json': JSON.stringify(city),
    '/khac.parquet': bytes(
      parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2, 3], type: 'INT32' }] }),
    ),
    '/sai.parquet': bytes(datasetToParquet(invalid)),
    // One figure more than a page opens: every column empty, refused from its footer alone.
    '/qua-lon.parquet': bytes(
      parquetWriteBuffer({
        columnData: OBSERVATION_COLUMNS.map((name) => ({
          name,
          data: new Array<null>(MAX_REMOTE_FIGURES + 1).fill(null),
          type: 'STRING',
        })),
        kvMetadata: [{ key: PARQUET_DATASET_KEY, value: '{"format":1,"dataset":{}}' }],
        rowGroupSize: 250_000,
      }),
    ),
  });
  const refusing = await startFileHost(
    { '/ha-noi.parquet': bytes(datasetToParquet(city)) },
    { cors: false },
  );
  allowedOrigins.add(host.origin).add(refusing.origin);
  const cases: Array<[string, string, RegExp | string]> = [
    [host.url('/khong-co.parquet'), '', 'Máy chủ báo không có tệp ở địa chỉ này (lỗi 404).'],
    [host.url('/ha-noi.json'), '', 'không phải tệp Parquet'],
    [host.url('/khac.parquet'), '', 'không phải dữ liệu của trang'],
    [host.url('/hong.parquet'), '', 'Tệp ở địa chỉ này đã hỏng'],
    [refusing.url('/ha-noi.parquet'), '', 'không cho trang này đọc tệp (cần cho phép CORS)'],
    ['ftp://example.org/ha-noi.parquet', '', 'không phải địa chỉ web'],
    [
      host.url('/qua-lon.parquet'),
      '',
      'Tệp có 1.000.001 số liệu, nhiều hơn 1.000.000 số liệu một trang mở được trong trình duyệt.',
    ],
    [
      host.url('/khong-co.parquet'),
      '&lang=en',
      'The server has no file at this address (error 404).',
    ],
  ];
  try {
    for (const [url, more, said] of cases) {
      await page.goto(`/?data=${encodeURIComponent(url)}${more}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(said);
      await expect(
        page.getByRole('link', { name: /Quay về dữ liệu của trang|Back to this site’s data/ }),
      ).toBeVisible();
      await expect(page.locator('body')).not.toContainText(/NaN|undefined|Infinity/);
    }
    // A file of the right kind whose figures break a rule: each problem listed, as for an import.
    await page.goto(`/?data=${encodeURIComponent(host.url('/sai.parquet'))}`);
    await expect(page.getByRole('heading', { name: 'Tệp dữ liệu không hợp lệ' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('observations');
    // The way back leaves it.
    await page.getByRole('link', { name: 'Quay về dữ liệu của trang' }).click();
    await expect(page.locator('.kpi-card:not(.kpi-card-pending)').first()).toBeVisible();
  } finally {
    await host.close();
    await refusing.close();
  }
});

test('the data shown, downloaded as Parquet from the dialog, opens from an address as the same dashboard', async ({
  page,
  allowedOrigins,
}) => {
  await openDashboard(page, '?year=2024');
  const dialog = await chooseCity(page, 'ba-quan.json', 3);
  await applyImport(page, dialog, 'ba-quan.json');
  const summary = page.getByRole('region', { name: 'Tóm tắt' });
  const shownBefore = (await summary.textContent()) ?? '';

  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Tải dữ liệu đang xem dạng Parquet' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^du-lieu_\d{4}-\d{2}-\d{2}\.parquet$/);
  const file = readFileSync(await download.path());
  // A Parquet file any reader opens: its rows are the figures shown.
  const metadata = parquetMetadata(new Uint8Array(file).buffer);
  const imported = withCityDistricts(3) as unknown as Dataset;
  expect(Number(metadata.num_rows)).toBe(imported.observations.length);

  const host = await startFileHost({ '/ba-quan.parquet': new Uint8Array(file) });
  allowedOrigins.add(host.origin);
  try {
    await page.goto(`/?year=2024&data=${encodeURIComponent(host.url('/ba-quan.parquet'))}`);
    await expect(banner(page)).toContainText('ba-quan.parquet');
    await expect(summary).toHaveText(shownBefore);
  } finally {
    await host.close();
  }
});

for (const width of [320, 1366]) {
  test(`at ${width} px a long address keeps the banner, its way back and the error in the page @layout`, async ({
    page,
    allowedOrigins,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const name = `/du-lieu/${'thanh-pho-rat-dai-'.repeat(16)}2026.parquet`;
    const host = await startFileHost({
      [name]: bytes(datasetToParquet(withCityDistricts(3) as unknown as Dataset)),
    });
    allowedOrigins.add(host.origin);
    const inPage = async (what: string) => {
      const banner = page.locator('.remote-banner');
      await expect(banner).toBeVisible();
      const box = await banner.boundingBox();
      const back = await banner.getByRole('link').boundingBox();
      const text = await banner.locator('p').first().boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width, what).toBe(true);
      expect(back && back.x >= 0 && back.x + back.width <= width, what).toBe(true);
      // The way back is beside or under the words, never over them.
      expect(
        back && text && (back.y >= text.y + text.height || back.x >= text.x + text.width),
        what,
      ).toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        what,
      ).toBeLessThanOrEqual(width);
    };
    try {
      await page.goto(`/?data=${encodeURIComponent(host.url(name))}`);
      await expect(banner(page)).toContainText('2026.parquet');
      await inPage('shown');
      await page.goto(`/?data=${encodeURIComponent(host.url(`${name}.cu`))}`);
      await expect(page.getByRole('alert')).toContainText('lỗi 404');
      await expect(page.locator('.remote-banner')).toContainText(
        `Địa chỉ dữ liệu: ${host.url(`${name}.cu`)}`,
      );
      await inPage('not found');
    } finally {
      await host.close();
    }
  });
}
