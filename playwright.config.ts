import { defineConfig } from '@playwright/test';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// The tests' own production build, served from a folder and a port of this checkout's own: an
// `npm run build` beside the tests empties dist/ while their pages load its files, and another
// checkout's tests (or a preview started by hand on Vite's 4173) must not serve this one's.
const checkout = createHash('sha256').update(process.cwd()).digest('hex');
const outDir = join(tmpdir(), `district-dashboard-e2e-${checkout.slice(0, 12)}`);
const port = Number(process.env.E2E_PORT ?? 20_000 + (parseInt(checkout.slice(0, 8), 16) % 10_000));

const launchOptions = { executablePath: chromiumPath() ?? undefined, args: chromiumArgs };

export default defineConfig<{ pageFont: string | undefined }>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // One more run, in a new browser, only for a test whose failed run saw the browser stop painting
  // for 10 s or more (tests/e2e/fixtures.ts, frameWatch): Debian's headless Chromium does, rarely,
  // on a busy machine. Any other failure is final. `npm test` names each test that needed it.
  retries: 1,
  reporter: 'list',
  // Limits, never waits: a passing test takes what it takes. On a busy 2-core machine (a build
  // beside the tests, two browsers) the first view of a page took over 5 s, and a test that
  // loads the page three times over 30 s.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions,
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'off',
  },
  projects: [
    { name: 'system font' },
    // The tests of layout (tagged @layout) again with a font of other widths than the system's
    // (here DejaVu Sans): what fits, wraps or does not overlap must not hold for one font only.
    // Liberation Sans (Arial's widths) is set as the page's font (tests/e2e/fixtures.ts,
    // pageFont), as a system whose interface font it is would set it. It was once set for the
    // whole browser through FONTCONFIG_FILE; every frame stall seen in CI (6 of 6) was in that
    // browser, never in the system font's (docs/building.md).
    {
      name: 'Liberation Sans',
      grep: /@layout/,
      use: { pageFont: 'Liberation Sans' },
    },
  ],
  webServer: {
    // The production build, served as users get it. Never a server already running: that one
    // serves some other build, or a dist/ that a build beside it is rewriting.
    command: [
      `npm run build -- --outDir ${JSON.stringify(outDir)} --emptyOutDir`,
      `npx vite preview --outDir ${JSON.stringify(outDir)} --port ${port} --strictPort --host 127.0.0.1`,
    ].join(' && '),
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    // The build draws the page in Chromium: minutes, not seconds, on a busy machine.
    timeout: 300_000,
    stdout: 'ignore',
  },
});
