// `npm test`: every check, in order: build, typecheck, lint, unit + integration (vitest),
// end-to-end (Playwright in Debian's Chromium), 20 crash trials, 100 department-sync kill -9 trials
// (issue 16 asks for at least 100 in npm test; about 1 s each). Ends with one `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
// Never count a report left over from an earlier run.
for (const f of ['test-results/vitest-report.json', 'test-results/e2e-report.json', 'test-results/crash-report.json', 'test-results/sync-crash-report.json']) rmSync(f, { force: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function step(name, command, args, countFrom) {
  process.stdout.write(`\n=== ${name}: ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const counted = countFrom?.();
  if (counted) {
    passed += counted.passed;
    failed += counted.failed;
    skipped += counted.skipped;
  } else if (result.status === 0) passed += 1;
  else failed += 1;
  if (result.status !== 0) failures.push(name);
}

function vitestCounts() {
  const file = 'test-results/vitest-report.json';
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0), skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts() {
  const file = 'test-results/e2e-report.json';
  if (!existsSync(file)) return null;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

// Each trial counts as one test; a run that stopped early (or never wrote its report) fails.
function crashCounts() {
  const file = 'test-results/crash-report.json';
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.trialsPassed, failed: report.trialsFailed + (report.trials < 20 ? 1 : 0), skipped: 0 };
}

const syncTrials = 100;

// Each sync kill -9 trial counts as one test (scripts/sync-crash-trials.ts); skipped without PostgreSQL.
function syncCrashCounts() {
  const file = 'test-results/sync-crash-report.json';
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.trialsPassed, failed: report.trialsFailed + (report.trials < syncTrials ? 1 : 0), skipped: 0 };
}

step('build', 'npm', ['run', 'build', '--silent']);
step('typecheck', npx, ['tsc', '-b']);
step('lint', npx, ['eslint', '--max-warnings', '0', '.']);
step('unit and integration tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest-report.json'], vitestCounts);
// The caret property test runs 200 seeded sequences here; `npm run test:caret` runs the issue's 1,000.
process.env.CARET_PROPERTY_RUNS ??= '200';
step('end-to-end tests', npx, ['playwright', 'test'], playwrightCounts);
// Without --write-docs, CI's short run leaves the recorded 200-trial figures in docs/RELIABILITY.md alone.
step('crash trials', npx, ['tsx', 'scripts/crash-trials.ts', '--trials', '20'], crashCounts);

// kill -9 of `briefing department sync` at random points of push and pull (issue 16), against a throw-away PostgreSQL.
if (existsSync('/usr/lib/postgresql')) step('sync crash trials', npx, ['tsx', 'scripts/sync-crash-trials.ts', '--trials', String(syncTrials)], syncCrashCounts);
else process.stdout.write('\n=== sync crash trials skipped: PostgreSQL is not installed (.ci/run installs it)\n');

process.stdout.write(`\n${failures.length ? `Failed steps: ${failures.join(', ')}\n` : ''}`);
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failures.length ? 1 : 0);
