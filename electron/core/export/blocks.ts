/**
 * The note's Lexical content as Word paragraphs: headings, paragraphs, quotes and (nested)
 * lists with real numbering; text runs carry Lexical's format bits; every citation (a figure or
 * statement chip, or the writer's own words) becomes ordinary text followed by its footnote reference.
 */
import { AlignmentType, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import { languageSpans } from '../../../shared/document-profiles';
import { keyedError } from '../../../shared/errors';
import { markedLanguage, type NoteLanguage, type SerializedNode } from '../../../shared/note-format';
import { sanitizeXmlText } from './sanitize';
import { numberingRefs, styleIds, wordLanguage } from './styles';

/** Lexical's TextNode format bit flags. */
const textFormat = { bold: 1, italic: 2, strikethrough: 4, underline: 8, subscript: 32, superscript: 64 } as const;

const alignments: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export interface BlockContext {
  /** The runs that follow a fact chip's text: its footnote reference. */
  footnoteReference(factId: string, factVersion: number): ParagraphChild[];
  /** The note's language: runs in another language carry their own `w:lang`. */
  language: NoteLanguage;
  /** The language the writer marked the text in (a marked block or phrase); unset: the note's, with names detected. */
  marked?: NoteLanguage;
  /** Body paragraphs numbered 1.1, 1.2, … under numbered section headings (the profile says). */
  numberParagraphs: boolean;
}

export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  underline?: object;
  strike?: boolean;
  subScript?: boolean;
  superScript?: boolean;
}

function runFormat(format: unknown): RunFormat {
  const bits = typeof format === 'number' ? format : 0;
  const f: RunFormat = {};
  if (bits & textFormat.bold) f.bold = true;
  if (bits & textFormat.italic) f.italics = true;
  if (bits & textFormat.underline) f.underline = {};
  if (bits & textFormat.strikethrough) f.strike = true;
  if (bits & textFormat.subscript) f.subScript = true;
  if (bits & textFormat.superscript) f.superScript = true;
  return f;
}

/**
 * A tab or a newline inside a text node would be a space in Word: write them as a tab and a
 * line break. Text in another language than the note's (a Vietnamese name in an English note)
 * is its own run with its `w:lang`, so Word neither flags it nor skips checking it. Text the
 * writer marked as a language (`marked`) is in that language, whatever its letters.
 */
export function textRuns(raw: string, language: NoteLanguage, format: RunFormat = {}, marked?: NoteLanguage): TextRun[] {
  const text = sanitizeXmlText(raw);
  const runs: TextRun[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const spans = marked ? (line ? [{ text: line, language: marked }] : []) : languageSpans(line, language);
    if (spans.length === 0) spans.push({ text: '', language });
    spans.forEach((span, k) => {
      const children: (string | Tab)[] = [];
      span.text.split('\t').forEach((piece, j) => {
        if (j > 0) children.push(new Tab());
        if (piece) children.push(piece);
      });
      const lang = span.language === language ? {} : { language: { value: wordLanguage[span.language] } };
      runs.push(new TextRun({ ...format, ...lang, children, ...(i > 0 && k === 0 ? { break: 1 } : {}) }));
    });
  });
  return runs;
}

/**
 * The longest paragraph we write. LibreOffice here laid out a 1-million-character paragraph in
 * 69 s against 34 s for the same text in 10,000-character paragraphs, and had not opened a
 * 3-million-character one after 4 minutes (the same text in paragraphs: 50 s); a 20-million one
 * had not opened after 10 minutes (issue 13). Splitting the text into more runs made it slower,
 * not faster, so the limit is on the paragraph. 100,000 characters (about 16 pages in one
 * paragraph) still opened as fast as split text, and is 20 times any paragraph of a real note.
 */
export const maxParagraphCharacters = 100_000;

function textLength(nodes: SerializedNode[] | undefined): number {
  let n = 0;
  for (const node of nodes ?? []) n += typeof node.text === 'string' ? node.text.length : node.children ? textLength(node.children) : 0;
  return n;
}

/** The paragraph's runs, or a refusal that tells the user which paragraph to break up. */
function paragraphChildren(nodes: SerializedNode[] | undefined, ctx: BlockContext): ParagraphChild[] {
  const length = textLength(nodes);
  if (length > maxParagraphCharacters) {
    const start = (nodes ?? []).map((n) => (typeof n.text === 'string' ? n.text : '')).join('').slice(0, 40).trim();
    throw keyedError('refused', 'paragraphTooLong', { length, start, max: maxParagraphCharacters });
  }
  return inlineChildren(nodes, ctx);
}

