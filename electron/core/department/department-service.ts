/**
 * The department in the app (issue 16): Settings connects, tests and disconnects; while
 * connected the live link (sync/watch.ts: LISTEN, backoff) runs in the app's back end (Electron
 * main or the browser-mode host) and tells the renderer when pulled changes touched facts, so
 * open notes' chips refresh at once. Connect and sync are the CLI's own functions (sync/sync.ts).
 *
 * The password never reaches the store, a log or an error: the URL kept is the one without it
 * (a URL carrying one is refused here), Electron keeps a typed password with safeStorage
 * (electron/main/department-secret.ts), and browser mode takes it from PGPASSWORD/~/.pgpass only.
 */
import type { Database } from 'better-sqlite3';
import type { AppEventName } from '../../../shared/api';
import type { HandlersFor } from '../../../shared/api';
import type { DepartmentIdentity, DepartmentState, departmentContract } from '../../../shared/contract/department';
import { keyedError, type ApiErrorCode } from '../../../shared/errors';
import { countOutbox, deleteDepartmentLink, getDepartmentLink, isJoinedToDepartment } from '../db/repositories/department';
import { listDivergedFacts } from '../db/repositories/facts';
import { connectDepartment, DepartmentError, departmentTarget, type DepartmentErrorReason } from './connection';
import { departmentStatus } from './status';
import { createSyncSession, joinDepartment, type Replica } from './sync/sync';
import { watchDepartment } from './sync/watch';

/** Where the app keeps the department password (Electron: safeStorage; browser mode: nowhere). */
export interface DepartmentPassword {
  readonly storage: 'safeStorage' | 'environment';
  /** Throws when the password cannot be kept (browser mode; no OS encryption). */
  save(password: string): void;
  /** The kept password, or undefined: then libpq's PGPASSWORD / ~/.pgpass apply. */
  password(): Promise<string | undefined>;
  isKept(): boolean;
  forget(): void;
}

/** Browser mode and the CLI: nothing is kept; the password comes from PGPASSWORD or ~/.pgpass. */
export const environmentPassword: DepartmentPassword = {
  storage: 'environment',
  save() {
    throw keyedError('refused', 'department.passwordNotKept');
  },
  password: () => Promise.resolve(undefined),
  isKept: () => false,
  forget: () => undefined,
};

export interface DepartmentServiceOptions {
  password: DepartmentPassword;
  /** Tells the renderer (Electron IPC, the host's event stream) that facts or the link changed. */
  emit(event: AppEventName): void;
}

const codeFor: Record<DepartmentErrorReason, ApiErrorCode> = {
  refused: 'refused',
  unreachable: 'refused',
  wrongPassword: 'unauthorized',
  passwordNeeded: 'unauthorized',
  noDatabase: 'not_found',
  notInitialised: 'not_found',
  notMember: 'forbidden',
  badUrl: 'invalid_request',
  other: 'refused',
};

/** A department failure worded by `errors.department.<reason>`; the English detail is already scrubbed of the password. */
function departmentFailure(error: unknown, url: string | null) {
  if (!(error instanceof DepartmentError)) return error;
  return keyedDepartmentError(error.reason, error.message, url);
}

function keyedDepartmentError(reason: DepartmentErrorReason, detail: string, url: string | null) {
  let where = { host: '', port: '', database: '', role: '' };
  try {
    if (url) {
      const t = departmentTarget(url);
      where = { host: t.host, port: String(t.port), database: t.database, role: t.user };
    }
  } catch {
    // A URL that is not one: the reason says so.
  }
  return keyedError(codeFor[reason], `department.${reason}`, { ...where, detail });
}

function refuseUrlWithPassword(url: string): void {
  try {
    if (new URL(url).password) throw keyedError('invalid_request', 'department.passwordInUrl');
  } catch (error) {
    if (error instanceof TypeError) throw keyedError('invalid_request', 'department.badUrl', { detail: '' });
    throw error;
  }
}

const strongest = (memberOf: readonly string[]): DepartmentIdentity['departmentRole'] =>
  memberOf.includes('briefing_admin') ? 'admin' : memberOf.includes('briefing_curator') ? 'curator' : memberOf.includes('briefing_drafter') ? 'drafter' : 'reader';

