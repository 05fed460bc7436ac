/**
 * Sync between this data folder and its department (issue 16, docs/DEPARTMENT.md):
 *
 * - push: outbox records oldest first, a page per server transaction, each under a savepoint
 *   so the department's refusal of one (a drafter verifying, four eyes) keeps it here with the
 *   department's words and lets the others through. The page commits on the server before the
 *   records leave the outbox here; a crash in between re-sends records the department already
 *   holds, which it recognises by id and ignores.
 * - pull: everything after the cursor, a page at a time, each page applied through the facts
 *   service in one immediate SQLite transaction together with its new cursor.
 *
 * Push runs first, so this desktop's own records come back in the same sync with the numbers
 * and names the department gave them.
 */
import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import {
  countOutbox,
  deleteOutbox,
  getDepartmentLink,
  listOutbox,
  markOutboxFailed,
  recordSyncOutcome,
  saveDepartmentLink,
  type DepartmentLinkRow,
  type OutboxRow,
} from '../../db/repositories/department';
import { listDivergedFacts, type DivergedFact } from '../../db/repositories/facts';
import type { PulledChange } from '../../facts/fact-replica';
import { isoNow } from '../../sources/source-store';
import { connectDepartment, DepartmentError, urlWithoutPassword, type DepartmentConnection } from '../connection';
import { departmentStatus, type DepartmentRole } from '../status';
import { pushRecord, recordsAlreadyThere } from './record-kinds';

/** The facts service's half of a pull (core/facts/fact-replica.ts). */
export interface Replica {
  applyPulledChanges(changes: readonly PulledChange[], cursor: number, options?: { deferIndex?: boolean }): { facts: number };
  /** Rebuilds the search index a large pull (or one a crash cut short) left behind. */
  finishSearchIndex(): boolean;
}

/**
 * A pull of more records than this leaves the search index behind while it applies its pages
 * and rebuilds it once at the end (issue 16 item 2): reindexing fact by fact was 43% of a first
 * sync's CPU, and wrote a fact twice when its version and its quote came in different pages.
 * Below it, rebuilding the whole index would cost more than the pull.
 */
export const deferIndexAbove = 5000;

export interface SyncOptions {
  /** Records per pulled page (each page one SQLite transaction) and per pushed page (one server transaction). */
  pageSize?: number;
  /** A pull of more records than this defers the search index to its end (default deferIndexAbove; the crash trials lower it). */
  deferIndexAbove?: number;
  /** Called after each pulled page: how far the pull is, and how far it goes, in the department's sequence numbers (gaps included). */
  onProgress?: (done: number, total: number) => void;
  password?: () => Promise<string | undefined>;
  connectTimeoutMs?: number;
  /** Test seam for the crash trials: called between the steps where a crash matters. */
  checkpoint?: (step: 'connected' | 'pushed-on-server' | 'pulled-page') => void;
}

export interface SyncReport {
  pushed: number;
  /** Already in the department (a retry after a lost reply or a crash). */
  alreadyThere: number;
  refused: { id: string; kind: string; factId: string | null; reason: string }[];
  pulled: number;
  cursor: number;
  at: string;
}

export interface LinkReport {
  url: string;
  role: string;
  memberOf: DepartmentRole[];
  desktopId: string;
  waiting: number;
}

export function requireLink(db: Database): DepartmentLinkRow {
  const link = getDepartmentLink(db);
  if (!link) throw new DepartmentError('This data folder has not joined a department: run `briefing department connect --url postgres://ROLE@HOST:PORT/DATABASE` first.');
  return link;
}

/** Opens a connection to this data folder's department, as its desktop. */
export function connectLinked(db: Database, password?: () => Promise<string | undefined>, connectTimeoutMs?: number): Promise<DepartmentConnection> {
  const link = requireLink(db);
  return connectDepartment(link.url, { desktop: link.desktopId, password, connectTimeoutMs });
}

/** `department connect`: checks the URL leads to a department this role may pull from, then records it (without the password). */
export async function joinDepartment(db: Database, url: string, password?: () => Promise<string | undefined>): Promise<LinkReport> {
  const stored = urlWithoutPassword(url);
  const desktopId = getDepartmentLink(db)?.desktopId ?? `desktop-${uuidv7()}`;
  const connection = await connectDepartment(url, { desktop: desktopId, password });
  try {
    const status = await departmentStatus(connection.client);
    db.transaction(() => saveDepartmentLink(db, { url: stored, desktopId, role: status.role, joinedAt: isoNow() })).immediate();
    return { url: stored, role: status.role, memberOf: status.memberOf, desktopId, waiting: countOutbox(db).waiting };
  } catch (error) {
    throw connection.explain(error);
  } finally {
    await connection.close();
  }
}

const isServerRefusal = (error: unknown) => typeof (error as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);

interface PushedPage {
  done: string[];
  refused: SyncReport['refused'];
  pushed: number;
  alreadyThere: number;
}

