/**
 * `briefing export`, `briefing check`, `briefing audit`: the Word export from the command line.
 * Running `export` is the user's explicit go-ahead for warnings (they are printed to stderr);
 * blockers (retracted facts) refuse the export, exactly as in the app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CitationStyle } from '../../../shared/citations';
import { wordChange } from '../../../shared/audit-change';
import type { AuditReport } from '../../core/export/audit';
import type { CitationForm } from '../../../shared/note-format';

const formLabels: Record<CitationForm, string> = { statement: 'statement', figure: 'figure', 'own-words': 'own words' };
import { writeDocxAtomically } from '../../core/export/write';
import type { createExportService as CreateExportService } from '../../core/export/service';
import type { PreExportCheck } from '../../core/export/pre-export-check';
import { UsageError, type CommandContext, type CommandSpec } from '../run';

/** The export service, loaded on first use: every other command starts without docx (a third of the start-up's module loading). */
async function exportService(ctx: CommandContext): Promise<ReturnType<typeof CreateExportService>> {
  return (await import('../../core/export/service')).createExportService(ctx.services().db);
}

function oneId(ctx: CommandContext, what: string): string {
  const [id, extra] = ctx.args.positionals;
  if (!id || extra !== undefined) throw new UsageError(`give exactly one ${what}`);
  return id;
}

function styleFlag(ctx: CommandContext): CitationStyle {
  const style = ctx.args.flags.get('--style') ?? 'chicago';
  if (style !== 'chicago' && style !== 'apa') throw new UsageError(`--style must be chicago or apa, not "${String(style)}"`);
  return style;
}

function checkText(check: PreExportCheck): string {
  if (check.findings.length === 0) return `Ready to export (${check.wordCount} words).\n`;
  return (
    `${check.blocked ? 'BLOCKED' : 'Review before export'} (${check.wordCount} words):\n` +
    check.findings.map((f) => `  ${f.severity === 'blocker' ? '✗' : '!'} ${f.message}${f.sourceId ? ` (briefing sources edit ${f.sourceId} ${(f.sourceFields ?? []).map((o) => `--${o} …`).join(' ')})` : ''}\n`).join('')
  );
}

export const exportCommands: Record<string, CommandSpec> = {
  export: {
    usage: 'briefing export NOTE-ID --out FILE.docx [--style chicago|apa] [--profile PROFILE-ID] [--json] [--data-dir DIR]',
    options: ['out', 'style', 'profile'],
    run: async (ctx) => {
      const noteId = oneId(ctx, 'note id (see `briefing notes list`)');
      const out = ctx.args.flags.get('--out');
      if (typeof out !== 'string' || out === '') throw new UsageError('--out FILE.docx is required');
      const profile = ctx.args.flags.get('--profile');
      const exported = await (await exportService(ctx)).exportNote(noteId, styleFlag(ctx), true, typeof profile === 'string' && profile ? profile : undefined);
      const path = resolve(out);
      await writeDocxAtomically(path, exported.buffer);
      // Warnings were the user's to weigh: running `export` is the go-ahead, so they are said, not asked.
      if (exported.check.findings.length > 0 && !ctx.json) ctx.io.stderr(checkText(exported.check));
      return { noteId, path, bytes: exported.buffer.length, findings: exported.check.findings };
    },
    text: (r) => {
      const result = r as { path: string; bytes: number };
      return `Wrote ${result.path} (${Math.round(result.bytes / 1024)} KB)\n`;
    },
  },
  check: {
    usage: 'briefing check NOTE-ID [--json] [--data-dir DIR]   (the pre-export check)',
    run: async (ctx) => (await exportService(ctx)).check(oneId(ctx, 'note id')),
    text: (r) => checkText(r as PreExportCheck),
  },
  audit: {
    usage: 'briefing audit FILE.docx [--json] [--data-dir DIR]',
    run: async (ctx) => {
      const file = oneId(ctx, 'Word file');
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      return (await exportService(ctx)).audit(bytes);
    },
    text: (r) => {
      const report = r as AuditReport;
      if (!report.hasProvenance) return 'This Word file carries no Briefing Studio fact references (not exported by Briefing Studio, or they were removed).\n';
      const lines = report.facts.map((f) => {
        const changes = f.changes
          .map((c) => ({ field: c.field, ...wordChange(c, 'en') }))
          .map((c) => `\n      ${c.field}: "${c.old}" → "${c.new}"`)
          .join('');
        const uses = f.uses.map((u) => `\n      as ${formLabels[u.form]}: "${u.text}"`).join('');
        return `  [${f.footnote}] ${f.factId} v${f.exportedVersion}: ${f.status.toUpperCase()}${f.conflicted ? ' (IN CONFLICT)' : ''}${f.currentVersion && f.currentVersion !== f.exportedVersion ? ` (now v${f.currentVersion})` : ''}${uses}${changes}`;
      });
      const counts = Object.entries(report.counts)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${status}`)
        .join(', ');
      return `${report.noteTitle ?? 'Untitled'} (exported ${report.exportedAt ?? 'at an unknown time'}): ${counts}\n${lines.join('\n')}\n`;
    },
  },
};
