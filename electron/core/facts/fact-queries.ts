/** Reading many facts at once: search, status checks, conflicts, corroboration, topics. */
import type { Database } from 'better-sqlite3';
import type { ConflictGroup, FactStatus, FactSummary } from '../../../shared/model';
import { keyedError } from '../../../shared/errors';
import { countFacts, matchingFacts, recentFactIds, searchIndexPendingSince, type SearchFilters } from '../db/repositories/fact-search';
import { conflictChoice } from '../db/repositories/conflict-preferences';
import { conflictKeys, corroboratedFactIds, factIdsMakingClaim, type ConflictKey } from '../db/repositories/fact-summaries';
import { listTopicCounts } from '../db/repositories/facts';
import { aliasLookup } from './aliases';
import { inStatement, matchExpression, withFilters, type FilterKind } from './search-query';
import { claimResolution, factSummaries } from './summaries';

export interface FactSearch {
  query: string;
  limit: number;
  status?: FactStatus;
  topic?: string;
  sourceId?: string;
  period?: string;
}

/**
 * Any text is a valid query (search-query.ts reads it: figures, hyphenated words,
 * abbreviations). Words are matched with diacritics folded, statement hits first (newest first
 * within each tier), the last word as a
 * prefix; a query without words lists the most recently updated facts.
 */
export function searchFacts(db: Database, search: FactSearch): { results: FactSummary[]; total: number } {
  const filters: SearchFilters = {
    status: search.status ?? null,
    topic: search.topic ?? null,
    sourceId: search.sourceId ?? null,
    period: search.period ?? null,
  };
  const match = matchExpression(search.query, aliasLookup(db));
  if (match === null) {
    const total = countFacts(db, filters);
    // Walking facts newest first finds `limit` quickly when many qualify; few are faster collected first.
    const common = total > 5000;
    return { results: factSummaries(db, recentFactIds(db, filters, search.limit, common)), total };
  }
  // A large pull writes the index last (fact-replica.ts): until then it would find too few facts.
  if (searchIndexPendingSince(db) !== undefined) throw keyedError('store_busy', 'searchIndexRebuilding');
  const tokens: [FilterKind, string][] = [];
  if (search.status) tokens.push(['status', search.status]);
  if (search.period) tokens.push(['period', search.period]);
  if (search.topic) tokens.push(['topic', search.topic]);
  if (search.sourceId) tokens.push(['source', search.sourceId]);
  const { ids, total } = matchingFacts(db, { all: withFilters(match, tokens), first: withFilters(inStatement(match), tokens) }, search.limit);
  return { results: factSummaries(db, ids), total };
}

/** Current state of many facts (chips check theirs when a note opens). */
export function factStatuses(db: Database, ids: readonly string[]): { facts: FactSummary[]; missing: string[] } {
  const facts = factSummaries(db, [...new Set(ids)]);
  const found = new Set(facts.map((f) => f.id));
  return { facts, missing: ids.filter((id) => !found.has(id)) };
}

/** Facts making the same claim (metric, subject, period) with different values, grouped; open and resolved alike. */
export function listConflicts(db: Database): ConflictGroup[] {
  return conflictKeys(db).map((key) => conflictGroup(db, key));
}

/** One claim's group; the preference counts only while its fact is still in the group. */
export function conflictGroup(db: Database, key: ConflictKey): ConflictGroup {
  const facts = factSummaries(db, factIdsMakingClaim(db, key));
  const preferred = conflictChoice(db, key)?.preferredId;
  return {
    ...key,
    facts,
    preferredId: preferred !== undefined && facts.some((f) => f.id === preferred) ? preferred : null,
    resolution: claimResolution(db, key),
  };
}

export function listCorroborated(db: Database, limit: number): FactSummary[] {
  return factSummaries(db, corroboratedFactIds(db, limit));
}

export function listTopics(db: Database): { topic: string; count: number }[] {
  return listTopicCounts(db);
}
