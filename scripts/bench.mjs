// `npm run bench`: builds the app and a bare baseline page (bench/bare/), serves both on
// 127.0.0.1, drives the system Chromium and prints what it measured (median, min, max over
// repeated runs) against the issue's budgets; also writes bench/results.json.
// Budgets are reported here, not enforced: a missed budget does not fail the command, a
// measurement that crashes does. Timed unit tests would flake on shared machines.
//
// BENCH_RUNS (default 9): runs of each quick measurement. BENCH_LIGHTHOUSE_RUNS (default 3).
// BENCH_SCALES (default 1,10,100): the generated datasets to try. BENCH_SKIP: comma-separated
// sections to leave out (lighthouse, export, deck, presentation, import, scale, profile). BENCH_PORT (default
// 4391): the first of the ports it serves on.
//
// BENCH_BASELINE=<git revision>: an A/B run instead (scripts/bench-compare.mjs): that revision
// and the working tree (or BENCH_CURRENT=<git revision>), built and measured in turns, run by run.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { format, resolveConfig } from 'prettier';
import { chromiumLaunchOptions } from './chromium.mjs';
import {
  benchSettings,
  filterSteps,
  formatTable,
  PORTS,
  restartStopped,
  startFileServer,
  startPreview,
  stats,
  waitForServer,
} from './bench-lib.mjs';
import {
  BARE_DIST,
  BARE_PREVIEW_ARGS,
  buildApp,
  buildBare,
  bundleOf,
  loadedKb,
  run,
} from './bench-build.mjs';
import {
  filterOptions,
  measureExport,
  measureFilterSteps,
  measureFirstChart,
  measurePresentation,
  openSettledApp,
} from './bench-page.mjs';
import { printProfile, profileAction, summariseProfile } from './bench-profile.mjs';
import { runLighthouse, summariseRuns } from './bench-lighthouse.mjs';
import { measureDeck } from './bench-deck.mjs';
import { measureImport } from './bench-import.mjs';
import { benchFile, buildKeeper, measureScales } from './bench-scale.mjs';

if (process.env.BENCH_BASELINE) {
  const { runComparison } = await import('./bench-compare.mjs');
  await runComparison(process.env.BENCH_BASELINE);
  process.exit(0);
}

const { runs: RUNS, lighthouseRuns: LIGHTHOUSE_RUNS, scales: SCALES, skip: SKIP } = benchSettings();
const PROFILE_DIR = 'bench/profiles';

const BUDGETS = {
  initialJsKb: 205,
  firstChartRatio: 1.15,
  mobilePerformance: 0.95,
  desktopPerformance: 1,
  accessibility: 1,
  bestPractices: 1,
  cls: 0,
  filterBundledMs: 33,
  filterLargeMs: 50,
  png1080Ms: 300,
  importLongTaskMs: 100,
  deckBundledMs: 1500,
  // The generated large datasets (issue 21): first view and filter change (medians) by scale,
  // the heap at 100×, and no long task while a large dataset loads or a filter changes.
  scale: {
    x10: { firstViewMs: 1500, filterMs: 50, heapMb: null },
    x100: { firstViewMs: 5000, filterMs: 100, heapMb: 600 },
  },
  scaleLongTaskMs: 100,
};

function section(title) {
  console.log(`\n== ${title} ==`);
}

/** A preview server that went away is reported (with its log) and started again. */
const checkServers = (...servers) =>
  restartStopped(servers, (note) => (results.notes ??= []).push(note));

const started = Date.now();
run('node', ['scripts/ensure-tools.mjs']);
section('build');
buildApp();
buildBare();

const appBundle = bundleOf('dist');
const bareBundle = bundleOf(BARE_DIST);
delete bareBundle.figures.exportChunkKb;

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  // Load average at the start and the end: other work on the machine shows in the timings.
  machine: { cpus: cpus().length, node: process.version, loadAverage: { start: loadavg() } },
  budgets: BUDGETS,
  bundle: appBundle.figures,
  bare: { bundle: bareBundle.figures },
};

