/**
 * A long briefing note for the export benchmark: about 30 pages with 300 fact citations
 * (200 distinct facts over 25 sources, some cited more than once), and the same content as
 * Markdown with footnotes for pandoc.
 */
import type { CitedFactSources } from '../../electron/core/export';
import type { CitedSource, FormattedNote } from '../../shared/citations';
import type { SerializedNode, StoredNote } from '../../shared/note-format';

const sentence =
  'The Division assessed the figures reported by the press against the official statements and found them consistent with the trend of previous years';
const text = (t: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });

export interface LongNote {
  note: StoredNote;
  facts: Map<string, CitedFactSources & { statement: string }>;
}

export function longNote(sections = 30, citations = 300, distinctFacts = 200): LongNote {
  const sources: CitedSource[] = Array.from({ length: 25 }, (_, i) => ({
    id: `src-${i}`,
    title: `Report ${i + 1} on Việt Nam’s international integration and trade, ${2020 + (i % 6)}`,
    publisher: i % 5 === 0 ? null : ['VOV.VN', 'VNS', 'baotintuc.vn', 'Nhân Dân'][i % 4]!,
    authors: i % 3 === 0 ? ['Le Van'] : [],
    published: i % 7 === 0 ? null : `202${i % 6}-0${1 + (i % 9)}-1${i % 10}`,
    url: i % 2 ? `https://example.vn/article-${i}.htm` : null,
    accessed: null,
  }));
  const facts = new Map<string, CitedFactSources & { statement: string }>();
  for (let i = 0; i < distinctFacts; i++) {
    facts.set(`fact-${i}`, {
      statement: `indicator ${i} reached ${(i * 3.7).toFixed(1)} billion USD in 2025`,
      quote: `According to the ministry, indicator ${i} reached ${(i * 3.7).toFixed(1)} billion USD in 2025, up from the previous year.`,
      sources: i % 10 === 0 ? [sources[i % 25]!, sources[(i + 1) % 25]!] : [sources[i % 25]!],
    });
  }
  const perSection = Math.ceil(citations / sections);
  const children: SerializedNode[] = [];
  let cited = 0;
  for (let s = 0; s < sections; s++) {
    children.push({ type: 'heading', version: 1, tag: 'h2', children: [text(`Section ${s + 1}: considerations`)] });
    for (let p = 0; p < 3; p++) {
      const runs: SerializedNode[] = [text(`${sentence}, as set out below. `), text('Key point: ', 1)];
      for (let k = 0; k < perSection / 3 && cited < citations; k++, cited++) {
        // Every third citation repeats an earlier fact, as real notes do.
        const id = cited % 3 === 2 ? `fact-${Math.floor(cited / 2) % distinctFacts}` : `fact-${Math.min(cited, distinctFacts - 1)}`;
        runs.push(text(k % 2 ? 'In particular, ' : 'The sources agree that '), { type: 'fact', version: 1, factId: id, factVersion: 1, text: facts.get(id)!.statement }, text('. '));
      }
      children.push({ type: 'paragraph', version: 1, children: runs });
    }
    children.push({ type: 'paragraph', version: 1, children: [text(`${sentence}. ${sentence}.`)] });
    children.push({
      type: 'list',
      version: 1,
      listType: s % 2 ? 'number' : 'bullet',
      start: 1,
      children: [1, 2, 3].map((v) => ({ type: 'listitem', version: 1, value: v, children: [text(`${sentence} (point ${v}).`)] })),
    });
  }
  return {
    facts,
    note: {
      id: 'bench-long-note',
      formatVersion: 1,
      templateId: 'information',
      createdAt: '2026-01-26T09:00:00Z',
      updatedAt: '2026-01-27T09:00:00Z',
      metadata: {
        title: 'Việt Nam’s international integration: a long review',
        classification: 'PROTECTED B',
        trackingNumber: 'BN-2026-9999',
        date: '2026-01-27',
        to: 'Deputy Minister',
        through: 'Assistant Deputy Minister',
        from: 'Director General',
        type: 'For information',
        drafter: 'Nguyễn Thị Hằng',
        contact: 'Trần Văn Đức',
        approvers: 'Director General',
        consultations: 'Trade Policy Bureau',
        language: 'en',
        profileId: '',
      },
      content: { root: { type: 'root', version: 1, children } },
    },
  };
}

const mdEscape = (t: string) => t.replace(/([\\`*_[\]#<>])/g, '\\$1');

function inlineMarkdown(nodes: SerializedNode[] | undefined, noteNumber: (factId: string) => number): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'fact') return `${mdEscape(String(n.text))}[^${noteNumber(String(n.factId))}]`;
      const t = mdEscape(String(n.text ?? ''));
      return Number(n.format) & 1 ? `**${t.trim()}** ` : t;
    })
    .join('');
}

/**
 * The same note as pandoc Markdown. A repeated fact reuses its footnote label, which pandoc
 * turns into a second footnote: close to what our export does, and in pandoc's favour.
 */
export function longNoteMarkdown(note: StoredNote, notes: FormattedNote[], bibliography: string[]): string {
  const numberOf = new Map(notes.map((n) => [n.factId, n.number]));
  const num = (id: string) => numberOf.get(id)!;
  const m = note.metadata;
  const out: string[] = [`---\ntitle: "${m.title}"\nauthor: "${m.drafter}"\n---\n`, `**${m.classification}**\n`];
  for (const [label, value] of [['To', m.to], ['Through', m.through], ['From', m.from], ['Tracking number', m.trackingNumber], ['Date', m.date], ['Type', m.type]]) {
    out.push(`**${label}:** ${value}\\`);
  }
  out.push('');
  for (const block of note.content.root.children) {
    if (block.type === 'heading') out.push(`## ${inlineMarkdown(block.children, num)}\n`);
    else if (block.type === 'list') {
      block.children?.forEach((item, i) => out.push(`${block.listType === 'number' ? `${i + 1}.` : '-'} ${inlineMarkdown(item.children, num)}`));
      out.push('');
    } else out.push(`${inlineMarkdown(block.children, num)}\n`);
  }
  out.push('## References\n', ...bibliography.map((b) => `${mdEscape(b)}\n`));
  for (const n of notes) out.push(`[^${n.number}]: ${mdEscape(n.text)}${n.quote ? ` “${mdEscape(n.quote)}”` : ''}`);
  return out.join('\n') + '\n';
}
