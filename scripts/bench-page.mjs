// What the bench measures in a browser page: first chart on a cold load, filter changes, the
// presentation (timed inside the page with performance.now()) and PNG export.
import {
  changeFilterInPage,
  filterOptionsInPage,
  firstChartInitScript,
  longTasksInPage,
  settleInPage,
  stats,
  withTimeout,
} from './bench-lib.mjs';

export const VIEWPORT = { width: 1366, height: 900 };

/** A context whose pages note their first chart and LCP (see firstChartInitScript). */
export async function newBenchContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  await context.addInitScript(firstChartInitScript);
  return context;
}

/** Waits until the page has noted `key` (see firstChartInitScript); resolves with its figures. */
async function waitForBench(page, key, timeoutMs) {
  await page.waitForFunction((name) => window.__bench?.[name] != null, key, {
    timeout: timeoutMs,
    polling: timeoutMs > 10_000 ? 250 : 'raf',
  });
  return page.evaluate(() => ({ ...window.__bench }));
}

/** Waits for the first chart drawn by the page's own code; resolves with the page's figures. */
export const waitForFirstChart = (page, timeoutMs) =>
  waitForBench(page, 'firstLiveChart', timeoutMs);

/**
 * Waits for the page's first view (a headline card) drawn by its own code, not the page the build
 * drew, and painted; resolves with the figures (its time in `firstLiveView`).
 */
export const waitForFirstView = (page, timeoutMs) => waitForBench(page, 'firstLiveView', timeoutMs);

/** A fresh context on the app, its first chart drawn by its code and the page gone quiet. */
export async function openSettledApp(browser, url) {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await waitForFirstChart(page, 30_000);
  await page.evaluate(settleInPage, 5_000);
  return { context, page };
}

/**
 * Cold loads: a fresh browser context each run (empty HTTP cache and storage), navigation to the
 * first painted chart and LCP; also the first chart and first view drawn by the page's own code
 * (on the app, after its pre-rendered page; see firstChartInitScript). The scripts and
 * stylesheets the page fetched before its first chart drawn by its code are listed from the
 * first run, so the bundle figure is what the app really loads to draw one.
 */
export async function measureFirstChart(browser, url, runs) {
  const figures = { firstChart: [], firstView: [], firstLiveChart: [], firstLiveView: [], lcp: [] };
  let loadedBeforeChart = null;
  for (let run = 0; run < runs; run += 1) {
    const context = await newBenchContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(url);
      await waitForFirstChart(page, 30_000);
      // LCP can still move (a web font swaps in): read it once the page is quiet.
      await page.waitForLoadState('networkidle');
      await page.evaluate(settleInPage, 5_000);
      const settled = await page.evaluate(() => ({ ...window.__bench }));
      for (const [name, values] of Object.entries(figures)) {
        // The app's headline cards painted (none on the bare page).
        if (settled[name] != null) values.push(settled[name]);
      }
      if (run === 0) {
        loadedBeforeChart = await page.evaluate((before) => {
          const origin = location.origin;
          return performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime < before && entry.name.startsWith(origin))
            .map((entry) => new URL(entry.name).pathname)
            .filter((path) => /\.(js|css)$/.test(path));
        }, settled.firstLiveChart);
      }
    } finally {
      await context.close();
    }
  }
  return { ...figures, loadedBeforeChart };
}

/**
 * Filter changes through the filter bar's selects, one after another, each timed from the change
 * to the frame that shows it; between two, the page is left to finish its work.
 */
export async function measureFilterSteps(page, steps, { timeoutMs, settleMs }) {
  const results = [];
  for (const step of steps) {
    try {
      const from = await page.evaluate(() => performance.now());
      const timing = await withTimeout(
        page.evaluate(changeFilterInPage, step),
        timeoutMs,
        `filter ${step.name}=${step.value}`,
      );
      const quietAt = await withTimeout(
        page.evaluate(settleInPage, settleMs),
        settleMs + 10_000,
        'settle',
      );
      // Where the page notes its long tasks (longTaskInitScript), this change's longest.
      const tasks = await page.evaluate(longTasksInPage, from);
      results.push({ ...step, ...round(timing), quiet: quietAt != null, ...tasks });
    } catch (error) {
      results.push({ ...step, toPaint: null, error: error.message });
      break;
    }
  }
  return results;
}

export async function filterOptions(page) {
  return page.evaluate(filterOptionsInPage);
}

function round(timing) {
  return Object.fromEntries(
    Object.entries(timing).map(([key, value]) => [
      key,
      typeof value === 'number' ? +value.toFixed(1) : value,
    ]),
  );
}

/** Clicks "Trình chiếu" in the page; resolves when the first slide is painted. */
function enterPresentationInPage() {
  const button = [...document.querySelectorAll('button')].find((b) =>
    /Trình chiếu|Present/.test(b.textContent ?? ''),
  );
  if (!button) throw new Error('no present button');
  return new Promise((resolve) => {
    let t0 = 0;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.presentation .slide')) return;
      observer.disconnect();
      const inDom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          resolve({ toPaint: performance.now() - t0, toDom: inDom - t0 });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    t0 = performance.now();
    button.click();
  });
}

/**
 * Arms a watch for the next slide: the key press's own time stamp is the start, a new slide
 * counter in the DOM and a painted frame the end. The key itself is pressed by the driver, as a
 * user's key press.
 */
