import type { Page, Route } from '@playwright/test';
import {
  expect,
  expectNoBrokenValues,
  layoutShifts,
  openDashboard,
  recordLayoutShifts,
  scrollThrough,
  test,
} from './fixtures';

// The dashboard as the build drew it, in index.html (src/rendering/build-drawn-page.ts).

const BUDGET = 'Thu ngân sách nhà nước so với dự toán';
const kpis = (page: Page) => page.locator('.kpi-grid');
/** The budget chart's card, in the drawn page (its ids renamed) or in the app's. */
const budgetCard = (page: Page) => page.locator('figure[id$="figure-budget"]');
/** The loading state's line (not the one said only to screen readers over the drawn page). */
const loadingLine = (page: Page) => page.locator('p.loading');
/** Bars of charts on screen (a chart's drawings for other widths are in the page, not shown). */
const shownBars = (page: Page) =>
  page.locator('.recharts-surface .recharts-rectangle').filter({ visible: true });

/** Opens the page with none of its scripts: what a reader sees before the app has run. */
async function openWithoutScripts(page: Page, search = '') {
  await page.route('**/assets/*.js', (route) => route.abort());
  // The aborted scripts are reported by the browser as console errors; that is expected here.
  page.removeAllListeners('console');
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('before any script has run, the page shows the bundled figures and its charts', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openWithoutScripts(page);
  await expect(page.locator('html')).toHaveAttribute('data-prerendered');
  await expect(kpis(page)).toBeVisible();
  await expect(kpis(page)).toContainText('12.455,236');
  await expect(loadingLine(page)).toBeHidden();
  // Screen readers, which are not given the inert page, are told it is loading.
  await expect(page.getByRole('status').filter({ hasText: 'Đang tải dữ liệu' })).toHaveCount(1);
  // The budget chart, drawn at this width: its bars and value labels are on screen.
  const budget = budgetCard(page);
  await expect(budget.getByRole('heading', { name: BUDGET })).toBeVisible();
  await budget.scrollIntoViewIfNeeded();
  // A chart per district (Cầu Giấy, Đống Đa), each shown in the one drawing for this width.
  await expect(budget.locator('.prerendered-variant').filter({ visible: true })).toHaveCount(2);
  await expect(budget.locator('.recharts-rectangle').filter({ visible: true })).not.toHaveCount(0);
  await expect(budget.locator('.chart').filter({ visible: true }).first()).toContainText(
    '12.455,236',
  );
  // Nothing in it can be used before the app runs: a change made now would be lost.
  await expect(page.locator('.prerendered-page')).toHaveAttribute('inert');
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b|\[object Object\]/);
});

test('at a width it was not drawn for, the charts’ space is kept empty rather than misdrawn', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await openWithoutScripts(page);
  await expect(kpis(page)).toContainText('12.455,236');
  await expect(shownBars(page)).toHaveCount(0);
  const chart = budgetCard(page).locator('.chart').first();
  expect((await chart.boundingBox())?.height).toBeGreaterThan(300);
});

for (const [why, search, setUp] of [
  ['a filter in the address', '?year=2022', null],
  ['English asked for', '?lang=en', null],
  ['a slide asked for', '?present=1&slide=2', null],
  ['data named by a web address', '?data=https%3A%2F%2Fexample.org%2Fha-noi.parquet', null],
  [
    'an import saved in this browser',
    '',
    () => localStorage.setItem('district-dashboard:saved-import', '1'),
  ],
] as const) {
  test(`with ${why}, the bundled figures are not shown before the app has drawn what was asked`, async ({
    page,
  }) => {
    if (setUp) await page.addInitScript(setUp);
    await openWithoutScripts(page, search);
    await expect(page.locator('html')).not.toHaveAttribute('data-prerendered');
    await expect(loadingLine(page)).toBeVisible();
    await expect(loadingLine(page)).toHaveText('Đang tải dữ liệu…');
    await expect(kpis(page)).toBeHidden();
    await expect(shownBars(page)).toHaveCount(0);
  });
}

