/**
 * How many pages a note will print to: the one estimate the status bar, the export dialog and
 * the pre-export check show (issue 14: "≈1.3 of 2 pages" for a note that exported to 4). It lays
 * the note out line by line from page metrics: the body text, headings, the metadata block,
 * the footnotes (with their quotes, which share the page with the text) and the references
 * list. It does not break lines word by word, so it is an estimate; the test holds it within a
 * page of LibreOffice's count (tests/integration/page-estimate.test.ts).
 *
 * The metrics default to today's Word export (electron/core/export/styles.ts, docx-export.ts):
 * A4, 1-inch margins, Arial 11 pt at 1.1 line spacing with 6 pt after each paragraph, footnotes
 * 9 pt. A document profile passes its own.
 */
import { printedTitle, unknownPublisherText, type CitedSource } from './citations';
import { factNodesInOrder, type NoteContent, type NoteMetadata, type SerializedNode } from './note-format';

export interface PageMetrics {
  /** Page size and margins in millimetres. */
  pageWidthMm: number;
  pageHeightMm: number;
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  bodyFontPt: number;
  /** Line spacing as a multiple of the font's single line (Word's "Multiple"; 264/240 = 1.1). */
  lineSpacing: number;
  /** Space after a body paragraph. */
  paragraphAfterPt: number;
  footnoteFontPt: number;
  /**
   * The font's mean advance per character of running text, in ems (spaces and punctuation
   * included): Arial and Liberation Sans about 0.47, Times New Roman about 0.43.
   */
  meanCharEm: number;
  /** The font's single line height in ems, ascent plus descent (Arial and Liberation Sans 1.12, Times New Roman 1.11). */
  lineHeightEm: number;
}

export const defaultPageMetrics: PageMetrics = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  margins: { topMm: 25.4, bottomMm: 25.4, leftMm: 25.4, rightMm: 25.4 },
  bodyFontPt: 11,
  lineSpacing: 1.1,
  paragraphAfterPt: 6,
  footnoteFontPt: 9,
  meanCharEm: 0.47,
  lineHeightEm: 1.12,
};

export type LaidOutBlock =
  | { kind: 'title' | 'paragraph' | 'quote'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'listItem'; depth: number; text: string }
  /** The metadata table: one row per filled field. */
  | { kind: 'metadataRow'; text: string };

export interface NoteLayoutText {
  blocks: LaidOutBlock[];
  /** Each footnote's text as printed (with its quote), or only how many when the text is not known. */
  footnotes: string[] | { count: number };
  references: string[] | { count: number };
}

/** Lengths used when only the number of footnotes or references is known (two lines of footnote, as most are; a reference of two lines). */
const assumedFootnoteChars = 180;
const assumedReferenceChars = 150;

const ptPerMm = 72 / 25.4;

/** Lines a text takes at `charsPerLine`: each hard line at least one, wrapped lines lose a little to whole words. */
function linesOf(text: string, charsPerLine: number): number {
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil((line.length * 1.04) / charsPerLine));
  return lines;
}

/** The note's height in pages (to one decimal): text and footnotes against the page's usable height. */
export function estimatePages(layout: NoteLayoutText, metrics: PageMetrics = defaultPageMetrics): number {
  const width = (metrics.pageWidthMm - metrics.margins.leftMm - metrics.margins.rightMm) * ptPerMm;
  const height = (metrics.pageHeightMm - metrics.margins.topMm - metrics.margins.bottomMm) * ptPerMm;
  const lineAt = (fontPt: number, spacing = metrics.lineSpacing) => fontPt * metrics.lineHeightEm * spacing;
  const cpl = (fontPt: number, indentPt = 0, bold = false) => (width - indentPt) / (fontPt * metrics.meanCharEm * (bold ? 1.08 : 1));
  const body = metrics.bodyFontPt;

  let total = 0;
  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'title': {
        const size = body + 5;
        total += linesOf(block.text, cpl(size, 0, true)) * lineAt(size, 1) + 12;
        break;
      }
      case 'heading': {
        const size = [body + 3, body + 1, body][block.level - 1]!;
        total += 12 + linesOf(block.text, cpl(size, 0, true)) * lineAt(size) + 4;
        break;
      }
      case 'metadataRow':
        // Label and value side by side in a two-column table.
        total += linesOf(block.text, cpl(body, width * 0.3)) * lineAt(body);
        break;
      case 'listItem':
        total += linesOf(block.text, cpl(body, 18 * (block.depth + 1))) * lineAt(body) + 3;
        break;
      case 'quote':
        total += linesOf(block.text, cpl(body, 72)) * lineAt(body) + metrics.paragraphAfterPt;
        break;
      case 'paragraph':
        total += linesOf(block.text, cpl(body)) * lineAt(body) + metrics.paragraphAfterPt;
        break;
    }
  }

  const references = 'count' in layout.references ? Array<string>(layout.references.count).fill('x'.repeat(assumedReferenceChars)) : layout.references;
  if (references.length > 0) {
    total += 12 + lineAt(body + 3) + 4;
    // Hanging indent of half an inch.
    for (const entry of references) total += linesOf(entry, cpl(body, 36)) * lineAt(body) + metrics.paragraphAfterPt;
  }

  const footnotes = 'count' in layout.footnotes ? Array<string>(layout.footnotes.count).fill('x'.repeat(assumedFootnoteChars)) : layout.footnotes;
  const footnoteSize = metrics.footnoteFontPt;
  for (const note of footnotes) total += linesOf(note, cpl(footnoteSize)) * lineAt(footnoteSize, 1) + 2;
  // The separator line above each page's footnotes.
  const pagesSoFar = Math.max(1, Math.ceil(total / height));
  if (footnotes.length > 0) total += Math.min(pagesSoFar, footnotes.length) * lineAt(body);

  return Math.max(0.1, Math.round((total / height) * 10) / 10);
}

