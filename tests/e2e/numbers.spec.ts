import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openDashboard, scrollThrough, test } from './fixtures';

// Numbers in the reader's language: an English reader takes "12.455,236" for about twelve.

/** A number written the Vietnamese way: "12.455,236", "63,90%". */
const VIETNAMESE_NUMBER = /\d\.\d{3},\d|\d,\d+%/;

const BUDGET_EN = 'State budget revenue against the estimate';

/**
 * The page's text a reader sees, tables opened, less the articles' own sentences: a quote is
 * the article's Vietnamese, word for word and number for number.
 */
async function pageNumbersText(page: Page): Promise<string> {
  await scrollThrough(page);
  for (const summary of await page.locator('details > summary').all()) {
    const details = summary.locator('..');
    if ((await details.getAttribute('open')) == null) await summary.click();
  }
  await expect(page.locator('table').first()).toBeVisible();
  return page.evaluate(() => {
    // Every piece of text, hidden ones too (what a screen reader reads) and the charts' SVG, one
    // apart from the next: two labels side by side ("≈ 9,158.3", "12,455.236") are two numbers.
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest('q, blockquote, script, style')) continue;
      texts.push(node.textContent ?? '');
    }
    return texts.join(' ');
  });
}

test('?lang=en writes every number the English way', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const headline = page.getByRole('region', { name: 'Headline figures' });
  await expect(headline).toContainText('12,455.236');
  await expect(headline).toContainText('63.90%');
  const text = await pageNumbersText(page);
  expect(text).toContain('12,455.236');
  // A derived value's formula, in a table, in the reader's numbers too.
  expect(text).toContain('12,455.236 / 1.36');
  expect(text.match(VIETNAMESE_NUMBER)?.[0] ?? null).toBeNull();
  // Dates stay dd/mm/yyyy.
  expect(text).toMatch(/27\/06\/2024/);
});

test('Vietnamese stays Vietnamese: 12.455,236 and 63,90%', async ({ page }) => {
  await openDashboard(page);
  const headline = page.getByRole('region', { name: 'Số liệu chính' });
  await expect(headline).toContainText('12.455,236');
  await expect(headline).toContainText('63,90%');
  await expect(headline).not.toContainText('12,455.236');
});

test('a bar’s tooltip speaks English numbers, actual before target', async ({ page }) => {
  await openDashboard(page, '?lang=en&unit=cau-giay&year=2024');
  const figure = page.getByRole('figure', { name: BUDGET_EN });
  const chart = figure.locator('.recharts-wrapper').first();
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart drawn');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = figure.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  const text = (await tooltip.innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('Result (billion VND): 12,455.236');
  expect(text).toContain('Annual estimate (billion VND): 19,492.8');
  expect(text.indexOf('Result')).toBeLessThan(text.indexOf('Annual estimate'));
  expect(text).toContain('Computed share: 63.90%');
  expect(text).not.toMatch(VIETNAMESE_NUMBER);
  expect(text).not.toMatch(/\s:/);
});

test('the English CSV has English headers, "," between fields and "." decimals', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  const figure = page.getByRole('figure', { name: BUDGET_EN });
  await figure.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download CSV data' }).click(),
  ]);
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toMatch(/^Chart,Indicator,District,Period,Topic,Value,Target \/ total,Unit,/);
  expect(lines[0]).toContain('Value derived,Value formula,Target / total derived');
  expect(lines[0]).not.toContain(';');
  expect(lines).toHaveLength(5);
  const cauGiay = lines.find((line) => line.includes('First 6 months of 2024')) ?? '';
  expect(cauGiay).toContain(',12455.236,19492.8,billion VND,63.90,>64,no,,no,,');
  // Đống Đa 9M 2022: the printed 8,599.3 is the article's, only the estimate is derived.
  const dongDa = lines.find((line) => line.includes('First 9 months of 2022')) ?? '';
  expect(dongDa).toContain(',8599.3,12683.3,billion VND,67.8,67.8,no,,yes,"8,599.3 / 67.8%",');
});

test('an exported English image writes its numbers the English way', async ({ page }) => {
  await openDashboard(page, '?lang=en&unit=cau-giay&year=2024');
  const figure = page.getByRole('figure', { name: BUDGET_EN });
  await figure.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync(await file.path(), 'utf8');
  const texts = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
    .map((match) => (match[1] ?? '').replace(/<[^>]+>/g, ''))
    .join(' ');
  expect(texts).toContain('12,455.236');
  expect(texts).toContain('63.90%');
  expect(texts).not.toMatch(VIETNAMESE_NUMBER);
});

test('every slide of the English presentation writes its numbers the English way', async ({
  page,
}) => {
  await page.goto('/?lang=en&present=1&slide=1');
  const slides = page.getByRole('dialog', { name: /Presentation/ });
  const counter = slides.locator('.slide-counter');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const count = Number((await counter.innerText()).split('/')[1]);
  const seen: string[] = [];
  for (let slide = 1; slide <= count; slide += 1) {
    await expect(counter).toHaveText(`${slide} / ${count}`);
    const text = await slides.evaluate((element) => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('q, blockquote')) texts.push(node.textContent ?? '');
      }
      return texts.join(' ');
    });
    expect(text.match(VIETNAMESE_NUMBER)?.[0] ?? null, `slide ${slide}`).toBeNull();
    seen.push(text);
    await page.keyboard.press('ArrowRight');
  }
  expect(seen.join(' ')).toContain('12,455.236');
});
