/**
 * `briefing profiles list|import`: the document profiles (house formats) a note can export in:
 * the built-in ones and those a department imported from its reference .docx/.dotx.
 */
import { readFileSync } from 'node:fs';
import { importReferenceProfile, listProfiles, type ListedProfile } from '../../core/export/profile-files';
import { UsageError, type CommandSpec } from '../run';

export const profileCommands: Record<string, CommandSpec> = {
  'profiles list': {
    usage: 'briefing profiles list [--json] [--data-dir DIR]',
    run: (ctx) => ({ profiles: listProfiles(ctx.services().db) }),
    text: (r) =>
      (r as { profiles: ListedProfile[] }).profiles
        .map((p) => `${p.id.padEnd(28)} ${p.name.en}${p.builtIn ? '' : ` (imported from ${p.reference ?? 'a file'})`}\n`)
        .join(''),
  },
  'profiles import': {
    usage: 'briefing profiles import FILE.docx|FILE.dotx --name NAME [--json] [--data-dir DIR]',
    options: ['name'],
    run: (ctx) => {
      const [file, extra] = ctx.args.positionals;
      if (!file || extra !== undefined) throw new UsageError('give exactly one reference document (.docx or .dotx)');
      const name = ctx.args.flags.get('--name');
      if (typeof name !== 'string' || !name.trim()) throw new UsageError('--name NAME is required (what the profile is called in lists)');
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      return importReferenceProfile(ctx.services().db, bytes, file, name.trim());
    },
    text: (r) => {
      const { profile, file } = r as { profile: ListedProfile; file: string };
      return `Imported profile ${profile.id} ("${profile.name.en}") into ${file}; export with --profile ${profile.id}\n`;
    },
  },
};
