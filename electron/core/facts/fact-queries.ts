/** Reading many facts at once: search, status checks, conflicts, corroboration, topics. */
import type { Database } from 'better-sqlite3';
import type { ConflictGroup, FactStatus, FactSummary } from '../../../shared/model';
import { countFacts, countMatching, matchingFactIds, recentFactIds, type SearchFilters } from '../db/repositories/fact-search';
import { preferredFactId } from '../db/repositories/conflict-preferences';
import { conflictKeys, corroboratedFactIds, factIdsMakingClaim, type ConflictKey } from '../db/repositories/fact-summaries';
import { listTopicCounts } from '../db/repositories/facts';
import { matchExpression } from './search-query';
import { factSummaries } from './summaries';

export interface FactSearch {
  query: string;
  limit: number;
  status?: FactStatus;
  topic?: string;
  sourceId?: string;
  period?: string;
}

/**
 * Any text is a valid query. Words are matched with diacritics folded, ranked by bm25,
 * the last word as a prefix; a query without words lists the most recently updated facts.
 */
export function searchFacts(db: Database, search: FactSearch): { results: FactSummary[]; total: number } {
  const filters: SearchFilters = {
    status: search.status ?? null,
    topic: search.topic ?? null,
    sourceId: search.sourceId ?? null,
    period: search.period ?? null,
  };
  const match = matchExpression(search.query);
  if (match === null) {
    return { results: factSummaries(db, recentFactIds(db, filters, search.limit)), total: countFacts(db, filters) };
  }
  return { results: factSummaries(db, matchingFactIds(db, match, filters, search.limit)), total: countMatching(db, match, filters) };
}

/** Current state of many facts (chips check theirs when a note opens). */
export function factStatuses(db: Database, ids: readonly string[]): { facts: FactSummary[]; missing: string[] } {
  const facts = factSummaries(db, [...new Set(ids)]);
  const found = new Set(facts.map((f) => f.id));
  return { facts, missing: ids.filter((id) => !found.has(id)) };
}

/** Facts making the same claim (metric, subject, period) with different values, grouped. */
export function listConflicts(db: Database): ConflictGroup[] {
  return conflictKeys(db).map((key) => conflictGroup(db, key));
}

/** One claim's group; the preference counts only while its fact is still in the group. */
export function conflictGroup(db: Database, key: ConflictKey): ConflictGroup {
  const facts = factSummaries(db, factIdsMakingClaim(db, key));
  const preferred = preferredFactId(db, key);
  return { ...key, facts, preferredId: preferred !== undefined && facts.some((f) => f.id === preferred) ? preferred : null };
}

export function listCorroborated(db: Database, limit: number): FactSummary[] {
  return factSummaries(db, corroboratedFactIds(db, limit));
}

export function listTopics(db: Database): { topic: string; count: number }[] {
  return listTopicCounts(db);
}
