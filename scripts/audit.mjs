// `npm run audit`: `npm audit --omit=dev`, failing on any high or critical advisory in what the
// app ships. When the registry's audit endpoint cannot be reached (it answers 405 from some
// closed networks), it says so plainly and exits 0: "not checked" is never printed as "clean".
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}

if (!report || report.error || !report.metadata) {
  const reason =
    report?.error?.summary ||
    report?.message ||
    run.stderr.trim().split('\n').at(-1) ||
    'no answer';
  console.log(`npm audit: NOT CHECKED, the audit endpoint could not be used (${reason}).`);
  process.exit(0);
}

const counts = report.metadata.vulnerabilities;
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (runtime dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low.`,
);
if (serious > 0) {
  for (const [name, vuln] of Object.entries(report.vulnerabilities ?? {})) {
    if (vuln.severity === 'high' || vuln.severity === 'critical')
      console.log(`  ${vuln.severity}: ${name} ${vuln.range}`);
  }
  process.exit(1);
}
