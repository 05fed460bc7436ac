/** A real SQLite store in a fresh temp directory, with seed sources from ../shared/seeds. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../electron/core/db/connection';
import { appRoot } from '../../electron/core/paths';
import type { SourceMeta } from '../../shared/model';
import { importSource } from '../../electron/core/sources/import-source';

export interface TempStore {
  dir: string;
  file: string;
  db: Database;
  close(): void;
}

export function openTempStore(prefix = 'briefing-store-'): TempStore {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'briefing.sqlite');
  const db = openDatabase(file);
  return {
    dir,
    file,
    db,
    close() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const seedsDir = () => join(appRoot(), '..', 'shared', 'seeds');

export function seedText(file: string): string {
  return readFileSync(join(seedsDir(), file), 'utf8');
}

export const vovFile = 'vov-2026-01-14-integration-conference.txt';
export const vnsFile = 'vns-2026-01-15-pm-urges-deeper-integration.txt';

export function meta(title: string, extra: Partial<SourceMeta> = {}): SourceMeta {
  return { title, publisher: null, authors: [], published: null, url: null, accessed: null, language: 'en', reliability: 'press', ...extra };
}

/** Imports the VOV and VNS seed articles as sources `vov` and `vns`. */
export function importTwoSeeds(db: Database): { vov: string; vns: string } {
  importSource(db, { id: 'vov', meta: meta('Government leader calls for deeper, more effective international integration', { publisher: 'VOV.VN' }), text: seedText(vovFile) });
  importSource(db, { id: 'vns', meta: meta('Prime Minister urges deeper, higher-quality international integration', { publisher: 'VNS', published: '2026-01-15' }), text: seedText(vnsFile) });
  return { vov: seedText(vovFile), vns: seedText(vnsFile) };
}
