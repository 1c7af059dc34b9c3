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
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed =
  (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);

console.log('');
console.log(
  `unit+component: ${unit?.numPassedTests ?? 0} passed; end-to-end (Chromium): ${e2e?.stats?.expected ?? 0} passed`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitStatus !== 0 || e2eStatus !== 0 || failed > 0 || passed === 0 ? 1 : 0);
