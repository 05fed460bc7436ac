/**
 * `briefing department init|status`: a department's fact store on PostgreSQL (issue 16).
 * Neither opens the local SQLite store: init is an administrator's command against the server,
 * status reports what the server holds and what the connected role may do.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { connectDepartment, describeTarget, type DepartmentConnection } from '../../core/department/connection';
import { initDepartment, type InitReport } from '../../core/department/migrate';
import { seedDepartmentFromPack, type SeedReport } from '../../core/department/seed-pack';
import { readPack } from '../../core/packs/read-pack';
import type { FactPack } from '../../core/packs/pack-format';
import { departmentStatus, type DepartmentStatus } from '../../core/department/status';
import { joinDepartment, localDepartmentStatus, syncOnce, type LinkReport, type LocalDepartmentStatus, type SyncReport } from '../../core/department/sync/sync';
import { watchDepartment } from '../../core/department/sync/watch';
import { createFactStore } from '../../core/facts/fact-store';
import { UsageError, type CommandContext, type CommandSpec } from '../run';

function urlFlag(ctx: CommandContext, command: string): string {
  const url = ctx.args.flags.get('--url');
  if (typeof url !== 'string' || url.length === 0) throw new UsageError(`department ${command} needs --url postgres://ROLE@HOST:PORT/DATABASE`);
  if (ctx.args.positionals.length > 0) throw new UsageError(`department ${command} takes no arguments besides its flags`);
  return url;
}

/** Runs `work` on a connection and closes it; query errors come out without the password. */
async function withDepartment<T>(url: string, work: (connection: DepartmentConnection) => Promise<T>): Promise<T> {
  const connection = await connectDepartment(url, { desktop: hostname() });
  try {
    return await work(connection);
  } catch (error) {
    throw connection.explain(error);
  } finally {
    await connection.close();
  }
}

interface InitResult extends InitReport {
  target: string;
  seeded?: SeedReport;
}

/** The pack is read and checked (digest, source hashes) before anything connects. */
function packFlag(ctx: CommandContext): { pack: FactPack; name: string } | undefined {
  const file = ctx.args.flags.get('--from-pack');
  if (file === undefined) return undefined;
  if (file === true || file.length === 0) throw new UsageError('--from-pack needs a fact pack file');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`Cannot read ${file}: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`, { cause: error });
  }
  return { pack: readPack(bytes), name: basename(file) };
}

