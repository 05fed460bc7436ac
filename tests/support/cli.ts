/** Runs the `briefing` command line in process on one data folder, capturing what it prints. */
import { runCli } from '../../electron/cli/run';

export function cliOn(dataDir: string) {
  return async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };
}
