// `npm run bench`, section "deck": the PowerPoint deck of the current view, click to file, as
// staff download it: the bundled data (budget 1.5 s), and a city of 30 districts (the generated
// ×1 dataset stored as the app's import, one year of it), in a fresh context each. The first
// deck of a session also fetches the deck's code (pptxgenjs, 123 kB of gzip): reported apart.
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { settleInPage, stats, withTimeout } from './bench-lib.mjs';
import { newBenchContext, waitForFirstView } from './bench-page.mjs';
import { ensureSynthetic, storeSynthetic } from './bench-scale.mjs';

const DECK_BUTTON = 'Tải bộ trình chiếu PowerPoint (.pptx)';
const VIEW_MENU = 'Xuất cả trang';

/** The whole view's export menu, opened once (it stays open while the decks are made). */
async function openViewMenu(page, timeoutMs) {
  await page.getByRole('button', { name: VIEW_MENU }).click({ timeout: timeoutMs });
  const menu = page.getByRole('group', { name: VIEW_MENU });
  await menu.getByRole('button', { name: DECK_BUTTON }).waitFor({ timeout: timeoutMs });
  return menu;
}

/**
 * One deck: the app's own measure of click to file (export:deck:16:9) and the driver's. A deck
 * past the app's length asks first (**Vẫn tạo bộ … trang**), as a reader would be: answered yes.
 */
async function deckOnce(page, menu, timeoutMs) {
  await page.evaluate(() => performance.clearMeasures());
  const t0 = Date.now();
  const downloaded = page.waitForEvent('download', { timeout: timeoutMs });
  await menu.getByRole('button', { name: DECK_BUTTON }).click();
  const anyway = menu.getByRole('button', { name: /^Vẫn tạo bộ/ });
  // Whichever comes first; the other's wait is let go, its failure not an error.
  await Promise.race([downloaded, anyway.waitFor({ timeout: timeoutMs }).catch(() => undefined)]);
  if (await anyway.isVisible()) await anyway.click();
  const download = await downloaded;
  const endToEnd = Date.now() - t0;
  const bytes = readFileSync(await download.path());
  const inApp = await page.evaluate(
    () => performance.getEntriesByName('export:deck:16:9').at(-1)?.duration ?? null,
  );
  const files = unzipSync(new Uint8Array(bytes));
  const count = (prefix) => Object.keys(files).filter((name) => name.startsWith(prefix)).length;
  return {
    inApp,
    endToEnd,
    kb: Math.round(bytes.length / 1024),
    slides: count('ppt/slides/slide'),
    charts: count('ppt/charts/chart'),
  };
}

async function measureView(page, url, runs, timeoutMs) {
  await page.goto(url, { timeout: timeoutMs });
  await waitForFirstView(page, timeoutMs);
  await page.evaluate(settleInPage, 10_000);
  const menu = await openViewMenu(page, timeoutMs);
  const first = await deckOnce(page, menu, timeoutMs);
  const warm = [];
  for (let i = 0; i < runs; i += 1) warm.push(await deckOnce(page, menu, timeoutMs));
  return {
    clickToFile: stats(warm.map((one) => one.inApp)),
    withDriver: stats(warm.map((one) => one.endToEnd)),
    firstOfSession: { inApp: Math.round(first.inApp), endToEnd: first.endToEnd },
    slides: first.slides,
    charts: first.charts,
    fileKb: first.kb,
  };
}

export async function measureDeck({ browser, appUrl, fileServerUrl, runs }) {
  const out = {};
  {
    const context = await newBenchContext(browser);
    const page = await context.newPage();
    out.bundled = await measureView(page, `${appUrl}/`, runs, 30_000);
    await context.close();
  }
  {
    await ensureSynthetic(1);
    const context = await newBenchContext(browser);
    const page = await context.newPage();
    await storeSynthetic(page, { appUrl, fileServerUrl, scale: 1, timeoutMs: 120_000 });
    out.city30 = await withTimeout(
      measureView(page, `${appUrl}/?year=2024`, Math.min(3, runs), 120_000),
      600_000,
      'deck of 30 districts',
    );
    await context.close();
  }
  return out;
}