test('the app takes over without a shift, keeps what was drawn until it draws its own, and ends as a fresh page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await recordLayoutShifts(page);
  // The app's script held back until the pre-rendered page has been looked at, and the charts'
  // code after that, until the app's page is seen keeping the drawn chart.
  const release = await holdRequests(page, '**/assets/index-*.js');
  const releaseCharts = await holdRequests(page, CHART_CODE);
  // Not waiting for the load event: it waits for the held script.
  await page.goto('/', { waitUntil: 'commit' });
  const budget = budgetCard(page);
  // The first district's chart (the card draws one per district).
  const chart = budget.locator('.chart').first();
  await expect(budget.locator('.recharts-rectangle').filter({ visible: true })).not.toHaveCount(0);
  // The whole page parsed (its script is held, so it goes no further): a page still arriving is
  // shorter, without a scrollbar, and its cards a little wider.
  await page.waitForFunction(() => document.readyState !== 'loading', null, { polling: 100 });
  const before = await chart.boundingBox();
  const kpiBefore = await kpis(page).boundingBox();

  release();
  await expect(page.locator('.prerendered-page')).toHaveCount(0);
  // The app's own page, its charts' code not there yet: the card keeps the drawn chart, busy.
  await expect(
    budget.locator('.figure-body > .figure-prerendered-slot > .figure-prerendered'),
  ).toHaveCount(1);
  await expect(budget.locator('.figure-body')).toHaveAttribute('aria-busy', 'true');
  await expect(budget.locator('.recharts-rectangle').filter({ visible: true })).not.toHaveCount(0);
  expect(await chart.boundingBox()).toEqual(before);
  releaseCharts();
  // The districts' charts are drawn by the app in their place, the same size.
  await expect(budget.locator('.chart:not(.chart-prerendered) .recharts-surface')).toHaveCount(2);
  expect(await chart.boundingBox()).toEqual(before);
  expect(await kpis(page).boundingBox()).toEqual(kpiBefore);
  // A body kept from the build shares no id with what the app drew.
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return ids.filter((id, index) => ids.indexOf(id) !== index);
  });
  expect(duplicates).toEqual([]);
  // Scrolled through, every chart is the app's own and live: none is left from the build.
  await scrollThrough(page);
  await expect(page.locator('.figure-prerendered, .chart-prerendered')).toHaveCount(0);
  await expect(budget.getByRole('button', { name: 'Xuất' })).toBeEnabled();
  expect(await layoutShifts(page)).toEqual([]);
  await expectNoBrokenValues(page);
});

/**
 * Holds the data back until `release` (the app renders without it after its wait, app/boot.ts);
 * then lets it through, or fails it, as `outcome` says.
 */
/**
 * Holds the requests for `url` until the returned function is called; then they go on (or fail,
 * with 'abort').
 */
async function holdRequests(
  page: Page,
  url: string | RegExp,
  outcome: 'continue' | 'abort' = 'continue',
): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route: Route) => {
    await held;
    await (outcome === 'continue' ? route.continue() : route.abort());
  });
  return release;
}

const DATA = '**/data/dataset.json';
/** The chart cards' code: FigureBody and the charts' chunk. */
const CHART_CODE = /\/assets\/(FigureBody|charts)-[^/]*\.js$/;

/** The header's line that says the drawn figures are loading, in the app's page. */
const loadingStatus = (page: Page) => page.getByRole('banner').getByRole('status');