function inlineChildren(nodes: SerializedNode[] | undefined, ctx: BlockContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'text':
        out.push(...textRuns(String(node.text ?? ''), ctx.language, runFormat(node.format), ctx.marked));
        break;
      case 'linebreak':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'tab':
        out.push(new TextRun({ children: [new Tab()] }));
        break;
      case 'fact':
        out.push(...textRuns(String(node.text ?? ''), ctx.language, {}, ctx.marked), ...ctx.footnoteReference(String(node.factId), Number(node.factVersion)));
        break;
      case 'fact-phrase':
        // The writer's own words keep their formatting; the footnote mark goes where the phrase ends.
        out.push(...inlineChildren(node.children, ctx), ...ctx.footnoteReference(String(node.factId), Number(node.factVersion)));
        break;
      case 'language-span':
        out.push(...inlineChildren(node.children, markedIn(node, ctx)));
        break;
      default:
        // An inline element we do not know (a link, a mark): keep its text.
        if (node.children) out.push(...inlineChildren(node.children, ctx));
        else if (typeof node.text === 'string') out.push(...textRuns(node.text, ctx.language, {}, ctx.marked));
    }
  }
  return out;
}

/** The context for a node's text: a marked block or phrase is in its own language. */
function markedIn(node: SerializedNode, ctx: BlockContext): BlockContext {
  const marked = markedLanguage(node);
  return marked ? { ...ctx, marked } : ctx;
}

function alignment(node: SerializedNode) {
  return typeof node.format === 'string' ? alignments[node.format] : undefined;
}

const inlineTypes = new Set(['text', 'linebreak', 'tab', 'fact', 'fact-phrase', 'language-span']);

interface ListState {
  /** A new instance per list, so every numbered list counts from its own start. */
  nextInstance: number;
}

function listParagraphs(list: SerializedNode, level: number, ctx: BlockContext, state: ListState): Paragraph[] {
  const numbered = list.listType === 'number';
  const reference = numbered ? numberingRefs.number : numberingRefs.bullet;
  const instance = state.nextInstance++;
  const out: Paragraph[] = [];
  for (const item of list.children ?? []) {
    const nested = (item.children ?? []).filter((c) => c.type === 'list');
    const inline = (item.children ?? []).filter((c) => c.type !== 'list');
    if (inline.length > 0 || nested.length === 0) {
      out.push(
        new Paragraph({
          // The style carries the numbering; the paragraph names its own instance and level.
          style: numbered ? styleIds.listNumber : styleIds.listBullet,
          numbering: { reference, level: Math.min(level, 8), instance },
          alignment: alignment(item),
          children: paragraphChildren(inline, markedIn(item, ctx)),
        }),
      );
    }
    for (const sub of nested) out.push(...listParagraphs(sub, level + 1, ctx, state));
  }
  return out;
}

/** The note body as Word paragraphs, in order. */
export function noteBlocks(children: SerializedNode[], ctx: BlockContext): Paragraph[] {
  const state: ListState = { nextInstance: 1 };
  const out: Paragraph[] = [];
  let loose: SerializedNode[] = [];
  // Paragraph numbers (1.1, 1.2) start with the first numbered section heading.
  let inSection = false;
  const bodyParagraph = (nodes: SerializedNode[] | undefined, node?: SerializedNode) => {
    const children = paragraphChildren(nodes, node ? markedIn(node, ctx) : ctx);
    const numbered = ctx.numberParagraphs && inSection && children.length > 0;
    return new Paragraph({
      style: styleIds.body,
      alignment: node ? alignment(node) : undefined,
      ...(numbered ? { numbering: { reference: numberingRefs.sections, level: 1 } } : {}),
      children,
    });
  };
  const flushLoose = () => {
    if (loose.length > 0) out.push(bodyParagraph(loose));
    loose = [];
  };
  for (const node of children) {
    if (inlineTypes.has(node.type)) {
      // Inline nodes straight under the root (not what Lexical writes, but possible in an old file).
      loose.push(node);
      continue;
    }
    flushLoose();
    switch (node.type) {
      case 'heading': {
        // The note's sections are h2 in the editor (h1 is the title's rank); in Word a section is
        // Heading 1, so the document outline starts at level 1 under the Title.
        const tagLevel = Number(String(node.tag ?? 'h2').slice(1)) || 2;
        const level = Math.min(Math.max(tagLevel - 1, 1), 3);
        if (level === 1) inSection = true;
        out.push(new Paragraph({ style: styleIds.heading[level - 1], alignment: alignment(node), children: paragraphChildren(node.children, markedIn(node, ctx)) }));
        break;
      }
      case 'quote':
        out.push(new Paragraph({ style: styleIds.quote, alignment: alignment(node), children: paragraphChildren(node.children, markedIn(node, ctx)) }));
        break;
      case 'list':
        out.push(...listParagraphs(node, 0, ctx, state));
        break;
      case 'root':
        out.push(...noteBlocks(node.children ?? [], ctx));
        break;
      default:
        out.push(bodyParagraph(node.children, node));
    }
  }
  flushLoose();
  return out;
}
