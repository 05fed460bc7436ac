import type { NoteSummary } from '../../../shared/contract/notes';
import { citationOf, type SerializedNode, type StoredNote } from '../../../shared/note-format';
import { noteTemplates } from '../../../shared/templates';
import { UsageError, type CommandSpec } from '../run';

function limitFlag(flags: Map<string, string | true>): number | undefined {
  const raw = flags.get('--limit');
  if (raw === undefined) return undefined;
  const limit = Number(raw);
  if (!Number.isInteger(limit)) throw new UsageError(`--limit must be a whole number, not "${String(raw)}"`);
  return limit;
}

function listText(result: unknown): string {
  const { notes } = result as { notes: NoteSummary[] };
  if (notes.length === 0) return 'No notes.\n';
  const rows = notes.map((n) => [n.id, n.title || '(untitled)', noteTemplates[n.templateId]?.name ?? n.templateId, n.updatedAt, String(n.citationCount)]);
  const header = ['ID', 'TITLE', 'TEMPLATE', 'UPDATED', 'CITATIONS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** The note as readable text: metadata, then the body with each fact chip marked by its fact. */
function noteText(result: unknown): string {
  const note = result as StoredNote;
  const m = note.metadata;
  const fields: [string, string][] = [
    ['Classification', m.classification || '(not chosen)'],
    ['Type', m.type],
    ['Tracking number', m.trackingNumber],
    ['Date', m.date],
    ['To', m.to],
    ['Through', m.through],
    ['From', m.from],
    ['Drafter', m.drafter],
    ['Contact', m.contact],
    ['Approvers', m.approvers],
    ['Consultations', m.consultations],
  ];
  const head = [m.title || '(untitled)', ...fields.filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`)];
  const blocks = note.content.root.children.map((block) => blockText(block, ''));
  return `${head.join('\n')}\n\n${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}

function inlineText(node: SerializedNode): string {
  if (node.type === 'text') return String(node.text ?? '');
  const citation = citationOf(node);
  if (citation) return `${citation.text} [fact ${citation.factId} v${citation.factVersion}${citation.form === 'statement' ? '' : `, ${citation.form}`}]`;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(inlineText).join('');
}

function blockText(node: SerializedNode, indent: string): string {
  const children = node.children ?? [];
  switch (node.type) {
    case 'heading':
      return `## ${children.map(inlineText).join('')}`;
    case 'quote':
      return `> ${children.map(inlineText).join('')}`;
    case 'list':
      return children
        .map((item, i) => {
          const marker = node.listType === 'number' ? `${i + 1}.` : '-';
          const nested = (item.children ?? []).filter((c) => c.type === 'list').map((c) => blockText(c, `${indent}  `));
          const own = (item.children ?? []).filter((c) => c.type !== 'list').map(inlineText).join('');
          return [own === '' && nested.length > 0 ? null : `${indent}${marker} ${own}`, ...nested].filter((l) => l !== null).join('\n');
        })
        .join('\n');
    default:
      return children.map(inlineText).join('');
  }
}

export const notesCommands: Record<string, CommandSpec> = {
  'notes list': {
    usage: 'briefing notes list [--trash] [--limit N] [--json]',
    options: ['trash', 'limit'],
    run: ({ call, args }) => {
      const limit = limitFlag(args.flags);
      return call('notes.list', { trash: args.flags.has('--trash'), ...(limit === undefined ? {} : { limit }) });
    },
    text: listText,
  },
  'notes show': {
    usage: 'briefing notes show ID [--json]',
    run: ({ call, args }) => {
      const id = args.positionals[0];
      if (!id) throw new UsageError('notes show needs the id of a note (see `briefing notes list`)');
      return call('notes.get', { id });
    },
    text: noteText,
  },
};
