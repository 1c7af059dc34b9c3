// `BENCH_BASELINE=<git revision> npm run bench`: an A/B run. The baseline revision is checked out
// in a git worktree and built there, with its own vite.config.ts; the working tree is built as
// usual (or, with BENCH_CURRENT=<revision>, a second worktree of that revision). Both builds are
// served at once and measured in turns, run by run: each round measures one side, then the
// other, and the next round starts with the other side, so whatever else the machine is doing
// hits both alike. The measures are the single run's own (bench-page.mjs, bench-lighthouse.mjs,
// bench-scale.mjs); the table and bench/results.json's "comparison" come from
// bench-compare-report.mjs.
//
// BENCH_RUNS, BENCH_LIGHTHOUSE_RUNS and BENCH_SKIP (lighthouse, export, presentation, scale) as in
// a single run. Of the generated datasets one is compared: ×1, or ×10 with BENCH_COMPARE_SCALE=10
// (when BENCH_SCALES includes it); no CPU profile is taken.
import { chromium } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './chromium.mjs';
import {
  benchSettings,
  filterSteps,
  longTaskInitScript,
  PORTS,
  restartStopped,
  startFileServer,
  startPreview,
  stats,
  waitForServer,
} from './bench-lib.mjs';
import {
  addWorktree,
  BARE_DIST,
  BARE_PREVIEW_ARGS,
  buildApp,
  buildBare,
  bundleOf,
  describeRevision,
  git,
  loadedKb,
  run,
} from './bench-build.mjs';
import {
  chooseExportSize,
  enterPresentation,
  exportPngOnce,
  filterOptions,
  leavePresentation,
  measureFilterSteps,
  measureFirstChart,
  newBenchContext,
  nextSlide,
  openExportPanel,
  openSettledApp,
  PNG_EXPORTS,
  slideChangeCount,
} from './bench-page.mjs';
import { runLighthouse, summariseRuns } from './bench-lighthouse.mjs';
import {
  benchFile,
  buildKeeper,
  ensureSynthetic,
  loadView,
  narrowedSteps,
  showsSynthetic,
  storeSynthetic,
  SYNTHETIC_FIRST_UNIT,
} from './bench-scale.mjs';
import { printComparison, saveComparison } from './bench-compare-report.mjs';

/** The sides in the order of a round: as given in even rounds, reversed in odd ones. */
const inTurn = (sides, round) => (round % 2 === 0 ? sides : [...sides].reverse());

/** One served build: its figures, run by run (`samples`, null where a run failed), and once. */
function newSide(name, server, dist) {
  return { name, server, url: server.url, bundle: bundleOf(dist), samples: {}, once: {} };
}

function push(side, key, value) {
  const done = typeof value === 'number' && Number.isFinite(value);
  (side.samples[key] ??= []).push(done ? Math.round(value * 1000) / 1000 : null);
}

/** Cold loads of both sides and the bare page, a fresh context each. */
async function firstCharts({ browser, sides, bare, runs }) {
  for (let round = 0; round < runs; round += 1) {
    for (const side of [...inTurn(sides, round), bare]) {
      const { loadedBeforeChart, ...one } = await measureFirstChart(browser, `${side.url}/`, 1);
      for (const key of ['firstChart', 'firstLiveChart', 'firstView', 'lcp'])
        push(side, key, one[key][0]);
      if (round === 0) side.once.loadedBeforeFirstChart = loadedKb(loadedBeforeChart, side.bundle);
    }
  }
}

/** Lighthouse, one run of a preset on one side at a time. */
async function lighthouseRuns({ sides, lighthouseRuns: rounds }) {
  const presets = ['mobile', 'desktop'];
  const runsOf = new Map(sides.map((side) => [side, { mobile: [], desktop: [] }]));
  for (let round = 0; round < rounds; round += 1) {
    for (const preset of presets) {
      for (const side of inTurn(sides, round)) {
        const [one] = (await runLighthouse(`${side.url}/`, 1, [preset]))[preset];
        runsOf.get(side)[preset].push(one);
        push(side, `${preset}Performance`, one.performance);
        push(side, `${preset}Tbt`, one.tbt);
        push(side, `${preset}Lcp`, one.lcp);
        push(side, `${preset}Cls`, one.cls);
      }
    }
  }
  for (const [side, runs] of runsOf) {
    side.once.lighthouse = Object.fromEntries(presets.map((p) => [p, summariseRuns(runs[p])]));
  }
}

