/** The command line's own runner on one data folder, its output captured (no child process). */
import { runCli } from '../../electron/cli/run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cliOn(dataDir: string): (...argv: string[]) => Promise<CliResult> {
  return async (...argv) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };
}
