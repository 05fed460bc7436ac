/** Keeps a fact's search text (statement, claimant, quotes, topics, source titles) in step with its current version. */
import type { Database } from 'better-sqlite3';
import { listEvidence } from '../db/repositories/evidence';
import type { FactFields } from '../../../shared/model';
import { indexFact, type SearchDocument } from '../db/repositories/fact-search';
import { getFactRow, getVersion } from '../db/repositories/facts';
import { filterToken, foldForSearch } from './search-query';

export function reindexFact(db: Database, factId: string): void {
  const fact = getFactRow(db, factId);
  const version = fact && getVersion(db, factId, fact.currentVersion);
  if (!fact || !version) return;
  const evidence = listEvidence(db, factId);
  const fields = { statement: version.statement, claimant: version.claimant, period: version.period, topics: JSON.parse(version.topics) as string[] };
  indexFact(db, fact.num, searchDocument(fields, fact.status, evidence.map((e) => ({ exact: e.exact, sourceId: e.sourceId, sourceTitle: e.sourceTitle }))));
}

export function searchDocument(
  fields: Pick<FactFields, 'statement' | 'claimant' | 'period' | 'topics'>,
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
    statement: foldForSearch(fields.statement),
    claimant: foldForSearch(fields.claimant ?? ''),
    quotes: foldForSearch(quotes.join('\n')),
    topics: foldForSearch(fields.topics.join('\n')),
    sources: foldForSearch([...new Set(sourceTitles)].join('\n')),
  };
}
