import { withCityDistricts } from '../fixtures/city-districts';
import {
  withMadeUpDistricts,
  withMadeUpDistrictsOverTwoPeriods,
} from '../fixtures/made-up-districts';
import type { Page } from '@playwright/test';
import { expect, importCity, openDashboard, test } from './fixtures';

test('an imported city of 30 districts gets its districts ranked by progress, those behind first', async ({
  page,
}) => {
  await openDashboard(page);
  const budget = page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
  // Two districts fit at a glance: no ranking, a chart for each.
  await budget.scrollIntoViewIfNeeded();
  await expect(budget.getByRole('heading', { level: 4 })).toHaveText(['Cầu Giấy', 'Đống Đa']);
  await expect(budget.getByRole('region', { name: /theo tiến độ/ })).toHaveCount(0);

  await importCity(
    page,
    'thanh-pho.json',
    withCityDistricts(30),
    'Sẽ thêm 30 số liệu, thay đổi 0, giữ nguyên 13.',
  );

  // Scrolled to the figure's title, as a reader looking for it does.
  await budget.getByRole('heading', { level: 3 }).scrollIntoViewIfNeeded();
  const ranking = budget.getByRole('region', { name: 'Các đơn vị theo tiến độ, chậm nhất trước' });
  await expect(ranking).toBeVisible();
  const places = ranking.getByRole('listitem');
  // 30 districts, Cầu Giấy and Đống Đa: each ranked once.
  await expect(places).toHaveCount(32);
  // District 7 collects 11% of its annual estimate after half the year: the furthest behind.
  await expect(places.first()).toContainText('Quận thành phố 7');
  await expect(places.first()).toContainText('Chậm tiến độ');
  await expect(places.first()).toContainText('so với tiến độ thời gian');
  // Ahead of time last among those judged; the district with no estimate after them all.
  await expect(places.last()).toContainText('Quận thành phố 30');
  await expect(places.last()).toContainText('Chưa có chỉ tiêu');
  // The ranking comes above the districts' own charts.
  const rankingBox = await ranking.boundingBox();
  const firstChart = await budget
    .getByRole('heading', { level: 4, name: 'Cầu Giấy' })
    .boundingBox();
  expect(rankingBox && firstChart && rankingBox.y < firstChart.y).toBe(true);
});

test('a city of 126 districts shows a page of its ranking and of its charts, and more on request', async ({
  page,
}) => {
  await openDashboard(page, '?year=2024');
  await importCity(
    page,
    'ha-noi.json',
    withCityDistricts(126),
    'Sẽ thêm 126 số liệu, thay đổi 0, giữ nguyên 13.',
  );

  const budget = page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
  await budget.scrollIntoViewIfNeeded();
  // The ranking: the 50 furthest behind first (126 districts and Cầu Giấy in 2024).
  const ranking = budget.getByRole('region', { name: 'Các đơn vị theo tiến độ, chậm nhất trước' });
  const places = ranking.getByRole('listitem');
  await expect(places).toHaveCount(50);
  await expect(ranking.getByRole('status')).toHaveText('Đang hiện 50 trong 127 đơn vị.');
  await ranking.getByRole('button', { name: 'Hiện thêm 50' }).click();
  await expect(places).toHaveCount(100);
  // The focus goes to the first place added, to read on from there.
  await expect(places.nth(50)).toBeFocused();
  await ranking.getByRole('button', { name: 'Hiện tất cả 127' }).click();
  await expect(places).toHaveCount(127);
  await expect(ranking.getByRole('button')).toHaveCount(0);
  await expect(ranking.getByRole('status')).toHaveText('Đang hiện 127 trong 127 đơn vị.');

  // The districts' charts: 24 of them, then more; the table follows the charts shown.
  const charts = budget.locator('.small-multiples > .panel');
  await expect(charts).toHaveCount(24);
  const chartsStatus = budget.getByRole('status').filter({ hasText: 'Đang hiện biểu đồ' });
  await expect(chartsStatus).toContainText('Đang hiện biểu đồ của 24 trong 127 đơn vị.');
  await budget.getByRole('button', { name: 'Hiện thêm 24' }).click();
  await expect(charts).toHaveCount(48);
  await expect(charts.nth(24)).toBeFocused();
  await budget.getByText('Xem bảng số liệu').click();
  await expect(budget.locator('table.rows-table')).toHaveCount(48);
  // The last page: all shown, the buttons gone, the focus on the first chart it added.
  await budget.getByRole('button', { name: 'Hiện thêm 24' }).click();
  await budget.getByRole('button', { name: 'Hiện tất cả 127' }).click();
  await expect(charts).toHaveCount(127);
  await expect(charts.nth(72)).toBeFocused();
  await expect(chartsStatus).toContainText('Đang hiện biểu đồ của 127 trong 127 đơn vị.');
  await expect(budget.locator('table.rows-table')).toHaveCount(127);
  // Every chart shown is drawn, with a bar for its figure.
  await charts.nth(126).scrollIntoViewIfNeeded();
  await expect(charts.nth(126).locator('.recharts-rectangle').first()).toBeVisible();
});

