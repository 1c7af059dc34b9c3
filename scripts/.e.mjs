import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({
  viewport: { width: 1366, height: 900 },
  acceptDownloads: true,
});
const msgs = [];
page.on('console', (m) => {
  if (['error', 'warning'].includes(m.type())) msgs.push(`${m.type()}: ${m.text()}`);
});
await page.goto('http://127.0.0.1:4173/');
await page.locator('.recharts-surface').first().waitFor();
const fig = page.locator('#figure-budget');
await fig.getByRole('button', { name: 'Xuất' }).click();
for (const preset of ['screen', 'slide-16-9', 'slide-4-3', 'a4-landscape']) {
  await fig.getByLabel('Kích thước').selectOption(preset);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    fig.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
  ]);
  await dl.saveAs(`/tmp/shots/export-${preset}.png`);
  console.log(preset, dl.suggestedFilename());
}
const [svg] = await Promise.all([
  page.waitForEvent('download'),
  fig.getByRole('button', { name: 'Tải ảnh SVG' }).click(),
]);
await svg.saveAs('/tmp/shots/export.svg');
console.log(svg.suggestedFilename());
const [csv] = await Promise.all([
  page.waitForEvent('download'),
  fig.getByRole('button', { name: 'Tải số liệu CSV' }).click(),
]);
await csv.saveAs('/tmp/shots/export.csv');
console.log(csv.suggestedFilename());
console.log(
  await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .map((m) => `${m.name} ${Math.round(m.duration)}ms`)
      .join('\n'),
  ),
);
console.log(msgs.join('\n') || 'no console errors');
await browser.close();
