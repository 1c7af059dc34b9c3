import type { Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures';

const kpis = (page: Page) => page.getByRole('region', { name: 'Số liệu chính' });
const card = (page: Page, name: RegExp) => kpis(page).getByRole('article', { name });

test('the cards judge a part of the year against the time elapsed, and a total is no target', async ({
  page,
}) => {
  await openDashboard(page);
  // Cầu Giấy, 6 months of 2024: 63,90% of the annual estimate after half the year.
  const caugiay = card(page, /Thu ngân sách nhà nước trên địa bàn, Cầu Giấy/);
  await expect(caugiay.locator('.status-badge')).toHaveText(/Vượt tiến độ/);
  await expect(caugiay).toContainText('so với tiến độ thời gian 50,00% (6/12 tháng)');
  await expect(caugiay).toContainText('Giả định tiến độ đều theo thời gian.');
  // The time-elapsed mark sits halfway along the bar, and the bar reaches past it.
  const track = await caugiay.locator('.kpi-progress-track').boundingBox();
  const mark = await caugiay.locator('.kpi-progress-elapsed').boundingBox();
  const fill = await caugiay.locator('.kpi-progress-fill').boundingBox();
  if (!track || !mark || !fill) throw new Error('the progress bar is not drawn');
  const markCentre = mark.x + mark.width / 2 - track.x;
  expect(Math.abs(markCentre / track.width - 0.5)).toBeLessThan(0.02);
  expect(fill.width / track.width).toBeGreaterThan(0.6);

  // Đống Đa, 9 months of 2022: 67,8% after 75% of the year.
  const dongda = card(page, /Thu ngân sách nhà nước trên địa bàn, Đống Đa/);
  await expect(dongda.locator('.status-badge')).toHaveText(/Chậm tiến độ/);
  await expect(dongda).toContainText('so với tiến độ thời gian 75,0% (9/12 tháng)');

  // 43 of 62 schools: a share of all schools, neither met nor not met.
  const schools = card(page, /Trường công lập đạt chuẩn quốc gia, Đống Đa/);
  await expect(schools.locator('.status-badge')).toHaveText(/Tỷ lệ trên tổng số/);
  await expect(schools).toContainText('không phải chỉ tiêu');
  await expect(schools.locator('.status-badge')).not.toHaveText(/Đạt|Vượt/);

  // No card on the bundled data says "not met".
  await expect(kpis(page).locator('.status-badge', { hasText: 'Chưa đạt' })).toHaveCount(0);
});

test('the summary follows a filter and copies to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page);
  const summary = page.getByRole('region', { name: 'Tóm tắt' });
  await expect(summary).toContainText('cao hơn tiến độ thời gian (50%)');
  await page.getByLabel('Đơn vị', { exact: true }).selectOption('dong-da');
  await expect(summary).not.toContainText('Cầu Giấy');
  await expect(summary).toContainText('thấp hơn tiến độ thời gian (75%)');

  await summary.getByRole('button', { name: 'Sao chép tóm tắt' }).click();
  await expect(summary.getByRole('status')).toHaveText(/Đã sao chép tóm tắt/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.split('\n');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.every((line) => line.includes('Đống Đa') && /\(Nguồn: .+\)$/.test(line))).toBe(true);
});
