/**
 * `briefing`: the command line over core. Every command takes --json and --data-dir DIR;
 * errors go to stderr with a non-zero exit status.
 */
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
