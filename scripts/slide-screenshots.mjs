// Screenshots of every slide at 1920×1080 and 1024×768, into docs/slides/, from a running server:
// node scripts/slide-screenshots.mjs [baseUrl]  (start one with `npm run build && npx vite preview --port 4173`)
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const browser = await chromium.launch(chromiumLaunchOptions());
for (const [width, height] of [
  [1920, 1080],
  [1024, 768],
]) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}/?present=1&slide=1`);
  await page.locator('.slide-counter').waitFor();
  const count = Number((await page.locator('.slide-counter').textContent()).split('/')[1]);
  for (let slide = 1; slide <= count; slide += 1) {
    await page
      .locator('.slide-counter')
      .filter({ hasText: `${slide} / ${count}` })
      .waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(200);
    const path = `docs/slides/slide-${String(slide).padStart(2, '0')}-${width}x${height}.png`;
    await page.screenshot({ path });
    console.log(path);
    await page.keyboard.press('ArrowRight');
  }
  await page.close();
}
await browser.close();