const app = startPreview(PORTS.app);
const bare = startPreview(PORTS.bare, BARE_PREVIEW_ARGS);
let files = null;
let browser = null;
try {
  await buildKeeper('app');
  files = await startFileServer(PORTS.files, benchFile);
  await waitForServer(app.url);
  await waitForServer(bare.url);
  browser = await chromium.launch(chromiumLaunchOptions());

  section('first chart, cold cache (app and bare page, alternating)');
  const newLoads = () => ({
    firstChart: [],
    firstView: [],
    firstLiveChart: [],
    firstLiveView: [],
    lcp: [],
  });
  const appLoads = newLoads();
  const bareLoads = newLoads();
  for (let i = 0; i < RUNS; i += 1) {
    for (const [url, into] of [
      [`${app.url}/`, appLoads],
      [`${bare.url}/`, bareLoads],
    ]) {
      const { loadedBeforeChart, ...one } = await measureFirstChart(browser, url, 1);
      for (const [name, values] of Object.entries(one)) into[name].push(...values);
      into.loadedBeforeChart ??= loadedBeforeChart;
    }
  }
  results.firstChart = {
    app: { ...stats(appLoads.firstChart), values: appLoads.firstChart.map(Math.round) },
    bare: { ...stats(bareLoads.firstChart), values: bareLoads.firstChart.map(Math.round) },
  };
  results.lcp = { app: stats(appLoads.lcp), bare: stats(bareLoads.lcp) };
  // Not a budget: when the app's first view (its headline cards, above its first chart) is
  // painted, beside the bare page's first chart.
  results.firstView = { app: stats(appLoads.firstView) };
  // Not a budget either: the first chart and view drawn by the app's own code, once it has run
  // (the first chart above may be the page the build drew). The bare page has no other.
  results.firstLiveChart = {
    app: { ...stats(appLoads.firstLiveChart), values: appLoads.firstLiveChart.map(Math.round) },
  };
  results.firstLiveView = { app: stats(appLoads.firstLiveView) };
  results.firstChart.ratio = +(
    results.firstChart.app.median / results.firstChart.bare.median
  ).toFixed(2);
  results.loadedBeforeFirstChart = {
    app: loadedKb(appLoads.loadedBeforeChart, appBundle),
    bare: loadedKb(bareLoads.loadedBeforeChart, bareBundle),
  };
  console.log(
    `app: first chart ${JSON.stringify(results.firstChart.app)}, LCP ${JSON.stringify(results.lcp.app)}`,
  );
  console.log(
    `bare: first chart ${JSON.stringify(results.firstChart.bare)}, LCP ${JSON.stringify(results.lcp.bare)}`,
  );
  console.log(`ratio app/bare (medians): ${results.firstChart.ratio}`);
  for (const [name, loaded] of Object.entries(results.loadedBeforeFirstChart))
    console.log(
      `${name}: fetched before the first chart: ${loaded.files.join(', ')} (JS ${loaded.jsKb} kB, CSS ${loaded.cssKb} kB gzip)`,
    );

  await checkServers(app, bare);
  if (!SKIP.has('lighthouse')) {
    section(`Lighthouse 12, ${LIGHTHOUSE_RUNS} runs per preset`);
    const lighthouse = await runLighthouse(`${app.url}/`, LIGHTHOUSE_RUNS);
    results.lighthouse = {};
    for (const [preset, runs] of Object.entries(lighthouse)) {
      results.lighthouse[preset] = summariseRuns(runs);
      const s = results.lighthouse[preset];
      console.log(
        `${preset}: performance ${s.performance.median}, accessibility ${s.accessibility.median}, ` +
          `best practices ${s.bestPractices.median}, LCP ${s.lcp.median} ms, TBT ${s.tbt.median} ms, CLS ${s.cls.median}`,
      );
      for (const lost of s.lostPoints) console.log(`  lost points: ${lost}`);
      for (const error of s.runtimeErrors) console.log(`  runtime error: ${error}`);
      for (const warning of s.warnings) console.log(`  warning: ${warning}`);
    }
  }

  await checkServers(app);
  section('filter change to the next painted frame, bundled data');
  {
    const { context, page } = await openSettledApp(browser, `${app.url}/`);
    const options = await filterOptions(page);
    const steps = await measureFilterSteps(page, filterSteps(options, Math.max(RUNS, 12)), {
      timeoutMs: 10_000,
      settleMs: 5_000,
    });
    results.filterChange = {
      bundled: {
        ...stats(
          steps.map((s) => s.toPaint),
          1,
        ),
        steps,
      },
    };
    console.log(steps.map((s) => `${s.name}=${s.value}: ${s.toPaint ?? s.error} ms`).join('\n'));
    const failed = steps.find((s) => s.error);
    if (failed) throw new Error(`filter change on the bundled data failed: ${failed.error}`);
    if (!SKIP.has('profile')) {
      // One more round of changes, profiled (not counted above): where the time goes.
      const profiled = filterSteps(options, 6);
      const { result, profile } = await profileAction(page, () =>
        measureFilterSteps(page, profiled, { timeoutMs: 10_000, settleMs: 5_000 }),
      );
      const summary = summariseProfile(profile, 'dist');
      const changes = result.map((s) => `${s.name}=${s.value} ${s.toPaint} ms`).join(', ');
      results.profiles = { filterBundled: { changes, ...summary } };
      saveProfile('filter-bundled', profile);
      printProfile(`CPU profile, bundled data, 6 changes (${changes})`, summary);
    }
    await context.close();
  }

  await checkServers(app);
  if (!SKIP.has('export')) {
    section('export: click to file');
    results.export = await measureExport(browser, `${app.url}/`, RUNS);
    for (const [label, value] of Object.entries(results.export))
      console.log(`${label}: ${JSON.stringify(value.clickToFile)}`);
  }

  await checkServers(app);
  if (!SKIP.has('deck')) {
    section('PowerPoint deck: click to file (bundled data; 30 districts, SYNTHETIC, one year)');
    results.deck = await measureDeck({
      browser,
      appUrl: app.url,
      fileServerUrl: files.url,
      runs: RUNS,
    });
    for (const [label, r] of Object.entries(results.deck))
      console.log(
        `${label}: ${r.slides} slides, ${r.charts} charts, ${r.fileKb} kB; click to file ` +
          `${JSON.stringify(r.clickToFile)} ms, first of session ${JSON.stringify(r.firstOfSession)}`,
      );
  }

  await checkServers(app);
  if (!SKIP.has('presentation')) {
    section('presentation mode');
    const { context, page } = await openSettledApp(browser, `${app.url}/`);
    const presentation = await measurePresentation(page, RUNS);
    results.presentation = {
      enter: stats(presentation.enter),
      firstOfSession: presentation.firstOfSession,
      slideChange: {
        ...stats(presentation.slideChanges.map((c) => c.toPaint)),
        toChartSlide: stats(
          presentation.slideChanges.filter((c) => c.kind === 'figure').map((c) => c.toPaint),
        ),
        steps: presentation.slideChanges,
      },
    };
    console.log(
      `enter: ${JSON.stringify(results.presentation.enter)}; first of session ${JSON.stringify(presentation.firstOfSession)}`,
    );
    console.log(
      `slide change: ${presentation.slideChanges.map((c) => `→${c.slide} (${c.kind}) ${c.toPaint} ms`).join(', ')}`,
    );
    await context.close();
  }

  await checkServers(app);
  if (!SKIP.has('import')) {
    section('import of a city’s file (SYNTHETIC data) through the dialog, fresh context each run');
    results.import = await measureImport({
      browser,
      appUrl: app.url,
      runs: Math.max(3, Math.ceil(RUNS / 3)),
      // The country's Parquet file too, when the 100× dataset is asked for.
      country: SCALES.includes(100),
    });
    for (const [kind, r] of Object.entries(results.import))
      console.log(
        `${kind} (${r.fileMb} MB, ${r.figures} figures): report ${JSON.stringify(r.reportMs)} ms, ` +
          `longest task reading ${JSON.stringify(r.readingLongestTaskMs)} ms; applied and drawn ` +
          `${JSON.stringify(r.applyMs)} ms, longest task ${JSON.stringify(r.applyLongestTaskMs)} ms; ` +
          `tasks over 100 ms in ${r.runs} runs: ${r.tasksOver100Ms}`,
      );
  }

  await browser.close();
  browser = null;

  if (!SKIP.has('scale') && SCALES.length > 0) {
    section('generated large datasets (SYNTHETIC data, stored as the app’s import)');
    results.scale = await measureScales({
      chromium,
      launchOptions: chromiumLaunchOptions(),
      appUrl: app.url,
      fileServerUrl: files.url,
      fileServer: files,
      scales: SCALES,
      beforeScale: () => checkServers(app),
      onProfile: SKIP.has('profile')
        ? null
        : async (page, options) => {
            const step = { name: 'year', value: options.year[1] };
            const { result, profile } = await profileAction(page, () =>
              measureFilterSteps(page, [step], { timeoutMs: 60_000, settleMs: 60_000 }),
            );
            const summary = summariseProfile(profile, 'dist');
            saveProfile('filter-x1-one-district', profile);
            printProfile(`CPU profile, ×1, one district, ${step.name}=${step.value}`, summary);
            const ms = result[0]?.toPaint ?? null;
            results.profiles = {
              ...results.profiles,
              filterX1OneDistrict: { step, ms, ...summary },
            };
          },
      onProfileLoad: SKIP.has('profile')
        ? null
        : async (page, navigate) => {
            const { result, profile } = await profileAction(page, navigate, 1000);
            const summary = summariseProfile(profile, 'dist');
            saveProfile('load-x1-whole-dashboard', profile);
            printProfile('CPU profile, ×1, whole dashboard load (profiled run)', summary);
            results.profiles = { ...results.profiles, loadX1WholeDashboard: summary };
            return result;
          },
    });
  }
} finally {
  await browser?.close().catch(() => undefined);
  await files?.stop();
  app.stop();
  bare.stop();
}