/** Pages the guideline allows (DOMAIN.md: about two pages at most). */
export const pageGuideline = 2;

const headingLevels: Record<string, 1 | 2 | 3> = { h1: 1, h2: 1, h3: 2, h4: 3, h5: 3, h6: 3 };

function inlineText(node: SerializedNode): string {
  if (node.type === 'text' || node.type === 'fact') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return (node.children ?? []).map(inlineText).join('');
}

function blocksOf(nodes: readonly SerializedNode[], depth: number, out: LaidOutBlock[]): void {
  for (const node of nodes) {
    if (node.type === 'heading') out.push({ kind: 'heading', level: headingLevels[String(node.tag)] ?? 2, text: inlineText(node) });
    else if (node.type === 'list') {
      for (const item of node.children ?? []) {
        const nested = (item.children ?? []).filter((c) => c.type === 'list');
        const own = (item.children ?? []).filter((c) => c.type !== 'list');
        if (own.length > 0 || nested.length === 0) out.push({ kind: 'listItem', depth, text: own.map(inlineText).join('') });
        blocksOf(nested, depth + 1, out);
      }
    } else if (node.type === 'quote') out.push({ kind: 'quote', text: inlineText(node) });
    else out.push({ kind: 'paragraph', text: inlineText(node) });
  }
}

/** The metadata fields the export prints as table rows when filled (electron/core/export/metadata.ts). */
const metadataFields: (keyof NoteMetadata)[] = ['trackingNumber', 'date', 'to', 'through', 'from', 'type', 'drafter', 'contact', 'approvers', 'consultations'];

/**
 * What of a note prints, for `estimatePages`. The footnotes and references are the formatted
 * ones when the caller has them (the export check); otherwise one footnote per cited fact of an
 * average length, and a reference for every five facts (the status bar, while typing).
 */
export function noteLayout(
  note: { content: NoteContent; metadata: NoteMetadata },
  citations?: { footnotes: string[]; references: string[] },
): NoteLayoutText {
  const blocks: LaidOutBlock[] = [{ kind: 'title', text: note.metadata.title }];
  for (const field of metadataFields) {
    const value = note.metadata[field];
    if (typeof value === 'string' && value.trim()) blocks.push({ kind: 'metadataRow', text: value });
  }
  if (blocks.length > 1) blocks.push({ kind: 'paragraph', text: '' });
  blocksOf(note.content.root.children, 0, blocks);
  if (citations) return { blocks, footnotes: citations.footnotes, references: citations.references };
  const facts = new Set(factNodesInOrder(note.content).map((f) => f.factId)).size;
  return { blocks, footnotes: { count: facts }, references: { count: Math.ceil(facts / 5) } };
}

/**
 * Footnote and reference texts near enough to the formatted ones to lay out, without running
 * the citation engine: each cited fact's sources (author, title, publisher, date, URL) and its
 * quote, a source cited before by its title alone; each source once in the references. The
 * export check uses these.
 */
export function approximateCitationTexts(cited: readonly { quote: string | null; sources: readonly CitedSource[] }[]): { footnotes: string[]; references: string[] } {
  const entry = (s: CitedSource) => [s.authors.join(', '), printedTitle(s), s.publisher ?? unknownPublisherText, s.published ?? 'n.d.', s.url].filter(Boolean).join(', ');
  // A source cited again is cited short (Chicago's subsequent note: its title).
  const short = (s: CitedSource) => printedTitle(s);
  const references = new Map<string, string>();
  const footnotes = cited.map((c) => {
    const parts = c.sources.map((s) => (references.has(s.id ?? entry(s)) ? short(s) : entry(s)));
    for (const s of c.sources) references.set(s.id ?? entry(s), entry(s));
    return [...parts, c.quote ? `“${c.quote}”` : ''].join('. ');
  });
  return { footnotes, references: [...references.values()] };
}
