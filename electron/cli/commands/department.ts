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
  'department status': {
    options: ['url'],
    usage: 'briefing department status --url URL [--json] [--data-dir DIR]',
    run: (ctx): Promise<DepartmentStatus> => withDepartment(urlFlag(ctx, 'status'), ({ client }) => departmentStatus(client)),
    text: (r) => {
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
