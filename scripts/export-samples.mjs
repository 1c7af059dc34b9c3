// Writes one exported PNG per size preset to docs/, from a running server:
// node scripts/export-samples.mjs [baseUrl]   (start one with `npm run build && npx vite preview --port 4173`)
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const samples = [
  { figure: 'budget', search: '/', preset: 'screen', scale: '2' },
  { figure: 'budget', search: '/', preset: 'slide-16-9', scale: '1' },
  { figure: 'schools', search: '/', preset: 'slide-16-9', scale: '1' },
  { figure: 'indicators', search: '/', preset: 'slide-4-3', scale: '1' },
  { figure: 'progress', search: '/', preset: 'a4-landscape', scale: '2' },
  { figure: 'budget', search: '/?lang=en&unit=cau-giay', preset: 'slide-16-9', scale: '1' },
];

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({
  viewport: { width: 1366, height: 900 },
  acceptDownloads: true,
});
for (const sample of samples) {
  await page.goto(`${base}${sample.search}`);
  await page.locator('.recharts-surface').first().waitFor();
  const figure = page.locator(`#figure-${sample.figure}`);
  await figure.locator('.export-toggle').click();
  await figure.locator('.export-options select').first().selectOption(sample.preset);
  await figure.locator('.export-options select').nth(1).selectOption(sample.scale);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.locator('.export-actions .button-primary').click(),
  ]);
  const lang = sample.search.includes('lang=en') ? '-en' : '';
  const path = `docs/export-${sample.preset}${lang}-${sample.figure}.png`;
  await download.saveAs(path);
  console.log(path, '←', download.suggestedFilename());
}
await browser.close();