function saveProfile(name, profile) {
  mkdirSync(PROFILE_DIR, { recursive: true });
  writeFileSync(`${PROFILE_DIR}/${name}.cpuprofile`, JSON.stringify(profile));
}

// Budgets: pass, miss, or not measured.
const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'pass' : 'MISS');
const lh = results.lighthouse;
const x1 = results.scale?.x1;
const checks = {
  // What the first chart needs: the page's own script tags and the chunks it loads before it
  // draws (the chart cards' chunk, with Recharts, is a dynamic import).
  initialJs: verdict(
    Math.max(results.bundle.initialJsKb, results.loadedBeforeFirstChart.app.jsKb) <=
      BUDGETS.initialJsKb,
  ),
  firstChartRatio: verdict(results.firstChart.ratio <= BUDGETS.firstChartRatio),
  mobilePerformance: verdict(lh && lh.mobile.performance.median >= BUDGETS.mobilePerformance),
  desktopPerformance: verdict(lh && lh.desktop.performance.median >= BUDGETS.desktopPerformance),
  mobileAccessibility: verdict(lh && lh.mobile.accessibility.median >= BUDGETS.accessibility),
  desktopAccessibility: verdict(lh && lh.desktop.accessibility.median >= BUDGETS.accessibility),
  mobileBestPractices: verdict(lh && lh.mobile.bestPractices.median >= BUDGETS.bestPractices),
  desktopBestPractices: verdict(lh && lh.desktop.bestPractices.median >= BUDGETS.bestPractices),
  // CLS as Lighthouse shows it, to three decimals.
  mobileCls: verdict(lh && lh.mobile.cls.median <= BUDGETS.cls),
  desktopCls: verdict(lh && lh.desktop.cls.median <= BUDGETS.cls),
  filterBundled: verdict(results.filterChange.bundled.median <= BUDGETS.filterBundledMs),
  filterLarge: verdict(
    x1?.filterChange?.median == null ? null : x1.filterChange.median <= BUDGETS.filterLargeMs,
  ),
  png1080: verdict(
    results.export ? results.export['PNG 1920×1080'].clickToFile.median < BUDGETS.png1080Ms : null,
  ),
  deckBundled: verdict(
    results.deck ? results.deck.bundled.clickToFile.max < BUDGETS.deckBundledMs : null,
  ),
  // The longest task on the page's thread in any run, reading or applying either file.
  importLongTask: verdict(
    results.import
      ? Object.values(results.import).every(
          (r) =>
            r.readingLongestTaskMs.max <= BUDGETS.importLongTaskMs &&
            r.applyLongestTaskMs.max <= BUDGETS.importLongTaskMs,
        )
      : null,
  ),
};
results.checks = checks;

