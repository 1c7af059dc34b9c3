// The generated large datasets (scripts/generate-synthetic.mjs) in the running app: each is
// stored as the app's import in IndexedDB, exactly as the import dialog keeps one, then the app
// is opened on it. Measures the load (navigation to the first view painted: a large dashboard
// draws its charts only as they are scrolled to), filter changes, memory and DOM size, with time
// limits: the point is to find where the app stops being usable.
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import {
  longTaskInitScript,
  longTasksInPage,
  TimeoutError,
  settleInPage,
  stats,
  withTimeout,
} from './bench-lib.mjs';
import {
  filterOptions,
  measureFilterSteps,
  newBenchContext,
  waitForFirstView,
} from './bench-page.mjs';
import { syntheticPath, syntheticShape, writeSyntheticDataset } from './generate-synthetic.mjs';

/** Generates the file for a scale unless one newer than the generator is there. */
export async function ensureSynthetic(scale) {
  const file = syntheticPath(scale);
  const generator = new URL('./generate-synthetic.mjs', import.meta.url);
  if (!existsSync(file) || statSync(file).mtimeMs < statSync(generator).mtimeMs) {
    const started = Date.now();
    await writeSyntheticDataset(scale, file);
    console.log(`  generated ×${scale} in ${Date.now() - started} ms: ${file}`);
  }
  return file;
}

/**
 * The most figures a page opens from an address whole (src/data/remote-protocol.ts's
 * MAX_REMOTE_FIGURES): a larger file is opened one district at a time.
 */
const MOST_OPENED_WHOLE = 1_000_000;

/**
 * The scale's dataset as the Parquet file the app opens from an address, written by the app's
 * own writer (src/domain/dataset-parquet.ts) unless one newer than the JSON and the writer is
 * there: the JSON read a line at a time (generate-synthetic.mjs writes a figure a line), so that
 * 100×, more than one JavaScript string holds, is written too. Null for a revision without the
 * writer (an A/B baseline).
 */
export async function ensureSyntheticParquet(scale, cwd = process.cwd()) {
  const writerModule = join(cwd, 'src/domain/dataset-parquet.ts');
  if (!existsSync(writerModule)) return null;
  const json = await ensureSynthetic(scale);
  const file = json.replace(/\.json$/, '.parquet');
  const newest = Math.max(statSync(json).mtimeMs, statSync(writerModule).mtimeMs);
  if (existsSync(file) && statSync(file).mtimeMs >= newest) return file;
  const started = Date.now();
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(writerModule, {
    configFile: false,
    logLevel: 'error',
    root: cwd,
  });
  if (typeof module.parquetWriter !== 'function') return null;
  let writer = null;
  let batch = [];
  for await (const line of createInterface({ input: createReadStream(json, 'utf8') })) {
    if (writer == null) {
      const head = JSON.parse(`${line}]}`);
      delete head.observations;
      writer = module.parquetWriter(head);
    } else if (line.startsWith('{')) {
      batch.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
      if (batch.length === 50_000) {
        writer.add(batch);
        batch = [];
      }
    }
  }
  writer.add(batch);
  writeFileSync(file, new Uint8Array(writer.finish()));
  console.log(`  wrote ×${scale} as Parquet in ${Date.now() - started} ms: ${file}`);
  return file;
}

/**
 * The module that keeps a generated dataset as an app's import, built from that app's own code
 * (scripts/bench-keeper/keeper.ts) for each side the bench serves: name → built file, or null
 * for a revision from before the kept import was columnar, which is kept the old way (below).
 */
const keepers = new Map();

export async function buildKeeper(name = 'app', cwd = process.cwd()) {
  const entry = join(cwd, 'scripts/bench-keeper/keeper.ts');
  if (!existsSync(entry)) {
    keepers.set(name, null);
    return null;
  }
  const outDir = resolve(`node_modules/.cache/bench-keeper-${name}`);
  const { build, runnerImport } = await import('vite');
  // Vite's runner sets NODE_ENV=development in this process: a build started after it (the A/B
  // run's baseline) would then be React's development build. Put back as it was, below.
  const nodeEnv = process.env.NODE_ENV;
  // The app's fingerprint of its validation rules, so that what the keeper keeps is kept as
  // validated exactly as the app keeps an import (src/data/kept-write.ts).
  const rules = join(cwd, 'scripts/vite-plugins/validation-rules.ts');
  const plugins = existsSync(rules)
    ? [
        (
          await runnerImport(rules, { configFile: false, logLevel: 'error' })
        ).module.validationRules(),
      ]
    : [];
  await build({
    root: cwd,
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: {
      lib: { entry, formats: ['es'], fileName: () => 'keeper.js' },
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'esnext',
    },
  });
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  keepers.set(name, join(outDir, 'keeper.js'));
  return keepers.get(name);
}

