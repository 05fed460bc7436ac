/**
 * Real broken stores and real restricted folders for the store-safety tests, and the built
 * `briefing` command run as its own process (mounts and locks belong to processes).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { garbageBytes } from '../fixtures/hostile/files';
import { projectRoot } from './host';

export const briefingBin = join(projectRoot, 'bin', 'briefing.mjs');

export function requireBuiltCli(): void {
  if (!existsSync(join(projectRoot, 'out', 'cli'))) throw new Error('Build first: npm run build (npm test does).');
}

export function briefing(args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [briefingBin, ...args], { encoding: 'utf8', timeout: 60_000 });
}

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A damaged store's bytes: the hostile corpus's repeatable garbage, as a Buffer. */
export const garbage = (length: number, seed = 2026): Buffer => Buffer.from(garbageBytes(length, seed));

/**
 * Root writes through chmod, so a read-only folder or a full disk needs a real mount. Mounts are
 * made inside `unshare -m` (a private mount namespace): they vanish with the shell that made
 * them, even if the test dies. Needs root (CAP_SYS_ADMIN); elsewhere the tests say what they use.
 */
export const privateMountsWork: boolean =
  process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('unshare', ['-m', 'true']).status === 0;

/** Runs `script` (sh) in a private mount namespace; `$BRIEFING` is the built command. */
export function inPrivateMount(script: string): SpawnSyncReturns<string> {
  return spawnSync('unshare', ['-m', 'sh', '-euc', script], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, BRIEFING: `${process.execPath} ${briefingBin}` },
  });
}

/** A second process holding the store's write lock (BEGIN IMMEDIATE) for `ms`; resolves once it holds it. */
export async function holdWriteLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  const code = `
    const Database = require(${JSON.stringify(join(projectRoot, 'node_modules', 'better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO settings (key, value_json, updated_at) VALUES ('lock-holder', '1', 'now') ON CONFLICT (key) DO UPDATE SET value_json = value_json + 1").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const released = new Promise<void>((resolve, reject) => child.on('exit', (status) => (status === 0 ? resolve() : reject(new Error(`lock holder exited ${status}`)))));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', () => reject(new Error('lock holder ended before locking')));
  });
  return { released };
}
