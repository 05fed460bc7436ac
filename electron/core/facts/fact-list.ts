/** The facts table: filtered (by words too), sorted, one page at a time, with the total for the pager. */
import type { Database } from 'better-sqlite3';
import type { FactListRequest } from '../../../shared/contract/facts';
import type { FactSummary } from '../../../shared/model';
import { countListedFacts, disagreeingFactIds, listFactIds, type FactListFilters } from '../db/repositories/fact-list';
import { aliasLookup } from './aliases';
import { matchExpression } from './search-query';
import { factSummaries } from './summaries';

const flag = (value: boolean | undefined): 0 | 1 | null => (value === undefined ? null : value ? 1 : 0);


/** Facts in an open conflict: SQL finds the disagreements, the shared rule (through the summaries) says which a curator closed. */
function openConflictIds(db: Database): string[] {
  return factSummaries(db, disagreeingFactIds(db))
    .filter((f) => f.inConflict)
    .map((f) => f.id);
}

export function listFacts(db: Database, request: FactListRequest): { facts: FactSummary[]; total: number; offset: number; limit: number } {
  const filters: FactListFilters = {
    status: request.status ?? null,
    topic: request.topic ?? null,
    sourceId: request.sourceId ?? null,
    period: request.period ?? null,
    corroborated: flag(request.corroborated),
    onlyIds: request.inConflict === true ? openConflictIds(db) : null,
    exceptIds: request.inConflict === false ? openConflictIds(db) : null,
    // Text without words (punctuation, spaces) filters nothing, as in facts.search.
    match: request.query === undefined ? null : matchExpression(request.query, aliasLookup(db)),
  };
  const direction = request.direction ?? (request.sort === 'updated' ? 'desc' : 'asc');
  const ids = listFactIds(db, { filters, sort: request.sort, direction, offset: request.offset, limit: request.limit });
  return { facts: factSummaries(db, ids), total: countListedFacts(db, filters), offset: request.offset, limit: request.limit };
}
