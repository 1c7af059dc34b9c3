import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page opened through this fixture fails its test on a console error, an uncaught
 * exception, or a request to any origin but the app's own.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
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
          new URL(url).origin !== origin
        ) {
          problems.push(`request outside the app’s origin: ${url}`);
        }
      });
      await use(problems);
      expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function openDashboard(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
}

/** The page's visible text must never show a broken number or a missing value. */
export async function expectNoBrokenValues(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b|\[object Object\]/);
  const svgText = await page.locator('svg text').allTextContents();
  expect(svgText.join(' ')).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b/);
}
