#!/usr/bin/env node
// The `briefing` command: runs the CLI bundle built by `npm ci` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/index.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('briefing: the command line is not built yet; run `npm run build` (npm ci does it too).\n');
  process.exit(1);
}
await import(bundle);