/** The filter choices both sides offer; the baseline's when they differ (said in the notes). */
async function sharedOptions(sides, pages, notes) {
  const [baseline, ...others] = await Promise.all(
    sides.map((side) => filterOptions(pages.get(side))),
  );
  if (others.some((options) => JSON.stringify(options) !== JSON.stringify(baseline)))
    notes.push("the two sides offer different filter choices; the baseline's steps were used");
  return baseline;
}

/** Each step on each side in turn; the first failed step ends the section. */
async function pairedSteps(sides, pages, steps, key, limits) {
  for (const [index, step] of steps.entries()) {
    for (const side of inTurn(sides, index)) {
      const [result] = await measureFilterSteps(pages.get(side), [step], limits);
      push(side, key, result.toPaint);
      (side.once[`${key}Steps`] ??= []).push(result);
      if (result.error)
        throw new Error(`${side.name}, ${step.name}=${step.value}: ${result.error}`);
    }
  }
}

/** Loads of `urlOf(side)` on each side in turn; a load that fails ends the section. */
async function pairedLoads(sides, pages, urlOf, key, rounds, timeoutMs) {
  for (let round = 0; round < rounds; round += 1) {
    for (const side of inTurn(sides, round)) {
      const result = await loadView(pages.get(side), urlOf(side), timeoutMs);
      push(side, key, result.firstView);
      if (result.longestTaskMs != null) push(side, `${key}LongestTask`, result.longestTaskMs);
      (side.once[`${key}Runs`] ??= []).push(result);
      if (result.firstView == null)
        throw new Error(`${side.name}, ${key}: ${result.error}; ${result.state}`);
    }
  }
}

/** Pages of the app on each side, settled; closed after `measure(pages)`. */
async function withSettledPages(browser, sides, measure) {
  const opened = new Map();
  try {
    for (const side of sides) opened.set(side, await openSettledApp(browser, `${side.url}/`));
    return await measure(new Map([...opened].map(([side, { page }]) => [side, page])));
  } finally {
    for (const { context } of opened.values()) await context.close();
  }
}

async function bundledFilterChanges({ browser, sides, runs, notes }) {
  await withSettledPages(browser, sides, async (pages) => {
    const steps = filterSteps(await sharedOptions(sides, pages, notes), Math.max(runs, 12));
    await pairedSteps(sides, pages, steps, 'filterBundled', { timeoutMs: 10_000, settleMs: 5_000 });
  });
}

/** PNG 1920×1080: the first export of each page (it loads the export code) apart, then `runs`. */
async function pngExports({ browser, sides, runs }) {
  const [, preset, scale] = PNG_EXPORTS[0];
  const panels = new Map();
  try {
    for (const side of sides) {
      panels.set(side, await openExportPanel(browser, `${side.url}/`));
      await chooseExportSize(panels.get(side), preset, scale);
    }
    for (let round = 0; round <= runs; round += 1) {
      for (const side of inTurn(sides, round)) {
        const one = await exportPngOnce(panels.get(side), preset, scale);
        if (round === 0) side.once.png1080FirstOfSession = Math.round(one.inApp);
        else {
          push(side, 'png1080', one.inApp);
          push(side, 'png1080WithDriver', one.endToEnd);
        }
      }
    }
  } finally {
    for (const panel of panels.values()) await panel.page.close();
  }
}

