/**
 * Citations served once: which quote and which sources each cited fact uses, and its formatted
 * footnote. The Word export builds its footnotes from `citeFacts`; the `export.citations`
 * method serves the same answer to the references preview and the chip popover, so the three
 * can never show different quotes for one fact (issue 11).
 */
import { formatCitations, type CitationLocale, type CitationStyle, type CitedItem, type FormattedCitations, type CitationOptions } from '../../../shared/citations';
import type { ServedCitation } from '../../../shared/contract/export';
import type { CitationFormatter } from './citation-cache';
import type { CitationResolver, CitedFactSources } from './docx-export';

/** A chip of the note, in document order: the fact, the version it cites and the text it shows. */
export interface CitedChip {
  factId: string;
  factVersion: number;
  statement: string;
}

export interface CitedFacts {
  /** One per chip, in document order (the export's provenance lists these). */
  items: CitedItem[];
  formatted: FormattedCitations;
  /** What the resolver said about each distinct fact; null when the store does not know it. */
  resolved: ReadonlyMap<string, CitedFactSources | null>;
}

/** Resolves each distinct fact once (evidence is not versioned) and formats every citation in one pass. */
export async function citeFacts(
  chips: readonly CitedChip[],
  resolve: CitationResolver,
  style: CitationStyle,
  format: CitationFormatter = formatCitations,
  locale: CitationLocale = 'en-US',
  options: CitationOptions = {},
): Promise<CitedFacts> {
  const resolved = new Map<string, CitedFactSources | null>();
  for (const chip of chips) if (!resolved.has(chip.factId)) resolved.set(chip.factId, await resolve(chip.factId));
  const items = chips.map((chip): CitedItem => {
    const found = resolved.get(chip.factId);
    return { factId: chip.factId, factVersion: chip.factVersion, statement: chip.statement, quote: found?.quote ?? null, sources: found?.sources ?? [] };
  });
  return { items, formatted: await format(items, style, locale, options), resolved };
}

/** The answer of `export.citations`: each footnote with the quote and sources it uses. */
export function servedCitations(cited: CitedFacts): { notes: ServedCitation[]; bibliography: string[] } {
  const notes = cited.formatted.notes.map((note): ServedCitation => {
    const found = cited.resolved.get(note.factId) ?? null;
    const where = found?.quoteEvidence ?? null;
    return {
      number: note.number,
      factId: note.factId,
      factVersion: note.factVersion,
      found: found !== null,
      quote: note.quote === null ? null : { text: note.quote, evidenceId: where?.evidenceId ?? null, sourceId: where?.sourceId ?? null, anchor: where?.anchor ?? null },
      sources: found?.sources ?? [],
      text: note.text,
      segments: note.segments,
    };
  });
  return { notes, bibliography: cited.formatted.bibliography };
}
