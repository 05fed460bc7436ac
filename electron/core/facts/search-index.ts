/** Keeps a fact's search text (statement, claimant, quotes, topics, source titles) in step with its current version. */
import type { Database } from 'better-sqlite3';
import { listEvidence } from '../db/repositories/evidence';
import type { FactFields } from '../../../shared/model';
import { indexFact, type SearchDocument } from '../db/repositories/fact-search';
import { getFactRow, getVersion } from '../db/repositories/facts';
import { foldForSearch } from './search-query';

export function reindexFact(db: Database, factId: string): void {
  const fact = getFactRow(db, factId);
  const version = fact && getVersion(db, factId, fact.currentVersion);
  if (!fact || !version) return;
  const evidence = listEvidence(db, factId);
  const fields = { statement: version.statement, claimant: version.claimant, topics: JSON.parse(version.topics) as string[] };
  indexFact(db, fact.num, searchDocument(fields, evidence.map((e) => e.exact), evidence.map((e) => e.sourceTitle)));
}

export function searchDocument(
  fields: Pick<FactFields, 'statement' | 'claimant' | 'topics'>,
  quotes: readonly string[],
  sourceTitles: readonly string[],
): SearchDocument {
  return {
    statement: foldForSearch(fields.statement),
    claimant: foldForSearch(fields.claimant ?? ''),
    quotes: foldForSearch(quotes.join('\n')),
    topics: foldForSearch(fields.topics.join('\n')),
    sources: foldForSearch([...new Set(sourceTitles)].join('\n')),
  };
}
