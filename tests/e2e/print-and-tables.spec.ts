import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openDashboard, openDataTables, scrollThrough, test } from './fixtures';
import { pdfPageTexts, squeezed } from './pdf-text';

// The bundled data: the budget's two districts, schools, indicators and their topics, progress.
const TABLES = 7;

/** Every card drawn, then every data table opened, as a reader opening "Xem bảng số liệu". */
async function openEveryTable(page: Page) {
  await openDashboard(page);
  await scrollThrough(page);
  await openDataTables(page);
  await expect(page.getByRole('table')).toHaveCount(TABLES);
}

/** Each table, its card, and each of its cells: boxes, and what a reader sees in them. */
async function tableLayouts(page: Page) {
  const layouts = [];
  for (const each of await page.getByRole('table').all()) {
    await each.scrollIntoViewIfNeeded();
    layouts.push(await each.evaluate(tableLayout));
  }
  return layouts;
}

function tableLayout(table: Element) {
  const box = (element: Element) => element.getBoundingClientRect();
  const card = table.closest('.figure-card') as HTMLElement;
  const headers = [...table.querySelectorAll('thead [role="columnheader"]')].map((header) =>
    (header.textContent ?? '').trim(),
  );
  const rows = [...table.querySelectorAll('tbody [role="row"]')].map((row) => {
    const name = row.querySelector('[role="rowheader"]') as HTMLElement;
    return {
      name: { top: box(name).top, bottom: box(name).bottom, text: name.innerText.trim() },
      cells: [...row.querySelectorAll('[role="cell"]')].map((cell) => ({
        left: box(cell).left,
        right: box(cell).right,
        top: box(cell).top,
        width: box(cell).width,
        height: box(cell).height,
        seen: (cell as HTMLElement).innerText.trim(),
        text: (cell.textContent ?? '').trim(),
      })),
    };
  });
  return {
    caption: table.querySelector('caption')?.textContent ?? '',
    table: { left: box(table).left, right: box(table).right },
    card: { left: box(card).left, right: box(card).right },
    scroller: {
      scrollWidth: table.parentElement?.scrollWidth ?? 0,
      clientWidth: table.parentElement?.clientWidth ?? 0,
    },
    headerRowSeen: box(table.querySelector('thead') as Element).height > 2,
    headers,
    rows,
  };
}

for (const width of [1366, 1920, 412]) {
  test(
    `at ${width} px every data table fits its card, every value shown, and the page does not scroll sideways`,
    { tag: '@layout' },
    async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await openEveryTable(page);
      const layouts = await tableLayouts(page);
      expect(layouts).toHaveLength(TABLES);
      for (const layout of layouts) {
        const { caption } = layout;
        expect(layout.table.left, caption).toBeGreaterThanOrEqual(layout.card.left - 0.5);
        expect(layout.table.right, caption).toBeLessThanOrEqual(layout.card.right + 0.5);
        // Nothing hidden to the right of the table's own box either.
        expect(layout.scroller.scrollWidth, caption).toBeLessThanOrEqual(
          layout.scroller.clientWidth + 1,
        );
        expect(layout.rows.length, caption).toBeGreaterThan(0);
        for (const row of layout.rows) {
          expect(row.name.text, caption).not.toBe('');
          // One cell a column after the row's name, each drawn, inside the card.
          expect(row.cells, caption).toHaveLength(layout.headers.length - 1);
          row.cells.forEach((cell, index) => {
            const header = layout.headers[index + 1] ?? '';
            expect(cell.text, `${caption}: ${header}`).not.toBe('');
            expect(cell.width * cell.height, `${caption}: ${header}`).toBeGreaterThan(0);
            expect(cell.left, `${caption}: ${header}`).toBeGreaterThanOrEqual(
              layout.card.left - 0.5,
            );
            expect(cell.right, `${caption}: ${header}`).toBeLessThanOrEqual(
              layout.card.right + 0.5,
            );
            // Where the header row is not seen, each value is seen under its column's header.
            if (!layout.headerRowSeen) expect(cell.seen.startsWith(header), header).toBe(true);
          });
        }
      }
      if (width === 412) {
        // A phone: each row is a block, its name above its values, none beside a header row.
        for (const layout of layouts) {
          expect(layout.headerRowSeen, layout.caption).toBe(false);
          for (const row of layout.rows) {
            for (const cell of row.cells) {
              expect(cell.top, layout.caption).toBeGreaterThanOrEqual(row.name.bottom - 0.5);
            }
          }
        }
      }
      if (width === 1366) {
        // The budget's card spans the page: its tables are tables, the header row seen.
        expect(layouts.filter((layout) => layout.headerRowSeen).length).toBeGreaterThanOrEqual(2);
      }
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBeLessThanOrEqual(0);
    },
  );
}

