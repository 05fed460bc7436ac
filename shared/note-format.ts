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
 *  - 'fact' (FactNode, inline, atomic) { factId, factVersion, text }
 *      `text` is the fact's statement as inserted; the note keeps it even if the fact changes.
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

export const SerializedFactNode = z.object({
  type: z.literal('fact'),
  version: z.literal(1),
  factId: z.string().min(1),
  factVersion: z.number().int().positive(),
  text: z.string(),
});
export type SerializedFactNode = z.infer<typeof SerializedFactNode>;

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

/** Every fact chip in document order: the citation numbering walks the same order. */
export function factNodesInOrder(content: NoteContent): SerializedFactNode[] {
  const found: SerializedFactNode[] = [];
  const walk = (node: SerializedNode) => {
    if (node.type === 'fact') {
      const parsed = SerializedFactNode.safeParse(node);
      if (parsed.success) found.push(parsed.data);
    }
    node.children?.forEach(walk);
  };
  content.root.children.forEach(walk);
  return found;
}
