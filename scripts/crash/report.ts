/** The run's figures: one summary line, `test-results/crash-report.json`, and `## Crash trials` in docs/RELIABILITY.md. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TrialResult } from './trial';

export interface CrashReport {
  command: string;
  seed: number;
  startedAt: string;
  durationS: number;
  machine: string;
  trials: number;
  trialsPassed: number;
  trialsFailed: number;
  killMoments: Record<string, number>;
  corruptions: number;
  missingCommittedFactVersions: number;
  savesAcknowledged: number;
  debounceMs: number;
  saveRoundTripMaxMs: number;
  autosaveIntervalMs: number;
  worstLossChars: number;
  worstLossMs: number;
  lostAcknowledgedChars: number;
  withinOneAutosaveInterval: boolean;
  failures: { trial: number; why: string[] }[];
  results: TrialResult[];
}

/** A save still running after this long (with the host up) is a save that never completes. */
const saveNeverEndsMs = 5000;

/** Why a trial failed, or nothing if it passed. */
export function failureReasons(result: TrialResult, intervalMs: number): string[] {
  const why = [...result.corruption];
  if (result.missingCommitted) why.push(`${result.missingCommitted} committed fact versions missing`);
  if (result.loss.lossMs > intervalMs) why.push(`lost ${result.loss.lostChars} chars typed ${result.loss.lossMs} ms before the kill (bound ${intervalMs} ms)`);
  if (result.loss.lostAcknowledgedChars) why.push(`${result.loss.lostAcknowledgedChars} acknowledged chars missing`);
  if (result.loss.lostEarlierChars) why.push(`${result.loss.lostEarlierChars} chars saved in earlier trials missing`);
  if (result.longestSavingMs > saveNeverEndsMs) why.push(`a save showed "Saving…" for ${result.longestSavingMs} ms`);
  if (result.saveRefusals.length) why.push(`notes.save refused: ${result.saveRefusals[0]}`);
  if (result.loss.outOfOrder) why.push('the note holds a later burst but not an earlier one');
  return why;
}

export function summaryLine(r: CrashReport): string {
  return (
    `crash trials: ${r.trials} run, ${r.trialsFailed} failed, ${r.corruptions} corruptions, ` +
    `${r.missingCommittedFactVersions} missing committed fact versions, worst loss ${r.worstLossChars} chars / ${r.worstLossMs} ms ` +
    `(${r.withinOneAutosaveInterval ? 'within' : 'BEYOND'} one autosave interval = ${r.debounceMs} ms debounce + ${r.saveRoundTripMaxMs} ms save round trip + ${r.autosaveIntervalMs - r.debounceMs - r.saveRoundTripMaxMs} ms late-timer allowance)`
  );
}

export function writeJsonReport(file: string, report: CrashReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}

function section(r: CrashReport): string {
  const moments = Object.entries(r.killMoments).map(([k, n]) => `${k} ${n}`).join(', ');
  return [
    '## Crash trials',
    '',
    'Promise: a crash (the app killed with SIGKILL) never corrupts the store, never loses a fact',
    'version or pack import the app confirmed, and loses at most what was typed within one autosave',
    'interval (the editor\'s debounce plus one save round trip) before the crash.',
    '',
    'How it is tested: `scripts/crash-trials.ts` starts browser mode on one data directory, opens a',
    'note in headless Chromium, types marked bursts, inserts facts (fact panel and `@` typeahead),',
    'revises facts and imports fact packs through the API, then kills the host with SIGKILL at a',
    'random moment: any time, inside the autosave window after typing, 0-5 ms into a `notes.save`',
    'request, 0-50 ms into a fact revision',
    'or a pack import. With the host stopped it opens the SQLite file read-only and checks',
    '`PRAGMA integrity_check`, `PRAGMA foreign_key_check`, every fact version and pack the API',
    'answered 200 for, that each fact of an unanswered pack import is there whole or not at all, and which typed characters',
    'the note holds. Text the server acknowledged (a 200 to `notes.save`) or the status bar showed as',
    '"Saved" must be there; the loss is the time from the first missing keystroke to the kill.',
    '',
    `Latest figures (${r.startedAt.slice(0, 10)}):`,
    '',
    '```',
    r.command,
    '```',
    '',
    '| Figure | Value |',
    '|---|---|',
    `| Machine | ${r.machine} |`,
    `| Trials run (seed ${r.seed}) | ${r.trials} in ${r.durationS} s; kill moments: ${moments} |`,
    `| Trials failed | ${r.trialsFailed} |`,
    `| Corruptions | ${r.corruptions} |`,
    `| Missing committed fact versions | ${r.missingCommittedFactVersions} |`,
    `| Autosaves acknowledged | ${r.savesAcknowledged} |`,
    `| Acknowledged text missing | ${r.lostAcknowledgedChars} chars |`,
    `| Worst loss | ${r.worstLossChars} chars; ${r.worstLossMs} ms |`,
    `| One autosave interval | ${r.autosaveIntervalMs} ms (${r.debounceMs} ms debounce + ${r.saveRoundTripMaxMs} ms slowest save round trip + ${r.autosaveIntervalMs - r.debounceMs - r.saveRoundTripMaxMs} ms allowance for a late timer) |`,
    `| Within one autosave interval | ${r.withinOneAutosaveInterval ? 'yes' : 'NO'} |`,
    '',
    'Reproduce: `npm run test:crash -- --trials 200 --seed ' + r.seed + '`; CI runs 20 trials (`npm test`).',
    'The JSON report with every trial is written to `test-results/crash-report.json`.',
    '',
  ].join('\n');
}

/** Replaces (or appends) the `## Crash trials` section, leaving every other section as it is. */
export function writeReliabilitySection(file: string, report: CrashReport): void {
  const fresh = section(report);
  if (!existsSync(file)) {
    writeFileSync(file, `# Reliability\n\nWhat Briefing Studio promises about keeping your work, how each promise is tested, and the latest figures.\n\n${fresh}`);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const start = text.search(/^## Crash trials\s*$/m);
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${fresh}`);
    return;
  }
  const rest = text.slice(start + 1).search(/^## /m);
  const end = rest < 0 ? text.length : start + 1 + rest;
  writeFileSync(file, text.slice(0, start) + fresh + (end < text.length ? '\n' + text.slice(end) : ''));
}
