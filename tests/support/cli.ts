import { runCli } from '../../electron/cli/run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `briefing ARGV --data-dir DIR` in this process (no child process), collecting what it prints and its exit code. */
export async function runCliIn(dataDir: string, ...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The same, bound to one data folder: `const cli = cliOn(dir); await cli('export', id)`. */
export function cliOn(dataDir: string): (...argv: string[]) => Promise<CliResult> {
  return (...argv) => runCliIn(dataDir, ...argv);
}
