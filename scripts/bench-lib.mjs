// Shared by the parts of `npm run bench`: statistics, servers, timeouts and in-page timing.
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';

/**
 * The ports the bench serves on (127.0.0.1): the app, the bare page, the generated data and, in
 * an A/B run, the baseline revision's app; from BENCH_PORT (default 4391) up, so two benches on
 * one machine can be kept apart.
 */
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 4391);
export const PORTS = {
  app: FIRST_PORT,
  bare: FIRST_PORT + 1,
  files: FIRST_PORT + 2,
  baseline: FIRST_PORT + 3,
};

/** What the environment asks of a bench run (see the head of scripts/bench.mjs). */
export function benchSettings(env = process.env) {
  return {
    runs: Number(env.BENCH_RUNS ?? 9),
    lighthouseRuns: Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3),
    scales: (env.BENCH_SCALES ?? '1,10,100').split(',').filter(Boolean).map(Number),
    skip: new Set((env.BENCH_SKIP ?? '').split(',').filter(Boolean)),
  };
}

/** Median, min and max, rounded to `decimals`; null values (timeouts) are counted apart. */
export function stats(values, decimals = 0) {
  const done = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  const r = (x) => +x.toFixed(decimals);
  if (done.length === 0) return { median: null, min: null, max: null, runs: 0 };
  const sorted = [...done].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median: r(median),
    min: r(sorted[0]),
    max: r(sorted.at(-1)),
    runs: sorted.length,
    ...(done.length < values.length ? { failed: values.length - done.length } : {}),
  };
}

/**
 * Preview servers that went away are reported (with the end of their log) and started again;
 * `onNote` is given a line for the results.
 */
export async function restartStopped(servers, onNote) {
  for (const server of servers) {
    const ended = server.exited();
    if (!ended) continue;
    const note = `${server.url} stopped (${ended.signal ?? `exit ${ended.code}`}); restarted`;
    console.log(`! ${note}. Its log:\n${ended.log}`);
    onNote(note);
    server.restart();
    await waitForServer(server.url);
  }
}

