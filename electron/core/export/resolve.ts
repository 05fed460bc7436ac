/**
 * From the fact store's shapes to what a footnote needs, so wiring the export to the stores
 * is one line: `exportNoteToDocx(note, citationResolverFrom(getFact, getSource), { style })`.
 */
import type { CitedSource } from '../../../shared/citations';
import type { FactDetail, SourceSummary } from '../../../shared/model';
import type { CitationResolver, CitedFactSources } from './docx-export';

export function citedSource(source: SourceSummary): CitedSource {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    authors: source.authors,
    published: source.published,
    url: source.url,
    accessed: source.accessed,
  };
}

/**
 * The sources behind a fact's evidence, in evidence order, and its first quote that is still
 * found in its source (an orphaned or ambiguous quote is not one to print as support).
 */
export function citedFactSources(fact: FactDetail, sourceById: (id: string) => SourceSummary | null): CitedFactSources {
  const sources: CitedSource[] = [];
  for (const id of new Set(fact.evidence.map((e) => e.sourceId))) {
    const source = sourceById(id);
    if (source) sources.push(citedSource(source));
  }
  const anchored = fact.evidence.find((e) => e.anchor === 'anchored' || e.anchor === 'relocated');
  return { quote: anchored?.selector.exact ?? fact.quote, sources };
}

export function citationResolverFrom(
  getFact: (id: string) => FactDetail | null | Promise<FactDetail | null>,
  sourceById: (id: string) => SourceSummary | null,
): CitationResolver {
  return async (factId) => {
    const fact = await getFact(factId);
    return fact ? citedFactSources(fact, sourceById) : null;
  };
}
