import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeSyntheticDataset } from '../../scripts/generate-synthetic.mjs';

/**
 * Every page opened through this fixture fails its test on a console error, an uncaught
 * exception, or a request to any origin but the app's own.
 */
export const test = base.extend<{
  /** Origins besides the app's that a test lets the page ask (a host of data it opens). */
  allowedOrigins: Set<string>;
  problems: string[];
  stateOnFailure: void;
  frameWatch: void;
  pageFont: string | undefined;
}>({
  // The font the page is set in, in place of the system's (playwright.config.ts's second-font
  // project): the app's --font, as a user's system font would set it, and what its charts measure.
  pageFont: [undefined, { option: true }],
  context: async ({ context, pageFont }, give) => {
    if (pageFont) await setPageFont(context, pageFont);
    await give(context);
  },
  // Playwright reads a fixture's needs from its first parameter's pattern: this one needs none.
  // eslint-disable-next-line no-empty-pattern
  allowedOrigins: async ({}, give) => {
    await give(new Set());
  },
  problems: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (
          !url.startsWith('data:') &&
          !url.startsWith('blob:') &&
          // The single-file build is opened from disk: its own file is not a foreign request.
          !url.startsWith('file:') &&
          new URL(url).origin !== origin &&
          !allowedOrigins.has(new URL(url).origin)
        ) {
          problems.push(`request outside the app’s origin: ${url}`);
        }
      });
      await use(problems);
      expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
  // Whether each open page keeps painting frames. Headless Chromium (Debian's, both its headless
  // modes) was seen to stop: no animation frame for minutes while the page's scripts ran and
  // nothing was pending, so every wait that needs a frame (Playwright's "stable", the app's
  // drawing of what is in view) waited out its test. Every stall seen so far was in the
  // Liberation Sans project, and neither bringing the page to the front nor resizing it ended
  // one. Each stall of 3 s or more is printed with its test, so that it is seen, never hidden.
  // A test that failed with a stall of 10 s or more is run once more, in a new browser
  // (playwright.config.ts's retries). A test that failed without one is never run again: its
  // second run fails at once, naming the first run's failure as the one to read.
  frameWatch: [
    async ({ browser }, use, testInfo) => {
      const verdict = join(testInfo.project.outputDir, 'frame-stalls', `${testInfo.testId}.txt`);
      if (testInfo.retry > 0 && !existsSync(verdict))
        throw new Error(
          'Not run again: its failed run had no frame stall of 10 s or more, so that failure is the one to read.',
        );
      const stalls: string[] = [];
      let dumped = false;
      const probing = new WeakSet<Page>();
      const since = new WeakMap<Page, number>();
      const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1);
      const probe = async (page: Page) => {
        if (probing.has(page) || page.isClosed()) return;
        probing.add(page);
        const painted = await page
          .evaluate(
            () =>
              new Promise<boolean>((done) => {
                requestAnimationFrame(() => done(true));
                setTimeout(() => done(false), 1500);
              }),
          )
          .catch(() => null);
        probing.delete(page);
        if (painted === null) return;
        const start = since.get(page);
        if (!painted && start !== undefined && Date.now() - start > 6000 && !dumped) {
          dumped = true;
          dumpStacks(testInfo.outputPath('stall-stacks.txt'));
        }
        if (painted && start !== undefined) {
          stalls.push(`${page.url()}: no frame for ${seconds(start)} s`);
          since.delete(page);
        } else if (!painted && start === undefined) since.set(page, Date.now() - 1500);
      };
      const timer = setInterval(() => {
        for (const context of browser.contexts())
          for (const page of context.pages()) void probe(page);
      }, 1000);
      await use();
      clearInterval(timer);
      for (const context of browser.contexts())
        for (const page of context.pages()) {
          const start = since.get(page);
          if (start !== undefined)
            stalls.push(`${page.url()}: no frame for ${seconds(start)} s, to the test's end`);
        }
      const long = stalls.filter((stall) => Number(/for ([\d.]+) s/.exec(stall)?.[1]) >= 3);
      if (long.length > 0) {
        testInfo.annotations.push({ type: 'frame stall', description: long.join('; ') });
        console.log(`Frame stall in “${testInfo.title}”: ${long.join('; ')}`);
      }
      const stalledLong = stalls.some((stall) => Number(/for ([\d.]+) s/.exec(stall)?.[1]) >= 10);
      if (testInfo.status !== testInfo.expectedStatus && stalledLong) {
        mkdirSync(dirname(verdict), { recursive: true });
        writeFileSync(verdict, long.join('\n'));
      }
    },
    { auto: true },
  ],
  // A test that fails (a limit reached on a busy machine, say) prints what each of its open
  // pages was showing and waiting for: what is still to be drawn and where, the export menus'
  // text, requests that failed or are unanswered, and whether the page still paints frames.
  stateOnFailure: [
    async ({ browser }, use, testInfo) => {
      const failedRequests: string[] = [];
      const watched = new WeakSet<Page>();
      const watch = (page: Page) => {
        if (watched.has(page)) return;
        watched.add(page);
        page.on('requestfailed', (request) =>
          failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? '?'}`),
        );
      };
      const watchContexts = () => {
        for (const context of browser.contexts()) {
          for (const page of context.pages()) watch(page);
          context.on('page', watch);
        }
      };
      watchContexts();
      const timer = setInterval(watchContexts, 250);
      await use();
      clearInterval(timer);
      if (testInfo.status === testInfo.expectedStatus) return;
      const report: string[] = [`failed requests: ${JSON.stringify(failedRequests)}`];
      for (const context of browser.contexts()) {
        for (const page of context.pages()) {
          report.push(`${page.url()} ${JSON.stringify(page.viewportSize())}`);
          const state = await Promise.race([
            page.evaluate(pageState, PENDING).catch((error: unknown) => `unreadable: ${error}`),
            new Promise<string>((done) => setTimeout(() => done('no answer in 5 s'), 5000)),
          ]);
          report.push(typeof state === 'string' ? state : JSON.stringify(state, null, 1));
        }
      }
      console.log(`State of the test's pages when it failed:\n${report.join('\n')}`);
    },
    { auto: true },
  ],
});

