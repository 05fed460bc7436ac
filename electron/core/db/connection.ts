/**
 * Opens the store: one better-sqlite3 connection per process, pragmas set for durability.
 * better-sqlite3 runs WAL with synchronous=NORMAL unless told otherwise, which can roll back
 * a committed transaction on power loss; FULL makes every commit durable.
 *
 * A store that cannot be written (a 0444 file, a read-only folder or mount) is opened for
 * reading, so notes can still be read and exported; writes then fail with `store_read_only`.
 * Every failure to open is said in plain words (store-errors.ts), and a damaged or newer file is
 * never written to.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { latestSchemaVersion, migrate, refuseNewerDatabase, schemaVersionOf } from './migrations/index';
import type { ApiErrorWording } from '../../../shared/errors';
import { formatMessage } from '../../../shared/messages';
import { busyTimeoutMs, readOnlyNeedsUpgrade, readOnlyNotice, storeErrorOf } from './store-errors';

export interface OpenOptions {
  readonly?: boolean;
  /** Stop at this schema version instead of the latest (migration tests). */
  targetVersion?: number;
}

const readOnlyNotices = new WeakMap<Database, ApiErrorWording>();

/** Why the store was opened read-only although the app asked to write (catalogue key and arguments), or null. */
export function readOnlyWordingOf(db: Database): ApiErrorWording | null {
  return readOnlyNotices.get(db) ?? null;
}

/** The same, in English (the CLI, `briefing info`, logs). */
export function readOnlyNoticeOf(db: Database): string | null {
  const wording = readOnlyWordingOf(db);
  return wording ? formatMessage('en', `errors.${wording.key}`, wording.params) : null;
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  try {
    if (options.readonly) return openForReading(file);
    const readOnly = readOnlyReason(file);
    if (readOnly) return openReadOnlyStore(file, readOnly);
    try {
      return openForWriting(file, options.targetVersion);
    } catch (error) {
      // Permissions the checks above cannot see (ACLs, a mount that turned read-only).
      if (storeErrorOf(error)?.code === 'store_read_only' && existsSync(file)) return openReadOnlyStore(file, readOnlyReason(file) ?? 'folder');
      throw error;
    }
  } catch (error) {
    throw storeErrorOf(error, file) ?? error;
  }
}

function configure(db: Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // 32 MiB of page cache (default 2 MiB): index pages of a large store stay in memory.
  db.pragma('cache_size = -32768');
}

/**
 * Runs `fn` (one transaction) with synchronous=NORMAL: its commit is not fsynced, the next
 * FULL commit or checkpoint makes it durable. Only for a transaction whose loss on power
 * failure costs nothing: a pulled page commits with its cursor, so a lost page is pulled again
 * (WAL replays whole transactions only). One fsync less per page: a median 4 ms, a p95 20 ms here.
 */
export function withoutCommitFsync<T>(db: Database, fn: () => T): T {
  if (db.inTransaction) return fn();
  const before = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    return fn();
  } finally {
    db.pragma(`synchronous = ${before}`);
  }
}

function openForWriting(file: string, targetVersion: number | undefined): Database {
  const db = new BetterSqlite3(file);
  try {
    configure(db);
    // Before anything writes (switching to WAL rewrites the header): a newer or damaged file
    // stays untouched. Reading the schema finds a damaged header or schema; random bytes fail on the first read.
    refuseNewerDatabase(db, file);
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    migrate(db, file, targetVersion);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function openForReading(file: string): Database {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    configure(db);
    refuseNewerDatabase(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Root may write a 0444 file, but its owner marked it read-only, so the mode bits count as well
 * as what the kernel would allow (EACCES for a user, EROFS for a read-only mount).
 */
function readOnlyReason(file: string): 'file' | 'folder' | null {
  if (existsSync(dirname(file)) && !writable(dirname(file))) return 'folder';
  if (existsSync(file) && !writable(file)) return 'file';
  return null;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    const stat = statSync(path);
    // Windows sets the read-only attribute on customised folders without making them read-only.
    if (process.platform === 'win32' && stat.isDirectory()) return true;
    return (stat.mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

function openReadOnlyStore(file: string, reason: 'file' | 'folder'): Database {
  const db = openReadOnlyConnection(file);
  try {
    const found = schemaVersionOf(db);
    if (found < latestSchemaVersion) throw readOnlyNeedsUpgrade(file, found, latestSchemaVersion);
    readOnlyNotices.set(db, readOnlyNotice(file, reason));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A WAL store needs its -shm file to be read, and SQLite cannot create one in a read-only folder
 * (SQLITE_READONLY_DIRECTORY). When no -wal file holds changes (the last writer closed cleanly,
 * which merges and removes it), the main file is the whole store: it is read into memory and
 * opened from there, marked as an old-style journal so SQLite needs no -shm. With a -wal left
 * behind, reading the main file alone would show stale data, so that is refused instead.
 */
function openReadOnlyConnection(file: string): Database {
  try {
    const db = openForReading(file);
    schemaVersionOf(db); // the first read is where a missing -shm shows
    return db;
  } catch (error) {
    const code = storeErrorOf(error)?.code;
    if ((code !== 'store_read_only' && code !== 'store_unavailable') || existsSync(`${file}-wal`)) throw error;
  }
  const bytes = readFileSync(file);
  // Bytes 18 and 19 of the header are the write and read format versions: 2 means WAL, 1 legacy.
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
  const db = new BetterSqlite3(bytes, { readonly: true });
  configure(db);
  refuseNewerDatabase(db, file);
  return db;
}
