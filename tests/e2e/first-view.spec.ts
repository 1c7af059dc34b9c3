import type { Page } from '@playwright/test';
import { expect, firstCardKept, importedBanner, importSixtyDistricts, test } from './fixtures';

// One district's page of a large kept import is shown from that district's chunks alone, before
// the rest is read (src/data/kept-first-view.ts): what the leader of that district opens, sooner.

interface Seen {
  toast: string;
  cards: string[];
  years: string[];
}

/**
 * Notes what the page shows the moment the note that the rest is being read appears (the
 * district's view is drawn in the same commit): its text, the headline cards' names, the years
 * the filter offers.
 */
async function watchFirstView(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Seen[] = [];
    Object.assign(window, { __firstView: seen });
    new MutationObserver(() => {
      const toast = document.querySelector('.reading-rest');
      if (!toast || seen.length > 0) return;
      Object.assign(window, { __firstCard: document.querySelector('.kpi-card[aria-label]') });
      seen.push({
        toast: toast.textContent ?? '',
        cards: [...document.querySelectorAll<HTMLElement>('.kpi-card[aria-label]')].map(
          (card) => `${card.getAttribute('aria-label')}: ${card.innerText}`,
        ),
        years: [...document.querySelectorAll('select')]
          .filter((select) => select.labels?.[0]?.textContent?.trim() === 'Năm')
          .flatMap((select) => [...select.options].map((option) => option.text)),
      });
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The first `count` headline cards: each one's name and every word and number on it. */
async function shownCards(page: Page, count: number): Promise<string[]> {
  const all = await page
    .locator('.kpi-card[aria-label]')
    .evaluateAll((cards) =>
      cards.map((c) => `${c.getAttribute('aria-label')}: ${(c as HTMLElement).innerText}`),
    );
  return all.slice(0, count);
}

const firstSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstView: Seen[] }).__firstView);

test('a district of a large import is shown before the rest is read, and the rest follows', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const slow = { timeout: 120_000 };
  // 60 districts' figures (72,000), imported as staff do: kept with where each district's are.
  await importSixtyDistricts(page, testInfo.outputPath('thanh-pho-60.json'));

  await watchFirstView(page);
  await page.goto('/?unit=quan-0007');
  await expect(importedBanner(page, 'thanh-pho-60.json')).toBeVisible(slow);
  // The note went once the rest was read; the way back to the bundled data is open again.
  await expect(page.locator('.reading-rest')).toHaveCount(0, slow);
  await expect(page.getByRole('button', { name: 'Khôi phục dữ liệu gốc' })).toBeEnabled();
  const [seen] = await firstSeen(page);
  // Nothing drawn again when the rest came: the view shown first is kept as the whole's.
  expect(await firstCardKept(page)).toBe(true);
  // It was there, over the district's own view, which already had the whole's years.
  expect(seen?.toast).toBe(
    'Đang hiển thị Quận giả lập 7; số liệu của các đơn vị khác đang được đọc, các đơn vị khác sẽ xem được khi đọc xong.',
  );
  expect(seen?.cards.length).toBeGreaterThan(0);
  expect(seen?.cards.every((card) => card.includes(', Quận giả lập 7: '))).toBe(true);
  const years = page.getByLabel('Năm', { exact: true }).locator('option');
  expect(seen?.years.length).toBeGreaterThan(2);
  await expect(years).toHaveText(seen?.years ?? []);
  // The cards drawn first (those in view; the others are drawn as they are scrolled to).
  const drawn = seen?.cards.length ?? 0;
  const cards = page.locator('.kpi-card[aria-label]');

  // An address with a year the data does not hold: the district is shown first all the same,
  // the year put right as the whole would put it.
  await page.goto('/?unit=quan-0007&year=1999');
  // Once the rest has come: the way back open again.
  await expect(page.getByRole('button', { name: 'Khôi phục dữ liệu gốc' })).toBeEnabled(slow);
  await expect(page.locator('.reading-rest')).toHaveCount(0);
  const [again] = await firstSeen(page);
  expect(again?.toast).toBe(seen?.toast);
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('all');
  await expect(page).not.toHaveURL(/year=/);

  // The same cards as the whole gives: the district chosen on another district's page, once
  // the whole has been read there.
  await page.goto('/?unit=quan-0008');
  await expect(page.locator('.reading-rest')).toHaveCount(0, slow);
  await expect(page.getByRole('button', { name: 'Khôi phục dữ liệu gốc' })).toBeEnabled();
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Quận giả lập 7' });
  await expect(cards.first()).toHaveAttribute('aria-label', /, Quận giả lập 7$/);
  await expect(cards.nth(drawn - 1)).toBeVisible();
  expect(await shownCards(page, drawn)).toEqual(seen?.cards);
});

test('a year or a topic of a large import is shown before the rest is read, as the whole shows it', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const slow = { timeout: 120_000 };
  await importSixtyDistricts(page, testInfo.outputPath('thanh-pho-60.json'));
  const restore = page.getByRole('button', { name: 'Khôi phục dữ liệu gốc' });
  const cards = page.locator('.kpi-card[aria-label]');

  await watchFirstView(page);
  await page.goto('/?year=2023');
  await expect(page.locator('.reading-rest')).toHaveCount(0, slow);
  await expect(restore).toBeEnabled();
  const [year] = await firstSeen(page);
  expect(await firstCardKept(page)).toBe(true);
  expect(year?.toast).toBe(
    'Đang hiển thị năm 2023; số liệu của các năm khác đang được đọc, các năm khác sẽ xem được khi đọc xong.',
  );
  // Every district's cards, each of that year; the filter offers the whole's years.
  expect(year?.cards.length).toBeGreaterThan(0);
  expect(year?.cards.every((card) => card.includes('2023'))).toBe(true);
  expect(year?.years).toEqual(['Tất cả các năm', '2024', '2023', '2022', '2021', '2020', '2019']);
  await expect(page.getByLabel('Năm', { exact: true }).locator('option')).toHaveText(
    year?.years ?? [],
  );

  await page.goto('/?topic=economy&year=2024');
  await expect(page.locator('.reading-rest')).toHaveCount(0, slow);
  await expect(restore).toBeEnabled();
  const [both] = await firstSeen(page);
  expect(both?.toast).toBe(
    'Đang hiển thị năm 2024, lĩnh vực Phát triển kinh tế; các số liệu khác đang được đọc, các năm và lĩnh vực khác sẽ xem được khi đọc xong.',
  );
  expect(both?.cards.length).toBeGreaterThan(0);

  // The same cards as the whole gives: the year and topic chosen on the whole dashboard's page,
  // once the whole has been read there.
  await page.goto('/');
  await expect(restore).toBeEnabled(slow);
  await expect(page.locator('.reading-rest')).toHaveCount(0);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await expect(cards.first()).toContainText('2023');
  await expect(cards.nth((year?.cards.length ?? 1) - 1)).toBeVisible();
  expect(await shownCards(page, year?.cards.length ?? 0)).toEqual(year?.cards);
  await page.getByLabel('Năm', { exact: true }).selectOption('2024');
  await page.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Phát triển kinh tế' });
  await expect(cards.first()).toContainText('2024');
  await expect(cards.nth((both?.cards.length ?? 1) - 1)).toBeVisible();
  expect(await shownCards(page, both?.cards.length ?? 0)).toEqual(both?.cards);
});
