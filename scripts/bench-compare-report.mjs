// The A/B run's table (baseline | current | change) and its record in bench/results.json, under
// "comparison" (the rest of the file, a single run's figures, is kept as it was).
//
// Runs are measured in pairs, one of each side in the same round, so each pair met the same
// machine. "pairs" counts the pairs in which the current side was worse; "verdict" is a sign test
// on them: worse or better when so many pairs go one way that chance alone would do it less than
// one time in twenty (one-sided), "noise" otherwise. Nine pairs need eight one way; three never do.
// A difference the test finds but under 5% of the baseline's median is called "slightly".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { formatTable, stats } from './bench-lib.mjs';

const RESULTS = 'bench/results.json';

/** The generated dataset's rows, at the scale compared (×1 unless BENCH_COMPARE_SCALE=10). */
const largeTimings = [
  ['LoadOneDistrict', 'load, one district', 'ms', 0, false, 'to first view'],
  ['LoadOneDistrictLongestTask', 'longest task, load of one district', 'ms', 0, false, '≤ 100 ms'],
  ['FilterOneDistrict', 'filter change → paint, one district', 'ms', 1, false, 'budget ≤ 50 ms'],
  ['LoadWhole', 'load, whole dashboard', 'ms', 0, false, 'to first view'],
  ['LoadWholeLongestTask', 'longest task, load of the whole', 'ms', 0, false, '≤ 100 ms'],
  ['FilterWhole', 'filter change → paint, whole dashboard', 'ms', 1, false, 'budget ≤ 50 ms'],
].map(([key, label, ...rest]) => [`large${key}`, label, ...rest]);

/** Rows of run-by-run figures: key in `samples`, label, unit, decimals, whether higher is better. */
const TIMINGS = [
  ['firstChart', 'first chart, cold', 'ms', 0, false, 'navigation → first bar painted'],
  ['ratio', 'first chart, side / bare page', '', 2, false, 'ratio of medians; budget ≤ 1.15'],
  ['firstLiveChart', 'first chart drawn by the code', 'ms', 0, false, 'after a build-drawn one'],
  ['firstView', 'first view (headline cards), cold', 'ms', 0, false, ''],
  ['lcp', 'LCP, cold', 'ms', 0, false, 'PerformanceObserver, same loads'],
  ...['mobile', 'desktop'].flatMap((preset) => [
    [`${preset}Performance`, `Lighthouse ${preset}: performance`, '', 2, true, ''],
    [`${preset}Tbt`, `Lighthouse ${preset}: TBT`, 'ms', 0, false, ''],
    [`${preset}Lcp`, `Lighthouse ${preset}: LCP`, 'ms', 0, false, ''],
    [`${preset}Cls`, `Lighthouse ${preset}: CLS`, '', 3, false, 'budget 0'],
  ]),
  ['filterBundled', 'filter change → paint: bundled', 'ms', 1, false, 'budget ≤ 33 ms'],
  ...largeTimings,
  ['png1080', 'PNG 1920×1080: click to file', 'ms', 0, false, 'in the app; budget < 300 ms'],
  ['presentationEnter', 'presentation: enter → 1st slide painted', 'ms', 0, false, ''],
  ['slideChange', 'presentation: ArrowRight → next slide', 'ms', 0, false, 'every kind'],
  ['slideChangeToChart', 'presentation: ArrowRight → chart slide', 'ms', 0, false, ''],
];

/** Figures measured once per side, sizes first: where to find them, label, unit, note. */
const SIZES = [
  [(s) => s.once.loadedBeforeFirstChart?.jsKb, 'initial JS, gzip', 'kB', 'before the first chart'],
  [(s) => s.bundle.initialJsKb, 'JS in index.html, gzip', 'kB', ''],
  [(s) => s.bundle.initialCssKb, 'initial CSS, gzip', 'kB', ''],
  [(s) => s.bundle.allChunksKb, 'all chunks, gzip', 'kB', ''],
];
const FIRSTS = [
  [(s) => s.once.png1080FirstOfSession, 'PNG 1920×1080: first of session', 'ms', 'one run'],
  [(s) => s.once.presentationFirstOfSession, 'presentation: first of session', 'ms', 'one run'],
];

/** P(X ≥ k) for X ~ Binomial(n, ½). */
function tail(k, n) {
  let sum = 0;
  let choose = 1;
  for (let i = 0; i <= n; i += 1) {
    if (i >= k) sum += choose;
    choose = (choose * (n - i)) / (i + 1);
  }
  return sum / 2 ** n;
}

/** The pairs of a figure, the count where current is worse, and the sign test's verdict. */
function pairTest(base, current, higherIsBetter, relativeChange) {
  const diffs = [];
  for (let i = 0; i < Math.min(base.length, current.length); i += 1)
    if (base[i] != null && current[i] != null && base[i] !== current[i])
      diffs.push(higherIsBetter ? base[i] - current[i] : current[i] - base[i]);
  const worse = diffs.filter((d) => d > 0).length;
  const n = diffs.length;
  const pWorse = tail(worse, n);
  const pBetter = tail(n - worse, n);
  const slightly = Math.abs(relativeChange ?? 0) < 0.05 ? 'slightly ' : '';
  const verdict =
    n === 0
      ? 'same'
      : pWorse < 0.05
        ? `${slightly ? 'slightly worse' : 'WORSE'} (p=${pWorse.toFixed(3)})`
        : pBetter < 0.05
          ? `${slightly}better (p=${pBetter.toFixed(3)})`
          : 'noise';
  return { worse, pairs: n, verdict };
}

const show = (value, unit, decimals) =>
  value == null ? '–' : `${value.toFixed(decimals)}${unit ? ` ${unit}` : ''}`;

