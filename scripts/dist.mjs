// `npm run dist`: builds, then runs electron-builder, which rebuilds better-sqlite3 for
// Electron's ABI in this project's own node_modules before packing it (npmRebuild). That
// rebuild would leave the command line, the browser host and the tests (all on Node) unable to
// load the module, so the Node build of better_sqlite3.node is kept aside first and put back
// afterwards, whether packaging succeeded or not.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function keepNodeBuild(nativeModule, run) {
  const kept = join(mkdtempSync(join(tmpdir(), 'briefing-dist-')), 'node-build.node');
  const had = existsSync(nativeModule);
  if (had) copyFileSync(nativeModule, kept);
  const restore = () => {
    if (had) copyFileSync(kept, nativeModule);
    rmSync(join(kept, '..'), { recursive: true, force: true });
  };
  const onSignal = () => {
    restore();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return run();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    restore();
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const status = keepNodeBuild('node_modules/better-sqlite3/build/Release/better_sqlite3.node', () => {
    // BRIEFING_DIST_COMMAND replaces electron-builder (for the test of this script).
    const command = process.env.BRIEFING_DIST_COMMAND;
    const result = command
      ? spawnSync(command, { shell: true, stdio: 'inherit' })
      : spawnSync(npx, ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], { stdio: 'inherit' });
    return result.status ?? 1;
  });
  process.exit(status);
}
