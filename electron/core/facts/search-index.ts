/** A fact's search text (statement, claimant, quotes, topics, source titles) and filter tokens; written by fact-writes.ts. */
import type { FactFields, StatementLanguages } from '../../../shared/model';
import type { SearchDocument } from '../db/repositories/fact-search';
import { filterToken, foldForSearch } from './search-query';

export function searchDocument(
  fields: Pick<FactFields, 'statement' | 'claimant' | 'period' | 'topics'> & Partial<Pick<StatementLanguages, 'translations'>>,
  status: string,
  evidence: readonly { exact: string; sourceId: string; sourceTitle: string }[],
): SearchDocument {
  const quotes = evidence.map((e) => e.exact);
  const sourceTitles = evidence.map((e) => e.sourceTitle);
  const filters = [
    filterToken('status', status),
    ...(fields.period !== null ? [filterToken('period', fields.period)] : []),
    ...fields.topics.map((topic) => filterToken('topic', topic)),
    ...new Set(evidence.map((e) => filterToken('source', e.sourceId))),
  ];
  return {
    filters: filters.join(' '),
    // Every language's statement is searched: "@đầu tư" in a Vietnamese note finds a translated fact.
    statement: foldForSearch([fields.statement, ...Object.values(fields.translations ?? {})].join('\n')),
    claimant: foldForSearch(fields.claimant ?? ''),
    quotes: foldForSearch(quotes.join('\n')),
    topics: foldForSearch(fields.topics.join('\n')),
    sources: foldForSearch([...new Set(sourceTitles)].join('\n')),
  };
}