results.machine.loadAverage.end = loadavg();
mkdirSync('bench', { recursive: true });
const json = JSON.stringify(results, null, 2);
const prettierConfig = (await resolveConfig('bench/results.json')) ?? {};
writeFileSync('bench/results.json', await format(json, { ...prettierConfig, parser: 'json' }));

// The table: one row per figure; "note" says what a row needs to be read right.
const rows = [['measure', 'median', 'min', 'max', 'budget', 'result', 'note']];
const ms = (value) => (value == null ? '–' : `${value} ms`);
/** A row of median, min and max; `decimals` fixes how scores are shown (0.90, not 0.9). */
function statRow(label, s, { unit = ' ms', budget = '', check = '', note = '', decimals } = {}) {
  const show = (x) => (x == null ? '' : `${decimals == null ? x : x.toFixed(decimals)}${unit}`);
  const median = s?.median == null ? (s?.failed ? 'failed' : '–') : show(s.median);
  rows.push([label, median, show(s?.min), show(s?.max), budget, check, note]);
}
function oneRow(label, value, { budget = '', check = '', note = '' } = {}) {
  rows.push([label, value, '', '', budget, check, note]);
}
const ld = results.loadedBeforeFirstChart;
const ratio = (a, b) => (a / b).toFixed(2);
oneRow('initial JS, gzip: app', `${ld.app.jsKb} kB`, {
  budget: `≤ ${BUDGETS.initialJsKb} kB`,
  check: checks.initialJs,
  note: `fetched before the first chart drawn by its code; ${results.bundle.initialJsKb} kB in index.html`,
});
oneRow('initial JS, gzip: bare page', `${ld.bare.jsKb} kB`, {
  note: 'issue says ≈ 186 kB',
});
oneRow('initial JS, app / bare', ratio(ld.app.jsKb, ld.bare.jsKb));
oneRow(
  'initial CSS, gzip: app / bare',
  `${results.bundle.initialCssKb} / ${results.bare.bundle.initialCssKb} kB`,
);
oneRow(
  'all chunks, gzip: app / bare',
  `${results.bundle.allChunksKb} / ${results.bare.bundle.allChunksKb} kB`,
);
oneRow('export chunk, gzip', `${results.bundle.exportChunkKb} kB`, {
  note: 'lazy, not in initial load',
});
statRow('first chart, cold: app', results.firstChart.app, {
  budget: `≤ ${BUDGETS.firstChartRatio} × bare`,
  check: checks.firstChartRatio,
  note: 'navigation → first bar painted',
});
statRow('first chart, cold: bare page', results.firstChart.bare);
oneRow('first chart, app / bare', String(results.firstChart.ratio), {
  budget: `≤ ${BUDGETS.firstChartRatio}`,
  check: checks.firstChartRatio,
  note: 'ratio of medians',
});
statRow('first view, cold: app', results.firstView.app, {
  note: 'headline cards painted, same runs',
});
if (results.firstView.app.median != null)
  oneRow(
    'first view (app) / first chart (bare)',
    ratio(results.firstView.app.median, results.firstChart.bare.median),
    { note: 'not a budget' },
  );
