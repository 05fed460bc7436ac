/**
 * Opens the store: one better-sqlite3 connection per process, pragmas set for durability.
 * better-sqlite3 runs WAL with synchronous=NORMAL unless told otherwise, which can roll back
 * a committed transaction on power loss; FULL makes every commit durable.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrate, refuseNewerDatabase } from './migrations/index';

export interface OpenOptions {
  readonly?: boolean;
  /** Stop at this schema version instead of the latest (migration tests). */
  targetVersion?: number;
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const db = new BetterSqlite3(file, { readonly: options.readonly ?? false });
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MiB of page cache (default 2 MiB): index pages of a large store stay in memory.
    db.pragma('cache_size = -32768');
    // Before anything writes (switching to WAL rewrites the header): a newer file stays untouched.
    refuseNewerDatabase(db, file);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      migrate(db, file, options.targetVersion);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
