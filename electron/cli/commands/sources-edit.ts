/**
 * `briefing sources edit ID --title … --original-title … --publisher … --published … --url … --accessed …
 * --language … --reliability …`: corrects a source's metadata through `sources.updateMetadata`,
 * recorded with who (the profile name, else the OS user) and when. An empty value makes a field
 * unknown again ("--publisher ''"). `briefing sources history ID` lists the recorded changes.
 */
import type { SourceMetadataHistory, SourceMetaChange } from '../../../shared/contract/sources';
import type { SourceMeta } from '../../../shared/model';
import { UsageError, type CommandContext, type CommandSpec, type OptionName } from '../run';
import { localUser } from '../local-user';

/** The options, each with the field it sets. */
const fieldOf = {
  title: 'title',
  'original-title': 'originalTitle',
  publisher: 'publisher',
  published: 'published',
  url: 'url',
  accessed: 'accessed',
  language: 'language',
  reliability: 'reliability',
} as const satisfies Partial<Record<OptionName, keyof SourceMeta>>;
const fieldOptions = Object.keys(fieldOf) as (keyof typeof fieldOf)[];

function sourceId(ctx: CommandContext, command: string): string {
  const [id, ...rest] = ctx.args.positionals;
  if (!id || rest.length > 0) throw new UsageError(`sources ${command} needs exactly one source ID (see briefing sources list)`);
  return id;
}

const shown = (value: SourceMetaChange['old']) => (value === null ? 'unknown' : Array.isArray(value) ? value.join('; ') : `“${value}”`);

function historyText(result: unknown): string {
  const { source, changes } = result as SourceMetadataHistory;
  const head = `${source.id} “${source.title}”, ${source.publisher ?? 'publisher unknown'}, ${source.published ?? 'no date'}\n`;
  if (changes.length === 0) return `${head}No changes to its details since it was imported.\n`;
  return head + changes.map((c) => `  ${c.at}  ${c.by}: ${c.field} ${shown(c.old)} → ${shown(c.new)}\n`).join('');
}

export const sourcesEditCommands: Record<string, CommandSpec> = {
  'sources edit': {
    usage: 'briefing sources edit ID [--title T] [--original-title T] [--publisher P] [--published YYYY[-MM[-DD]]] [--url U] [--accessed DATE] [--language L] [--reliability official|wire|press|secondary|unknown]',
    options: fieldOptions,
    run: async (ctx) => {
      const id = sourceId(ctx, 'edit');
      const meta: Record<string, string | null> = {};
      for (const option of fieldOptions) {
        const value = ctx.args.flags.get(`--${option}`);
        if (typeof value === 'string') meta[fieldOf[option]] = value.trim() === '' && option !== 'title' && option !== 'reliability' ? null : value;
      }
      if (Object.keys(meta).length === 0) throw new UsageError(`sources edit needs at least one of ${fieldOptions.map((o) => `--${o}`).join(', ')}`);
      return ctx.call('sources.updateMetadata', { id, meta: meta as Partial<SourceMeta>, by: await localUser(ctx) });
    },
    text: historyText,
  },
  'sources history': {
    usage: 'briefing sources history ID',
    run: (ctx) => ctx.call('sources.metadataHistory', { id: sourceId(ctx, 'history') }),
    text: historyText,
  },
};
