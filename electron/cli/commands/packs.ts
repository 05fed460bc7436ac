/**
 * `briefing facts export|import`: fact packs, to hand verified facts to a colleague offline.
 * `briefing facts changes|accept|reject`: what an import would change in facts already here,
 * held for review (an import never changes a fact this store holds).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { PackChange, PackImportReport } from '../../../shared/contract/packs';
import { localUser } from '../local-user';
import { UsageError, type CommandContext, type CommandSpec } from '../run';

interface ExportResult {
  file: string;
  facts: number;
  sources: number;
  digest: string;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Every fact id, a page at a time through the same contract method the facts table uses. */
async function allFactIds(ctx: CommandContext): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await ctx.call('facts.list', { sort: 'updated', direction: 'asc', offset, limit: 200 });
    ids.push(...page.facts.map((f) => f.id));
    if (page.facts.length === 0 || ids.length >= page.total) return ids;
  }
}

function readPackFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    throw new Error(`Cannot read ${file}: ${reason}.`, { cause: error });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error(`${file} is not a fact pack: it is not UTF-8 text; nothing was imported.`, { cause: error });
  }
}


function changeBlock(c: PackChange): string {
  const from = `from ${c.fileName} (made by ${c.claimedBy ? `“${c.claimedBy}”, as the pack claims` : 'an unnamed exporter'}; imported by ${c.importedBy} ${c.importedAt})`;
  return `change ${c.id}: fact ${c.factId} v${c.current.version} [${c.current.status}] ${from}\n  ${c.current.statement}\n` + c.summary.map((line) => `  + ${line}\n`).join('');
}

function changeIds(ctx: CommandContext, verb: string): number[] {
  const ids = ctx.args.positionals.map(Number);
  if (ids.length === 0) throw new UsageError(`facts ${verb} needs the number of a change (see briefing facts changes)`);
  const bad = ctx.args.positionals.filter((_, i) => !Number.isInteger(ids[i]) || ids[i]! < 1);
  if (bad.length > 0) throw new UsageError(`facts ${verb} takes change numbers, not "${bad.join('", "')}" (see briefing facts changes)`);
  return ids;
}

function decide(verb: 'accept' | 'reject'): CommandSpec {
  return {
    usage: `briefing facts ${verb} CHANGE... [--json]`,
    run: async (ctx) => {
      const ids = changeIds(ctx, verb);
      const by = await localUser(ctx);
      const decided: PackChange[] = [];
      for (const id of ids) decided.push(await ctx.call(verb === 'accept' ? 'packs.acceptChange' : 'packs.rejectChange', { id, by }));
      return { changes: decided };
    },
    text: (r) =>
      (r as { changes: PackChange[] }).changes
        .map((c) => `${c.decision === 'accepted' ? 'Accepted' : 'Rejected'} change ${c.id} to fact ${c.factId} (by ${c.decidedBy}).\n`)
        .join(''),
  };
}

export const packCommands: Record<string, CommandSpec> = {
  'facts export': {
    usage: 'briefing facts export ID... --out FILE.json [--all] [--json]',
    options: ['out', 'all'],
    run: async (ctx): Promise<ExportResult> => {
      const out = ctx.args.flags.get('--out');
      if (typeof out !== 'string' || out.length === 0) throw new UsageError('facts export needs --out FILE.json');
      const all = ctx.args.flags.has('--all');
      if (all && ctx.args.positionals.length > 0) throw new UsageError('facts export takes fact ids or --all, not both');
      const factIds = all ? await allFactIds(ctx) : ctx.args.positionals;
      if (factIds.length === 0) throw new UsageError(all ? 'the store holds no facts to export' : 'facts export needs fact ids (or --all)');
      const pack = await ctx.call('packs.export', { factIds });
      const file = resolve(out);
      // Written beside the target and renamed, so an interrupted export never leaves half a pack.
      const partial = `${file}.partial`;
      try {
        writeFileSync(partial, pack.json, 'utf8');
        renameSync(partial, file);
      } catch (error) {
        rmSync(partial, { force: true });
        throw new Error(`Cannot write ${file}: ${(error as Error).message}`, { cause: error });
      }
      return { file, facts: pack.factCount, sources: pack.sourceCount, digest: pack.digest };
    },
    text: (r) => {
      const { file, facts, sources, digest } = r as ExportResult;
      return `Exported ${plural(facts, 'fact')} and ${plural(sources, 'source')} to ${file}\n  integrity checksum ${digest} (shows the file arrives whole; anyone can recompute it, so it does not prove who made it)\n`;
    },
  },
  'facts import': {
    usage: 'briefing facts import FILE.json [--json]',
    run: (ctx) => {
      const [file, ...rest] = ctx.args.positionals;
      if (!file) throw new UsageError('facts import needs a fact pack file');
      if (rest.length > 0) throw new UsageError('facts import takes one file at a time');
      return ctx.call('packs.import', { json: readPackFile(file), fileName: basename(file) });
    },
    text: (r) => {
      const report = r as PackImportReport;
      const line = (label: string, ids: string[]) => (ids.length > 0 ? `  ${label}: ${ids.join(', ')}\n` : '');
      return (
        `${report.added.length} added, ${report.toReview.length} to review, ${report.skipped.length} skipped, ` +
        `${report.conflicts.length} in conflict; ${plural(report.sourcesAdded.length, 'new source')}.\n` +
        // An unkeyed SHA-256 anyone can recompute: it shows the file is whole, not who made it.
        `  integrity checksum ${report.checksum} (shows the file is whole; it does not prove who made it)\n` +
        line('added', report.added) +
        line('skipped', report.skipped) +
        report.toReview
          .map((c) => `  TO REVIEW ${c.factId} (change ${c.changeId}), not applied:\n` + c.summary.map((s) => `    + ${s}\n`).join(''))
          .join('') +
        report.conflicts.map((c) => `  CONFLICT ${c.factId}: ${c.reason}\n`).join('') +
        report.sourcesCompleted.map((c) => `  source ${c.sourceId}: filled in ${c.fields.join(', ')} from the pack (it had none)\n`).join('') +
        (report.toReview.length > 0 ? `Review with: briefing facts changes; then briefing facts accept|reject CHANGE...\n` : '')
      );
    },
  },
  'facts changes': {
    usage: 'briefing facts changes [--json]',
    run: (ctx) => ctx.call('packs.pendingChanges', {}),
    text: (r) => {
      const { changes } = r as { changes: PackChange[] };
      if (changes.length === 0) return 'No changes from fact packs are waiting for review.\n';
      return `${plural(changes.length, 'change')} from fact packs waiting for review (none is applied until accepted):\n\n` + changes.map(changeBlock).join('\n');
    },
  },
  'facts accept': decide('accept'),
  'facts reject': decide('reject'),
};
