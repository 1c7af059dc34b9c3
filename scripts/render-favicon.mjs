// Draws public/favicon.png (64 × 64) from public/favicon.svg with the system Chromium:
// `node scripts/render-favicon.mjs` after changing the SVG. The page links the PNG (the
// single-file build inlines it): an SVG icon costs the page a whole SVG document on its main
// thread.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromiumLaunchOptions } from './chromium.mjs';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 64, height: 64 } });
const svg = readFileSync('public/favicon.svg', 'utf8');
await page.setContent(
  `<style>html,body{margin:0;background:transparent}</style><img width="64" height="64" src="data:image/svg+xml,${encodeURIComponent(svg)}">`,
);
await page.waitForFunction(() => document.images[0].complete);
const png = await page.locator('img').screenshot({ omitBackground: true });
writeFileSync('public/favicon.png', png);
console.log(`public/favicon.png: ${png.length} bytes`);
await browser.close();
