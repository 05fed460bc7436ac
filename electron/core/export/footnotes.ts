/**
 * Footnotes: one per cited fact, holding the formatted citation and the supporting quote.
 * Only plain paragraphs and runs go in a footnote: a list inside one corrupts the file
 * (docx #2876).
 */
import { Paragraph, TextRun } from 'docx';
import type { FormattedNote } from '../../../shared/citations';
import { sanitizeXmlText } from './sanitize';
import { styleIds } from './styles';

export type FootnoteMap = Record<number, { children: Paragraph[] }>;

export function footnoteParagraph(note: FormattedNote): Paragraph {
  // The space separates the text from the footnote mark Word puts before it.
  const runs = [new TextRun(' '), ...note.segments.map((s) => new TextRun({ text: sanitizeXmlText(s.text), italics: s.italic || undefined }))];
  if (note.quote) runs.push(new TextRun({ text: ` “${sanitizeXmlText(note.quote)}”` }));
  return new Paragraph({ style: styleIds.footnoteText, children: runs });
}

export function buildFootnotes(notes: FormattedNote[]): FootnoteMap {
  const map: FootnoteMap = {};
  for (const note of notes) map[note.number] = { children: [footnoteParagraph(note)] };
  return map;
}

/**
 * A fact cited again points at its first footnote with the same mark, not a second footnote.
 * The mark is static text: a NOTEREF field would follow a renumbering in Word (after F9), but
 * LibreOffice renders its result at full size ("20251"), so we chose the mark both show right.
 */
export function repeatedReference(number: number): TextRun {
  return new TextRun({ text: String(number), style: 'FootnoteReference' });
}
