/**
 * The command line as one CommonJS bundle, out/cli/briefing.cjs, which the launcher
 * (index.ts) runs through vm.Script with V8's code cache. The launcher lends its import() for
 * the packages loaded on first use (see core/esm-import.ts).
 */
import { setEsmImporter } from '../core/esm-import';
import { runCli } from './run';

export function main(argv: readonly string[], importEsm?: (specifier: string) => Promise<unknown>): Promise<number> {
  if (importEsm) setEsmImporter(importEsm);
  return runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
