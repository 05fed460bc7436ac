/**
 * exportNoteToDocx: a stored note as a Word document a director's own office could have
 * written, in the house format of its document profile (shared/document-profiles): page and
 * fonts, the first page's heading, numbered sections and paragraphs, markings and page
 * numbers, one native footnote per cited fact (or author-date citations in the text), the
 * closing blocks, and the fact ids and versions embedded for a later audit.
 */
import { Document, Paragraph, TextRun, type FileChild, type ParagraphChild } from 'docx';
import { citationLocaleFor, footnotePlacer, type CitationStyle, type CitedSource, type FormattedNote } from '../../../shared/citations';
import { pageMetrics, profileFor, profileLabels, type DocumentProfile } from '../../../shared/document-profiles';
import type { AnchorState } from '../../../shared/model';
import { factNodesInOrder, type NoteCitation, type StoredNote } from '../../../shared/note-format';
import { estimatePages, noteLayout } from '../../../shared/page-estimate';
import { noteWordCount } from '../../../shared/note-text';
import { noteBlocks } from './blocks';
import { citeFacts } from './cite';
import type { CitationFormatter } from './citation-cache';
import { buildFootnotes, citationRuns, firstReference, ownNoteReference, repeatedReference } from './footnotes';
import { pageFurniture } from './metadata';
import { zipParts } from '../ooxml';
import { compileParts } from './package';
import { closingParts, headingParts } from './page-blocks';
import { documentProperties, setCoreDates } from './properties';
import { addProvenancePart, type Provenance, type ProvenanceFact } from './provenance';
import { documentNumbering, documentStyles, styleIds, twips } from './styles';
import { finishWordParts } from './word-parts';

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
  /** The house format; the note's own (metadata.profileId) or its template's default unless given. */
  profile?: DocumentProfile;
}

export const referencesHeading = profileLabels.en.references;

/** Author-date styles (APA) cite in the text, "(Vietnam News Service, 2026)", and list the references; note styles use footnotes. */
export const authorDateStyles: ReadonlySet<CitationStyle> = new Set(['apa']);

export async function exportNoteToDocx(note: StoredNote, resolve: CitationResolver, options: ExportOptions): Promise<Buffer> {
  const profile = options.profile ?? profileFor(note);
  const language = note.metadata.language;
  const authorDate = authorDateStyles.has(options.style);
  const labels = profileLabels[language];
  // The same call the references preview and the chip popover get their answer from (export.citations).
  const cited = factNodesInOrder(note.content);
  const { formatted: citations } = await citeFacts(
    cited.map((chip) => ({ factId: chip.factId, factVersion: chip.factVersion, statement: chip.text })),
    resolve,
    options.style,
    options.formatCitations,
    // The note's language chooses the CSL locale: its terms and date forms (issue 15).
    citationLocaleFor(note.metadata.language),
    // The reference list is formatted only when it prints (a third of citeproc's time: issue 14's 150 ms).
    { repeated: profile.footnotes.repeated, bibliography: authorDate || profile.references },
  );
  const byFact = new Map(citations.notes.map((n) => [n.factId, n]));
  const place = footnotePlacer(profile.footnotes.repeated);
  // Footnotes of their own for repeats ('new-note'): ids after the facts' own; Word and
  // LibreOffice number footnotes by where they stand, not by id.
  const repeats: { id: number; note: FormattedNote }[] = [];

  const body = noteBlocks(note.content.root.children, {
    language,
    numberParagraphs: profile.body.numberParagraphs,
    footnoteReference(factId): ParagraphChild[] {
      const cited = byFact.get(factId)!;
      if (authorDate) return [new TextRun(' '), ...citationRuns(cited.segments, language)];
      const where = place(factId);
      if (where === 'first') return [firstReference(cited.number)];
      if (where === 'same') return [repeatedReference(cited.number)];
      const id = citations.notes.length + repeats.length + 1;
      repeats.push({ id, note: cited });
      return [ownNoteReference(id)];
    },
  });

  const children: FileChild[] = [...headingParts(note.metadata, profile), ...body, ...closingParts(note.metadata, profile)];
  // An author-date style needs its reference list; a note style prints one when the profile says.
  if ((authorDate || profile.references) && citations.bibliography.length > 0) {
    children.push(new Paragraph({ style: styleIds.heading[0], numbering: false, children: [new TextRun(labels.references)] }));
    for (const entry of citations.bibliographySegments) {
      children.push(new Paragraph({ style: styleIds.bibliography, children: citationRuns(entry, language) }));
    }
  }

  const words = noteWordCount(note.content);
  const pages = Math.max(1, Math.ceil(estimatePages(noteLayout(note), pageMetrics(profile))));
  const furniture = pageFurniture(note.metadata, profile, pages);
  const margins = profile.page.margins;
  const doc = new Document({
    ...documentProperties(note),
    styles: documentStyles(profile, language),
    numbering: documentNumbering(profile),
    footnotes: authorDate ? {} : buildFootnotes(citations.notes, language, profile.footnotes.quote, repeats),
    sections: [
      {
        properties: {
          titlePage: furniture.titlePage,
          page: {
            size: { width: twips(profile.page.widthMm), height: twips(profile.page.heightMm) },
            margin: {
              top: twips(margins.top),
              bottom: twips(margins.bottom),
              left: twips(margins.left),
              right: twips(margins.right),
              header: twips(margins.header),
              footer: twips(margins.footer),
            },
          },
        },
        headers: furniture.headers,
        footers: furniture.footers,
        children,
      },
    ],
  });

  const provenance: Provenance = {
    noteId: note.id,
    noteTitle: note.metadata.title,
    exportedAt: (options.exportedAt ?? new Date()).toISOString(),
    style: options.style,
    facts: distinctCitedFacts(cited, new Map(citations.notes.map((n) => [n.factId, n.number]))),
  };
  const parts = await compileParts(doc);
  finishWordParts(parts, { note, profile, words, pages });
  addProvenancePart(parts, provenance);
  setCoreDates(parts, note);
  return zipParts(parts);
}

/** One entry per fact@version, listing every place (in any form) that cites it. */
function distinctCitedFacts(cited: readonly NoteCitation[], numberOf: Map<string, number>): ProvenanceFact[] {
  const byKey = new Map<string, NoteCitation[]>();
  for (const c of cited) {
    const key = `${c.factId}@${c.factVersion}`;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  return [...byKey.values()].map((uses) => {
    const first = uses[0]!;
    return {
      factId: first.factId,
      factVersion: first.factVersion,
      footnote: numberOf.get(first.factId)!,
      statement: (uses.find((u) => u.form === 'statement') ?? first).text,
      uses: uses.map(({ form, text }) => ({ form, text })),
    };
  });
}
