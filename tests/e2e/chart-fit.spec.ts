import type { Page } from '@playwright/test';
import { expect, newContext, openDashboard, openDataTables, scrollThrough, test } from './fixtures';

/*
 * Every chart fits every screen: at each width, each row of a chart's data table has its mark,
 * no two texts of a chart overlap, none leaves its chart or its card, and nothing makes the page
 * scroll sideways. In both test fonts (@layout): what fits in one font must fit in the other.
 */

const WIDTHS = [320, 360, 412, 768, 1024, 1366, 1920, 2560];

/** What a reader would see wrong in the charts on the page, each said in words. */
async function chartProblems(page: Page): Promise<string[]> {
  // Every card drawn by the app, then every data table opened: a chart's rows are its table's.
  await scrollThrough(page);
  await openDataTables(page);
  // Each table drawn once its code has come.
  await expect(page.locator('details.data-table:not(:has(table))')).toHaveCount(0);
  return page.evaluate(() => {
    const problems: string[] = [];
    const tolerance = 0.5;
    const cards = [...document.querySelectorAll<HTMLElement>('.figure-card')];
    for (const card of cards) {
      const title = card.querySelector('h3')?.textContent ?? '?';
      const cardBox = card.getBoundingClientRect();
      const charts = [...card.querySelectorAll<HTMLElement>('.chart')];
      const tables = [...card.querySelectorAll('details.data-table table')];
      if (charts.length !== tables.length)
        problems.push(`${title}: ${charts.length} charts but ${tables.length} tables`);
      charts.forEach((chart, index) => {
        const name = `${title}, chart ${index + 1} at ${window.innerWidth} px`;
        // One chart, or its small multiples (many periods on a phone): their rows together.
        const svgs = [...chart.querySelectorAll('svg.recharts-surface')];
        if (svgs.length === 0) {
          problems.push(`${name}: not drawn`);
          return;
        }
        const rows = tables[index]?.querySelectorAll('tbody tr').length ?? 0;
        // Each row's first bar (the result, or the share met): drawn, with a length.
        const marks = svgs
          .flatMap((svg) => [
            ...(svg.querySelector('.recharts-bar')?.querySelectorAll('.recharts-bar-rectangle') ??
              []),
          ])
          .filter((mark) => {
            const box = mark.getBoundingClientRect();
            return box.width > 0 && box.height > 0;
          }).length;
        if (marks !== rows) problems.push(`${name}: ${marks} bars drawn for ${rows} table rows`);

        // Each row named: in the chart (wrapped onto lines, so read without spaces), or in the
        // heading of a district's chart.
        const squeezed = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');
        const named =
          svgs.map((svg) => squeezed(svg.textContent)).join('') +
          squeezed(chart.closest('.panel')?.querySelector('h4')?.textContent);
        for (const header of tables[index]?.querySelectorAll('tbody th') ?? [])
          if (!named.includes(squeezed(header.textContent)))
            problems.push(`${name}: “${header.textContent}” is not named`);

        const texts = svgs.flatMap((svg) => {
          const svgBox = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')]
            .filter((text) => (text.textContent ?? '').trim() !== '')
            .map((text) => ({
              text: text.textContent ?? '',
              box: text.getBoundingClientRect(),
              svgBox,
            }));
        });
        for (const { text, box, svgBox } of texts) {
          for (const [outer, what] of [
            [svgBox, 'its chart'],
            [cardBox, 'its card'],
          ] as const) {
            if (
              box.left < outer.left - tolerance ||
              box.right > outer.right + tolerance ||
              box.top < outer.top - tolerance ||
              box.bottom > outer.bottom + tolerance
            )
              problems.push(`${name}: “${text}” leaves ${what}`);
          }
        }
        texts.forEach((a, i) => {
          for (const b of texts.slice(i + 1)) {
            const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (across > tolerance && down > tolerance)
              problems.push(`${name}: “${a.text}” overlaps “${b.text}”`);
          }
        });
      });
    }
    if (cards.length === 0) problems.push('no chart card on the page');
    if (document.documentElement.scrollWidth > window.innerWidth)
      problems.push(
        `the page scrolls sideways: ${document.documentElement.scrollWidth} px wide at ${window.innerWidth} px`,
      );
    return problems;
  });
}

test(
  'every chart draws every row, its texts apart and inside it, at every width from 320 to 2560 px',
  { tag: '@layout' },
  async ({ browser, pageFont }) => {
    test.setTimeout(240_000);
    for (const width of WIDTHS) {
      const context = await newContext(browser, pageFont, { viewport: { width, height: 900 } });
      const page = await context.newPage();
      await openDashboard(page);
      expect(await chartProblems(page), `at ${width} px`).toEqual([]);
      await context.close();
    }
  },
);

test(
  'in English too, on a phone and on a laptop, every chart fits',
  { tag: '@layout' },
  async ({ browser, pageFont }) => {
    test.setTimeout(120_000);
    for (const width of [360, 1366]) {
      const context = await newContext(browser, pageFont, { viewport: { width, height: 900 } });
      const page = await context.newPage();
      await openDashboard(page, '?lang=en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await chartProblems(page), `at ${width} px`).toEqual([]);
      await context.close();
    }
  },
);

test(
  'the layout tests run in the font their project names, of a width of its own',
  { tag: '@layout' },
  async ({ page }, testInfo) => {
    await openDashboard(page);
    // The page's font and DejaVu Sans, measured on a Vietnamese label.
    const widths = await page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('no canvas');
      const text = 'Xây dựng và quản lý đất đai, môi trường, đô thị';
      const widthIn = (family: string) => {
        context.font = `13px ${family}`;
        return context.measureText(text).width;
      };
      return {
        page: widthIn(getComputedStyle(document.body).fontFamily),
        dejaVu: widthIn('"DejaVu Sans"'),
        liberation: widthIn('"Liberation Sans"'),
      };
    });
    // Both fonts are installed (.ci/run installs them): each measures the label otherwise.
    expect(Math.abs(widths.dejaVu - widths.liberation)).toBeGreaterThan(widths.dejaVu * 0.05);
    const expected =
      testInfo.project.name === 'Liberation Sans' ? widths.liberation : widths.dejaVu;
    expect(widths.page).toBeCloseTo(expected, 1);
  },
);