/**
 * Where each thread of the browser's processes is, written to a file, when a page has gone 6 s
 * without a frame and gdb is at hand: what the stalled compositor waits for.
 */
function dumpStacks(file: string): void {
  // The browser is a child of this worker.
  const root = process.pid;
  if (spawnSync('gdb', ['--version']).status !== 0) return;
  const tree = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args=']).toString();
  const rows = tree.split('\n').map((line) => line.trim().split(/\s+/));
  const pids = new Set([root]);
  for (let grown = true; grown;) {
    grown = false;
    for (const [pid, ppid] of rows)
      if (pids.has(Number(ppid)) && !pids.has(Number(pid))) {
        pids.add(Number(pid));
        grown = true;
      }
  }
  const out: string[] = [];
  for (const pid of pids) {
    const args =
      rows
        .find((row) => Number(row[0]) === pid)
        ?.slice(2, 6)
        .join(' ') ?? '';
    if (!args.includes('chrom')) continue;
    const stacks = spawnSync(
      'gdb',
      ['-p', String(pid), '-batch', '-ex', 'thread apply all bt 25'],
      {
        timeout: 60_000,
      },
    ).stdout?.toString();
    out.push(`=== ${pid} ${args}\n${stacks}`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, out.join('\n'));
  mkdirSync('.test-report', { recursive: true });
  writeFileSync(`.test-report/stall-stacks-${Date.now()}.txt`, out.join('\n'));
  console.log(`Stacks of the stalled browser: ${file}`);
}

/** What a page shows and waits for (see stateOnFailure). */
async function pageState(pending: string) {
  const frame = await new Promise<number>((done) => {
    const started = performance.now();
    requestAnimationFrame(() => done(Math.round(performance.now() - started)));
    setTimeout(() => done(-1), 2000);
  });
  const describe = (element: Element) => {
    const box = element.getBoundingClientRect();
    return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${Math.round(box.top)}..${Math.round(box.bottom)}`;
  };
  return {
    scroll: [window.scrollY, document.documentElement.scrollHeight, window.innerHeight],
    visibility: document.visibilityState,
    msToNextFrame: frame,
    pending: [...document.querySelectorAll(pending)].map(describe),
    busy: [...document.querySelectorAll('[aria-busy="true"]')].map(describe),
    exportPanels: [...document.querySelectorAll('.export-panel')].map((panel) =>
      (panel as HTMLElement).innerText.slice(0, 200),
    ),
    alerts: [...document.querySelectorAll('[role="alert"]')].map((alert) =>
      (alert as HTMLElement).innerText.slice(0, 200),
    ),
    unanswered: performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).responseEnd === 0)
      .map((entry) => entry.name),
  };
}

export { expect };

/**
 * Sets every page of the context in `font`, before any of its scripts or styles: the app's --font
 * custom property, on the root element through the CSSOM (which no Content-Security-Policy
 * blocks), as a system whose interface font it is would set it.
 */
async function setPageFont(context: BrowserContext, font: string): Promise<void> {
  await context.addInitScript((family: string) => {
    const set = () =>
      document.documentElement.style.setProperty('--font', JSON.stringify(family), 'important');
    if (document.documentElement) set();
    else
      new MutationObserver((_, observer) => {
        if (!document.documentElement) return;
        observer.disconnect();
        set();
      }).observe(document, { childList: true });
  }, font);
}

/** A new context, in the project's page font as the `context` fixture is (see pageFont). */
export async function newContext(
  browser: Browser,
  pageFont: string | undefined,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  if (pageFont) await setPageFont(context, pageFont);
  return context;
}

/** Opens the dashboard and waits for its first view: the headline cards drawn by the app. */
export async function openDashboard(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The app's own page, not the one the build drew (inert until the app replaces it).
  await expect(page.locator('.prerendered-page, .prerendered-shell')).toHaveCount(0);
  await expect(page.locator('.kpi-card:not(.kpi-card-pending)').first()).toBeVisible();
}

// Not yet drawn by the app: a part waiting for its turn, or still the one the build drew.
const PENDING =
  '.chart-pending, .figure-pending, .kpi-card-pending, .figure-prerendered-slot, .kpi-prerendered-slot';

/**
 * Scrolls down the page as a reader would, half a screen at a time, so that every card is drawn
 * (cards more than a screen below the viewport are drawn as they are scrolled to), then back to
 * the top once nothing is left to draw.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const { height } = page.viewportSize() ?? { height: 768 };
  for (let y = 0; ; y += height / 2) {
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight);
    if (y > bottom) break;
    await page.evaluate((top) => window.scrollTo(0, top), y);
    // As a reader pausing: what is in view is drawn before the next step. (A card that is only
    // passed by leaves the queue again, and would wait to be scrolled back to.)
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].every((element) => {
          // A slot of the build's drawing has no box of its own (display: contents): its card's.
          const boxed =
            getComputedStyle(element).display === 'contents' ? element.parentElement : element;
          const box = (boxed ?? element).getBoundingClientRect();
          return box.bottom <= 0 || box.top >= window.innerHeight;
        }),
      PENDING,
      // Polled on a timer, not on animation frames (Playwright's default): on a busy machine a
      // headless page can go seconds without a frame (seen in CI), and the check with it. A
      // limit, not a wait: 15 s was passed once with another test suite beside it.
      { timeout: 30_000, polling: 100 },
    );
  }
  await expect(page.locator(PENDING)).toHaveCount(0, { timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Every chart's data table opened, as a reader clicks each "Xem bảng số liệu": each closed one in
 * turn, found afresh each time, since a card drawn meanwhile moves the others' places in the page
 * (an index taken before would click one table twice, closing it, and miss another).
 */
export async function openDataTables(page: Page): Promise<void> {
  const closed = page.locator('details.data-table:not([open])');
  await expect(async () => {
    while ((await closed.count()) > 0) await closed.first().locator('> summary').click();
    await expect(closed).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * The page's text must never show a broken number or a missing value: every card is drawn
 * first (scrolled through), so that each chart's own text is read too.
 */
export async function expectNoBrokenValues(page: Page): Promise<void> {
  await scrollThrough(page);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b|\[object Object\]/);
  const svgText = await page.locator('svg text').allTextContents();
  expect(svgText.join(' ')).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b/);
}

/**
 * Records every layout shift on the page from its first load (call before navigating); read
 * them with `layoutShifts`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Each shift as its score and what moved, so that a failure names the element.
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    interface Source {
      node?: Node | null;
      previousRect: DOMRectReadOnly;
      currentRect: DOMRectReadOnly;
    }
    const describe = ({ node, previousRect: was, currentRect: now }: Source) => {
      const element = node instanceof Element ? node : node?.parentElement;
      const name = element
        ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
            element.classList.length > 0 ? `.${[...element.classList].join('.')}` : ''
          }`
        : 'a node no longer in the page';
      const box = (rect: DOMRectReadOnly) =>
        `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
      return `${name} ${box(was)} → ${box(now)}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as unknown as { value: number; sources?: Source[] };
        // Where the page was scrolled to, and what was still waiting to be drawn.
        const waiting = document.querySelectorAll(
          '.chart-pending, .figure-pending, .kpi-card-pending, .figure-prerendered-slot',
        ).length;
        shifts.push(
          `${shift.value.toFixed(4)} at scroll ${Math.round(window.scrollY)}, ${waiting} parts waiting: ${(shift.sources ?? []).map(describe).join('; ')}`,
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts recorded so far, each with what moved (see recordLayoutShifts). */
export function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
}

/**
 * Changes the kept import's record behind the app's back, as another program or a damaged disk
 * would: read from the browser's database, changed here by `edit`, written back (its chunks and
 * the revision left as they are).
 */
export async function editKeptRecord<T>(page: Page, edit: (record: T) => void): Promise<void> {
  const inStore = <R>(write: unknown) =>
    page.evaluate(
      (value) =>
        new Promise<R>((resolve, reject) => {
          const request = indexedDB.open('district-dashboard');
          request.onsuccess = () => {
            const db = request.result;
            const transaction = db.transaction('datasets', 'readwrite');
            const store = transaction.objectStore('datasets');
            const read = store.get('imported-dataset');
            if (value !== null) store.put(value, 'imported-dataset');
            transaction.oncomplete = () => {
              db.close();
              resolve(read.result as R);
            };
            transaction.onerror = () => reject(transaction.error);
          };
          request.onerror = () => reject(request.error);
        }),
      write,
    );
  const record = await inStore<T>(null);
  edit(record);
  await inStore(record);
}

/** The banner that names the imported file the page shows. */
export const importedBanner = (page: Page, file: string) =>
  page.getByRole('status').filter({ hasText: `Đang hiển thị dữ liệu nhập từ tệp “${file}”` });

/**
 * `dataset` imported through the dialog as `name`, its warnings accepted as a user would (the
 * bundled data itself carries some); `adds`, the report's line of what it adds, when checked.
 */
export async function importCity(page: Page, name: string, dataset: unknown, adds?: string) {
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
  await dialog.getByLabel('Chọn tệp').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset), 'utf8'),
  });
  if (adds) await expect(dialog.getByText(adds)).toBeVisible();
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * The bench's generated 2× dataset (60 districts, 72,000 figures: more than the page validates
 * itself) written to `file` and imported through the dialog as staff do, warnings accepted, then
 * kept: resolved once its banner shows.
 */
export async function importSixtyDistricts(page: Page, file: string): Promise<void> {
  const slow = { timeout: 120_000 };
  await writeSyntheticDataset(2, file);
  await openDashboard(page);
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
  await dialog.getByLabel('Chọn tệp').setInputFiles(file);
  await expect(dialog.getByRole('status').filter({ hasText: 'Sẽ thêm' })).toHaveText(
    'Sẽ thêm 72.000 số liệu, thay đổi 0, giữ nguyên 0.',
    slow,
  );
  await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(importedBanner(page, basename(file))).toBeVisible(slow);
}

/**
 * Whether the first headline card is the element noted as `window.__firstCard` (by the test,
 * when the view was first shown): nothing was drawn again since.
 */
export function firstCardKept(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.querySelector('.kpi-card[aria-label]') ===
      (window as unknown as { __firstCard: Element | null }).__firstCard,
  );
}
