/**
 * The facts table's rows.
 * TODO(facts.list): replace the body with one `facts.list` call (server-side sort, filters and
 * paging) once it is in shared/api.ts (branch `packs`). This fallback reads the 200 most
 * recently updated facts matching the store's filters and sorts them here. With facts.list:
 *   const { facts, total } = await api['facts.list']({
 *     sort: query.sort, direction: query.descending ? 'desc' : 'asc', limit: 200,
 *     ...filters as below, ...(query.corroborated ? { corroborated: true } : {}), ...(query.inConflict ? { inConflict: true } : {}),
 *   });
 *   return { facts, total, truncated: total > facts.length };
 */
import type { FactStatus, FactSummary } from '../../../../shared/model';
import { api } from '../../api';

export type SortColumn = 'statement' | 'status' | 'source' | 'period' | 'updated';

export interface FactListQuery {
  status: FactStatus | '';
  topic: string;
  sourceId: string;
  period: string;
  corroborated: boolean;
  inConflict: boolean;
  sort: SortColumn;
  descending: boolean;
}

export const defaultFactListQuery: FactListQuery = {
  status: '', topic: '', sourceId: '', period: '', corroborated: false, inConflict: false, sort: 'updated', descending: true,
};

const sortKey: Record<SortColumn, (f: FactSummary) => string> = {
  statement: (f) => f.statement,
  status: (f) => f.status,
  source: (f) => f.sources[0]?.title ?? '',
  period: (f) => f.period ?? '',
  updated: (f) => f.updatedAt,
};

export async function listFacts(query: FactListQuery): Promise<{ facts: FactSummary[]; total: number; truncated: boolean }> {
  const { results, total } = await api['facts.search']({
    query: '',
    limit: 200,
    ...(query.status ? { status: query.status } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(query.sourceId ? { sourceId: query.sourceId } : {}),
    ...(query.period.trim() ? { period: query.period.trim() } : {}),
  });
  const facts = results.filter((f) => (!query.corroborated || f.corroborated) && (!query.inConflict || f.inConflict));
  const key = sortKey[query.sort];
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  facts.sort((a, b) => collator.compare(key(a), key(b)) * (query.descending ? -1 : 1));
  return { facts, total: query.corroborated || query.inConflict ? facts.length : total, truncated: total > results.length };
}