/** Entering the presentation (the first time apart), then ArrowRight through the deck. */
async function presentations({ browser, sides, runs }) {
  await withSettledPages(browser, sides, async (pages) => {
    for (let round = 0; round <= runs; round += 1) {
      for (const side of inTurn(sides, round)) {
        const timing = await enterPresentation(pages.get(side));
        if (round === 0) side.once.presentationFirstOfSession = Math.round(timing.toPaint);
        else push(side, 'presentationEnter', timing.toPaint);
        await leavePresentation(pages.get(side));
      }
    }
    for (const side of sides) await enterPresentation(pages.get(side));
    for (let index = 0; index < slideChangeCount(runs); index += 1) {
      for (const side of inTurn(sides, index)) {
        const change = await nextSlide(pages.get(side));
        push(side, 'slideChange', change.toPaint);
        if (change.kind === 'figure') push(side, 'slideChangeToChart', change.toPaint);
      }
    }
    for (const side of sides) await leavePresentation(pages.get(side));
  });
}

/**
 * A generated dataset (×1, 36,000 observations, or ×10 with BENCH_COMPARE_SCALE=10) stored as
 * each side's import: loads and filter changes of one district, then of the whole dashboard, and
 * each load's longest task. A browser of its own, as in a single run.
 */
async function largeDataset({ sides, runs, files, notes, scale }) {
  await ensureSynthetic(scale);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const timeoutMs = 60_000 * scale;
  try {
    const pages = new Map();
    for (const side of sides) {
      const context = await newBenchContext(browser);
      // Each load's long tasks, as in a single run.
      await context.addInitScript(longTaskInitScript);
      const page = await context.newPage();
      const limits = {
        appUrl: side.url,
        fileServerUrl: files.url,
        scale,
        timeoutMs,
        keeper: side.name,
      };
      side.once.largeStore = await storeSynthetic(page, limits);
      pages.set(side, page);
    }
    const oneDistrict = (side) => `${side.url}/?unit=${SYNTHETIC_FIRST_UNIT}`;
    await pairedLoads(sides, pages, oneDistrict, 'largeLoadOneDistrict', runs, timeoutMs);
    for (const side of sides)
      if (!(await showsSynthetic(pages.get(side))))
        throw new Error(`${side.name}: the app did not show the stored dataset`);
    const limits = { timeoutMs, settleMs: timeoutMs };
    const narrowed = narrowedSteps(await sharedOptions(sides, pages, notes), Math.max(runs, 9));
    await pairedSteps(sides, pages, narrowed, 'largeFilterOneDistrict', limits);
    await pairedLoads(
      sides,
      pages,
      (side) => `${side.url}/`,
      'largeLoadWhole',
      runs,
      3 * timeoutMs,
    );
    // Years and topics, each back to all in turn: the whole dashboard, or a part of all of it.
    const options = { ...(await sharedOptions(sides, pages, notes)), unit: ['all'] };
    await pairedSteps(
      sides,
      pages,
      filterSteps(options, Math.max(runs, 8)),
      'largeFilterWhole',
      limits,
    );
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const SECTIONS = [
  ['first chart, cold cache (and the bare page)', null, firstCharts],
  ['Lighthouse, mobile and desktop', 'lighthouse', lighthouseRuns],
  ['filter change to the next painted frame, bundled data', null, bundledFilterChanges],
  ['export: PNG 1920×1080, click to file', 'export', pngExports],
  ['presentation mode', 'presentation', presentations],
  ['a generated dataset (SYNTHETIC, stored as the import)', 'scale', largeDataset],
];

/** The working tree as the current side: HEAD and how many files differ from it. */
function describeWorkingTree() {
  const head = describeRevision('HEAD');
  const changed = git(['status', '--porcelain']).split('\n').filter(Boolean).length;
  return { ...head, rev: 'working tree', changedFiles: changed };
}

/** The generated dataset compared: ×1 unless BENCH_COMPARE_SCALE says ×10. */
function compareScale() {
  const scale = Number(process.env.BENCH_COMPARE_SCALE ?? 1);
  if (scale !== 1 && scale !== 10) throw new Error('BENCH_COMPARE_SCALE is 1 or 10');
  return scale;
}

export async function runComparison(baselineRev) {
  const settings = benchSettings();
  const started = Date.now();
  const loadAtStart = loadavg();
  const currentRev = process.env.BENCH_CURRENT || null;
  const revisions = {
    baseline: describeRevision(baselineRev),
    current: currentRev ? describeRevision(currentRev) : describeWorkingTree(),
  };
  const skipped = SECTIONS.map(([, skip]) => skip).filter(
    (skip) => skip && settings.skip.has(skip),
  );
  const scale = compareScale();
  if (!settings.scales.includes(scale) && !skipped.includes('scale')) skipped.push('scale');
  const notes = [];
  const worktrees = [];
  const servers = [];
  const sides = [];
  let bare;
  let files = null;
  let browser = null;
  run('node', ['scripts/ensure-tools.mjs']);
  try {
    const checkout = (name, rev) => {
      const worktree = addWorktree(name, rev);
      worktrees.push(worktree);
      return worktree.path;
    };
    console.log(`\n== build: current (${revisions.current.rev}) ==`);
    const currentDir = currentRev
      ? checkout(`bench-current-${PORTS.app}`, currentRev)
      : process.cwd();
    buildApp(currentDir);
    await buildKeeper('current', currentDir);
    const { rev, commit } = revisions.baseline;
    console.log(`\n== build: baseline (${rev} = ${commit.slice(0, 7)}), in a git worktree ==`);
    const baselineDir = checkout(`bench-baseline-${PORTS.app}`, commit);
    buildApp(baselineDir);
    await buildKeeper('baseline', baselineDir);
    buildBare();

    const serve = (name, port, cwd, args = [], dist = join(cwd, 'dist')) => {
      const server = startPreview(port, args, { cwd });
      servers.push(server);
      return newSide(name, server, dist);
    };
    sides.push(serve('baseline', PORTS.baseline, baselineDir));
    sides.push(serve('current', PORTS.app, currentDir));
    bare = serve('bare', PORTS.bare, process.cwd(), BARE_PREVIEW_ARGS, BARE_DIST);
    files = await startFileServer(PORTS.files, benchFile);
    for (const server of servers) await waitForServer(server.url);
    browser = await chromium.launch(chromiumLaunchOptions());

    const context = { ...settings, browser, sides, bare, files, notes, scale };
    for (const [title, skip, measure] of SECTIONS) {
      if (skipped.includes(skip)) continue;
      await restartStopped(servers, (note) => notes.push(note));
      console.log(`\n== ${title}: baseline and current in turns ==`);
      const before = new Set(Object.keys(sides[0].samples));
      try {
        await measure(context);
      } catch (error) {
        const note = `${title}: stopped: ${error.message.split('\n')[0]}`;
        console.log(`! ${note}`);
        notes.push(note);
      }
      for (const key of Object.keys(sides[0].samples).filter((k) => !before.has(k)))
        console.log(
          `${key}: ${sides.map((s) => `${s.name} ${stats(s.samples[key] ?? [], 1).median ?? '–'}`).join(', ')}`,
        );
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await files?.stop();
    for (const server of servers) server.stop();
    for (const worktree of worktrees) {
      try {
        worktree.remove();
      } catch (error) {
        console.log(`! could not remove the worktree ${worktree.path}: ${error.message}`);
      }
    }
  }

  const strip = ({ name, bundle, samples, once }) => ({
    name,
    bundle: bundle.figures,
    samples,
    once,
  });
  const comparison = {
    date: new Date().toISOString(),
    runs: settings.runs,
    lighthouseRuns: skipped.includes('lighthouse') ? 0 : settings.lighthouseRuns,
    skipped,
    scale,
    order: 'interleaved: baseline then current in even rounds, current then baseline in odd ones',
    machine: {
      cpus: cpus().length,
      node: process.version,
      loadAverage: { start: loadAtStart, end: loadavg() },
    },
    seconds: Math.round((Date.now() - started) / 1000),
    revisions,
    baseline: strip(sides[0]),
    current: strip(sides[1]),
    bare: strip(bare),
    notes,
  };
  printComparison(comparison);
  await saveComparison(comparison);
}