export async function waitForServer(url, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`server at ${url} did not start`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `vite preview` in its own process group, so the whole group can be stopped. Its output goes to
 * a log file in the system's temporary folder, shown if the server goes away; `restart()` starts
 * it again. `cwd`: the checkout whose build (and vite.config.ts) it serves.
 */
export function startPreview(port, extraArgs = [], { cwd } = {}) {
  const log = join(tmpdir(), `bench-preview-${port}.log`);
  const args = ['--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  let child = null;
  let exit = null;
  const launch = () => {
    const out = openSync(log, 'w');
    exit = null;
    child = spawn('npx', ['vite', 'preview', ...extraArgs, ...args], {
      stdio: ['ignore', out, out],
      cwd,
      detached: true,
    });
    closeSync(out);
    child.on('exit', (code, signal) => {
      exit = { code, signal };
    });
  };
  launch();
  return {
    url: `http://127.0.0.1:${port}`,
    /** Null while it runs; how it ended, with the end of its log, once it has. */
    exited: () =>
      exit && { ...exit, log: readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') },
    restart: launch,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}

/**
 * Serves the generated datasets (never part of the app's build) to the app's origin: `fileFor`
 * maps a request path to a file. CORS is open because the page that stores them is on another
 * port; single byte ranges are answered 206, as a static host or object store does, for the app
 * to open a Parquet file from its address. `served(path)` counts the requests and bytes sent for
 * a path since `resetServed()`.
 */
export function startFileServer(port, fileFor) {
  let served = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const file = fileFor(path);
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', 'range');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (!file || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    const length = request.method === 'HEAD' ? 0 : end - start + 1;
    const count = served.get(path) ?? { requests: 0, bytes: 0 };
    served.set(path, { requests: count.requests + 1, bytes: count.bytes + length });
    response.writeHead(range ? 206 : 200, {
      'content-type': file.endsWith('.js')
        ? 'text/javascript; charset=utf-8'
        : file.endsWith('.parquet')
          ? 'application/vnd.apache.parquet'
          : 'application/json; charset=utf-8',
      'content-length': range ? end - start + 1 : size,
      ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
      'accept-ranges': 'bytes',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file, { start, end }).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        served: (path) => served.get(path) ?? { requests: 0, bytes: 0 },
        resetServed: () => {
          served = new Map();
        },
        stop: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

export class TimeoutError extends Error {}

/** Rejects with a TimeoutError after `ms`; the work itself is left to be abandoned. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${what}: no result after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Runs in every page before its own scripts: notes when the first chart bar (and the first drawn
 * headline card) is on screen and a frame has been painted with it (a requestAnimationFrame, then
 * a task after that frame), and the Largest Contentful Paint. Times are performance.now():
 * milliseconds from navigation start.
 *
 * "On screen": in the DOM and laid out (not display: none), checked at a frame, when the
 * stylesheet has applied. The app's page as the build drew it (src/components/
 * prerendered-figures.ts) holds each chart at several widths, and only the one for this width is
 * shown, so a chart in the DOM is not yet a chart on screen. The first chart and first view drawn
 * by the app's own code (not the pre-rendered page) are noted too: `firstLiveChart` and
 * `firstLiveView` (on the bare page, the same as the first).
 */
export function firstChartInitScript() {
  const PRERENDERED = '.prerendered-page, .figure-prerendered';
  const SELECTORS = {
    // Any bar of a chart.
    firstChart: '.recharts-surface .recharts-rectangle',
    // A drawn headline card. A large dashboard draws charts only as they are scrolled to, so
    // its load is timed to this.
    firstView: '.kpi-card:not(.kpi-card-pending)',
  };
  const bench = {
    firstChart: null,
    firstView: null,
    firstLiveChart: null,
    firstLiveView: null,
    lcp: null,
  };
  Object.defineProperty(window, '__bench', { value: bench });
  const afterPaint = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  const shown = (element) => element.getClientRects().length > 0;
  let checking = false;
  const check = () => {
    checking = false;
    for (const [name, selector] of Object.entries(SELECTORS)) {
      const live = `firstLive${name.slice(5)}`;
      const found = [...document.querySelectorAll(selector)].filter(shown);
      if (bench[name] == null && bench[`${name}Seen`] == null && found.length > 0) {
        bench[`${name}Seen`] = true;
        afterPaint((now) => {
          bench[name] = now;
        });
      }
      if (
        bench[live] == null &&
        bench[`${live}Seen`] == null &&
        found.some((element) => !element.closest(PRERENDERED))
      ) {
        bench[`${live}Seen`] = true;
        afterPaint((now) => {
          bench[live] = now;
        });
      }
    }
    if (bench.firstLiveChartSeen && bench.firstLiveViewSeen) observer.disconnect();
  };
  // Checked at the next frame after the DOM changed: the frame that paints it.
  const observer = new MutationObserver(() => {
    if (checking) return;
    checking = true;
    requestAnimationFrame(check);
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.lcp = entry.startTime;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    /* no LCP in this browser */
  }
}

/**
 * Waits until frames come regularly again (ten in a row under 40 ms apart), so the next
 * measurement does not pay for work left over from the last. Resolves with when the page became
 * quiet (performance.now()), or null when it stayed busy for `limitMs`.
 */
export function settleInPage(limitMs) {
  return new Promise((resolve) => {
    const started = performance.now();
    let last = started;
    let calm = 0;
    let quietSince = started;
    const tick = () => {
      const now = performance.now();
      if (now - last < 40) calm += 1;
      else {
        calm = 0;
        quietSince = now;
      }
      last = now;
      if (calm >= 10) resolve(quietSince);
      else if (now - started > limitMs) resolve(null);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * A user's choice in one of the filter bar's selects, timed in the page: the native value setter
 * and a bubbling change event (what the browser does), then the first DOM change under #root,
 * then the frame that shows it. `lang` clicks the header's button for that language instead.
 * Resolves with milliseconds from the change to that painted frame.
 */
export function changeFilterInPage({ name, value }) {
  // The language is chosen with its button (the header's toggle), the filters in their selects.
  const button =
    name === 'lang' ? document.querySelector(`.language-toggle button[lang="${value}"]`) : null;
  const select = document.querySelector(`select[name="${name}"]`);
  const root = document.getElementById('root');
  if (!(button instanceof HTMLButtonElement) && !(select instanceof HTMLSelectElement))
    throw new Error(name === 'lang' ? `no button for ${value}` : `no select named ${name}`);
  if (!root) throw new Error('no #root');
  const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
  return new Promise((resolve) => {
    let t0 = 0;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      const mutated = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          resolve({ toPaint: performance.now() - t0, toFirstMutation: mutated - t0 });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    t0 = performance.now();
    if (button instanceof HTMLButtonElement) {
      button.click();
      return;
    }
    setValue.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The filter bar's choices as the page offers them, "all" first. */
export function filterOptionsInPage() {
  const read = (name) =>
    [...(document.querySelector(`select[name="${name}"]`)?.options ?? [])].map((o) => o.value);
  return { year: read('year'), topic: read('topic'), unit: read('unit') };
}

/**
 * Changes in turn of year, topic and district, each to a value, then each back to "all", taking
 * the next value every round: every step changes what the dashboard shows.
 */
export function filterSteps(options, count) {
  const steps = [];
  const names = ['year', 'topic', 'unit'];
  for (let round = 0; steps.length < count; round += 1) {
    for (const name of names) {
      const values = options[name].slice(1);
      if (values.length > 0) steps.push({ name, value: values[round % values.length] });
    }
    for (const name of names) if (options[name].length > 1) steps.push({ name, value: 'all' });
  }
  return steps.slice(0, count);
}

/** Rows of cells as an aligned text table. */
export function formatTable(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => String(row[col]).length)));
  return rows
    .map((row) =>
      row
        .map((cell, col) => String(cell).padEnd(widths[col]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Notes every long task of the page from its start (an init script: `window.__longTasks`). */
export function longTaskInitScript() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** In the page: the longest task (ms) and the count over 100 ms since page time `since`. */
export function longTasksInPage(since) {
  const tasks = (window.__longTasks ?? []).filter((task) => task.start + task.duration > since);
  return {
    longestTaskMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
    tasksOver100Ms: tasks.filter((task) => task.duration > 100).length,
  };
}