function armSlideChangeInPage() {
  const dialog = document.querySelector('.presentation');
  const before = dialog?.querySelector('.slide-counter')?.textContent;
  const slideKind = () =>
    [...(dialog.querySelector('.slide')?.classList ?? [])]
      .find((c) => c.startsWith('slide--'))
      ?.slice(7) ?? null;
  window.__slideChange = new Promise((resolve) => {
    let t0 = null;
    window.addEventListener(
      'keydown',
      (event) => {
        t0 = Math.min(event.timeStamp, performance.now());
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      const now = dialog.querySelector('.slide-counter')?.textContent;
      if (!now || now === before || t0 == null) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          resolve({ toPaint: performance.now() - t0, slide: now, kind: slideKind() });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(dialog, { childList: true, subtree: true, characterData: true });
  });
  return before;
}

/** Clicks "Trình chiếu" and waits for the first slide, then for the page to go quiet. */
export async function enterPresentation(page) {
  const timing = await page.evaluate(enterPresentationInPage);
  await page.evaluate(settleInPage, 5_000);
  return timing;
}

/** Escape, and the page left to go quiet. */
export async function leavePresentation(page) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.presentation'));
  await page.evaluate(settleInPage, 5_000);
}

/**
 * ArrowRight in the open presentation, timed to the next slide painted; on the last slide, Home
 * first (not timed), so the deck is walked round and round.
 */
export async function nextSlide(page) {
  for (;;) {
    const before = await page.evaluate(armSlideChangeInPage);
    const [current, total] = before.split('/').map((s) => Number(s.trim()));
    if (current >= total) {
      await page.evaluate(() => delete window.__slideChange);
      await page.keyboard.press('Home');
      await page.waitForFunction(() =>
        document.querySelector('.presentation .slide-counter')?.textContent?.startsWith('1 '),
      );
      await page.evaluate(settleInPage, 5_000);
      continue;
    }
    await page.keyboard.press('ArrowRight');
    const change = await withTimeout(
      page.evaluate(() => window.__slideChange),
      15_000,
      'slide change',
    );
    await page.evaluate(settleInPage, 5_000);
    return round(change);
  }
}

/** How many slide changes a presentation run walks. */
export const slideChangeCount = (runs) => Math.max(runs, 9);

/** Enter the presentation `runs` times (the first also loads its code) and walk its slides. */
export async function measurePresentation(page, runs) {
  const enter = [];
  let firstOfSession = null;
  const slideChanges = [];
  for (let run = 0; run <= runs; run += 1) {
    const timing = await enterPresentation(page);
    if (run === 0) firstOfSession = round(timing);
    else enter.push(timing.toPaint);
    if (run === 1) {
      // Through the deck with ArrowRight, from the start again when it ends.
      while (slideChanges.length < slideChangeCount(runs)) slideChanges.push(await nextSlide(page));
    }
    await leavePresentation(page);
  }
  return { enter, firstOfSession, slideChanges };
}

/** The PNG sizes the bench exports: label, the export's preset and its scale. */
export const PNG_EXPORTS = [
  ['PNG 1920×1080', 'slide-16-9', '1'],
  ['PNG 3840×2160', 'slide-16-9', '2'],
  ['PNG A4 2×', 'a4-landscape', '2'],
];

/** A page of the app with the budget chart's export panel open. */
export async function openExportPanel(browser, url) {
  const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  await page.goto(url);
  await page.locator('.recharts-surface').first().waitFor();
  const figure = page.locator('#figure-budget');
  await figure.getByRole('button', { name: 'Xuất' }).click();
  return { page, figure };
}

/** Chooses a size in the open export panel. */
export async function chooseExportSize({ figure }, preset, scale) {
  await figure.getByLabel('Kích thước').selectOption(preset);
  await figure.getByLabel('Độ phân giải').selectOption(scale);
}

/**
 * One PNG export: the app's own measure of click to file (`inApp`, its performance measure
 * export:png:<preset>:<scale>) and the same seen by the driver (`endToEnd`).
 */
export async function exportPngOnce({ page, figure }, preset, scale) {
  await page.evaluate(() => performance.clearMeasures());
  const t0 = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
  ]);
  const endToEnd = Date.now() - t0;
  await download.path();
  const inApp = await page.evaluate(
    (name) => performance.getEntriesByName(name).at(-1)?.duration ?? null,
    `export:png:${preset}:${scale}`,
  );
  return { inApp, endToEnd };
}

/** PNG export at each size, `runs` times after one more: click to file, in the app and seen by the driver. */
export async function measureExport(browser, url, runs) {
  const out = {};
  const panel = await openExportPanel(browser, url);
  for (const [label, preset, scale] of PNG_EXPORTS) {
    await chooseExportSize(panel, preset, scale);
    const inApp = [];
    const endToEnd = [];
    let cold = null;
    for (let i = 0; i <= runs; i += 1) {
      const one = await exportPngOnce(panel, preset, scale);
      // The first export of a session also loads the export code and the font: reported apart.
      if (i === 0 && cold === null && label === 'PNG 1920×1080')
        cold = { inApp: Math.round(one.inApp), endToEnd: one.endToEnd };
      else if (i > 0) {
        inApp.push(one.inApp);
        endToEnd.push(one.endToEnd);
      }
    }
    out[label] = {
      clickToFile: stats(inApp),
      withDriver: stats(endToEnd),
      ...(cold ? { firstOfSession: cold } : {}),
    };
  }
  await panel.page.close();
  return out;
}