/** The dashboard showing an imported city of 61 districts (one period's figures each). */
async function openCityOf61(page: Page): Promise<void> {
  await openDashboard(page);
  await importCity(page, 'thanh-pho-61.json', withMadeUpDistricts(60));
}

/**
 * The figure of indicators met, scrolled to: the line that pages its count's rows, and the rows
 * of the count's table once it is opened (the parts' tables, one per district, have a “—”).
 */
async function indicatorsMet(page: Page) {
  const met = page.getByRole('figure', { name: 'Chỉ tiêu đạt được và chỉ tiêu theo lĩnh vực' });
  await met.scrollIntoViewIfNeeded();
  const status = met.getByRole('status').filter({ hasText: 'dòng của biểu đồ' });
  const rows = met
    .locator('table.rows-table')
    .filter({ has: page.locator('caption', { hasNotText: '—' }) })
    .locator('tbody tr');
  return { met, status, rows };
}

test('a count’s chart of 61 districts draws a page of its rows, and the rest on request', async ({
  page,
}) => {
  await openCityOf61(page);

  // Each district's indicators met, a row each in one chart: 50 drawn, not 61 (a city's 300
  // districts over twelve periods would be a chart 280,000 pixels tall).
  const { met, status, rows } = await indicatorsMet(page);
  await expect(status).toContainText('Đang hiện 50 trong 61 dòng của biểu đồ.');
  // Its table follows the rows shown.
  await met.getByText('Xem bảng số liệu').click();
  await expect(rows).toHaveCount(50);
  await status.locator('..').getByRole('button', { name: 'Hiện tất cả 61' }).click();
  await expect(status).toContainText('Đang hiện 61 trong 61 dòng của biểu đồ.');
  await expect(rows).toHaveCount(61);
  // The focus on the chart that grew, the buttons gone.
  await expect(met.locator('.panel').first()).toBeFocused();
  await expect(status.locator('..').getByRole('button')).toHaveCount(0);

  // Scrolled far past it, the card lets its charts go; back, it shows what was asked for.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(met.locator('.figure-pending')).toHaveCount(1);
  await met.scrollIntoViewIfNeeded();
  await expect(status).toContainText('Đang hiện 61 trong 61 dòng của biểu đồ.');

  // In English, the same words in the reader's language, the rows asked for still shown.
  await page.getByRole('button', { name: 'English' }).click();
  const metEn = page.getByRole('figure', { name: /Indicators met/ });
  await metEn.scrollIntoViewIfNeeded();
  await expect(metEn.getByRole('status').filter({ hasText: 'rows of the chart' })).toHaveText(
    /^Showing 61 of 61 rows of the chart\. The table follows the rows shown/,
  );

  // Another city imported: its first page again.
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await importCity(page, 'thanh-pho-62.json', withMadeUpDistricts(61));
  await met.scrollIntoViewIfNeeded();
  await expect(status).toContainText('Đang hiện 50 trong 62 dòng của biểu đồ.');
});

