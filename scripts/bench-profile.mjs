// A CPU profile of something the page does, summarised by function and by package, with the
// built app's source maps turning minified positions back into file, line and name.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const NATIVE = '(DOM and browser calls made from JS: forced layout included)';
const consumers = new Map();

function consumerFor(url, distDir) {
  if (consumers.has(url)) return consumers.get(url);
  let consumer = null;
  try {
    const { pathname } = new URL(url);
    const mapFile = resolve(distDir, `.${pathname}.map`);
    if (pathname.endsWith('.js') && existsSync(mapFile)) {
      consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
    }
  } catch {
    /* not a file of the build */
  }
  consumers.set(url, consumer);
  return consumer;
}

/** The package or app folder a source belongs to: `recharts`, `react-dom`, `src/domain`. */
function areaOf(source) {
  if (!source) return NATIVE;
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = source.indexOf('src/');
  if (src >= 0) return source.slice(src).split('/').slice(0, 2).join('/');
  return source;
}

function locate(callFrame, distDir) {
  const { functionName, url, lineNumber, columnNumber } = callFrame;
  if (!url)
    return { key: functionName || '(program)', label: functionName || '(program)', area: null };
  const consumer = lineNumber >= 0 ? consumerFor(url, distDir) : null;
  if (consumer) {
    const original = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (original.source) {
      const file = original.source.replace(/^(\.\.\/)+/, '');
      const label = `${original.name || functionName || '(anonymous)'} ${file}:${original.line}`;
      return { key: label, label, area: areaOf(file) };
    }
  }
  const label = `${functionName || '(anonymous)'} ${basename(url)}:${lineNumber + 1}`;
  return { key: label, label, area: areaOf(url) };
}

const LABELS = {
  '(program)': '(program: browser work outside JS: style, layout, paint)',
  '(garbage collector)': '(garbage collector)',
};

/**
 * Self time and total time per function, self time per package, in milliseconds of busy time:
 * idle samples are counted apart, so percentages are of the time the page was working.
 */
export function summariseProfile(profile, distDir, top = 15) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const located = new Map();
  const where = (id) => {
    if (!located.has(id)) located.set(id, locate(nodes.get(id).callFrame, distDir));
    return located.get(id);
  };
  const self = new Map();
  const total = new Map();
  const areas = new Map();
  let busy = 0;
  let idle = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0) / 1000;
    const name = nodes.get(id).callFrame.functionName;
    if (name === '(idle)') {
      idle += ms;
      return;
    }
    busy += ms;
    const here = where(id);
    const special = LABELS[name];
    add(self, special ?? here.key, ms);
    add(areas, special ?? here.area ?? NATIVE, ms);
    const seen = new Set();
    for (let at = id; at != null; at = parent.get(at)) {
      const { key } = where(at);
      if (seen.has(key)) continue;
      seen.add(key);
      add(total, key, ms);
    }
  });
  const ranked = (map, filter = () => true) =>
    [...map]
      .filter(([key]) => filter(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({
        name,
        ms: Math.round(ms),
        percent: +((ms / busy) * 100).toFixed(1),
      }));
  return {
    busyMs: Math.round(busy),
    idleMs: Math.round(idle),
    topSelf: ranked(self),
    topTotalInApp: ranked(total, (key) => key.includes('src/')),
    byPackage: ranked(areas),
  };
}

/** Profiles `action` (an async function) in `page` through CDP; resolves with the raw profile. */
export async function profileAction(page, action, samplingIntervalUs = 200) {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  await session.send('Profiler.start');
  let result;
  let profile;
  try {
    result = await action();
  } finally {
    ({ profile } = await session.send('Profiler.stop'));
    await session.detach().catch(() => undefined);
  }
  return { result, profile };
}

export function printProfile(title, summary) {
  console.log(`\n${title}: ${summary.busyMs} ms busy (${summary.idleMs} ms idle not counted)`);
  console.log('  self time by package or app folder:');
  for (const row of summary.byPackage.slice(0, 8))
    console.log(
      `    ${String(row.ms).padStart(7)} ms  ${String(row.percent).padStart(5)} %  ${row.name}`,
    );
  console.log('  top functions by self time:');
  for (const row of summary.topSelf)
    console.log(
      `    ${String(row.ms).padStart(7)} ms  ${String(row.percent).padStart(5)} %  ${row.name}`,
    );
  console.log('  app functions by total time (self + callees):');
  for (const row of summary.topTotalInApp.slice(0, 10))
    console.log(
      `    ${String(row.ms).padStart(7)} ms  ${String(row.percent).padStart(5)} %  ${row.name}`,
    );
}
