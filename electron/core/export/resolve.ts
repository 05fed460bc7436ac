/**
 * From the fact store's shapes to what a footnote needs. The export service resolves with
 * `storeCitationResolver(db)`; `citationResolverFrom(getFact, getSource)` gives the same answer
 * from any fact lookup. Both apply one rule, `citedFactSources`, and everything that shows a
 * citation (the Word footnote, the references preview, the chip popover) gets its answer
 * through `citeFacts` (cite.ts) and the `export.citations` method.
 *
 * Resolvers take a fact id and no version: evidence is not versioned (a quote belongs to the
 * fact, not to one of its versions), so the quote is the one the fact has now.
 */
import type { Database } from 'better-sqlite3';
import type { CitedSource } from '../../../shared/citations';
import type { AnchorState, FactDetail, SourceSummary, SourceWithText } from '../../../shared/model';
import { listEvidence } from '../db/repositories/evidence';
import { anchorQuote } from '../facts/anchoring';
import { getSource } from '../sources/source-store';
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
    language: source.language,
    ...(source.originalTitle ? { originalTitle: source.originalTitle } : {}),
  };
}

/** What the rule below reads of a fact: its quotes in the order they were attached, with where each now stands. */
export interface FactSupport {
  evidence: { id: string; sourceId: string; anchor: AnchorState; selector: { exact: string } }[];
}

/**
 * The sources behind a fact's evidence, in evidence order, and the quote to print: the first
 * one still found in its source (an orphaned or ambiguous quote is not one to print as
 * support); when none is, the first quote, its anchor state saying it was not found.
 */
export function citedFactSources(fact: FactSupport, sourceById: (id: string) => SourceSummary | null): CitedFactSources {
  const sources: CitedSource[] = [];
  for (const id of new Set(fact.evidence.map((e) => e.sourceId))) {
    const source = sourceById(id);
    if (source) sources.push(citedSource(source));
  }
  const chosen = fact.evidence.find((e) => e.anchor === 'anchored' || e.anchor === 'relocated') ?? fact.evidence[0];
  if (!chosen) return { quote: null, quoteEvidence: null, sources };
  return { quote: chosen.selector.exact, quoteEvidence: { evidenceId: chosen.id, sourceId: chosen.sourceId, anchor: chosen.anchor }, sources };
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

/**
 * The export's resolver over a store: citedFactSources on each cited fact's quotes, without
 * building the fact's versions and history (getFact), and reading each source's text and
 * metadata once per export rather than once per citation. An unknown fact resolves to null.
 */
export function storeCitationResolver(db: Database): CitationResolver {
  // A source's metadata and text come in one read (getSource), kept for the whole export.
  const sources = new Map<string, SourceWithText | null>();
  const sourceOf = (id: string): SourceWithText | null => {
    if (!sources.has(id)) {
      let source: SourceWithText | null = null;
      try {
        source = getSource(db, id);
      } catch {
        // A source deleted under the fact: cited as having none, its quotes not found.
      }
      sources.set(id, source);
    }
    return sources.get(id)!;
  };
  return (factId) => {
    const evidence = listEvidence(db, factId);
    // Every fact is created with at least one quote, so no evidence means no such fact.
    if (evidence.length === 0) return null;
    return citedFactSources(
      { evidence: evidence.map((e) => ({ id: e.id, sourceId: e.sourceId, anchor: anchorQuote(sourceOf(e.sourceId)?.text ?? '', e).state, selector: e })) },
      sourceOf,
    );
  };
}
