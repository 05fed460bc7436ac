import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReliabilitySection, type CrashReport } from '../../../../scripts/crash/report';

const report = (trials: number) =>
  ({
    command: `npm run test:crash -- --trials ${trials} --seed 7`,
    seed: 7,
    startedAt: '2026-11-23T12:00:00.000Z',
    durationS: 60,
    machine: '2 × test CPU',
    trials,
    trialsPassed: trials,
    trialsFailed: 0,
    killMoments: { autosave: trials },
    corruptions: 0,
    missingCommittedFactVersions: 0,
    savesAcknowledged: 3,
    debounceMs: 700,
    saveRoundTripMaxMs: 40,
    autosaveIntervalMs: 740,
    worstLossChars: 12,
    worstLossMs: 500,
    lostAcknowledgedChars: 0,
    withinOneAutosaveInterval: true,
    failures: [],
    results: [],
  }) satisfies CrashReport;

describe('docs/RELIABILITY.md crash trials section', () => {
  it('creates the file, then replaces only its own section', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'crash-report-')), 'RELIABILITY.md');
    writeReliabilitySection(file, report(20));
    expect(readFileSync(file, 'utf8')).toContain('--trials 20 --seed 7');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\n## Hostile input\n\nKeep me.\n`.replace('# Reliability\n', '# Reliability\n\n## Offline\n\nAnd me.\n'));
    writeReliabilitySection(file, report(200));
    const updated = readFileSync(file, 'utf8');
    expect(updated).toContain('--trials 200 --seed 7');
    expect(updated).not.toContain('--trials 20 --seed');
    expect(updated).toContain('## Hostile input\n\nKeep me.');
    expect(updated).toContain('## Offline\n\nAnd me.');
    expect(updated.match(/## Crash trials/g)).toHaveLength(1);
  });
});