export const departmentCommands: Record<string, CommandSpec> = {
  'department init': {
    options: ['url', 'from-pack'],
    usage: 'briefing department init --url URL [--from-pack FILE] [--json] [--data-dir DIR]   (an administrator: create or migrate the department store)',
    run: async (ctx): Promise<InitResult> => {
      const url = urlFlag(ctx, 'init');
      const seed = packFlag(ctx);
      return withDepartment(url, async ({ client, target }) => {
        const result: InitResult = { target: describeTarget(target), ...(await initDepartment(client)) };
        if (seed) result.seeded = await seedDepartmentFromPack(client, seed.pack, seed.name);
        return result;
      });
    },
    text: (r) => {
      const { target, from, to, applied, seeded } = r as InitResult;
      const steps = applied.map((m) => `  ${String(m.version).padStart(4, '0')}-${m.name}\n`).join('');
      const head =
        applied.length === 0
          ? `The department store (${target}) is up to date: schema version ${to}.\n`
          : `${from === 0 ? 'Created' : 'Migrated'} the department store (${target}): schema version ${from} -> ${to}.\n${steps}`;
      const seedLine = seeded
        ? `Seeded from the pack: ${seeded.factsAdded.length} facts added, ${seeded.factsSkipped.length} already there; ${seeded.sourcesAdded} new sources.\n`
        : '';
      return head + seedLine;
    },
  },
  'department connect': {
    options: ['url'],
    usage: 'briefing department connect --url postgres://ROLE@HOST:PORT/DATABASE [--json] [--data-dir DIR]   (this data folder joins; the password comes from PGPASSWORD or ~/.pgpass and is never stored)',
    run: (ctx): Promise<LinkReport> => joinDepartment(ctx.services().db, urlFlag(ctx, 'connect')),
    text: (r) => {
      const l = r as LinkReport;
      return `Joined the department at ${l.url} as "${l.role}" (${l.memberOf.join(', ')}).
Facts you make from now on are shared on the next \`briefing department sync\`; facts made before stay local only.
`;
    },
  },
  'department sync': {
    options: ['watch', 'progress'],
    usage: 'briefing department sync [--watch] [--progress] [--json] [--data-dir DIR]   (push local changes, pull the department\'s; --watch stays and follows it live; a progress bar on stderr on a terminal, or anywhere with --progress)',
    run: async (ctx): Promise<SyncReport | { syncs: number }> => {
      if (ctx.args.positionals.length > 0) throw new UsageError('department sync takes no arguments besides its flags');
      const db = ctx.services().db;
      const facts = createFactStore(db);
      const progress = ctx.args.flags.has('--progress') || (process.stderr.isTTY && !ctx.json) ? progressBar(ctx.io.stderr, process.stderr.isTTY) : undefined;
      // Seams for the kill -9 trials (scripts/sync-crash-trials.ts): smaller pages, a deferred search index on small pulls, and where the sync is.
      const pageSize = Number(process.env.BRIEFING_SYNC_PAGE_SIZE) || undefined;
      const deferIndexAbove = Number(process.env.BRIEFING_SYNC_DEFER_INDEX_ABOVE) || undefined;
      const checkpoint = process.env.BRIEFING_SYNC_TRACE ? (step: string) => process.stderr.write(`@${step}\n`) : undefined;
      if (!ctx.args.flags.has('--watch')) return syncOnce(db, facts, { onProgress: progress, pageSize, deferIndexAbove, checkpoint });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      let syncs = 0;
      try {
        await watchDepartment(db, facts, {
          signal: stop.signal,
          onProgress: progress,
          onSync: (report) => {
            syncs++;
            if (report.pushed + report.pulled + report.refused.length > 0 || syncs === 1) ctx.io.stdout(ctx.json ? `${JSON.stringify(report)}\n` : syncText(report));
          },
          onState: (s) =>
            ctx.io.stderr(s.state === 'online' ? `briefing: online, ${s.waiting} changes waiting\n` : `briefing: offline, ${s.waiting} changes waiting (${s.error}); retrying in ${Math.round(s.retryInMs / 1000)} s\n`),
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      return { syncs };
    },
    text: (r) => ('syncs' in (r as object) ? `Stopped watching after ${(r as { syncs: number }).syncs} syncs.\n` : syncText(r as SyncReport)),
  },
  'department status': {
    options: ['url'],
    usage: 'briefing department status [--url URL] [--json] [--data-dir DIR]   (with --url: the department itself; without: this data folder\'s link, cursor and outbox)',
    run: (ctx): Promise<DepartmentStatus | LocalDepartmentStatus> =>
      ctx.args.flags.has('--url') ? withDepartment(urlFlag(ctx, 'status'), ({ client }) => departmentStatus(client)) : localDepartmentStatus(ctx.services().db),
    text: (r) => {
      if ('linked' in (r as object)) return localStatusText(r as LocalDepartmentStatus);
      const s = r as DepartmentStatus;
      const c = s.counts;
      const newer = s.schemaVersion > s.latestKnownVersion ? ` (newer than this Briefing Studio knows: ${s.latestKnownVersion})` : '';
      return (
        `Department store: schema version ${s.schemaVersion}${newer}\n` +
        `You are "${s.role}": ${s.memberOf.join(', ')}\n` +
        `Four eyes: ${s.fourEyes ? 'on (a second curator verifies each fact)' : 'OFF (a curator may verify their own facts)'}\n` +
        `${c.facts} facts (${c.factVersions} versions), ${c.sources} sources, ${c.evidence} quotes, ${c.statusChanges} status changes, ${c.aliases} aliases; last change ${s.lastChange}\n`
      );
    },
  },
};

function syncText(r: SyncReport): string {
  const refused = r.refused.map((x) => `  refused (${x.kind}${x.factId ? ` of ${x.factId}` : ''}): ${x.reason}\n`).join('');
  const again = r.alreadyThere > 0 ? ` (${r.alreadyThere} already there)` : '';
  return `Synced at ${r.at}: pushed ${r.pushed}${again}, pulled ${r.pulled}, cursor ${r.cursor}.\n${refused}`;
}

function localStatusText(s: LocalDepartmentStatus): string {
  if (!s.linked) return `This data folder has not joined a department (${s.waiting} local changes). Join with: briefing department connect --url URL\n`;
  const line = s.online ? `online, ${s.behind} changes to pull` : `offline, ${s.waiting} changes waiting (${s.lastError ?? 'no connection'})`;
  return (
    `Department: ${s.url} as "${s.role}" (desktop ${s.desktopId})\n` +
    `State: ${line}\n` +
    `Cursor: ${s.cursor}; outbox: ${s.waiting} waiting${s.refused > 0 ? `, ${s.refused} refused by the department` : ''}\n` +
    `Last sync: ${s.lastSyncAt ?? 'never'}\n`
  );
}

/**
 * A progress bar on stderr, for a first sync of a large department: redrawn in place on a
 * terminal, otherwise (--progress into a file or a pipe) a line at each tenth.
 */
function progressBar(write: (text: string) => void, terminal: boolean): (done: number, total: number) => void {
  let shownTenth = -1;
  return (done, total) => {
    const share = Math.min(1, done / Math.max(total, 1));
    const width = 30;
    const filled = Math.round(share * width);
    const line = `pulling [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.floor(share * 100)}%`;
    if (terminal) {
      write(`\r${line}${share >= 1 ? '\n' : ''}`);
    } else if (Math.floor(share * 10) > shownTenth) {
      shownTenth = Math.floor(share * 10);
      write(`${line}\n`);
    }
  };
}
