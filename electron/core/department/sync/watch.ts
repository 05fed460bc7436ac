/**
 * `department sync --watch` and the app's live link (issue 16): LISTEN on the department's
 * `briefing_changes` channel (migration 0030) and pull after the cursor whenever it speaks;
 * push whenever the outbox holds records. Without a connection: "offline, N changes waiting",
 * and reconnect with exponential backoff (1 s doubling to 30 s), catching up with an ordinary
 * sync. A notification carries only a number and is lost while nobody listens, so every
 * (re)connection starts with a full sync after the cursor.
 */
import type { Database } from 'better-sqlite3';
import { countOutbox } from '../../db/repositories/department';
import { DepartmentError, type DepartmentConnection, type DepartmentErrorReason } from '../connection';
import { connectLinked, syncWith, type Replica, type SyncOptions, type SyncReport } from './sync';

export type LinkState =
  | { state: 'online'; waiting: number }
  | { state: 'offline'; waiting: number; error: string; reason: DepartmentErrorReason; retryInMs: number };

export interface WatchOptions extends SyncOptions {
  signal: AbortSignal;
  /** Called as each sync begins (the app's status bar says "syncing…"). */
  onSyncStart?: () => void;
  onSync?: (report: SyncReport) => void;
  onState?: (state: LinkState) => void;
  /** How often the outbox is looked at for changes made by other processes (the app, `briefing facts verify`). */
  outboxPollMs?: number;
  maxBackoffMs?: number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });

export async function watchDepartment(db: Database, replica: Replica, options: WatchOptions): Promise<void> {
  const { signal } = options;
  let backoff = 1000;
  while (!signal.aborted) {
    let connection: DepartmentConnection | undefined;
    try {
      connection = await connectLinked(db, options.password, 5000);
      const live = connection;
      let wanted = true;
      let lost: Error | undefined;
      let wake: (() => void) | undefined;
      const poke = () => { wanted = true; wake?.(); };
      live.client.on('notification', poke);
      live.client.on('error', (error) => { lost = error; wake?.(); });
      live.client.on('end', () => { lost ??= new Error('the department closed the connection'); wake?.(); });
      signal.addEventListener('abort', () => wake?.(), { once: true });
      await live.client.query('LISTEN briefing_changes');
      backoff = 1000;
      options.onState?.({ state: 'online', waiting: countOutbox(db).waiting });
      const poll = setInterval(() => {
        const outbox = countOutbox(db);
        if (outbox.waiting > outbox.refused) poke();
      }, options.outboxPollMs ?? 1000);
      try {
        while (!signal.aborted && !lost) {
          if (wanted) {
            wanted = false;
            options.onSyncStart?.();
            const report = await syncWith(live, db, replica, options);
            options.onSync?.(report);
            continue;
          }
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      } finally {
        clearInterval(poll);
      }
      if (lost) throw lost;
    } catch (error) {
      if (signal.aborted) break;
      const message = error instanceof Error ? error.message : String(error);
      const reason = error instanceof DepartmentError ? error.reason : 'other';
      options.onState?.({ state: 'offline', waiting: countOutbox(db).waiting, error: message, reason, retryInMs: backoff });
      await sleep(backoff, signal);
      backoff = Math.min(backoff * 2, options.maxBackoffMs ?? 30_000);
    } finally {
      await connection?.close();
    }
  }
}