test('a count over two periods shows the latest period’s rows first', async ({ page }) => {
  await openDashboard(page);
  // 61 districts' indicators met in June 2024, and again in October 2022: 122 rows.
  await importCity(page, 'thanh-pho-hai-ky.json', withMadeUpDistrictsOverTwoPeriods(60));
  const { met, status, rows } = await indicatorsMet(page);
  await expect(status).toContainText('Đang hiện 50 trong 122 dòng của biểu đồ, kỳ gần nhất trước.');
  // The table follows the rows shown: the latest period's, not October 2022's first 50.
  await met.getByText('Xem bảng số liệu').click();
  await expect(rows).toHaveCount(50);
  const latest = rows.filter({ hasText: 'Đến ngày 27/06/2024' });
  await expect(latest).toHaveCount(50);
  // The chart's bars are labelled so too.
  const chart = met.locator('.panel').first().locator('.chart');
  await chart.scrollIntoViewIfNeeded();
  const bars = chart.locator('svg.recharts-surface text');
  await expect(bars.filter({ hasText: '27/06/2024' })).toHaveCount(50);
  await expect(bars.filter({ hasText: '10/2022' })).toHaveCount(0);
  // More: the rest of June 2024's, then October 2022's first, drawn in time order.
  await status.locator('..').getByRole('button', { name: 'Hiện thêm 50' }).click();
  await expect(rows).toHaveCount(100);
  await expect(latest).toHaveCount(61);
  await expect(rows.first()).toContainText('Đến tháng 10/2022');
  await expect(rows.last()).toContainText('Đến ngày 27/06/2024');

  await page.getByRole('button', { name: 'English' }).click();
  const metEn = page.getByRole('figure', { name: /Indicators met/ });
  await metEn.scrollIntoViewIfNeeded();
  await expect(metEn.getByRole('status').filter({ hasText: 'rows of the chart' })).toHaveText(
    /^Showing \d+ of 122 rows of the chart, the latest period first\. The table follows/,
  );
});

test('a metric’s parts by topic, a chart per district, are drawn a page at a time', async ({
  page,
}) => {
  await openCityOf61(page);
  const met = page.getByRole('figure', { name: 'Chỉ tiêu đạt được và chỉ tiêu theo lĩnh vực' });
  await met.scrollIntoViewIfNeeded();
  // The parts' charts are every chart but the first (the count's), each with its own table.
  const partCharts = met.locator('.panel').filter({ has: page.locator('h4', { hasText: '—' }) });
  const status = met.getByRole('status').filter({ hasText: 'biểu đồ theo lĩnh vực' });
  await expect(status).toHaveText(
    'Đang hiện 24 trong 61 biểu đồ theo lĩnh vực. Bảng số liệu theo các biểu đồ đang hiện; tải dữ liệu để có đủ mọi biểu đồ.',
  );
  await expect(partCharts).toHaveCount(24);
  // The line stands just under the last part shown, before the rest of the card.
  const lastPart = await partCharts.nth(23).boundingBox();
  const line = await status.boundingBox();
  expect(line!.y).toBeGreaterThan(lastPart!.y + lastPart!.height - 1);
  // Its tables follow the charts shown.
  await met.getByText('Xem bảng số liệu').click();
  const partTables = met
    .locator('table.rows-table')
    .filter({ has: page.locator('caption', { hasText: '—' }) });
  await expect(partTables).toHaveCount(24);

  // More: the next 24, the focus on the first of them, to read on from there.
  await status.locator('..').getByRole('button', { name: 'Hiện thêm 24' }).click();
  await expect(status).toContainText('Đang hiện 48 trong 61 biểu đồ theo lĩnh vực.');
  await expect(partCharts).toHaveCount(48);
  await expect(partCharts.nth(24)).toBeFocused();
  await expect(partTables).toHaveCount(48);
  // All: every part, the focus on the first added, the buttons gone.
  await status.locator('..').getByRole('button', { name: 'Hiện tất cả 61' }).click();
  await expect(status).toContainText('Đang hiện 61 trong 61 biểu đồ theo lĩnh vực.');
  await expect(partCharts).toHaveCount(61);
  await expect(partCharts.nth(48)).toBeFocused();
  await expect(status.locator('..').getByRole('button')).toHaveCount(0);

  // In English, the same words in the reader's language.
  await page.getByRole('button', { name: 'English' }).click();
  const metEn = page.getByRole('figure', { name: /Indicators met/ });
  await metEn.scrollIntoViewIfNeeded();
  await expect(metEn.getByRole('status').filter({ hasText: 'charts by topic' })).toHaveText(
    /^Showing \d+ of 61 charts by topic\. The table follows the charts shown/,
  );
});

