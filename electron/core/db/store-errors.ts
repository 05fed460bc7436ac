/**
 * The one place SQLite's failures become words a user can act on. SQLite says "file is not a
 * database" or "attempt to write a readonly database"; the user needs to know whether their
 * notes are safe and what to do. Used where the store is opened (connection.ts) and where
 * every API call ends (the dispatcher), so no handler translates for itself.
 */
import { dirname } from 'node:path';
import { ApiError, keyedError, type ApiErrorCode, type ApiErrorWording } from '../../../shared/errors';
import { NewerDatabaseError } from './migrations/index';

/** What `busy_timeout` is set to: how long a write waits for another process's write to finish. */
export const busyTimeoutMs = 5000;

/** better-sqlite3's SqliteError carries the extended result code, e.g. SQLITE_READONLY_DIRECTORY. */
function sqliteCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return undefined;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** SQLite's primary result code → the API code and the catalogue message (`errors.store.*`) that explains it. */
const messages: Record<string, [ApiErrorCode, string]> = {
  SQLITE_BUSY: ['store_busy', 'store.busy'],
  SQLITE_READONLY: ['store_read_only', 'store.readOnly'],
  SQLITE_FULL: ['store_full', 'store.full'],
  SQLITE_CORRUPT: ['store_corrupt', 'store.corrupt'],
  SQLITE_CANTOPEN: ['store_unavailable', 'store.cantOpen'],
  SQLITE_IOERR: ['store_unavailable', 'store.ioError'],
};
messages.SQLITE_LOCKED = messages.SQLITE_BUSY!;
messages.SQLITE_NOTADB = messages.SQLITE_CORRUPT!;

/**
 * The plain-language error for a failure of the store, or undefined for anything else.
 * `file` names the store when the caller knows it (at open); the dispatcher does not.
 */
export function storeErrorOf(error: unknown, file?: string): ApiError | undefined {
  if (error instanceof ApiError) return undefined;
  if (error instanceof NewerDatabaseError) return keyedError('store_newer', 'api.store.newer', { file: error.file, found: error.found, supported: error.supported });
  const code = sqliteCode(error);
  if (code === undefined) return undefined;
  // Extended codes (SQLITE_READONLY_DIRECTORY, SQLITE_IOERR_WRITE, …) share their primary's meaning.
  const primary = code.match(/^SQLITE_[A-Z]+/)?.[0] ?? code;
  const message = messages[primary];
  if (!message) return undefined;
  const [apiCode, key] = message;
  // ICU `select` on `file`: "your Briefing Studio store" or "… store (<file>)".
  return keyedError(apiCode, key, { file: file ?? 'none', seconds: busyTimeoutMs / 1000 });
}

/** Opening for reading only: why, as a catalogue message (the app words it in its language; `briefing info` and the CLI in English). */
export function readOnlyNotice(file: string, reason: 'file' | 'folder'): ApiErrorWording {
  return { key: 'store.openReadOnly', params: { reason, file, folder: dirname(file) } };
}

/** A read-only store whose schema is older than this app's cannot be upgraded, so it is not read either. */
export function readOnlyNeedsUpgrade(file: string, found: number, latest: number): ApiError {
  return keyedError('store_read_only', 'api.store.readOnlyOlder', { file, found, latest });
}

/** A first start that cannot create the store: the data folder is read-only or its disk is full. */
export function storeCreationError(error: unknown, folder: string): ApiError | undefined {
  const translated = storeErrorOf(error, folder);
  if (translated || error instanceof ApiError) return translated;
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return keyedError('store_read_only', 'api.store.cannotCreate', { folder });
    case 'ENOSPC':
      return keyedError('store_full', 'api.store.fullAtCreate', { folder });
    default:
      return undefined;
  }
}
