/** `briefing facts ...` and `briefing sources list`: the fact store from the command line. */
import type { ConflictGroup, FactDetail, FactSummary, SourceSummary } from '../../../shared/model';
import type { FactStatus } from '../../../shared/model';
import { getDepartmentLink } from '../../core/db/repositories/department';
import type { SearchAlias } from '../../../shared/contract/facts';
import { noteLanguages, type NoteLanguage } from '../../../shared/note-format';
import { localUser } from '../local-user';
import { UsageError, type CommandContext, type CommandSpec } from '../run';

function stringFlag(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

function limitFlag(ctx: CommandContext): number | undefined {
  const value = stringFlag(ctx, '--limit');
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit)) throw new UsageError(`--limit needs a whole number, not "${value}"`);
  return limit;
}

/** "about 28–29 USD billion" */
export function valueText(f: Pick<FactSummary, 'qualifier' | 'valueLow' | 'valueHigh' | 'unit'>): string {
  if (f.valueLow === null) return '';
  const value = f.valueHigh !== null && f.valueHigh !== f.valueLow ? `${f.valueLow}–${f.valueHigh}` : String(f.valueLow);
  return [f.qualifier && f.qualifier !== 'exact' ? f.qualifier : null, value, f.unit].filter(Boolean).join(' ');
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function flags(f: FactSummary): string {
  return [`[${f.status}]`, f.corroborated ? 'corroborated' : null, f.inConflict ? 'IN CONFLICT' : null].filter(Boolean).join(' ');
}

function sourceLine(s: FactSummary['sources'][number]): string {
  return `${s.publisher ?? 'publisher unknown'}, ${s.published ?? 'n.d.'}: ${s.title}`;
}

function factBlock(f: FactSummary): string {
  return `${f.id} v${f.version} ${flags(f)}\n  ${f.statement}\n` + f.sources.map((s) => `  - ${sourceLine(s)}\n`).join('');
}

/**
 * `briefing facts verify|dispute|retract ID [--reason R]`: scripted curation, written here
 * through the facts service like a click in the app, and queued for the department when this
 * data folder has joined one (its PostgreSQL role is then the name on the change; the
 * department refuses what that role may not do, on the next sync).
 */
function curationCommand(verb: 'verify' | 'dispute' | 'retract'): CommandSpec {
  return {
    usage: `briefing facts ${verb} ID${verb === 'verify' ? '' : ' --reason R'} [--json] [--data-dir DIR]`,
    options: verb === 'verify' ? [] : ['reason'],
    run: async (ctx) => {
      const [id, ...rest] = ctx.args.positionals;
      if (!id || rest.length > 0) throw new UsageError(`facts ${verb} needs exactly one fact id`);
      const reason = stringFlag(ctx, '--reason');
      if (verb !== 'verify' && !reason?.trim()) throw new UsageError(`facts ${verb} needs --reason R: the fact's history says why`);
      const by = getDepartmentLink(ctx.services().db)?.role ?? (await localUser(ctx));
      return verb === 'verify' ? ctx.call('facts.verify', { id, by }) : ctx.call(`facts.${verb}`, { id, by, reason: reason! });
    },
    text: (r) => {
      const f = r as FactDetail;
      return `${f.id} v${f.version} is now ${f.status}${f.verifiedBy ? ` (verified by ${f.verifiedBy})` : ''}.\n`;
    },
  };
}

export const factCommands: Record<string, CommandSpec> = {
  'facts verify': curationCommand('verify'),
  'facts dispute': curationCommand('dispute'),
  'facts retract': curationCommand('retract'),
  'facts search': {
    usage: 'briefing facts search QUERY [--limit N] [--status S] [--topic T] [--source ID] [--period P] [--json]',
    options: ['limit', 'status', 'topic', 'source', 'period'],
    run: (ctx) =>
      ctx.call('facts.search', {
        query: ctx.args.positionals.join(' '),
        limit: limitFlag(ctx),
        status: stringFlag(ctx, '--status') as FactStatus | undefined,
        topic: stringFlag(ctx, '--topic'),
        sourceId: stringFlag(ctx, '--source'),
        period: stringFlag(ctx, '--period'),
      }),
    text: (r) => {
      const { results, total } = r as { results: FactSummary[]; total: number };
      if (total === 0) return 'No facts found.\n';
      return `${results.length} of ${count(total, 'fact')}\n\n` + results.map(factBlock).join('\n');
    },
  },
  'facts aliases': {
    usage: 'briefing facts aliases [add ABBREVIATION EXPANSION...] [--json]',
    run: async (ctx) => {
      const [verb, abbreviation, ...words] = ctx.args.positionals;
      if (verb === undefined) return ctx.call('facts.aliases', {});
      if (verb !== 'add') throw new UsageError(`facts aliases takes "add ABBREVIATION EXPANSION", not "${verb}"`);
      if (!abbreviation || words.length === 0) throw new UsageError('facts aliases add needs an abbreviation and its expansion, e.g. facts aliases add FDI foreign direct investment');
      return ctx.call('facts.addAlias', { abbreviation, expansion: words.join(' '), by: await localUser(ctx) });
    },
    text: (r) => {
      if ('alias' in (r as object)) {
        const { alias, added } = r as { alias: SearchAlias; added: boolean };
        return `${added ? 'Added' : 'Already in the list'}: ${alias.abbreviation} = ${alias.expansion} (${alias.addedBy}, ${alias.addedAt})\n`;
      }
      const { aliases } = r as { aliases: SearchAlias[] };
      if (aliases.length === 0) return 'No aliases.\n';
      const from = (a: SearchAlias) => (a.origin === 'source' ? `learned from ${a.sourceId}` : a.origin === 'curator' ? `added by ${a.addedBy} ${a.addedAt}` : 'standard');
      return `${aliases.length} ${aliases.length === 1 ? 'alias' : 'aliases'}\n` + aliases.map((a) => `${a.abbreviation.padEnd(8)} ${a.expansion}  [${from(a)}]\n`).join('');
    },
  },
  'facts show': {
    usage: 'briefing facts show ID [--json]',
    run: (ctx) => {
      const id = ctx.args.positionals[0];
      if (!id) throw new UsageError('facts show needs a fact id');
      return ctx.call('facts.get', { id });
    },
    text: (r) => {
      const f = r as FactDetail;
      const lines = [
        `${f.id} v${f.version} ${flags(f)}`,
        f.statement,
        ...Object.entries(f.translations).map(([language, statement]) => `[${language}] ${statement}`),
        '',
        `Value:    ${valueText(f) || '(none)'}${f.period ? `, period ${f.period}` : ''}`,
        `Metric:   ${f.metric ?? '(none)'} / ${f.subject ?? '(none)'}`,
        `Claimant: ${f.claimant ?? '(not stated)'}`,
        `Topics:   ${f.topics.join(', ') || '(none)'}`,
        f.verifiedBy ? `Verified: by ${f.verifiedBy} at ${f.verifiedAt}` : null,
        f.notes ? `Notes:    ${f.notes}` : null,
        '',
        'Evidence:',
        ...f.evidence.map((e) => `  [${e.anchor}] "${e.selector.exact}"\n      ${e.sourceTitle} (${e.sourceId}, chars ${e.selector.start}-${e.selector.end})`),
        'Versions:',
        ...f.versions.map((v) => `  v${v.version} ${v.createdAt} by ${v.createdBy}: ${v.reason}`),
        'History:',
        ...f.history.map((h) => `  ${h.at} ${h.status} by ${h.by}: ${h.reason}`),
        // Names on imported records are what the pack claims; who imported the file is recorded here.
        ...(f.importedFrom.length > 0 ? ['Imported (names above as the pack claims):'] : []),
        ...f.importedFrom.map(
          (i) => `  ${i.importedAt} from ${i.fileName} by ${i.importedBy}: ${i.versions} version(s), ${i.quotes} quote(s), ${i.statusChanges} status change(s); pack made by ${i.claimedBy ?? 'no name'} (claimed)`,
        ),
      ];
      return lines.filter((l) => l !== null).join('\n') + '\n';
    },
  },
  'facts translate': {
    usage: 'briefing facts translate ID --lang en|vi --statement TEXT [--json]',
    options: ['lang', 'statement'],
    run: async (ctx) => {
      const id = ctx.args.positionals[0];
      if (!id) throw new UsageError('facts translate needs a fact id');
      const language = stringFlag(ctx, '--lang');
      if (!language || !(noteLanguages as readonly string[]).includes(language)) {
        throw new UsageError(`facts translate needs --lang, one of ${noteLanguages.join(', ')}`);
      }
      const statement = stringFlag(ctx, '--statement');
      if (!statement?.trim()) throw new UsageError('facts translate needs --statement "the statement in that language"');
      return ctx.call('facts.translate', { id, language: language as NoteLanguage, statement, by: await localUser(ctx) });
    },
    text: (r) => {
      const f = r as FactDetail;
      const v = f.versions[f.versions.length - 1]!;
      return `${f.id} v${f.version} [${f.status}]: translation added by ${v.createdBy}.\n` + Object.entries(f.translations).map(([l, s]) => `  [${l}] ${s}\n`).join('');
    },
  },
  'facts conflicts': {
    usage: 'briefing facts conflicts [--json]',
    run: (ctx) => ctx.call('facts.conflicts', {}),
    text: (r) => {
      const { groups } = r as { groups: ConflictGroup[] };
      if (groups.length === 0) return 'No conflicts: no two facts give different values for the same metric, subject and period.\n';
      const open = groups.filter((g) => g.resolution === null).length;
      return (
        `${count(groups.length, 'conflict')} (${open} open, ${groups.length - open} resolved)\n\n` +
        groups
          .map(
            (g) =>
              `${g.metric} / ${g.subject} / ${g.period}${g.resolution ? ` RESOLVED: ${g.resolution.by} preferred ${g.resolution.preferredId} on ${g.resolution.at.slice(0, 10)}: ${g.resolution.reason}` : ' OPEN'}\n` +
              g.facts
                .map((f) => `  ${f.id} [${f.status}] ${valueText(f)}\n` + f.sources.map((s) => `      ${sourceLine(s)}\n`).join(''))
                .join(''),
          )
          .join('\n')
      );
    },
  },
  'sources list': {
    usage: 'briefing sources list [--json]',
    run: (ctx) => ctx.call('sources.list', {}),
    text: (r) => {
      const { sources } = r as { sources: SourceSummary[] };
      if (sources.length === 0) return 'No sources.\n';
      return sources
        .map((s) => `${s.id}  ${s.published ?? 'n.d.'}  ${s.publisher ?? 'publisher unknown'}  [${s.reliability}]  ${count(s.factCount, 'fact')}\n  ${s.title}\n`)
        .join('');
    },
  },
};
