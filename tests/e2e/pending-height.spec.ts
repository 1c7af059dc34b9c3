import type { Locator, Page } from '@playwright/test';
import { withMadeUpDistricts } from '../fixtures/made-up-districts';
import { expect, importCity, openDashboard, test } from './fixtures';

/*
 * A card of a city's dashboard far from view is not drawn: it holds about the height its charts
 * will take, so that the page's length, its scroll bar and what follows stay close to true. On a
 * phone the same charts are several times taller (a line of bars a period, a ranking's places
 * wrapped): the card holds the height of its width, not a laptop's. In both test fonts.
 */

/** The page's top or end scrolled to, so that `card` is far from view and lets its charts go. */
async function farFrom(page: Page, card: Locator, end: 'top' | 'end'): Promise<number> {
  await page.evaluate(
    (where) => window.scrollTo(0, where === 'top' ? 0 : document.documentElement.scrollHeight),
    end,
  );
  const pending = card.locator('.figure-pending');
  await expect(pending).toHaveCount(1);
  return pending.evaluate((element) => element.getBoundingClientRect().height);
}

/** `card` scrolled through until every chart of its first page is drawn: its body's height. */
async function drawnHeight(card: Locator): Promise<number> {
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('.figure-pending')).toHaveCount(0);
  for (let step = 0; step < 400; step += 1) {
    const past = await card.evaluate((element) => {
      const box = element.getBoundingClientRect();
      if (box.bottom <= window.innerHeight) return true;
      window.scrollBy(0, window.innerHeight / 2);
      return false;
    });
    // As a reader pausing: what is in view drawn before the next step.
    await expect
      .poll(() =>
        card.locator('.chart-pending').evaluateAll(
          (charts) =>
            charts.filter((chart) => {
              const box = chart.getBoundingClientRect();
              return box.bottom > 0 && box.top < window.innerHeight;
            }).length,
        ),
      )
      .toBe(0);
    if (past) break;
  }
  return card.locator('.figure-body').evaluate((element) => element.getBoundingClientRect().height);
}

for (const [device, width] of [
  ['a phone of 320 px', 320],
  ['a laptop', 1366],
] as const)
  test(
    `a city's cards not yet drawn hold about their drawn height on ${device}`,
    { tag: '@layout' },
    async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 800 });
      await openDashboard(page);
      await importCity(page, 'thanh-pho-61.json', withMadeUpDistricts(60));
      // The code of a city's districts (which works the height out) is there with its search.
      await expect(page.getByLabel('Tìm đơn vị')).toBeVisible();

      const cards: [string, 'top' | 'end'][] = [
        // Far from the page's end; and the one from its top.
        ['Thu ngân sách nhà nước so với dự toán', 'end'],
        ['Chỉ tiêu đạt được và chỉ tiêu theo lĩnh vực', 'top'],
      ];
      const measured: string[] = [];
      for (const [name, end] of cards) {
        const card = page.getByRole('figure', { name });
        const held = await farFrom(page, card, end);
        const drawn = await drawnHeight(card);
        measured.push(`${name}: held ${Math.round(held)} px, drawn ${Math.round(drawn)} px`);
        // Within a quarter of it, in either font (the old rule, 360 px a chart, held a third of
        // the budget's height on a phone).
        expect(held, measured.join('; ')).toBeGreaterThan(0.75 * drawn);
        expect(held, measured.join('; ')).toBeLessThan(1.25 * drawn);
      }
      test.info().annotations.push({ type: 'heights', description: measured.join('; ') });
    },
  );