export function createDepartmentService(db: Database, replica: Replica, options: DepartmentServiceOptions) {
  const { password: keeper, emit } = options;
  let live: { stop: AbortController; done: Promise<void> } | undefined;
  let linkState: 'synced' | 'syncing' | 'offline' = 'syncing';
  let offlineReason: DepartmentState['offlineReason'] = null;
  // "Sync now" keeps its connection between syncs; closed when the live link stops (shutdown, connect, disconnect).
  const session = createSyncSession(db);

  const changed = (state: typeof linkState, reason?: { reason: DepartmentErrorReason; detail: string }) => {
    linkState = state;
    offlineReason = reason ? (keyedDepartmentError(reason.reason, reason.detail, getDepartmentLink(db)?.url ?? null).wording ?? null) : null;
    emit('department-changed');
  };

  function state(): DepartmentState {
    const link = getDepartmentLink(db);
    const { waiting, refused } = countOutbox(db);
    return {
      state: link ? (live ? linkState : 'offline') : 'none',
      url: link?.url ?? null,
      role: link?.role ?? null,
      waiting,
      refused,
      lastSyncAt: link?.lastSyncAt ?? null,
      offlineReason: link && linkState === 'offline' ? offlineReason : null,
      passwordStorage: keeper.storage,
      passwordKept: keeper.isKept(),
      diverged: listDivergedFacts(db),
    };
  }

  /** Follows the department while this data folder is joined to one; a no-op otherwise. */
  function start(): void {
    if (live || !isJoinedToDepartment(db)) return;
    const stop = new AbortController();
    linkState = 'syncing';
    const done = watchDepartment(db, replica, {
      signal: stop.signal,
      password: () => keeper.password(),
      onSyncStart: () => changed('syncing'),
      onSync: (report) => {
        changed('synced');
        if (report.pulled > 0 || report.refused.length > 0) emit('facts-changed');
      },
      onState: (s) => (s.state === 'offline' ? changed('offline', { reason: s.reason, detail: s.error }) : undefined),
    }).catch((error: unknown) => changed('offline', { reason: 'other', detail: error instanceof Error ? error.message : String(error) }));
    live = { stop, done };
  }

  async function stop(): Promise<void> {
    const running = live;
    live = undefined;
    running?.stop.abort();
    await Promise.all([running?.done, session.close()]);
  }

  const passwordFor = (typed: string | undefined) => (typed === undefined ? () => keeper.password() : () => Promise.resolve(typed));

  const handlers: HandlersFor<typeof departmentContract> = {
    'department.status': () => state(),
    'department.test': async ({ url, password }) => {
      refuseUrlWithPassword(url);
      if (password !== undefined && keeper.storage === 'environment') throw keyedError('refused', 'department.passwordNotKept');
      try {
        const connection = await connectDepartment(url, { desktop: getDepartmentLink(db)?.desktopId ?? 'settings-test', password: passwordFor(password), connectTimeoutMs: 5000 });
        try {
          const status = await departmentStatus(connection.client);
          return { role: status.role, memberOf: status.memberOf, departmentRole: strongest(status.memberOf), database: connection.target.database, host: connection.target.host };
        } catch (error) {
          throw connection.explain(error);
        } finally {
          await connection.close();
        }
      } catch (error) {
        throw departmentFailure(error, url);
      }
    },
    'department.connect': async ({ url, password }) => {
      refuseUrlWithPassword(url);
      if (password !== undefined && keeper.storage === 'environment') throw keyedError('refused', 'department.passwordNotKept');
      await stop();
      try {
        await joinDepartment(db, url, passwordFor(password));
      } catch (error) {
        start();
        throw departmentFailure(error, url);
      }
      try {
        if (password !== undefined) keeper.save(password);
      } finally {
        // Joined either way: without a kept password the live link falls back to PGPASSWORD / ~/.pgpass.
        start();
      }
      emit('department-changed');
      return state();
    },
    'department.disconnect': async () => {
      await stop();
      db.transaction(() => deleteDepartmentLink(db)).immediate();
      keeper.forget();
      emit('department-changed');
      return state();
    },
    'department.syncNow': async () => {
      const link = getDepartmentLink(db);
      if (!link) throw keyedError('not_found', 'department.notJoined');
      try {
        await session.sync(replica, { password: () => keeper.password(), connectTimeoutMs: 5000 });
      } catch (error) {
        throw departmentFailure(error, link.url);
      }
      emit('department-changed');
      return state();
    },
  };

  return { handlers, start, stop, state, isLive: () => live !== undefined };
}

export type DepartmentService = ReturnType<typeof createDepartmentService>;