function change(base, current, unit, decimals) {
  if (base == null || current == null) return '';
  const diff = current - base;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const percent = base === 0 ? '' : ` (${sign}${Math.abs((diff / base) * 100).toFixed(0)}%)`;
  return `${sign}${show(Math.abs(diff), unit, decimals)}${percent}`;
}

/** Rows of figures measured once per side. */
function onceRows(list, baseline, current) {
  const rows = [];
  for (const [get, label, unit, note] of list) {
    const [a, b] = [get(baseline), get(current)];
    if (a == null && b == null) continue;
    const decimals = unit === 'kB' ? 1 : 0;
    rows.push({
      label,
      baseline: show(a, unit, decimals),
      current: show(b, unit, decimals),
      change: change(a, b, unit, decimals),
      pairs: '',
      // A size is the same at every build; a time measured once is not tested.
      verdict:
        unit !== 'kB' || a == null || b == null
          ? ''
          : a === b
            ? 'same'
            : b > a
              ? 'larger'
              : 'smaller',
      note,
    });
  }
  return rows;
}

/** The table's rows as objects (also kept in the results). */
export function comparisonRows({ baseline, current, bare, scale = 1 }) {
  const rows = onceRows(SIZES, baseline, current);
  const bareChart = stats(bare.samples.firstChart ?? []).median;
  for (const [key, plainLabel, unit, decimals, higherIsBetter, note] of TIMINGS) {
    const label = key.startsWith('large') ? `${plainLabel}: ×${scale}` : plainLabel;
    if (key === 'ratio') {
      const ratio = (side) => {
        const chart = stats(side.samples.firstChart ?? []).median;
        return chart == null || !bareChart ? null : chart / bareChart;
      };
      const [a, b] = [ratio(baseline), ratio(current)];
      if (a == null && b == null) continue;
      rows.push({
        label,
        baseline: show(a, unit, decimals),
        current: show(b, unit, decimals),
        change: change(a, b, unit, decimals),
        pairs: '',
        verdict: 'as first chart',
        note: `bare page ${show(bareChart, 'ms', 0)}; ${note}`,
      });
      continue;
    }
    const [a, b] = [baseline.samples[key], current.samples[key]];
    if (!a && !b) continue;
    const [sa, sb] = [stats(a ?? [], decimals), stats(b ?? [], decimals)];
    const cell = (s) =>
      s.median == null
        ? 'failed'
        : `${show(s.median, unit, decimals)} (${s.min.toFixed(decimals)}–${s.max.toFixed(decimals)})`;
    const relative = sa.median && sb.median != null ? (sb.median - sa.median) / sa.median : null;
    const test = pairTest(a ?? [], b ?? [], higherIsBetter, relative);
    rows.push({
      label,
      baseline: cell(sa),
      current: cell(sb),
      change: change(sa.median, sb.median, unit, decimals),
      pairs: `${test.worse}/${test.pairs} worse`,
      verdict: test.verdict,
      note: `${sa.runs}+${sb.runs} runs${note ? `; ${note}` : ''}`,
    });
  }
  return [...rows, ...onceRows(FIRSTS, baseline, current)];
}

export function printComparison(comparison) {
  const { revisions, baseline, current } = comparison;
  const head = [
    'measure',
    `baseline ${revisions.baseline.commit.slice(0, 7)}`,
    `current ${revisions.current.rev === 'working tree' ? '(working tree)' : revisions.current.commit.slice(0, 7)}`,
    'change',
    'pairs',
    'verdict',
    'note',
  ];
  const rows = comparisonRows(comparison).map((r) => [
    r.label,
    r.baseline,
    r.current,
    r.change,
    r.pairs,
    r.verdict,
    r.note,
  ]);
  console.log(`\n${formatTable([head, ...rows])}`);
  console.log(
    `\nbaseline: ${revisions.baseline.commit.slice(0, 10)} ${revisions.baseline.subject.slice(0, 100)}`,
  );
  const changed = revisions.current.changedFiles;
  console.log(
    `current: ${revisions.current.rev} at ${revisions.current.commit.slice(0, 10)}` +
      (changed == null ? '' : `, ${changed} files changed from it`),
  );
  for (const side of [baseline, current])
    for (const preset of Object.keys(side.once.lighthouse ?? {}))
      for (const lost of side.once.lighthouse[preset].lostPoints)
        console.log(`${side.name}, Lighthouse ${preset}, lost points: ${lost}`);
  for (const note of comparison.notes) console.log(`! ${note}`);
  const load = comparison.machine.loadAverage;
  console.log(
    `\nmedian (min–max); ${comparison.runs} runs a side, in turns (Lighthouse ` +
      `${comparison.lighthouseRuns}); ${comparison.skipped.length ? `left out: ${comparison.skipped.join(', ')}; ` : ''}` +
      `${comparison.seconds} s in all; ${comparison.machine.cpus} CPUs, load average ` +
      `${load.start[0].toFixed(1)} → ${load.end[0].toFixed(1)}. Kept in ${RESULTS} under "comparison".`,
  );
}

/** Writes the comparison into bench/results.json, leaving a single run's figures there as they were. */
export async function saveComparison(comparison) {
  let results = {};
  if (existsSync(RESULTS)) {
    try {
      results = JSON.parse(readFileSync(RESULTS, 'utf8'));
    } catch {
      results = {};
    }
  }
  results.comparison = { ...comparison, table: comparisonRows(comparison) };
  const config = (await resolveConfig(RESULTS)) ?? {};
  writeFileSync(
    RESULTS,
    await format(JSON.stringify(results, null, 2), { ...config, parser: 'json' }),
  );
}