test('a city’s 126 districts are found by typing in the district filter, with or without marks', async ({
  page,
}) => {
  await openDashboard(page);
  // Two districts: a select, no search.
  await expect(page.getByLabel('Tìm đơn vị')).toHaveCount(0);
  // A city of 126 districts, one of them sharing its name with Hà Nội's Cầu Giấy.
  const city = withCityDistricts(126) as { units: { id: string; name: { vi: string } }[] };
  const namesake = city.units.find((unit) => unit.id === 'quan-thanh-pho-125')!;
  namesake.name = { ...namesake.name, vi: 'Cầu Giấy' };
  await importCity(page, 'ha-noi-126.json', city);

  const search = page.getByLabel('Tìm đơn vị');
  const select = page.getByLabel('Đơn vị', { exact: true });
  const status = page.getByRole('status').filter({ hasText: 'khớp' });
  await expect(search).toBeVisible();
  await expect(select.locator('option')).toHaveCount(129);
  // Typed without Vietnamese marks, each word found anywhere in the name: 12, 112, 120–124 and
  // 126 (125 is now named Cầu Giấy).
  await search.fill('thanh pho 12');
  await expect(status).toHaveText('8 trong 128 đơn vị khớp “thanh pho 12”.');
  await expect(select.locator('option')).toHaveText([
    'Tất cả đơn vị',
    'Quận thành phố 12',
    'Quận thành phố 112',
    'Quận thành phố 120',
    'Quận thành phố 121',
    'Quận thành phố 122',
    'Quận thành phố 123',
    'Quận thành phố 124',
    'Quận thành phố 126',
  ]);
  // Two districts of one name are told apart by their city.
  await search.fill('cau giay');
  await expect(select.locator('option')).toHaveText([
    'Tất cả đơn vị',
    'Cầu Giấy (Hà Nội)',
    'Cầu Giấy (Thành phố thử nghiệm)',
  ]);
  // One found: Enter chooses it, and the dashboard shows that district.
  await search.fill('Quận thành phố 126');
  await expect(status).toHaveText('1 trong 128 đơn vị khớp “Quận thành phố 126”.');
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]unit=quan-thanh-pho-126/);
  await expect(select).toHaveValue('quan-thanh-pho-126');
  // What is typed next leaves the district chosen in the list.
  await search.fill('xyz');
  await expect(status).toHaveText(
    'Không có đơn vị nào khớp “xyz”. Thử gõ ít chữ hơn, hoặc không dấu.',
  );
  await expect(select.locator('option')).toHaveText(['Tất cả đơn vị', 'Quận thành phố 126']);
  await expect(select).toHaveValue('quan-thanh-pho-126');

  // In English, its words in the reader's language.
  await page.getByRole('button', { name: 'English' }).click();
  const searchEn = page.getByLabel('Find a district');
  // 12, 112 and 120–126 (Cầu Giấy was renamed in Vietnamese only).
  await searchEn.fill('city district 12');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    '9 of 128 districts match “city district 12”.',
  );
});
