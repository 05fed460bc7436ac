/**
 * Opens everything the API needs for one data directory and returns the handlers for the
 * contract. Each capability contributes its own handlers; this file only composes them.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, constants, copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ApiHandlers, AppEventName, HandlersFor } from '../../../shared/api';
import type { appContract } from '../../../shared/contract/app';
import { openDatabase, readOnlyNoticeOf, readOnlyWordingOf } from '../db/connection';
import { storeCreationError, storeErrorOf } from '../db/store-errors';
import { schemaVersionOf } from '../db/migrations/index';
import { countRows } from '../db/repositories/counts';
import { factsHandlers } from '../facts/handlers';
import { notesHandlers } from '../notes/handlers';
import { exportHandlers } from '../export/handlers';
import { packsHandlers } from '../packs/handlers';
import { profileHandlers } from '../profile/profile';
import { sourcesHandlers } from '../sources/handlers';
import { productName } from '../paths';
import { createDepartmentService, environmentPassword, type DepartmentPassword, type DepartmentService } from '../department/department-service';
import { createFactStore } from '../facts/fact-store';

export interface AppContext {
  dataDir: string;
  resourcesDir: string;
  version: string;
  transport: 'electron' | 'browser' | 'cli';
  /** Electron keeps the department password with safeStorage; elsewhere it comes from PGPASSWORD or ~/.pgpass. */
  departmentPassword?: DepartmentPassword;
}

/** Events the back end pushes to the renderer (Electron IPC, the host's event stream). */
export interface AppEvents {
  subscribe(listener: (event: AppEventName) => void): () => void;
}

export interface AppServices {
  handlers: ApiHandlers;
  db: Database;
  /** Why the store could only be opened for reading, or null. */
  readOnly: string | null;
  /** The department link; `department.start()` follows it live (the app, not the CLI). */
  department: DepartmentService;
  events: AppEvents;
  /** Closes the store; with the live link running, after it has stopped (await the promise then). */
  close(): Promise<void> | void;
}

export const storeFileName = 'briefing.sqlite';
export const starterStoreFile = (resourcesDir: string) => join(resourcesDir, 'starter', storeFileName);

/**
 * On first run the shipped starter store becomes the user's store (copied, never opened in
 * place). Race-free: each process builds its copy under a name of its own, brings it to WAL and
 * the latest schema there, then links it into place, which fails if a store already exists (two
 * first starts at once: the loser uses the winner's store). Private: the data folder is created
 * 0700 and the store 0600 (SQLite gives -wal and -shm the store's mode).
 */
export function ensureStore(ctx: AppContext): string {
  const file = join(ctx.dataDir, storeFileName);
  try {
    mkdirSync(ctx.dataDir, { recursive: true, mode: 0o700 });
    if (existsSync(file)) {
      journalFollowsStore(file);
      return file;
    }
    createStore(file, starterStoreFile(ctx.resourcesDir));
  } catch (error) {
    throw storeCreationError(error, ctx.dataDir) ?? error;
  }
  return file;
}

function createStore(file: string, starter: string): void {
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.new`);
  try {
    if (existsSync(starter)) {
      copyFileSync(starter, partial, constants.COPYFILE_EXCL);
      chmodSync(partial, privateFile);
    } else {
      writeFileSync(partial, '', { flag: 'wx', mode: privateFile });
    }
    openDatabase(partial).close();
    placeStore(partial, file);
  } finally {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
  }
}

/** link() never replaces an existing file; EEXIST means another first start got there first. */
function placeStore(partial: string, file: string): void {
  try {
    linkSync(partial, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    // A file system without hard links (FAT, some network shares): rename, unless a store appeared.
    if ((code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') && !existsSync(file)) renameSync(partial, file);
    else throw error;
  }
}

const privateFile = 0o600;

/** Stores made by earlier versions were 0644: other local users could read every note. */
function keepPrivate(file: string): void {
  const mode = writableModeOf(file);
  if (mode === null) return;
  if ((mode & 0o077) !== 0) changeMode(file, mode & 0o700);
  journalFollowsStore(file);
}

/**
 * -wal and -shm take the store's mode. A read-only session (a 0444 store) leaves 0444 ones
 * behind; once the store is writable again they would refuse every write, so they follow it.
 */
function journalFollowsStore(file: string): void {
  const mode = writableModeOf(file);
  if (mode === null) return;
  for (const path of [`${file}-wal`, `${file}-shm`]) {
    try {
      if ((statSync(path).mode & 0o777) !== mode) changeMode(path, mode);
    } catch {
      // Not there: nothing to align.
    }
  }
}

/** The store's permission bits, or null if it is missing or its owner made it read-only (left alone). */
function writableModeOf(file: string): number | null {
  try {
    const mode = statSync(file).mode & 0o777;
    return (mode & 0o200) === 0 ? null : mode;
  } catch {
    return null;
  }
}

function changeMode(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    // Not ours to change (another user's file, a read-only mount): the store still opens.
  }
}

/**
 * A large pull that a crash (or a quit) cut short left the search index behind its facts: it is
 * rebuilt before search answers. While another process holds the store, search says it is
 * rebuilding, and the next open or sync rebuilds.
 */
function rebuildSearchIndexLeftBehind(facts: ReturnType<typeof createFactStore>): void {
  try {
    facts.finishSearchIndex();
  } catch (error) {
    if (storeErrorOf(error)?.code !== 'store_busy') throw error;
  }
}

export function openAppServices(ctx: AppContext): AppServices {
  const file = ensureStore(ctx);
  const db = openDatabase(file);
  // Only a store that opened for writing: a damaged, newer or read-only one is left exactly as it is.
  if (!readOnlyNoticeOf(db)) keepPrivate(file);
  const listeners = new Set<(event: AppEventName) => void>();
  const facts = createFactStore(db);
  if (!readOnlyNoticeOf(db)) rebuildSearchIndexLeftBehind(facts);
  const department = createDepartmentService(db, facts, {
    password: ctx.departmentPassword ?? environmentPassword,
    emit: (event) => listeners.forEach((listener) => listener(event)),
  });
  const handlers: ApiHandlers = {
    ...appHandlers(ctx, db),
    ...factsHandlers(db),
    ...sourcesHandlers(db),
    ...notesHandlers(db),
    ...exportHandlers(db),
    ...packsHandlers(db),
    ...profileHandlers(db),
    ...department.handlers,
  };
  return {
    handlers,
    db,
    readOnly: readOnlyNoticeOf(db),
    department,
    events: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    close: () => {
      if (department.isLive()) return department.stop().then(() => void db.close());
      // No live link: this only lets go of the connection "sync now" kept (no need to wait for the server's goodbye).
      void department.stop();
      db.close();
    },
  };
}

function appHandlers(ctx: AppContext, db: Database): HandlersFor<typeof appContract> {
  return {
    'app.info': () => ({
      name: productName,
      version: ctx.version,
      dataDir: ctx.dataDir,
      schemaVersion: schemaVersionOf(db),
      transport: ctx.transport,
      readOnly: readOnlyNoticeOf(db),
      readOnlyWording: readOnlyWordingOf(db),
      counts: countRows(db),
    }),
  };
}
