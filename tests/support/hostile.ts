/**
 * A data directory holding the mini starter store, with the app's real dispatcher and CLI
 * over it, and the store-intact check every hostile case ends with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../../electron/cli/run';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices, storeFileName, type AppServices } from '../../electron/core/app/services';
import { appRoot } from '../../electron/core/paths';
import { buildStarter } from '../../scripts/build-starter';
import type { ApiEnvelope } from '../../shared/errors';
import { seedsDir } from './temp-store';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface HostileStore {
  dataDir: string;
  services: AppServices;
  /** The raw envelope: hostile cases check failures as closely as successes. */
  dispatch(method: string, payload: unknown): Promise<ApiEnvelope<unknown>>;
  /** Runs the CLI in-process; the store is closed around the call, as a separate process would see it. */
  cli(...argv: string[]): Promise<CliResult>;
  close(): void;
}

export function openHostileStore(prefix = 'briefing-hostile-'): HostileStore {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  buildStarter({ inputDir: join(appRoot(), 'tests', 'fixtures', 'starter-mini'), seedsDir: seedsDir(), outFile: join(dataDir, storeFileName) });
  const services = openAppServices({ dataDir, resourcesDir: join(dataDir, 'no-resources'), version: 'test', transport: 'cli' });
  const dispatcher = createDispatcher(services.handlers, {
    onInternalError: (method, error) => {
      throw new Error(`internal error in ${method}: ${String(error)}`);
    },
  });
  return {
    dataDir,
    services,
    dispatch: (method, payload) => dispatcher(method, payload),
    // --data-dir first: after a `--` in argv every later word is a positional, --data-dir too.
    cli: (...argv) => runCliCaptured(['--data-dir', dataDir, ...argv]),
    close() {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function runCliCaptured(argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** `PRAGMA integrity_check` and `foreign_key_check` on the store file, through a second connection. */
export function storeHealth(dataDir: string): { integrity: string; foreignKeyProblems: unknown[] } {
  const db = new Database(join(dataDir, storeFileName), { readonly: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    return { integrity, foreignKeyProblems: db.pragma('foreign_key_check') as unknown[] };
  } finally {
    db.close();
  }
}

export function tableCounts(dataDir: string): Record<string, number> {
  const db = new Database(join(dataDir, storeFileName), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
  } finally {
    db.close();
  }
}
