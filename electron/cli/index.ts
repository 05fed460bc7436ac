/** `briefing`: the command line, one ES module (bin/briefing.mjs runs the built out/cli/index.mjs). */
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
