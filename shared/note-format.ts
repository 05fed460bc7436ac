/**
 * The stored note format: Lexical's serialized editor state (JSON) plus metadata and a format
 * version, so old notes keep opening. The editor, the notes store, the sample note and the
 * DOCX export all read this one definition.
 *
 * Node types used in `content.root.children` (Lexical 0.52 serialization):
 *  - 'heading' { tag: 'h1'|'h2'|'h3', children }      section headings (templates use h2)
 *  - 'paragraph' { children }
 *  - 'quote' { children }                               block quote
 *  - 'list' { listType: 'bullet'|'number', start, children: 'listitem'[] }
 *  - 'listitem' { value, children }                     (a nested 'list' may be a child)
 *  - 'text' { text, format }                           format bit flags: 1 bold, 2 italic, 8 underline
 *  - 'linebreak'
 *  - 'fact' (FactNode, inline, atomic) { version: 2, factId, factVersion, form, text }
 *      `form` is 'statement' (the fact's statement) or 'figure' (its value as formatted by
 *      shared/figure-format.ts in the note's language); `text` is what was inserted, and the
 *      note keeps it even if the fact changes. Version 1 nodes (before forms) have no `form`
 *      and are statements.
 *  - 'fact-phrase' (FactPhraseNode, inline element) { version: 1, factId, factVersion, children }
 *      the drafter's own words citing a fact: `children` are ordinary text nodes the writer
 *      edits; the fact gives the footnote, placed where the phrase ends.
 *  - 'language-span' (LanguageSpanNode, inline element) { version: 1, lang: NoteLanguage, children }
 *      a phrase marked as written in another language than the note's (issue 15): rendered as
 *      `<span lang>` so the spell checker reads it in that language, exported with its `w:lang`.
 *      Its children are ordinary inline nodes (text, chips, own-words phrases).
 * A block (paragraph, heading, quote, list item) marked as another language carries it in
 * Lexical's node state: `$: { lang: NoteLanguage }` (no `$` or no `lang`: the note's language).
 * `markedLanguage` reads both marks. Notes saved before marks load unchanged.
 * Every consumer finds citations through `factNodesInOrder`, which sees all three forms.
 */
import { z } from 'zod';

export const noteFormatVersion = 1;

export const classificationMarkings = [
  'UNCLASSIFIED',
  'PROTECTED A',
  'PROTECTED B',
  'PROTECTED C',
  'CONFIDENTIAL',
  'SECRET',
  'TOP SECRET',
] as const;

export const noteTypes = ['For decision', 'For information', 'For signature', 'Event'] as const;

export const templateIds = ['decision', 'information', 'meeting'] as const;

/**
 * The languages a note can be written in (BCP 47 primary tags). A note's language chooses its
 * export labels, date and number formats, `w:lang`, the CSL locale and a figure chip's wording.
 * Adding one means adding its interface catalogue and its export labels.
 */
export const noteLanguages = ['en', 'vi'] as const;
export type NoteLanguage = (typeof noteLanguages)[number];
export type TemplateId = (typeof templateIds)[number];

export const NoteMetadata = z.object({
  title: z.string().max(500),
  classification: z.string().max(100),
  trackingNumber: z.string().max(100).default(''),
  date: z.string().max(40).default(''),
  to: z.string().max(500).default(''),
  through: z.string().max(500).default(''),
  from: z.string().max(500).default(''),
  type: z.string().max(100).default(''),
  drafter: z.string().max(200).default(''),
  contact: z.string().max(200).default(''),
  approvers: z.string().max(1000).default(''),
  consultations: z.string().max(2000).default(''),
  /** The note's language; notes saved before languages existed are English. */
  language: z.enum(noteLanguages).default('en'),
  /** The document profile (house format) it exports in; '' means its template's default. */
  profileId: z.string().max(100).default(''),
  // Fields of administrative documents (Decree 30 profiles); optional so notes saved before them load.
  /** Where the document is issued, for the place-date line ("Hà Nội"). */
  place: z.string().max(200).optional(),
  /** The urgency mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC), empty for none. */
  urgency: z.string().max(100).optional(),
  /** The signature block: the signer's authority (one line each, e.g. "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG") and name. */
  signerTitle: z.string().max(500).optional(),
  signerName: z.string().max(200).optional(),
  /** The recipients list ("Nơi nhận:"), one recipient a line. */
  recipients: z.string().max(2000).optional(),
});
export type NoteMetadata = z.infer<typeof NoteMetadata>;

/** Lexical's serialized node, kept loose here: the editor's own importJSON validates its nodes. */
export interface SerializedNode {
  type: string;
  version?: number;
  children?: SerializedNode[];
  [key: string]: unknown;
}

