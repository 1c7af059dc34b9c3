// `npm run bench`: builds the app, serves the build on 127.0.0.1, drives the system Chromium and
// prints what it measured (median, min, max over repeated runs); also writes bench/results.json.
// Budgets are reported here, not enforced by timed unit tests, which flake on shared machines.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from './chromium.mjs';

const PORT = 4391;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const base = `http://127.0.0.1:${PORT}`;

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median: Math.round(median),
    min: Math.round(sorted[0]),
    max: Math.round(sorted.at(-1)),
    runs: sorted.length,
  };
}

async function waitForServer(url, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

if (spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);
if (spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);

// Bundle sizes, gzip: the entry chunk loaded before the first chart, and every chunk.
const html = readFileSync('dist/index.html', 'utf8');
const entryFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const allChunks = readdirSync('dist/assets').filter((f) => /\.(js|css)$/.test(f));
const bundle = {
  initialJsKb: +(
    entryFiles.filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0) / 1024
  ).toFixed(1),
  initialCssKb: +(
    entryFiles.filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(f), 0) / 1024
  ).toFixed(1),
  allChunksKb: +(allChunks.reduce((s, f) => s + gz(`assets/${f}`), 0) / 1024).toFixed(1),
  exportChunkKb: +(
    allChunks.filter((f) => f.startsWith('exporter')).reduce((s, f) => s + gz(`assets/${f}`), 0) /
    1024
  ).toFixed(1),
};

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const results = { date: new Date().toISOString(), runs: RUNS, bundle, export: {} };
try {
  await waitForServer(base);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  await page.goto(`${base}/`);
  await page.locator('.recharts-surface').first().waitFor();
  const figure = page.locator('#figure-budget');
  await figure.getByRole('button', { name: 'Xuất' }).click();

  for (const [label, preset, scale] of [
    ['PNG 1920×1080', 'slide-16-9', '1'],
    ['PNG 3840×2160', 'slide-16-9', '2'],
    ['PNG A4 2×', 'a4-landscape', '2'],
  ]) {
    await figure.getByLabel('Kích thước').selectOption(preset);
    await figure.getByLabel('Độ phân giải').selectOption(scale);
    const inApp = [];
    const endToEnd = [];
    let cold = null;
    for (let run = 0; run <= RUNS; run += 1) {
      await page.evaluate(() => performance.clearMeasures());
      const started = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
      ]);
      const wall = Date.now() - started;
      await download.path();
      const measured = await page.evaluate(
        (name) => performance.getEntriesByName(name).at(-1)?.duration ?? null,
        `export:png:${preset}:${scale}`,
      );
      // The first export of a session also loads the export code and the font: reported apart.
      if (run === 0 && cold === null && label === 'PNG 1920×1080')
        cold = { inApp: Math.round(measured), endToEnd: wall };
      else if (run > 0) {
        inApp.push(measured);
        endToEnd.push(wall);
      }
    }
    results.export[label] = {
      clickToFile: stats(inApp),
      withDriver: stats(endToEnd),
      ...(cold ? { firstOfSession: cold } : {}),
    };
  }
  await browser.close();
} finally {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const rows = [
  ['measure', 'median', 'min', 'max', 'budget'],
  ['initial JS (gzip)', `${bundle.initialJsKb} kB`, '', '', '≤ 205 kB (issue 6)'],
  ['initial CSS (gzip)', `${bundle.initialCssKb} kB`, '', '', ''],
  ['export chunk, lazy (gzip)', `${bundle.exportChunkKb} kB`, '', '', 'not in initial load'],
  ['all chunks (gzip)', `${bundle.allChunksKb} kB`, '', '', ''],
];
for (const [label, value] of Object.entries(results.export)) {
  const s = value.clickToFile;
  rows.push([
    `${label}: click to file`,
    `${s.median} ms`,
    `${s.min} ms`,
    `${s.max} ms`,
    label === 'PNG 1920×1080' ? '< 300 ms' : '',
  ]);
  if (value.firstOfSession)
    rows.push([
      `${label}: first of session`,
      `${value.firstOfSession.inApp} ms`,
      '',
      '',
      '(loads export code, font)',
    ]);
}
const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => String(row[col]).length)));
for (const row of rows)
  console.log(row.map((cell, col) => String(cell).padEnd(widths[col])).join('  '));
console.log(`\n${RUNS} runs each; results in bench/results.json`);
