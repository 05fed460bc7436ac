/** `briefing facts export|import`: fact packs, to hand verified facts to a colleague offline. */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PackImportReport } from '../../../shared/contract/packs';
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
      return `Exported ${plural(facts, 'fact')} and ${plural(sources, 'source')} to ${file}\n  digest ${digest}\n`;
    },
  },
  'facts import': {
    usage: 'briefing facts import FILE.json [--json]',
    run: (ctx) => {
      const [file, ...rest] = ctx.args.positionals;
      if (!file) throw new UsageError('facts import needs a fact pack file');
      if (rest.length > 0) throw new UsageError('facts import takes one file at a time');
      return ctx.call('packs.import', { json: readPackFile(file) });
    },
    text: (r) => {
      const report = r as PackImportReport;
      const line = (label: string, ids: string[]) => (ids.length > 0 ? `  ${label}: ${ids.join(', ')}\n` : '');
      return (
        `${report.added.length} added, ${report.updated.length} updated, ${report.skipped.length} skipped, ` +
        `${report.conflicts.length} in conflict; ${plural(report.sourcesAdded.length, 'new source')}.\n` +
        line('added', report.added) +
        line('updated', report.updated) +
        line('skipped', report.skipped) +
        report.conflicts.map((c) => `  CONFLICT ${c.factId}: ${c.reason}\n`).join('')
      );
    },
  },
};
