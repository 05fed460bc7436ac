/**
 * The notes a printed note carries and the mark each citation prints, placed as the Word export
 * places its footnotes (footnotePlacer, shared/citations.ts): a fact's first citation gets the
 * next note; a repeat prints its first note's number again ('same-note', Word's NOTEREF) or, in
 * a profile that gives every citation a note of its own (Decree 30's 'new-note'), the next
 * number with the full citation again. Numbered by where they stand, as Word numbers footnotes.
 */
import { footnotePlacer, type RepeatedCitation } from '../citations';

export interface PrintedNote {
  number: number;
  factId: string;
  text: string;
  quote: string | null;
}

export interface CitationText {
  text: string;
  quote: { text: string } | null;
}

export function printedNotes(citedInOrder: readonly string[], served: ReadonlyMap<string, CitationText>, repeated: RepeatedCitation): { marks: number[]; notes: PrintedNote[] } {
  const place = footnotePlacer(repeated);
  const firstNote = new Map<string, number>();
  const marks: number[] = [];
  const notes: PrintedNote[] = [];
  for (const factId of citedInOrder) {
    const where = place(factId);
    if (where === 'same') {
      marks.push(firstNote.get(factId)!);
      continue;
    }
    const number = notes.length + 1;
    if (where === 'first') firstNote.set(factId, number);
    marks.push(number);
    const cited = served.get(factId);
    notes.push({ number, factId, text: cited?.text ?? '', quote: cited?.quote?.text ?? null });
  }
  return { marks, notes };
}

/** A printed note's text as the Word footnote reads (footnoteParagraph): the citation, then the quote when the profile prints it. */
export function printedNoteText(note: Pick<PrintedNote, 'text' | 'quote'>, withQuote: boolean): string {
  return withQuote && note.quote ? `${note.text} “${note.quote}”` : note.text;
}