test('the data tables are tables to a screen reader on a phone; axe finds no serious violation', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 412, height: 900 });
  await openEveryTable(page);
  const budget = page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
  const table = budget.getByRole('table').first();
  // The header row is not seen, but still read: each column has its header.
  await expect(table.getByRole('columnheader')).toHaveText([
    'Đơn vị',
    'Kỳ',
    'Thực hiện (tỷ đồng)',
    'Dự toán cả năm (tỷ đồng)',
    'Tỷ lệ tính được',
    'Bài viết ghi',
    'Tăng so với cùng kỳ (bài viết)',
    'Đánh giá',
    'Nguồn',
  ]);
  await expect(table.getByRole('rowheader').first()).toHaveText('Cầu Giấy');
  // The header seen beside a value is not read twice: the cell's name is its value.
  const period = table.getByRole('row').nth(2).getByRole('cell').first();
  await period.scrollIntoViewIfNeeded();
  await expect(period).toHaveText('Kỳ 6 tháng đầu năm 2024', { useInnerText: true });
  await expect(period).toHaveAccessibleName('6 tháng đầu năm 2024');
  const results = await new AxeBuilder({ page }).include('.data-table').analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test(
  'the printed report is dense: at most 5 A4 landscape pages, the headline cards together, no card split, sources in full',
  { tag: '@layout' },
  async ({ page }) => {
    test.setTimeout(120_000);
    // A4 landscape less the page's margins (styles/print.css): 273 × 182 mm, 1032 × 688 px.
    const pageHeight = 688;
    await page.setViewportSize({ width: 1032, height: pageHeight });
    await openDashboard(page);
    await page.emulateMedia({ media: 'print' });
    // Every chart drawn for paper, inside its card.
    await expect
      .poll(() =>
        page.locator('.figure-card').evaluateAll((cards) =>
          cards.every((card) => {
            const surfaces = [...card.querySelectorAll('.recharts-surface')];
            const inner = card.getBoundingClientRect();
            return (
              surfaces.length > 0 &&
              surfaces.every((surface) => {
                const box = surface.getBoundingClientRect();
                return box.width > 0 && box.left >= inner.left && box.right <= inner.right;
              })
            );
          }),
        ),
      )
      .toBe(true);

    // What the page will hold: the headline cards fit a page together, and so does each card.
    const heights = await page.evaluate(() => ({
      headline: document.querySelector('.kpi-section')?.getBoundingClientRect().height ?? 0,
      figures: [...document.querySelectorAll('.figure-card')].map(
        (card) => card.getBoundingClientRect().height,
      ),
    }));
    expect(heights.headline).toBeGreaterThan(0);
    expect(heights.headline).toBeLessThanOrEqual(pageHeight);
    for (const height of heights.figures) expect(height).toBeLessThanOrEqual(pageHeight);

    // What a card starts and ends with, as printed: its heading, and its last lines.
    const headlineCards = await page.locator('.kpi-card').evaluateAll((cards) =>
      cards.map((card) => ({
        top: `${card.querySelector('h3')?.textContent}${card.querySelector('.kpi-context')?.textContent}`,
        bottom: `${card.querySelector('.kpi-status')?.textContent}${card.querySelector('footer')?.textContent}`,
      })),
    );
    expect(headlineCards).toHaveLength(7);
    const figureCards = await page.locator('.figure-card').evaluateAll((cards) =>
      cards.map((card) => {
        // The last chart's words after it (notes, shares), or else before it (heading, legend).
        const parts = [...([...card.querySelectorAll('.panel')].at(-1)?.children ?? [])];
        const chart = parts.findIndex((part) => part.classList.contains('chart'));
        const words =
          parts.slice(chart + 1).length > 0 ? parts.slice(chart + 1) : parts.slice(0, chart);
        return {
          top: `${card.querySelector('h3')?.textContent}${card.querySelector('.figure-print-caption')?.textContent}`,
          bottom: words.map((part) => part.textContent).join(''),
        };
      }),
    );
    expect(figureCards).toHaveLength(4);
    // The sources are drawn after the first view has painted: waited for, not read at once.
    await expect.poll(() => page.locator('.source-title').count()).toBeGreaterThan(0);
    const sourceTitles = await page.locator('.source-title').allTextContents();

    const pdf = await page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    const pages = pdfPageTexts(pdf).map(squeezed);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(5);
    const pagesWith = (text: string) =>
      pages.flatMap((page, index) => (page.includes(squeezed(text)) ? [index + 1] : []));

    // Each headline card printed whole (its first and last lines on one page), all on one page.
    const headlinePages = headlineCards.map((card) => {
      expect(pagesWith(card.top), card.top).toHaveLength(1);
      expect(pagesWith(card.bottom), card.bottom).toEqual(pagesWith(card.top));
      return pagesWith(card.top)[0];
    });
    expect(new Set(headlinePages).size).toBe(1);

    // Each chart card's heading and its last words on one page (words that other cards share,
    // such as a legend, are found on other pages too).
    for (const card of figureCards) {
      const [top, ...more] = pagesWith(card.top);
      expect(more, card.top).toEqual([]);
      const bottom = pagesWith(card.bottom);
      expect(bottom, card.bottom).toContain(top);
      if (bottom.length === 1) expect(bottom, card.bottom).toEqual([top]);
    }

    // Sources in full: each article's title printed whole, and no line cut short with "…".
    for (const title of sourceTitles) expect(pagesWith(title).length, title).toBeGreaterThan(0);
    for (const [index, text] of pages.entries())
      expect(text, `page ${index + 1}`).not.toContain('…');
  },
);
