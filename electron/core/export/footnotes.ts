/**
 * Footnotes: one per cited fact, holding the formatted citation and (when the profile says)
 * the supporting quote; URLs in a citation are hyperlinks. Only plain paragraphs, runs and
 * links go in a footnote: a list inside one corrupts the file (docx #2876).
 */
import { Bookmark, ExternalHyperlink, FootnoteReferenceRun, Paragraph, SimpleField, TextRun, type ParagraphChild } from 'docx';
import type { FormattedNote, TextSegment } from '../../../shared/citations';
import type { NoteLanguage } from '../../../shared/note-format';
import { textRuns } from './blocks';
import { sanitizeXmlText } from './sanitize';
import { styleIds } from './styles';

export type FootnoteMap = Record<number, { children: Paragraph[] }>;

const url = /https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:)]/g;

/** A citation's segments as runs, each URL in it a hyperlink (Word's Hyperlink style). */
export function citationRuns(segments: TextSegment[], language: NoteLanguage): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const s of segments) {
    const text = sanitizeXmlText(s.text);
    let at = 0;
    for (const m of text.matchAll(url)) {
      if (m.index > at) out.push(...textRuns(text.slice(at, m.index), language, { italics: s.italic || undefined }));
      out.push(new ExternalHyperlink({ link: m[0], children: [new TextRun({ text: m[0], style: 'Hyperlink', italics: s.italic || undefined })] }));
      at = m.index + m[0].length;
    }
    if (at < text.length) out.push(...textRuns(text.slice(at), language, { italics: s.italic || undefined }));
  }
  return out;
}

export function footnoteParagraph(note: FormattedNote, language: NoteLanguage, withQuote: boolean): Paragraph {
  // The space separates the text from the footnote mark Word puts before it.
  const runs: ParagraphChild[] = [new TextRun(' '), ...citationRuns(note.segments, language)];
  if (withQuote && note.quote) runs.push(...textRuns(` “${note.quote}”`, language));
  return new Paragraph({ style: styleIds.footnoteText, children: runs });
}

/** One footnote per cited fact, numbered as the facts are, and one for each repeat given a note of its own (footnotePlacer's 'new'). */
export function buildFootnotes(notes: FormattedNote[], language: NoteLanguage, withQuote: boolean, repeats: readonly { id: number; note: FormattedNote }[] = []): FootnoteMap {
  const map: FootnoteMap = {};
  for (const note of notes) map[note.number] = { children: [footnoteParagraph(note, language, withQuote)] };
  for (const { id, note } of repeats) map[id] = { children: [footnoteParagraph(note, language, withQuote)] };
  return map;
}

/** The bookmark around a footnote's first reference, which a repeat points at. */
export const footnoteBookmark = (number: number) => `_RefNote${number}`;

/** A fact's first citation: its footnote reference, bookmarked for the repeats. */
export function firstReference(number: number): ParagraphChild {
  return new Bookmark({ id: footnoteBookmark(number), children: [new FootnoteReferenceRun(number)] });
}

/** A repeat given a footnote of its own ('new-note' profiles): a plain reference to footnote `id`. */
export function ownNoteReference(id: number): ParagraphChild {
  return new FootnoteReferenceRun(id);
}

/**
 * A fact cited again points at its first footnote, as Word's own cross-reference does: a
 * NOTEREF field (\f: formatted as a footnote mark, \h: a link), its result cached in a run of
 * the footnote-reference style (docx's own cached run is bare), so LibreOffice, which shows the
 * cached result, prints it superscript like the first mark. Written here rather than fixed
 * in the document part afterwards: re-parsing a 30-page document.xml cost more than the rest
 * of the export (issue 14's 150 ms).
 */
class NoteReferenceField extends SimpleField {
  constructor(number: number) {
    super(`NOTEREF ${footnoteBookmark(number)} \\f \\h`);
    this.root.push(new TextRun({ text: String(number), style: styleIds.footnoteReference }));
  }
}

export function repeatedReference(number: number): ParagraphChild {
  return new NoteReferenceField(number);
}
