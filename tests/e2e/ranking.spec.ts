import { withCityDistricts } from '../fixtures/city-districts';
import { expect, openDashboard, test } from './fixtures';

test('an imported city of 30 districts gets its districts ranked by progress, those behind first', async ({
  page,
}) => {
  await openDashboard(page);
  const budget = page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
  // Two districts fit at a glance: no ranking, a chart for each.
  await budget.scrollIntoViewIfNeeded();
  await expect(budget.getByRole('heading', { level: 4 })).toHaveText(['Cầu Giấy', 'Đống Đa']);
  await expect(budget.getByRole('region', { name: /theo tiến độ/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
  await dialog.getByLabel('Chọn tệp').setInputFiles({
    name: 'thanh-pho.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(withCityDistricts(30)), 'utf8'),
  });
  await expect(dialog.getByText('Sẽ thêm 30 số liệu, thay đổi 0, giữ nguyên 13.')).toBeVisible();
  // The bundled data itself carries warnings: they are acknowledged, as a user would.
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden();

  await budget.scrollIntoViewIfNeeded();
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
