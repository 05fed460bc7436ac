/**
 * The one place the editor turns its numbered citations into reference text, through the
 * shared formatter the Word export also uses (`shared/citations.ts`), so the preview and the
 * footnotes always read the same.
 */
import { formatCitations, type CitationStyle, type CitedItem, type CitedSource } from '../../../../shared/citations';
import type { FactSummary, SourceSummary } from '../../../../shared/model';
import { api } from '../../api';
import type { NumberedCitation } from './numbering';

export interface FormattedReference {
  number: number;
  factId: string;
  text: string;
}

export const defaultCitationStyle: CitationStyle = 'chicago';

/** Full source metadata (authors, URL, accessed) is not on FactSummary; fetch it once a while. */
let sourcesCache: { at: number; byId: Map<string, SourceSummary> } | null = null;
async function sourcesById(): Promise<Map<string, SourceSummary>> {
  if (!sourcesCache || Date.now() - sourcesCache.at > 30_000) {
    const { sources } = await api['sources.list']({});
    sourcesCache = { at: Date.now(), byId: new Map(sources.map((s) => [s.id, s])) };
  }
  return sourcesCache.byId;
}

function citedSource(source: FactSummary['sources'][number], full: SourceSummary | undefined): CitedSource {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    authors: full?.authors ?? [],
    published: source.published,
    url: full?.url ?? null,
    accessed: full?.accessed ?? null,
  };
}

function toItem(citation: NumberedCitation, fact: FactSummary | undefined, sources: Map<string, SourceSummary>): CitedItem {
  return {
    factId: citation.factId,
    factVersion: citation.factVersion,
    statement: citation.text,
    quote: fact?.quote ?? null,
    sources: fact ? fact.sources.map((s) => citedSource(s, sources.get(s.id))) : [],
  };
}

export async function formatReferences(
  citations: readonly NumberedCitation[],
  facts: ReadonlyMap<string, FactSummary>,
  style: CitationStyle = defaultCitationStyle,
): Promise<FormattedReference[]> {
  const sources = await sourcesById().catch(() => new Map<string, SourceSummary>());
  const result = await formatCitations(
    citations.map((c) => toItem(c, facts.get(c.factId), sources)),
    style,
  );
  // The shared formatter numbers by first appearance, as the editor does; keep the editor's numbers.
  return result.notes.map((note, i) => ({ number: citations[i]?.number ?? note.number, factId: note.factId, text: note.text }));
}