test(
  'a load that hangs does not leave the drawn page unusable: its figures stay, its controls go live',
  { tag: '@layout' },
  async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await recordLayoutShifts(page);
    await page.route('**/data/dataset.json', () => undefined);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(kpis(page)).toContainText('12.455,236');
    // The app has rendered without its data: where the data's date goes, it says it is loading.
    await expect(loadingStatus(page)).toHaveText('Đang tải dữ liệu…');
    await expect(page.locator('.prerendered-page')).toHaveCount(0);
    // The build's figures and charts are still there, busy, and no loading line took their place.
    await expect(kpis(page)).toBeVisible();
    await expect(kpis(page)).toContainText('12.455,236');
    await expect(budgetCard(page).getByRole('heading', { name: BUDGET })).toBeVisible();
    await expect(shownBars(page)).not.toHaveCount(0);
    await expect(loadingLine(page)).toHaveCount(0);
    await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(await layoutShifts(page)).toEqual([]);
    // The header is live: in English the build's drawing no longer holds, so the loading state.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(loadingLine(page)).toHaveText('Loading data…');
    await expect(kpis(page)).toHaveCount(0);
    await expect(shownBars(page)).toHaveCount(0);
    await expect(loadingStatus(page)).toHaveCount(0);
  },
);

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 412, height: 823 },
]) {
  test(
    `data slower than the app’s wait: the drawn page stays until it comes, then the cards take over, nothing moves (${viewport.width} px)`,
    { tag: '@layout' },
    async ({ page }) => {
      await page.setViewportSize(viewport);
      await recordLayoutShifts(page);
      const releaseData = await holdRequests(page, DATA);
      // The charts' code too, so that the cards are seen keeping what the build drew.
      const releaseCharts = await holdRequests(page, CHART_CODE);
      await page.goto('/', { waitUntil: 'commit' });
      await expect(loadingStatus(page)).toHaveText('Đang tải dữ liệu…');
      await expect(kpis(page)).toContainText('12.455,236');
      const budgetBody = budgetCard(page).locator('.figure-body');
      const bodyBefore = await budgetBody.boundingBox();
      const kpiBefore = await kpis(page).boundingBox();

      releaseData();
      // The data's date in the status's place; each card keeps the body the build drew, busy,
      // moved out of the drawn page into its own place.
      await expect(page.locator('.as-of')).toHaveText(/^Số liệu đến ngày \d/);
      await expect(page.locator('.main-prerendered-slot')).toHaveCount(0);
      await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy');
      await expect(
        budgetBody.locator('> .figure-prerendered-slot > .figure-prerendered'),
      ).toHaveCount(1);
      await expect(budgetBody).toHaveAttribute('aria-busy', 'true');
      await expect(kpis(page)).toContainText('12.455,236');
      expect(await budgetBody.boundingBox()).toEqual(bodyBefore);
      expect(await kpis(page).boundingBox()).toEqual(kpiBefore);

      releaseCharts();
      // Scrolled through, every chart is the app's own and drawn: none is left from the build.
      await scrollThrough(page);
      await expect(
        page.locator('.figure-prerendered, .chart-prerendered, .kpi-prerendered'),
      ).toHaveCount(0);
      await expect(page.locator('.chart')).not.toHaveCount(0);
      await expect(page.locator('.chart:not(:has(.recharts-surface))')).toHaveCount(0);
      await expect(budgetCard(page).getByRole('button', { name: 'Xuất' })).toBeEnabled();
      expect(await layoutShifts(page)).toEqual([]);
      await expectNoBrokenValues(page);
    },
  );
}

test('another year asked for during a slow load: the drawn figures go, the loading state shows', async ({
  page,
}) => {
  const releaseData = await holdRequests(page, DATA);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(loadingStatus(page)).toHaveText('Đang tải dữ liệu…');
  await expect(kpis(page)).toContainText('12.455,236');
  // The filters have no choices until the data has come; Back to an address with a year does
  // change the filter (the entry is written here, as the page writes one for each change).
  await page.evaluate(() => {
    history.replaceState(null, '', '/?year=2022');
    history.pushState(null, '', '/');
  });
  await page.goBack();
  await expect(loadingLine(page)).toHaveText('Đang tải dữ liệu…');
  await expect(kpis(page)).toHaveCount(0);
  await expect(shownBars(page)).toHaveCount(0);
  await expect(loadingStatus(page)).toHaveCount(0);
  // The data, once it comes, shows the year asked for.
  releaseData();
  await expect(page.getByLabel('Năm')).toHaveValue('2022');
  await expect(kpis(page)).toBeVisible();
  await expect(kpis(page)).not.toContainText('12.455,236');
  await expect(page.locator('.figure-prerendered, .kpi-prerendered')).toHaveCount(0);
});

test('a load that fails after the app’s wait over the drawn page: the error screen, with its retry', async ({
  page,
}) => {
  const failData = await holdRequests(page, DATA, 'abort');
  // The failed requests are reported by the browser as console errors; that is expected here.
  page.removeAllListeners('console');
  await page.goto('/', { waitUntil: 'commit' });
  await expect(loadingStatus(page)).toHaveText('Đang tải dữ liệu…');
  failData();
  await expect(page.getByRole('alert')).toContainText('Không tải được dữ liệu');
  await expect(page.getByRole('button', { name: 'Thử lại' })).toBeEnabled();
  await expect(kpis(page)).toHaveCount(0);
  await expect(loadingStatus(page)).toHaveCount(0);
});

/**
 * Opens the page as if its HTML arrived piece by piece, as on a slow network or with a busy
 * browser, which paints what it has parsed so far: a pause after each closing tag of the page's
 * headers (the build-drawn one and the loading state's), each held until the browser has painted
 * the page as it was then. A pause is a parser-blocking script, held back.
 */
