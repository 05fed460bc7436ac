/**
 * Numbered migrations (Signal-Desktop style): one file each, numbered in tens, applied in
 * order inside one transaction, the reached version kept in `PRAGMA user_version`.
 */
import type { Database } from 'better-sqlite3';
import { migration0010 } from './0010-initial';
import { migration0020 } from './0020-notes';
import { migration0030 } from './0030-settings-and-curation';
import { migration0040 } from './0040-pack-provenance';
import { migration0070 } from './0070-department-replica';
import { migration0050 } from './0050-search-aliases';
import { migration0060 } from './0060-languages';
import { migration0080 } from './0080-source-metadata-changes';
import { migration0085 } from './0085-original-title-changes';
import { migration0095 } from './0095-search-index-pending';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  migration0080,
  migration0085,
  migration0095,
];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
    readonly file: string,
  ) {
    super(
      `The data file ${file} was written by a newer version of Briefing Studio (schema ${found}; ` +
        `this version understands up to ${supported}). Update the app to open it; the file was not changed.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function refuseNewerDatabase(db: Database, file: string): void {
  const current = schemaVersionOf(db);
  if (current > latestSchemaVersion) throw new NewerDatabaseError(current, latestSchemaVersion, file);
}

/**
 * Brings `db` to the latest schema, or to `target` (used by tests of single migrations).
 * IMMEDIATE, and the version read inside the transaction: two first starts at once must not
 * both apply a migration, and a deferred transaction would fail on upgrade instead of waiting.
 */
export function migrate(db: Database, file: string, target = latestSchemaVersion): number {
  refuseNewerDatabase(db, file);
  if (migrations.every((m) => m.version <= schemaVersionOf(db) || m.version > target)) return schemaVersionOf(db);
  db.transaction(() => {
    refuseNewerDatabase(db, file);
    const current = schemaVersionOf(db);
    for (const m of migrations.filter((m) => m.version > current && m.version <= target)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return schemaVersionOf(db);
}
