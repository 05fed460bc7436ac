/**
 * The rule for what a note stores, applied by every writer in the library (create, save,
 * rename, duplicate, insert). Lone surrogates become U+FFFD everywhere (shared/stored-text.ts),
 * so the library's title column and the note's JSON always hold the same characters. One-line
 * fields are cleaned like source metadata (shared/clean-text.ts: no control characters, no
 * bidi overrides that could make a title read as something else, spaces collapsed); the
 * address and list fields keep their line breaks. The body is kept as typed.
 */
import { cleanLine } from '../../../shared/clean-text';
import type { NoteContent, NoteMetadata } from '../../../shared/note-format';
import { storedText, storedTextDeep } from '../../../shared/stored-text';

const oneLineFields = ['title', 'classification', 'trackingNumber', 'date', 'type', 'drafter', 'contact'] as const;

export function cleanNoteTitle(title: string): string {
  return cleanLine(storedText(title));
}

export function cleanNoteMetadata(metadata: NoteMetadata): NoteMetadata {
  const cleaned = storedTextDeep(metadata);
  for (const field of oneLineFields) cleaned[field] = cleanLine(cleaned[field]);
  return cleaned;
}

export function cleanNoteContent(content: NoteContent): NoteContent {
  return storedTextDeep(content);
}
