/** Keeps a fact's search text (statement, claimant, quotes, topics, source titles) in step with its current version. */
import type { Database } from 'better-sqlite3';
import { listEvidence } from '../db/repositories/evidence';
import { indexFact } from '../db/repositories/fact-search';
import { getFactRow, getVersion } from '../db/repositories/facts';
import { foldForSearch } from './search-query';

export function reindexFact(db: Database, factId: string): void {
  const fact = getFactRow(db, factId);
  const version = fact && getVersion(db, factId, fact.currentVersion);
  if (!fact || !version) return;
  const evidence = listEvidence(db, factId);
  indexFact(db, fact.num, {
    statement: foldForSearch(version.statement),
    claimant: foldForSearch(version.claimant ?? ''),
    quotes: foldForSearch(evidence.map((e) => e.exact).join('\n')),
    topics: foldForSearch((JSON.parse(version.topics) as string[]).join('\n')),
    sources: foldForSearch([...new Set(evidence.map((e) => e.sourceTitle))].join('\n')),
  });
}