async function openArrivingInPieces(page: Page, search = ''): Promise<void> {
  let pauses = 0;
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<header class="site-header">[\s\S]*?<\/header>/g,
        (header) =>
          header.replace(
            /<\/[a-z][a-z0-9]*>/g,
            (tag) => `${tag}<script src="/__pause/${(pauses += 1)}.js"></script>`,
          ),
      );
      await route.fulfill({ response, body: html });
    },
  );
  const released = new Set<number>();
  const waiting: { pause: number; go: () => void }[] = [];
  await page.route('**/__pause/*.js', async (route) => {
    const pause = Number(/(\d+)\.js$/.exec(route.request().url())?.[1]);
    if (!released.has(pause)) await new Promise<void>((go) => waiting.push({ pause, go }));
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await page.goto(`/${search}`, { waitUntil: 'commit' });
  expect(pauses).toBeGreaterThan(20);
  for (let pause = 1; pause <= pauses; pause += 1) {
    // The parser has stopped here; the browser paints what came before it.
    await page.locator(`script[src="/__pause/${pause}.js"]`).waitFor({ state: 'attached' });
    await page.evaluate(
      () => new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0))),
    );
    released.add(pause);
    for (const held of waiting.filter((held) => held.pause === pause)) held.go();
  }
}

for (const [what, search, viewport] of [
  ['the drawn page', '', { width: 1366, height: 900 }],
  ['the drawn page', '', { width: 412, height: 823 }],
  ['the loading state', '?year=2022', { width: 1366, height: 900 }],
] as const) {
  test(
    `${what} arriving piece by piece: nothing in the header moves as the rest arrives, nor when the app takes over (${viewport.width} px)`,
    { tag: '@layout' },
    async ({ page }) => {
      await page.setViewportSize(viewport);
      await recordLayoutShifts(page);
      await openArrivingInPieces(page, search);
      // The app's page (until then, the build's two headers are in the page, one shown).
      await expect(page.locator('.prerendered-page, .prerendered-shell')).toHaveCount(0);
      await expect(page.locator('.as-of')).toHaveText(/^Số liệu đến ngày \d/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Trình chiếu' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Trình chiếu' })).toBeEnabled();
      expect(await layoutShifts(page)).toEqual([]);
    },
  );
}

test('a change made once the app has run shows the new figures, not the pre-rendered ones', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openDashboard(page);
  await page.getByLabel('Năm').selectOption('2022');
  await expect(kpis(page)).not.toContainText('12.455,236');
  const budget = budgetCard(page);
  await budget.scrollIntoViewIfNeeded();
  await expect(budget.locator('.chart:not(.chart-prerendered) .recharts-surface')).toHaveCount(1);
  await expect(budget.locator('.chart')).not.toContainText('12.455,236');
  await expect(page.locator('.figure-prerendered')).toHaveCount(0);
});

test('on a phone, the headline cards the build drew stay until the app draws its own: none blanks, nothing moves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await recordLayoutShifts(page);
  // Everything the page is given, as it is given: a card's placeholder would blank what was drawn.
  await page.addInitScript(() => {
    const seen = { pending: 0, kept: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches('.kpi-card-pending') || node.querySelector('.kpi-card-pending'))
            seen.pending += 1;
          seen.kept +=
            Number(node.matches('.kpi-prerendered-slot')) +
            node.querySelectorAll('.kpi-prerendered-slot').length;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.locator('.prerendered-page')).toHaveCount(0);
  // The cards on the first screen are the app's own at once; the others, drawn as they come
  // near, until then keep what the build drew. Scrolled through, every card is the app's own.
  await expect(kpis(page).locator('> li').first().locator('> .kpi-card')).toBeVisible();
  await scrollThrough(page);
  const items = kpis(page).locator('> li');
  await expect(items).not.toHaveCount(0);
  await expect(kpis(page).locator('.kpi-prerendered')).toHaveCount(0);
  await expect(items.locator('> .kpi-card')).toHaveCount(await items.count());
  await expect(kpis(page).locator('li[aria-busy]')).toHaveCount(0);
  const seen = await page.evaluate(() => (window as unknown as { seen: object }).seen);
  // The cards past the phone's first screen were kept from the build, not blanked.
  expect(seen).toMatchObject({ pending: 0 });
  expect((seen as { kept: number }).kept).toBeGreaterThan(0);
  expect(await layoutShifts(page)).toEqual([]);
});
