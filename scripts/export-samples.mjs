// Writes one exported PNG per size preset to docs/, and a sample PowerPoint deck's pages as
// LibreOffice prints them (docs/deck/), from a running server:
// node scripts/export-samples.mjs [baseUrl]   (start one with `npm run build && npx vite preview --port 4173`)
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

// The deck: every page of the Vietnamese 16:9 one, the first three of an English 4:3 one.
const decks = [
  { search: '/', shape: '16:9', name: 'vi-16-9', pages: Infinity },
  { search: '/?lang=en', shape: '4:3', name: 'en-4-3', pages: 3 },
];
mkdirSync('docs/deck', { recursive: true });
for (const file of readdirSync('docs/deck')) rmSync(join('docs/deck', file));
const folder = mkdtempSync(join(tmpdir(), 'deck-samples-'));
for (const deck of decks) {
  await page.goto(`${base}${deck.search}`);
  // The whole view's menu, beside the charts' heading.
  await page.locator('.section-heading .export-toggle').click();
  const menu = page.locator('.section-heading .export-panel');
  await menu.locator('select').selectOption(deck.shape);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.locator('.button-primary').click(),
  ]);
  const pptx = join(folder, `${deck.name}.pptx`);
  await download.saveAs(pptx);
  execFileSync('soffice', [
    `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    folder,
    pptx,
  ]);
  const last = Number.isFinite(deck.pages) ? ['-l', String(deck.pages)] : [];
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '72',
    ...last,
    join(folder, `${deck.name}.pdf`),
    join('docs/deck', deck.name),
  ]);
  console.log(`docs/deck/${deck.name}-*.png ←`, download.suggestedFilename());
}
rmSync(folder, { recursive: true, force: true });
await browser.close();