/** How a citation reads in the note: the fact's statement, its figure, or the writer's own words. */
export const citationForms = ['statement', 'figure', 'own-words'] as const;
export type CitationForm = (typeof citationForms)[number];
/** The forms a chip (FactNode) can take; own words are a FactPhraseNode. */
export const chipForms = ['statement', 'figure'] as const;
export type ChipForm = (typeof chipForms)[number];

export const SerializedFactNode = z.object({
  type: z.literal('fact'),
  version: z.union([z.literal(1), z.literal(2)]),
  factId: z.string().min(1),
  factVersion: z.number().int().positive(),
  /** Absent in version 1 nodes: those are statements. */
  form: z.enum(chipForms).optional(),
  text: z.string(),
});
export type SerializedFactNode = z.infer<typeof SerializedFactNode>;

export const SerializedFactPhraseNode = z.looseObject({
  type: z.literal('fact-phrase'),
  version: z.literal(1),
  factId: z.string().min(1),
  factVersion: z.number().int().positive(),
  children: z.array(z.looseObject({ type: z.string() })),
});
export type SerializedFactPhraseNode = z.infer<typeof SerializedFactPhraseNode>;

export const SerializedLanguageSpanNode = z.looseObject({
  type: z.literal('language-span'),
  version: z.literal(1),
  lang: z.enum(noteLanguages),
  children: z.array(z.looseObject({ type: z.string() })),
});
export type SerializedLanguageSpanNode = z.infer<typeof SerializedLanguageSpanNode>;

/** The key of a block's language mark in Lexical's node state (`$`). */
export const blockLanguageKey = 'lang';

/** Whether `value` names one of the note languages (what a stored mark may hold). */
export function isNoteLanguage(value: unknown): value is NoteLanguage {
  return (noteLanguages as readonly unknown[]).includes(value);
}

/**
 * The language a stored node is marked as (a language span, or a block with the mark in its
 * node state), or undefined when it follows the text around it. A mark naming a language we
 * do not have is ignored, so the text reads in the note's language.
 */
export function markedLanguage(node: SerializedNode): NoteLanguage | undefined {
  const mark = node.type === 'language-span' ? node.lang : (node.$ as Record<string, unknown> | undefined)?.[blockLanguageKey];
  return isNoteLanguage(mark) ? mark : undefined;
}

/** One citation in a note, whatever its form: what numbering, counts, checks, export and audit read. */
export interface NoteCitation {
  factId: string;
  factVersion: number;
  form: CitationForm;
  /** The words the reader sees: the statement or figure as inserted, or the writer's phrase. */
  text: string;
}

const serializedNode: z.ZodType<SerializedNode> = z.lazy(() =>
  z.looseObject({ type: z.string(), version: z.number().optional(), children: z.array(serializedNode).optional() }),
);

export const NoteContent = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(serializedNode) }),
});
export type NoteContent = z.infer<typeof NoteContent>;

export const StoredNote = z.object({
  id: z.string(),
  formatVersion: z.number().int().positive(),
  templateId: z.enum(templateIds),
  metadata: NoteMetadata,
  content: NoteContent,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredNote = z.infer<typeof StoredNote>;

/** The text a serialized inline subtree shows (a phrase's words). */
export function serializedText(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return (node.children ?? []).map(serializedText).join('');
}

/** A stored node as a citation, or null when it is not one (or not a valid one). */
export function citationOf(node: SerializedNode): NoteCitation | null {
  if (node.type === 'fact') {
    const parsed = SerializedFactNode.safeParse(node);
    if (!parsed.success) return null;
    const { factId, factVersion, form, text } = parsed.data;
    return { factId, factVersion, form: form ?? 'statement', text };
  }
  if (node.type === 'fact-phrase') {
    const parsed = SerializedFactPhraseNode.safeParse(node);
    if (!parsed.success) return null;
    return { factId: parsed.data.factId, factVersion: parsed.data.factVersion, form: 'own-words', text: serializedText(node) };
  }
  return null;
}

/**
 * Every citation in document order, in all three forms (figure and statement chips, the
 * writer's own words): the citation numbering, the counts, the export check, the export and
 * the audit walk this one list.
 */
export function factNodesInOrder(content: NoteContent): NoteCitation[] {
  const found: NoteCitation[] = [];
  const walk = (node: SerializedNode) => {
    const citation = citationOf(node);
    if (citation) found.push(citation);
    node.children?.forEach(walk);
  };
  content.root.children.forEach(walk);
  return found;
}
