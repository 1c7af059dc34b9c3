// `npm test`: every test, in order: unit and component tests (Vitest, jsdom), then end-to-end
// tests in the system Chromium (Playwright). Ends with one line counting both.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

// Not test-results/: Playwright empties that folder when it starts.
mkdirSync('.test-report', { recursive: true });

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const chromium = run('node', ['scripts/ensure-tools.mjs']);
if (chromium !== 0) process.exit(chromium);

const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.test-report/vitest.json',
]);
const e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: '.test-report/playwright.json',
});

const unit = readJson('.test-report/vitest.json');
const e2e = readJson('.test-report/playwright.json');
// A test run twice passed on its second run after a frame stall: its fixture lets nothing else
// be run again (tests/e2e/fixtures.ts, frameWatch). Each is named, never hidden in the count.
const stalled = [];
const collect = (suite, titles) => {
  for (const child of suite.suites ?? []) collect(child, [...titles, child.title]);
  for (const spec of suite.specs ?? [])
    for (const run of spec.tests ?? [])
      if (run.status === 'flaky')
        stalled.push(`[${run.projectName}] ${[...titles, spec.title].join(' › ')}`);
};
for (const suite of e2e?.suites ?? []) collect(suite, [suite.title]);
const passedAfterStall = e2e?.stats?.flaky ?? 0;
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + passedAfterStall;
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);

console.log('');
for (const title of stalled)
  console.log(
    `Passed on its second run, after the browser stopped painting in its first: ${title}`,
  );
console.log(
  `unit+component: ${unit?.numPassedTests ?? 0} passed; end-to-end (Chromium): ${(e2e?.stats?.expected ?? 0) + passedAfterStall} passed${passedAfterStall ? ` (${passedAfterStall} on a second run after a frame stall)` : ''}`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitStatus !== 0 || e2eStatus !== 0 || failed > 0 || passed === 0 ? 1 : 0);
