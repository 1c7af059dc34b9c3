// Takes the README/docs screenshots from a running server: node scripts/screenshots.mjs [baseUrl]
// Start one first with `npm run build && npx vite preview --port 4173`.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const shots = [
  { name: 'dashboard-1366x768', width: 1366, height: 768, path: '/', fullPage: true },
  { name: 'dashboard-1920x1080', width: 1920, height: 1080, path: '/', fullPage: true },
  { name: 'dashboard-1366x768-fold', width: 1366, height: 768, path: '/', fullPage: false },
  { name: 'dashboard-en-1920x1080', width: 1920, height: 1080, path: '/?lang=en', fullPage: true },
  {
    name: 'dashboard-en-1366x768-fold',
    width: 1366,
    height: 768,
    path: '/?lang=en',
    fullPage: false,
  },
  { name: 'dashboard-1920x1080-fold', width: 1920, height: 1080, path: '/', fullPage: false },
  {
    name: 'dashboard-1024-filtered',
    width: 1024,
    height: 768,
    path: '/?year=2022&unit=dong-da',
    fullPage: true,
  },
  { name: 'dashboard-phone-412', width: 412, height: 823, path: '/', fullPage: false },
];

const browser = await chromium.launch(chromiumLaunchOptions());
for (const shot of shots) {
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
  await page.goto(`${base}${shot.path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (shot.fullPage) {
    // Cards far below the fold are drawn as they are scrolled to: scroll down the page as a
    // reader would, then capture it whole with every card drawn.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += shot.height / 2) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          '.chart-pending, .figure-pending, .kpi-card-pending, [aria-busy="true"]',
        ).length === 0,
    );
  } else {
    // What is in view is drawn; what is below the fold waits to be scrolled to.
    await page.locator('.kpi-card:not(.kpi-card-pending)').first().waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.chart-pending, .figure-pending, .kpi-card-pending')].every(
        (element) => element.getBoundingClientRect().top >= window.innerHeight,
      ),
    );
  }
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `docs/${shot.name}.png`, fullPage: shot.fullPage });
  console.log(`docs/${shot.name}.png`);
  await page.close();
}
await browser.close();
