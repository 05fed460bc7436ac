/**
 * Measuring never edits the repository (issue 11): every benchmark and the crash trials, run
 * in their smallest mode without --write-docs, leave `git status --porcelain` as it was. A new
 * scripts/bench-*.ts fails the first test until it is listed here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/host';

/** Each measuring script and the arguments and environment of its smallest run. */
const smallest: Record<string, { args: string[]; env?: Record<string, string> }> = {
  'bench-store.ts': { args: ['--sizes', '1000'] },
  'bench-export.ts': { args: ['--quick'], env: { BENCH_RUNS: '1' } },
  'bench-editor.ts': { args: [], env: { BENCH_RUNS: '1', BENCH_KEYS: '2' } },
  'bench-start.ts': { args: [], env: { BENCH_RUNS: '1' } },
  'bench-search.ts': { args: ['--sizes', '1000'] },
  'bench-sync.ts': { args: ['--facts', '200', '--desktops', '2'] },
  'crash-trials.ts': { args: ['--trials', '1'] },
};

const gitStatus = () => execFileSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8' });

describe('benchmarks and crash trials', () => {
  it('are all listed here', () => {
    const scripts = readdirSync(join(projectRoot, 'scripts')).filter((f) => /^bench-.*\.ts$/.test(f) || f === 'crash-trials.ts');
    expect(scripts.sort()).toEqual(Object.keys(smallest).sort());
  });

  for (const [script, { args, env }] of Object.entries(smallest)) {
    it(`${script} ${args.join(' ')} leaves git status unchanged`, () => {
      const before = gitStatus();
      const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join('scripts', script), ...args], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, ...env },
        timeout: 600_000,
      });
      expect(run.status, `${script} failed:\n${run.stderr.slice(-2000)}`).toBe(0);
      expect(run.stdout).toContain('rerun with --write-docs');
      expect(gitStatus()).toBe(before);
    }, 660_000);
  }
});
