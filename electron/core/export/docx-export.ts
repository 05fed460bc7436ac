/**
 * exportNoteToDocx: a stored note as a Word document a director's own office could have
 * written: Word styles, the metadata block, classification markings on every page, "Page X
 * of Y", one native footnote per cited fact, a References section, and the fact ids and
 * versions embedded for a later audit.
 */
import { Document, FootnoteReferenceRun, Paragraph, TextRun, type FileChild, type ParagraphChild } from 'docx';
import { citationLocaleFor, type CitationStyle, type CitedItem, type CitedSource } from '../../../shared/citations';
import type { AnchorState } from '../../../shared/model';
import { factNodesInOrder, type StoredNote } from '../../../shared/note-format';
import { noteBlocks } from './blocks';
import { citeFacts } from './cite';
import type { CitationFormatter } from './citation-cache';
import { buildFootnotes, repeatedReference } from './footnotes';
import { markingFooter, markingHeader, metadataBlock } from './metadata';
import { zipParts } from '../ooxml';
import { compileParts } from './package';
import { documentProperties, setCoreDates } from './properties';
import { addProvenancePart, type Provenance } from './provenance';
import { sanitizeXmlText } from './sanitize';
import { documentNumbering, documentStyles, styleIds } from './styles';

/** What a footnote needs from the fact store about one cited fact. */
export interface CitedFactSources {
  /** The quote printed in the footnote, verbatim from its source. */
  quote: string | null;
  /** Which evidence that quote is, in which source, and whether it is still found there (absent from resolvers that do not know). */
  quoteEvidence?: { evidenceId: string; sourceId: string; anchor: AnchorState } | null;
  sources: CitedSource[];
}

/**
 * Looks up a cited fact's quote and sources; null when the store does not know the fact. It
 * takes no version: evidence is not versioned, so every version of a fact has the same quotes.
 */
export type CitationResolver = (factId: string) => CitedFactSources | null | Promise<CitedFactSources | null>;

export interface ExportOptions {
  style: CitationStyle;
  /** formatCitations unless given (the export service passes one that keeps its results). */
  formatCitations?: CitationFormatter;
  /** The export time written into the provenance; now unless given. */
  exportedAt?: Date;
}

export const referencesHeading = 'References';

export async function exportNoteToDocx(note: StoredNote, resolve: CitationResolver, options: ExportOptions): Promise<Buffer> {
  // The same call the references preview and the chip popover get their answer from (export.citations).
  const { items, formatted: citations } = await citeFacts(
    factNodesInOrder(note.content).map((chip) => ({ factId: chip.factId, factVersion: chip.factVersion, statement: chip.text })),
    resolve,
    options.style,
    options.formatCitations,
    // The note's language chooses the CSL locale: its terms and date forms (issue 15).
    citationLocaleFor(note.metadata.language),
  );
  const numberOf = new Map(citations.notes.map((n) => [n.factId, n.number]));
  const referenced = new Set<string>();

  const body = noteBlocks(note.content.root.children, {
    footnoteReference(factId): ParagraphChild[] {
      const number = numberOf.get(factId)!;
      if (referenced.has(factId)) return [repeatedReference(number)];
      referenced.add(factId);
      return [new FootnoteReferenceRun(number)];
    },
  });

  const children: FileChild[] = [new Paragraph({ style: styleIds.title, children: [new TextRun(sanitizeXmlText(note.metadata.title))] })];
  const block = metadataBlock(note.metadata);
  if (block) children.push(block, new Paragraph({}));
  children.push(...body);
  if (citations.bibliography.length > 0) {
    children.push(new Paragraph({ style: styleIds.heading[1], children: [new TextRun(referencesHeading)] }));
    for (const entry of citations.bibliographySegments) {
      children.push(
        new Paragraph({
          style: styleIds.bibliography,
          children: entry.map((s) => new TextRun({ text: sanitizeXmlText(s.text), italics: s.italic || undefined })),
        }),
      );
    }
  }

  const doc = new Document({
    ...documentProperties(note),
    styles: documentStyles,
    numbering: documentNumbering,
    footnotes: buildFootnotes(citations.notes),
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 567, footer: 567 } } },
        headers: { default: markingHeader(note.metadata) },
        footers: { default: markingFooter(note.metadata) },
        children,
      },
    ],
  });

  const provenance: Provenance = {
    noteId: note.id,
    noteTitle: note.metadata.title,
    exportedAt: (options.exportedAt ?? new Date()).toISOString(),
    style: options.style,
    facts: distinctCitedFacts(items, numberOf),
  };
  const parts = await compileParts(doc);
  addProvenancePart(parts, provenance);
  setCoreDates(parts, note);
  return zipParts(parts);
}

function distinctCitedFacts(items: CitedItem[], numberOf: Map<string, number>) {
  const seen = new Set<string>();
  return items
    .filter((i) => {
      const key = `${i.factId}@${i.factVersion}`;
      return !seen.has(key) && seen.add(key);
    })
    .map((i) => ({ factId: i.factId, factVersion: i.factVersion, footnote: numberOf.get(i.factId)!, statement: i.statement }));
}