/** What the bench's file server serves: the generated datasets (JSON, Parquet), and the keepers built. */
export function benchFile(path) {
  const data = /^\/x(\d+)\.json$/.exec(path);
  if (data) return syntheticPath(Number(data[1]));
  const parquet = /^\/x(\d+)\.parquet$/.exec(path);
  if (parquet) return syntheticPath(Number(parquet[1])).replace(/\.json$/, '.parquet');
  const keeper = /^\/keeper-([a-z]+)\.js$/.exec(path);
  return keeper ? (keepers.get(keeper[1]) ?? null) : null;
}

/**
 * For a revision from before the kept import was columnar (an A/B baseline): in a page of the
 * app's origin that carries no Content-Security-Policy (the app's own page
 * allows fetches from its origin only): streams the file from the bench's file server one line
 * at a time (see the generator's layout; a whole 800 MB file is more than a JavaScript string
 * can hold), then writes the record the app's import writes (src/data/stored-dataset.ts):
 * database 'district-dashboard', store 'datasets', key 'imported-dataset', opened the way
 * idb-keyval opens it (no version, the store created on first open), and the flag that keeps the
 * pre-rendered page of the bundled data from showing (src/components/prerendered-figures.ts).
 */
function storeDatasetInPage({ url, fileName }) {
  return (async () => {
    const t0 = performance.now();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`fetch ${url}: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let pending = '';
    let head = null;
    const observations = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (value) pending += value;
      let start = 0;
      let newline;
      while ((newline = pending.indexOf('\n', start)) >= 0) {
        const line = pending.slice(start, newline);
        start = newline + 1;
        if (head == null) head = line;
        else if (line.startsWith('{'))
          observations.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
      }
      pending = pending.slice(start);
      if (done) break;
    }
    const dataset = JSON.parse(`${head}]}`);
    dataset.observations = observations;
    const parsed = performance.now();
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('district-dashboard');
      request.onupgradeneeded = () => request.result.createObjectStore('datasets');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      await new Promise((resolve, reject) => {
        const tx = db.transaction('datasets', 'readwrite');
        tx.objectStore('datasets').put(
          { format: 1, dataset, fileName, importedAt: new Date().toISOString() },
          'imported-dataset',
        );
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
      });
    } finally {
      db.close();
    }
    // As the app's import does: the page the build drew from the bundled data is not shown.
    localStorage.setItem('district-dashboard:saved-import', '1');
    return {
      observations: observations.length,
      parseMs: Math.round(parsed - t0),
      storeMs: Math.round(performance.now() - parsed),
    };
  })();
}

/**
 * Opens a page of the app's origin (its favicon: no app, no Content-Security-Policy) and stores
 * the generated dataset of `scale` there as the app's import; resolves with its size and timings.
 */
export async function storeSynthetic(
  page,
  { appUrl, fileServerUrl, scale, timeoutMs, keeper = 'app' },
) {
  await page.goto(`${appUrl}/favicon.svg`);
  const source = { url: `${fileServerUrl}/x${scale}.json`, fileName: `dataset-x${scale}.json` };
  if (!keepers.has(keeper)) throw new Error(`no keeper built for ${keeper} (buildKeeper)`);
  const keeping =
    keepers.get(keeper) === null
      ? page.evaluate(storeDatasetInPage, source)
      : page.evaluate(
          async ({ module, url, fileName }) => (await import(module)).keepSynthetic(url, fileName),
          { module: `${fileServerUrl}/keeper-${keeper}.js`, ...source },
        );
  return withTimeout(keeping, timeoutMs, 'store');
}

/** The district the narrowed view of a generated dataset shows. */
export const SYNTHETIC_FIRST_UNIT = 'quan-0001';

/**
 * The page's live JS heap (after a collection: what the load keeps, not the garbage it left, nor
 * the page before it, whose objects share the renderer's heap until collected) and its size.
 */
async function memory(page) {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    return {
      jsHeapUsedMb: Math.round(get('JSHeapUsedSize') / 2 ** 20),
      jsHeapTotalMb: Math.round(get('JSHeapTotalSize') / 2 ** 20),
      domNodes: get('Nodes'),
      elements: await page.evaluate(() => document.getElementsByTagName('*').length),
    };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Which data the page shows: the synthetic import, or something else (then it failed). */
export async function showsSynthetic(page, firstUnit = SYNTHETIC_FIRST_UNIT) {
  return (await filterOptions(page)).unit.includes(firstUnit);
}

async function describePage(page) {
  return withTimeout(
    page.evaluate(() => {
      const alert = document.querySelector('[role="alert"]');
      if (alert) return `error screen: ${alert.textContent.slice(0, 160)}`;
      if (document.querySelector('.loading')) return 'still on the loading screen';
      return 'no headline card drawn';
    }),
    5_000,
    'describe',
  ).catch(() => 'page not answering (busy or crashed)');
}

/**
 * One load: navigation to the first view painted, then the page left to go quiet (and the rest
 * read, after a part shown first); memory and DOM size after. A page still busy at the time
 * limit is abandoned.
 */
export async function loadView(page, url, timeoutMs, wrap = null) {
  try {
    const navigate = async () => {
      await page.goto(url, { timeout: timeoutMs });
      return waitForFirstView(page, timeoutMs);
    };
    const figures = wrap ? await wrap(page, navigate) : await navigate();
    // A part shown first (one district, a year): quiet once the rest has been read too.
    await page.waitForFunction(() => !document.querySelector('.reading-rest'), null, {
      timeout: timeoutMs,
      polling: 100,
    });
    const quietAt = await withTimeout(
      page.evaluate(settleInPage, timeoutMs),
      timeoutMs + 5_000,
      'settle',
    );
    return {
      firstView: Math.round(figures.firstLiveView),
      lcp: figures.lcp == null ? null : Math.round(figures.lcp),
      quiet: quietAt == null ? null : Math.round(quietAt),
      // The load's long tasks, from navigation to quiet (where the page notes them).
      ...(await page.evaluate(longTasksInPage, 0)),
      ...(await memory(page)),
    };
  } catch (error) {
    const timedOut = error instanceof TimeoutError || /Timeout/i.test(error.message);
    return {
      firstView: null,
      error: timedOut ? `no first view after ${timeoutMs / 1000} s` : error.message.split('\n')[0],
      state: await describePage(page),
    };
  }
}

/** IndexedDB's refusal of a value too large says how large it may be: where the import stops. */
function storeError(message, shape) {
  const match = /too large \(size=(\d+) bytes, max=(\d+) bytes\)/.exec(message);
  if (!match) return { error: message, short: message.slice(0, 80) };
  const [size, max] = [Number(match[1]), Number(match[2])];
  const limit = Math.floor((max / size) * shape.observations);
  return {
    error: message,
    serializedMb: Math.round(size / 2 ** 20),
    limitMb: Math.round(max / 2 ** 20),
    limitObservations: limit,
    short:
      `IndexedDB refuses one value of ${Math.round(size / 2 ** 20)} MB (limit ${Math.round(max / 2 ** 20)} MB): ` +
      `the import stops near ${Math.round(limit / 1000)}k observations`,
  };
}

const SCALE_PLAN = {
  // loads of the narrowed view, filter changes, limits in seconds
  1: { loads: 3, steps: 9, storeS: 60, loadS: 60, stepS: 60, fullS: 180 },
  10: { loads: 1, steps: 3, storeS: 120, loadS: 120, stepS: 60, fullS: 600 },
  100: { loads: 1, steps: 3, storeS: 300, loadS: 300, stepS: 120, fullS: 600 },
};

/**
 * Filter changes in a view narrowed to one district: year, topic, back to all years and topics,
 * another district, and so on. The unfiltered view of a large dataset is measured as a load
 * (it is tens of seconds at ×1), not as a change repeated nine times.
 */
export function narrowedSteps(options, count) {
  const steps = [];
  const years = options.year.slice(1);
  const topics = options.topic.slice(1);
  const units = options.unit.slice(1);
  for (let round = 0; steps.length < count; round += 1) {
    steps.push({ name: 'year', value: years[round % years.length] });
    steps.push({ name: 'topic', value: topics[round % topics.length] });
    steps.push({ name: 'year', value: 'all' });
    steps.push({ name: 'topic', value: 'all' });
    steps.push({ name: 'unit', value: units[(round + 1) % units.length] });
  }
  return steps.slice(0, count);
}

/**
 * Runs every scale in its own browser (a stuck or crashed page takes only that one down).
 * On ×1, `onProfile(page, options)` profiles a filter change and `onProfileLoad(page, load)`
 * wraps the whole-dashboard load in a CPU profile.
 */
export async function measureScales({
  chromium,
  launchOptions,
  appUrl,
  fileServerUrl,
  fileServer = null,
  scales,
  beforeScale,
  onProfile,
  onProfileLoad,
}) {
  const results = {};
  let previousFull = null;
  for (const scale of scales) {
    const shape = syntheticShape(scale);
    const plan = SCALE_PLAN[scale] ?? SCALE_PLAN[100];
    const file = await ensureSynthetic(scale);
    await beforeScale?.();
    const entry = {
      observations: shape.observations,
      shape: `${shape.units} districts × ${shape.periods} periods × ${shape.metrics} indicators`,
      fileMb: +(statSync(file).size / 2 ** 20).toFixed(1),
    };
    results[`x${scale}`] = entry;
    console.log(
      `\n×${scale}: ${entry.shape} = ${shape.observations} observations, ${entry.fileMb} MB`,
    );
    const browser = await chromium.launch(launchOptions);
    try {
      const context = await newBenchContext(browser);
      await context.addInitScript(longTaskInitScript);
      const page = await context.newPage();
      let crashed = false;
      page.on('crash', () => {
        crashed = true;
      });
      try {
        entry.store = await storeSynthetic(page, {
          appUrl,
          fileServerUrl,
          scale,
          timeoutMs: plan.storeS * 1000,
        });
        const { parseMs, encodeMs, storeMs, chunks, storedMb, keptMb } = entry.store;
        console.log(
          `  stored as the app's import: parse ${parseMs} ms` +
            (encodeMs == null
              ? ''
              : `, columnar chunks ${encodeMs} ms (${chunks}, ${storedMb} MB` +
                (keptMb == null ? ')' : `, kept in ${keptMb} MB)`)) +
            `, IndexedDB write ${storeMs} ms`,
        );
      } catch (error) {
        entry.store = storeError(crashed ? 'page crashed' : error.message.split('\n')[0], shape);
        console.log(`  could not be stored: ${entry.store.error}`);
        if (entry.store.short !== entry.store.error) console.log(`  ${entry.store.short}`);
        continue;
      }

      const firstUnit = SYNTHETIC_FIRST_UNIT;
      const narrowedUrl = `${appUrl}/?unit=${firstUnit}`;
      const loads = [];
      for (let run = 0; run < plan.loads; run += 1) {
        const result = await loadView(page, narrowedUrl, plan.loadS * 1000);
        if (result.firstView != null && !(await showsSynthetic(page, firstUnit))) {
          result.firstView = null;
          result.error = 'the app did not show the stored dataset (it found it unreadable)';
        }
        loads.push(result);
        if (result.firstView == null) break;
      }
      entry.loadOneDistrict = {
        ...stats(loads.map((l) => l.firstView)),
        runs: loads,
      };
      const lastLoad = loads.at(-1);
      console.log(
        `  load, one district (?unit=${firstUnit}): ` +
          (lastLoad.firstView != null
            ? `first view ${entry.loadOneDistrict.median} ms (median of ${loads.length}), heap ${lastLoad.jsHeapUsedMb} MB, ${lastLoad.elements} elements, longest task ${lastLoad.longestTaskMs} ms`
            : `${lastLoad.error}; ${lastLoad.state ?? ''}`),
      );

      if (lastLoad.firstView != null) {
        const options = await filterOptions(page);
        const steps = await measureFilterSteps(page, narrowedSteps(options, plan.steps), {
          timeoutMs: plan.stepS * 1000,
          settleMs: plan.stepS * 1000,
        });
        entry.filterChange = { ...stats(steps.map((s) => s.toPaint)), steps };
        console.log(
          `  filter changes (one district at a time): ` +
            steps
              .map(
                (s) =>
                  `${s.name}=${s.value} ${s.toPaint ?? s.error} ms (longest task ${s.longestTaskMs ?? '–'} ms)`,
              )
              .join(', '),
        );
        if (scale === 1 && onProfile) await onProfile(page, options);
        entry.afterFilters = await memory(page).catch(() => null);
      }

      // A year's page, every district (what a leader's link to this year opens): once.
      if (lastLoad.firstView != null) {
        const year = (await filterOptions(page)).year[1];
        const result = await loadView(page, `${appUrl}/?year=${year}`, plan.fullS * 1000);
        entry.loadOneYear = { ...result, year };
        console.log(
          `  load, one year (?year=${year}): ` +
            (result.firstView != null
              ? `first view ${result.firstView} ms, quiet at ${result.quiet ?? '–'} ms, heap ${result.jsHeapUsedMb} MB, ${result.elements} elements, longest task ${result.longestTaskMs} ms`
              : `${result.error}; ${result.state}`),
        );
      }

      // The same data opened from its address (a Parquet file on the file server, read by
      // ranges) instead of kept: one district, then the whole dashboard, once each.
      if (fileServer && lastLoad.firstView != null && (await ensureSyntheticParquet(scale))) {
        entry.openFromAddress = await measureOpenFromAddress(page, {
          appUrl,
          fileServer,
          scale,
          firstUnit,
          timeoutMs: plan.loadS * 1000,
        });
      }

      // The whole dashboard, no filter. Not tried when the scale below took more than the time
      // limit over the ratio of the two (it will not fit in it), unless BENCH_LARGE_FULL=1.
      let skip = null;
      let short = null;
      if (lastLoad.firstView == null || crashed) {
        skip = 'not tried: the one-district view did not load';
        short = skip;
      } else if (process.env.BENCH_LARGE_FULL !== '1' && previousFull) {
        const factor = scale / previousFull.scale;
        const estimateS = Math.round((previousFull.firstView * factor) / 1000);
        if (previousFull.firstView == null) {
          skip = `not tried: the whole dashboard at ×${previousFull.scale} did not load either`;
          short = `×${previousFull.scale} did not load`;
        } else if (estimateS > plan.fullS) {
          skip =
            `not tried: ${factor} times the rows of ×${previousFull.scale}, which took ` +
            `${Math.round(previousFull.firstView / 1000)} s, is about ${estimateS} s or more, ` +
            `beyond the ${plan.fullS} s limit (BENCH_LARGE_FULL=1 tries it)`;
          short = `est. ≥ ${estimateS} s (${factor} × ×${previousFull.scale}), limit ${plan.fullS} s`;
        }
      }
      if (skip) {
        entry.loadAll = { firstView: null, skipped: skip, short };
        console.log(`  load, whole dashboard: ${skip}`);
      } else {
        const result = await loadView(
          page,
          `${appUrl}/`,
          plan.fullS * 1000,
          scale === 1 ? onProfileLoad : null,
        );
        entry.loadAll = result;
        console.log(
          `  load, whole dashboard (no filter): ` +
            (result.firstView != null
              ? `first view ${result.firstView} ms, quiet at ${result.quiet ?? '–'} ms, heap ${result.jsHeapUsedMb} MB, ${result.elements} elements, longest task ${result.longestTaskMs} ms`
              : `${result.error}; ${result.state}`),
        );
      }
      if (entry.loadAll.firstView != null && !crashed) {
        // What a user does next on the whole dashboard: choose a year. Once, it is long.
        const options = await filterOptions(page);
        const [step] = await measureFilterSteps(page, [{ name: 'year', value: options.year[1] }], {
          timeoutMs: plan.fullS * 1000,
          settleMs: plan.fullS * 1000,
        });
        entry.filterFromAll = step;
        console.log(
          `  filter change from the whole dashboard: ${step.name}=${step.value} ${step.toPaint ?? step.error} ms`,
        );
        // And a reader who reads English: the same view in the other language (its words
        // loaded, its headline cards and charts' order made again).
        const [language] = await measureFilterSteps(page, [{ name: 'lang', value: 'en' }], {
          timeoutMs: plan.fullS * 1000,
          settleMs: plan.fullS * 1000,
        });
        entry.languageFromAll = language;
        console.log(
          `  language change from the whole dashboard: lang=en ${language.toPaint ?? language.error} ms (longest task ${language.longestTaskMs ?? '–'} ms)`,
        );
        // And staff who take the data away: all of it as CSV, from the header's button.
        entry.downloadCsv = await measureDownload(
          page,
          /^Download data \(CSV\)$/,
          plan.fullS * 1000,
        );
        console.log(
          `  download, all of it as CSV: ` +
            (entry.downloadCsv.ms != null
              ? `${entry.downloadCsv.ms} ms, ${entry.downloadCsv.mb} MB, longest task ${entry.downloadCsv.longestTaskMs} ms`
              : entry.downloadCsv.error),
        );
      }
      previousFull = { scale, firstView: entry.loadAll.firstView };
      if (crashed) entry.crashed = true;
    } finally {
      await browser.close().catch(() => undefined);
    }
  }
  return results;
}