/**
 * One page of the outbox in one server transaction. First without savepoints, asking once per
 * kind which records the department already holds: two round trips per record instead of five.
 * A refusal (SQLSTATE) rolls that attempt back and returns undefined; the page then goes again
 * `carefully`, each record under a savepoint, so the department's refusal of one keeps it here
 * with the department's words and lets the others through.
 */
async function pushPage(client: pg.ClientBase, db: Database, page: readonly OutboxRow[], carefully: boolean): Promise<PushedPage | undefined> {
  const result: PushedPage = { done: [], refused: [], pushed: 0, alreadyThere: 0 };
  await client.query('BEGIN');
  try {
    const rows = page.map((entry) => JSON.parse(entry.rowJson) as Record<string, unknown>);
    const there = carefully ? undefined : await recordsAlreadyThere(client, page.map((entry, i) => ({ kind: entry.kind, id: rows[i]!.id })));
    for (const [i, entry] of page.entries()) {
      const row = rows[i]!;
      for (let attempt = 1; ; attempt++) {
        if (carefully) await client.query('SAVEPOINT record');
        try {
          const added = await pushRecord(client, db, entry.kind, row, there ? entry.kind !== 'facts' && there.has(String(row.id)) : undefined);
          if (carefully) await client.query('RELEASE SAVEPOINT record');
          if (added) result.pushed++;
          else result.alreadyThere++;
          result.done.push(entry.id);
          break;
        } catch (error) {
          if (!isServerRefusal(error)) throw error;
          if (!carefully) {
            await client.query('ROLLBACK');
            return undefined;
          }
          await client.query('ROLLBACK TO SAVEPOINT record');
          // Another desktop took the number between our read and our insert: take the next one.
          if ((error as { code: string }).code === '23505' && attempt < 5) continue;
          result.refused.push({ id: entry.id, kind: entry.kind, factId: entry.factId, reason: (error as Error).message });
          break;
        }
      }
    }
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function push(client: pg.ClientBase, db: Database, report: SyncReport, options: SyncOptions): Promise<void> {
  for (;;) {
    const page = listOutbox(db, Math.min(options.pageSize ?? 500, 500)).filter((e) => e.lastError === null);
    if (page.length === 0) return;
    const { done, refused, pushed, alreadyThere } = (await pushPage(client, db, page, false)) ?? (await pushPage(client, db, page, true))!;
    report.pushed += pushed;
    report.alreadyThere += alreadyThere;
    options.checkpoint?.('pushed-on-server');
    db.transaction(() => {
      for (const id of done) deleteOutbox(db, id);
      for (const r of refused) markOutboxFailed(db, r.id, `refused by the department: ${r.reason}`);
    }).immediate();
    report.refused.push(...refused);
  }
}

async function pull(client: pg.ClientBase, db: Database, replica: Replica, report: SyncReport, options: SyncOptions): Promise<void> {
  const pageSize = options.pageSize ?? 10_000;
  const start = requireLink(db).pulledSeq;
  let cursor = start;
  // Every seq up to the highest visible one is committed (or a rolled-back gap, never filled):
  // the department draws numbers one writing transaction at a time (docs/DEPARTMENT.md).
  // max(seq) alone is answered from each table's seq index; counting the rows after the cursor
  // scanned the whole log on every sync (0.4 s at 300,000 changes), so progress is in seq.
  const head = await client.query<{ upto: string }>('SELECT coalesce(max(seq), 0) AS upto FROM briefing.changes');
  const upto = Number(head.rows[0]?.upto ?? 0);
  // A range of seq, not ORDER BY ... LIMIT: each table of the view answers from its seq index,
  // and only the page's rows are turned into JSON (a LIMIT over the view sorted all of them).
  const fetchPage = (after: number, until: number) => {
    const page = client.query<{ seq: string; kind: string; row: Record<string, unknown> }>(
      'SELECT seq, kind, row FROM briefing.changes WHERE seq > $1 AND seq <= $2 ORDER BY seq',
      [after, until],
    );
    page.catch(() => undefined); // awaited below; a failure while the previous page is applied must not go unhandled
    return page;
  };
  const deferIndex = upto - start > (options.deferIndexAbove ?? deferIndexAbove);
  let next = cursor < upto ? fetchPage(cursor, Math.min(cursor + pageSize, upto)) : undefined;
  while (next) {
    const until = Math.min(cursor + pageSize, upto);
    const { rows } = await next;
    // The server prepares the next page while this one is applied (the CPU work of both sides overlaps).
    next = until < upto ? fetchPage(until, Math.min(until + pageSize, upto)) : undefined;
    const changes = rows.map((r) => ({ seq: Number(r.seq), kind: r.kind, row: r.row }));
    replica.applyPulledChanges(changes, until, { deferIndex });
    cursor = until;
    report.pulled += changes.length;
    options.checkpoint?.('pulled-page');
    options.onProgress?.(cursor - start, upto - start);
  }
  // Also finishes the index of a large pull a crash cut short, whatever this pull's size.
  replica.finishSearchIndex();
  report.cursor = cursor;
}

/** One sync on an open connection: push, then pull. */
export async function syncWith(connection: DepartmentConnection, db: Database, replica: Replica, options: SyncOptions = {}): Promise<SyncReport> {
  const report: SyncReport = { pushed: 0, alreadyThere: 0, refused: [], pulled: 0, cursor: requireLink(db).pulledSeq, at: isoNow() };
  options.checkpoint?.('connected');
  try {
    await push(connection.client, db, report, options);
    await pull(connection.client, db, replica, report, options);
  } catch (error) {
    const explained = connection.explain(error);
    db.transaction(() => recordSyncOutcome(db, null, explained.message)).immediate();
    throw explained;
  }
  db.transaction(() => recordSyncOutcome(db, report.at, null)).immediate();
  return report;
}

/** `department sync`: connects, syncs once, disconnects. */
export async function syncOnce(db: Database, replica: Replica, options: SyncOptions = {}): Promise<SyncReport> {
  const connection = await connectLinked(db, options.password, options.connectTimeoutMs);
  try {
    return await syncWith(connection, db, replica, options);
  } finally {
    // Not awaited: the sync is complete (pages and cursor committed here, pushes on the server);
    // waiting for the server to see the goodbye and end its backend cost ~30 ms per sync.
    void connection.close();
  }
}

/**
 * Syncs that keep their connection in between (issue 16): the app's "sync now" and repeated
 * syncs pay the handshake (TCP, SCRAM: 30–100 ms, most of a small sync) once. The connection
 * is dropped after any failure and when the server ends it; the next sync connects afresh, so
 * an unreachable department says so as on a first connect and a restarted one is found again.
 * A failure on a kept connection (the server restarted since) is tried once more on a fresh one:
 * a sync may run twice, since a page and its cursor are applied together and pushes are
 * recognised by id. close() on shutdown and when the link changes.
 */
export function createSyncSession(db: Database) {
  let kept: { connection: DepartmentConnection; url: string; lost: boolean } | undefined;
  // One sync at a time on the kept connection: two would interleave their transactions.
  let running: Promise<unknown> = Promise.resolve();
  const drop = () => {
    const gone = kept;
    kept = undefined;
    return gone ? gone.connection.close() : Promise.resolve();
  };
  async function syncKept(replica: Replica, options: SyncOptions): Promise<SyncReport> {
    // Another link since (connect, disconnect): the kept connection leads to the old department.
    if (kept && (kept.lost || kept.url !== requireLink(db).url)) void drop();
    const reused = kept !== undefined;
    if (!kept) {
      const connection = await connectLinked(db, options.password, options.connectTimeoutMs);
      const fresh = { connection, url: requireLink(db).url, lost: false };
      const lose = () => (fresh.lost = true);
      connection.client.on('error', lose);
      connection.client.on('end', lose);
      kept = fresh;
    }
    try {
      return await syncWith(kept.connection, db, replica, options);
    } catch (error) {
      void drop();
      if (reused) return syncKept(replica, options);
      throw error;
    }
  }
  return {
    sync(replica: Replica, options: SyncOptions = {}): Promise<SyncReport> {
      const turn = running.then(() => syncKept(replica, options));
      running = turn.catch(() => undefined);
      return turn;
    },
    close: drop,
  };
}

export type SyncSession = ReturnType<typeof createSyncSession>;

export interface LocalDepartmentStatus {
  linked: boolean;
  url?: string;
  role?: string;
  desktopId?: string;
  cursor?: number;
  /** Local changes not yet in the department, and of those, the ones it refused. */
  waiting: number;
  refused: number;
  lastSyncAt?: string | null;
  lastError?: string | null;
  online?: boolean;
  /** Changes in the department this replica has not pulled yet (when online). */
  behind?: number;
  /** Facts two desktops revised from the same version: both versions kept, for a curator to resolve. */
  diverged: DivergedFact[];
}

/** `department status` with a data folder: the replica's side, and whether the department answers. */
export async function localDepartmentStatus(db: Database, password?: () => Promise<string | undefined>): Promise<LocalDepartmentStatus> {
  const link = getDepartmentLink(db);
  const { waiting, refused } = countOutbox(db);
  const diverged = listDivergedFacts(db);
  if (!link) return { linked: false, waiting, refused, diverged };
  const base = { linked: true, url: link.url, role: link.role, desktopId: link.desktopId, cursor: link.pulledSeq, waiting, refused, lastSyncAt: link.lastSyncAt, lastError: link.lastError, diverged };
  let connection: DepartmentConnection | undefined;
  try {
    connection = await connectLinked(db, password, 3000);
    const behind = await connection.client.query<{ n: string }>('SELECT count(*) AS n FROM briefing.changes WHERE seq > $1', [link.pulledSeq]);
    return { ...base, online: true, behind: Number(behind.rows[0]?.n ?? 0) };
  } catch (error) {
    return { ...base, online: false, lastError: error instanceof Error ? error.message : String(error) };
  } finally {
    await connection?.close();
  }
}