statRow('first chart drawn by the code: app', results.firstLiveChart.app, {
  note: 'not a budget: after the pre-rendered one',
});
if (results.firstLiveChart.app.median != null)
  oneRow(
    'first chart by the code, app / bare',
    ratio(results.firstLiveChart.app.median, results.firstChart.bare.median),
    { note: 'not a budget' },
  );
statRow('first view drawn by the code: app', results.firstLiveView.app, {
  note: 'headline cards live',
});
statRow('LCP: app', results.lcp.app, { note: 'PerformanceObserver, same runs' });
statRow('LCP: bare page', results.lcp.bare);
for (const preset of lh ? ['mobile', 'desktop'] : []) {
  const s = lh[preset];
  const perf = preset === 'mobile' ? BUDGETS.mobilePerformance : BUDGETS.desktopPerformance;
  const score = (label, figure, budget, check) =>
    statRow(`Lighthouse ${preset}: ${label}`, figure, { unit: '', budget, check, decimals: 2 });
  score('performance', s.performance, `≥ ${perf.toFixed(2)}`, checks[`${preset}Performance`]);
  score('accessibility', s.accessibility, '1.00', checks[`${preset}Accessibility`]);
  score('best practices', s.bestPractices, '1.00', checks[`${preset}BestPractices`]);
  statRow(`Lighthouse ${preset}: LCP`, s.lcp);
  statRow(`Lighthouse ${preset}: TBT`, s.tbt);
  statRow(`Lighthouse ${preset}: CLS`, s.cls, {
    unit: '',
    budget: '0',
    check: checks[`${preset}Cls`],
    decimals: 3,
  });
}
statRow('filter change → paint: bundled', results.filterChange.bundled, {
  budget: `≤ ${BUDGETS.filterBundledMs} ms`,
  check: checks.filterBundled,
  note: `${results.filterChange.bundled.runs} changes`,
});
for (const [key, entry] of Object.entries(results.scale ?? {})) {
  const name = `${key.slice(1)}× (${entry.observations.toLocaleString('en')})`;
  if (entry.store?.error) {
    oneRow(`${name}: stored as import`, 'failed', { note: entry.store.short ?? entry.store.error });
    continue;
  }
  const size = (l) =>
    l?.jsHeapUsedMb == null ? '' : `${l.jsHeapUsedMb} MB heap, ${l.elements} elements`;
  const budget = BUDGETS.scale[key];
  const filterBudget = key === 'x1' ? BUDGETS.filterLargeMs : budget?.filterMs;
  statRow(`filter change → paint: ${name}`, entry.filterChange, {
    budget: filterBudget ? `≤ ${filterBudget} ms` : '',
    check:
      key === 'x1'
        ? checks.filterLarge
        : filterBudget
          ? verdict(entry.filterChange?.median <= filterBudget)
          : '',
    note: `one district shown; ${entry.filterChange?.runs ?? 0} changes`,
  });
  const firstViewCheck = (ms) =>
    budget ? verdict(ms == null ? false : ms <= budget.firstViewMs) : '';
  statRow(`load, one district: ${name}`, entry.loadOneDistrict, {
    budget: budget ? `≤ ${budget.firstViewMs} ms` : '',
    check: firstViewCheck(entry.loadOneDistrict?.median),
    note: size(entry.loadOneDistrict?.runs?.at(-1)),
  });
  const year = entry.loadOneYear;
  if (year?.firstView != null)
    oneRow(`load, one year: ${name}`, ms(year.firstView), {
      budget: budget ? `≤ ${budget.firstViewMs} ms` : '',
      check: firstViewCheck(year.firstView),
      note: `?year=${year.year}; ${size(year)}`,
    });
  const all = entry.loadAll;
  if (all?.firstView != null)
    oneRow(`load, whole dashboard: ${name}`, ms(all.firstView), {
      budget: budget ? `≤ ${budget.firstViewMs} ms` : '',
      check: firstViewCheck(all.firstView),
      note: size(all),
    });
  const loadsSeen = [
    ...(entry.loadOneDistrict?.runs ?? []),
    ...(year?.firstView != null ? [year] : []),
    ...(all?.firstView != null ? [all] : []),
  ];
  if (budget?.heapMb && loadsSeen.length > 0) {
    const heap = Math.max(...loadsSeen.map((l) => l.jsHeapUsedMb ?? Infinity));
    oneRow(`JS heap after a load: ${name}`, `${heap} MB`, {
      budget: `≤ ${budget.heapMb} MB`,
      check: verdict(heap <= budget.heapMb),
      note: 'the largest of the loads',
    });
  }
  if (budget) {
    const longest = (list) =>
      list.length === 0 ? null : Math.max(...list.map((x) => x.longestTaskMs ?? Infinity));
    const loadTask = longest(loadsSeen);
    const changes = [
      ...(entry.filterChange?.steps ?? []),
      ...(entry.filterFromAll ? [entry.filterFromAll] : []),
    ];
    const changeTask = longest(changes);
    for (const [what, value] of [
      ['loading', loadTask],
      ['filter changes', changeTask],
    ])
      if (value != null)
        oneRow(`longest task, ${what}: ${name}`, `${value} ms`, {
          budget: `≤ ${BUDGETS.scaleLongTaskMs} ms`,
          check: verdict(value <= BUDGETS.scaleLongTaskMs),
          note: 'PerformanceObserver longtask, main thread',
        });
  }
  for (const [what, load] of [
    ['one district', entry.openFromAddress?.oneDistrict],
    ['whole dashboard', entry.openFromAddress?.all],
  ])
    if (load)
      oneRow(
        `opened from its address, ${what}: ${name}`,
        load.firstView == null ? (load.skipped ? 'n/a' : 'failed') : ms(load.firstView),
        {
          note:
            load.firstView == null
              ? (load.skipped ?? load.error ?? '')
              : `${entry.openFromAddress.fileMb} MB Parquet, ${load.fetchedMb} MB in ${load.requests} requests; longest task ${load.longestTaskMs} ms; ${size(load)}`,
        },
      );
  if (entry.filterFromAll)
    oneRow(`filter change from whole dashboard: ${name}`, ms(entry.filterFromAll.toPaint), {
      budget: key === 'x1' ? `≤ ${BUDGETS.filterLargeMs} ms` : '',
      check:
        entry.filterFromAll.toPaint == null
          ? 'n/a'
          : key === 'x1'
            ? verdict(entry.filterFromAll.toPaint <= BUDGETS.filterLargeMs)
            : '',
      note: `once: ${entry.filterFromAll.name}=${entry.filterFromAll.value}${entry.filterFromAll.error ? `, ${entry.filterFromAll.error}` : ''}`,
    });
  if (entry.languageFromAll)
    oneRow(`language change from whole dashboard: ${name}`, ms(entry.languageFromAll.toPaint), {
      note: `once: lang=en, longest task ${entry.languageFromAll.longestTaskMs ?? '–'} ms${entry.languageFromAll.error ? `, ${entry.languageFromAll.error}` : ''}`,
    });
  if (entry.downloadCsv)
    oneRow(`download, all of it as CSV: ${name}`, ms(entry.downloadCsv.ms), {
      note:
        entry.downloadCsv.ms != null
          ? `once: ${entry.downloadCsv.mb} MB, longest task ${entry.downloadCsv.longestTaskMs} ms`
          : entry.downloadCsv.error,
    });
  if (!entry.filterFromAll && all)
    oneRow(`load, whole dashboard: ${name}`, all.skipped ? 'not tried' : 'failed', {
      note: all.short ?? all.error ?? '',
    });
}
for (const [label, value] of Object.entries(results.export ?? {})) {
  const budgeted = label === 'PNG 1920×1080';
  statRow(`${label}: click to file`, value.clickToFile, {
    budget: budgeted ? `< ${BUDGETS.png1080Ms} ms` : '',
    check: budgeted ? checks.png1080 : '',
  });
  if (value.firstOfSession)
    oneRow(`${label}: first of session`, ms(value.firstOfSession.inApp), {
      note: 'loads export code and font',
    });
}
for (const [kind, r] of Object.entries(results.deck ?? {})) {
  const label = `deck .pptx, ${kind === 'bundled' ? 'bundled data' : '30 districts, 2024'}`;
  const budgeted = kind === 'bundled';
  statRow(`${label}: click to file`, r.clickToFile, {
    budget: budgeted ? `< ${BUDGETS.deckBundledMs} ms` : '',
    check: budgeted ? checks.deckBundled : '',
    note: `${r.slides} slides, ${r.charts} charts, ${r.fileKb} kB${budgeted ? '; budget on the max' : ''}`,
  });
  oneRow(`${label}: first of session`, ms(r.firstOfSession.inApp), {
    note: 'loads the deck’s code',
  });
}
for (const [kind, r] of Object.entries(results.import ?? {})) {
  const label = `import ${kind} (${r.fileMb} MB)`;
  const budget = `≤ ${BUDGETS.importLongTaskMs} ms`;
  statRow(`${label}: chosen → report`, r.reportMs);
  statRow(`${label}: longest task, reading`, r.readingLongestTaskMs, {
    budget,
    check: verdict(r.readingLongestTaskMs.max <= BUDGETS.importLongTaskMs),
    note: 'budget on the max',
  });
  statRow(`${label}: applied → drawn`, r.applyMs);
  statRow(`${label}: longest task, applying`, r.applyLongestTaskMs, {
    budget,
    check: verdict(r.applyLongestTaskMs.max <= BUDGETS.importLongTaskMs),
    note: 'budget on the max',
  });
}
if (results.presentation) {
  const p = results.presentation;
  oneRow('presentation: enter, first of session', ms(Math.round(p.firstOfSession.toPaint)), {
    note: 'loads its code',
  });
  statRow('presentation: enter → 1st slide painted', p.enter);
  statRow('presentation: ArrowRight → next slide', p.slideChange, { note: 'every kind of slide' });
  statRow('presentation: ArrowRight → chart slide', p.slideChange.toChartSlide);
}

console.log(`\n${formatTable(rows)}`);
console.log(
  `\n${RUNS} runs each (Lighthouse ${LIGHTHOUSE_RUNS} per preset; large datasets fewer, see above); ` +
    `kB = 1024 bytes; ${Math.round((Date.now() - started) / 1000)} s in all. Results in bench/results.json.`,
);
const load = results.machine.loadAverage;
console.log(
  `${results.machine.cpus} CPUs; load average ${load.start[0].toFixed(1)} at the start, ` +
    `${load.end[0].toFixed(1)} at the end (other work on the machine slows every figure).`,
);