/**
 * Loads of the dashboard with its data opened from an address (src/data/remote-dataset.ts): the
 * first view, the longest task, the heap, and the requests and bytes the file server sent.
 */
async function measureOpenFromAddress(page, { appUrl, fileServer, scale, firstUnit, timeoutMs }) {
  const path = `/x${scale}.parquet`;
  const data = encodeURIComponent(`${fileServer.url}${path}`);
  const fileMb = +(statSync(benchFile(path)).size / 2 ** 20).toFixed(1);
  const out = { fileMb };
  // More than a page opens whole: opened at one district alone; the whole is refused, as designed.
  const whole = syntheticShape(scale).observations <= MOST_OPENED_WHOLE;
  if (!whole) {
    out.all = {
      firstView: null,
      skipped: 'more figures than a page opens whole: one district at a time',
    };
    console.log(`  opened from its address, whole dashboard: ${out.all.skipped}`);
  }
  for (const [key, search] of [
    ['oneDistrict', `?unit=${firstUnit}&data=${data}`],
    ...(whole ? [['all', `?data=${data}`]] : []),
  ]) {
    fileServer.resetServed();
    const result = await loadView(page, `${appUrl}/${search}`, timeoutMs);
    if (result.firstView != null && !(await showsSynthetic(page, firstUnit))) {
      result.firstView = null;
      result.error = 'the app did not show the file opened from its address';
    }
    const { requests, bytes } = fileServer.served(path);
    out[key] = { ...result, requests, fetchedMb: +(bytes / 2 ** 20).toFixed(1) };
    console.log(
      `  opened from its address (${fileMb} MB Parquet), ${key === 'all' ? 'whole dashboard' : 'one district'}: ` +
        (result.firstView != null
          ? `first view ${result.firstView} ms, heap ${result.jsHeapUsedMb} MB, longest task ${result.longestTaskMs} ms; ${requests} requests, ${out[key].fetchedMb} MB fetched`
          : `${result.error}; ${result.state ?? ''}`),
    );
    if (result.firstView == null) break;
  }
  return out;
}

/**
 * A download of the data shown from the header's button (`name`): from the click to the file
 * handed to the browser, its size, and the page's longest task meanwhile.
 */
async function measureDownload(page, name, timeoutMs) {
  try {
    const from = await page.evaluate(() => performance.now());
    const started = Date.now();
    // The download, or what the page says instead (a file larger than the browser keeps).
    const said = page
      .locator('.download-status [role="alert"] p')
      .waitFor({ timeout: timeoutMs })
      .then(async () => {
        throw new Error(await page.locator('.download-status [role="alert"] p').innerText());
      });
    said.catch(() => undefined);
    const [download] = await Promise.all([
      Promise.race([page.waitForEvent('download', { timeout: timeoutMs }), said]),
      page.getByRole('button', { name }).click(),
    ]);
    const ms = Date.now() - started;
    const path = await download.path();
    const mb = +(statSync(path).size / 2 ** 20).toFixed(1);
    await download.delete();
    return { ms, mb, ...(await page.evaluate(longTasksInPage, from)) };
  } catch (error) {
    return { ms: null, error: String(error?.message ?? error).split('\n')[0] };
  }
}
