/**
 * `npm run dist` lets electron-builder rebuild better-sqlite3 for Electron's ABI in
 * node_modules; scripts/dist.mjs must put the Node build back afterwards, or the command line
 * and the tests could no longer open a store. electron-builder itself cannot run here (no
 * network, no Electron binary): a stand-in command overwrites the module as its rebuild would.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/host';

const work = mkdtempSync(join(tmpdir(), 'briefing-dist-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const native = join(work, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

function dist(builder: string) {
  mkdirSync(join(native, '..'), { recursive: true });
  writeFileSync(native, 'built for Node');
  return spawnSync(process.execPath, [join(projectRoot, 'scripts/dist.mjs')], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_DIST_COMMAND: builder },
  });
}

describe('npm run dist', () => {
  it('puts the Node build of better-sqlite3 back after electron-builder rebuilt it for Electron', () => {
    const result = dist(`printf 'built for Electron' > ${native}`);
    expect(result.status).toBe(0);
    expect(readFileSync(native, 'utf8')).toBe('built for Node');
  });

  it('puts it back when packaging fails, and reports the failure', () => {
    const result = dist(`printf 'half rebuilt' > ${native}; exit 3`);
    expect(result.status).toBe(3);
    expect(readFileSync(native, 'utf8')).toBe('built for Node');
  });
});
