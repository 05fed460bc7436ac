/** The facts table: filtered (by words too), sorted, one page at a time, with the total for the pager. */
import type { Database } from 'better-sqlite3';
import type { FactListRequest } from '../../../shared/contract/facts';
import type { FactSummary } from '../../../shared/model';
import { countListedFacts, listFactIds, type FactListFilters } from '../db/repositories/fact-list';
import { aliasLookup } from './aliases';
import { matchExpression } from './search-query';
import { factSummaries } from './summaries';

const flag = (value: boolean | undefined): 0 | 1 | null => (value === undefined ? null : value ? 1 : 0);

export function listFacts(db: Database, request: FactListRequest): { facts: FactSummary[]; total: number; offset: number; limit: number } {
  const filters: FactListFilters = {
    status: request.status ?? null,
    topic: request.topic ?? null,
    sourceId: request.sourceId ?? null,
    period: request.period ?? null,
    corroborated: flag(request.corroborated),
    inConflict: flag(request.inConflict),
    // Text without words (punctuation, spaces) filters nothing, as in facts.search.
    match: request.query === undefined ? null : matchExpression(request.query, aliasLookup(db)),
  };
  const direction = request.direction ?? (request.sort === 'updated' ? 'desc' : 'asc');
  const ids = listFactIds(db, { filters, sort: request.sort, direction, offset: request.offset, limit: request.limit });
  return { facts: factSummaries(db, ids), total: countListedFacts(db, filters), offset: request.offset, limit: request.limit };
}
