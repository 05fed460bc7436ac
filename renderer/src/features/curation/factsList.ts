/** The facts table's rows: sorted, filtered and paged by the store (`facts.list`). */
import type { FactStatus, FactSummary } from '../../../../shared/model';
import { api } from '../../api';

export type SortColumn = 'statement' | 'status' | 'source' | 'period' | 'updated';

export interface FactListQuery {
  /** Words to find in statements, quotes, claimants, topics and source titles. */
  text: string;
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
  text: '', status: '', topic: '', sourceId: '', period: '', corroborated: false, inConflict: false, sort: 'updated', descending: true,
};

export async function listFacts(query: FactListQuery): Promise<{ facts: FactSummary[]; total: number; truncated: boolean }> {
  const { facts, total } = await api['facts.list']({
    sort: query.sort,
    direction: query.descending ? 'desc' : 'asc',
    limit: 200,
    ...(query.text.trim() ? { query: query.text.trim() } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(query.sourceId ? { sourceId: query.sourceId } : {}),
    ...(query.period.trim() ? { period: query.period.trim() } : {}),
    ...(query.corroborated ? { corroborated: true } : {}),
    ...(query.inConflict ? { inConflict: true } : {}),
  });
  return { facts, total, truncated: total > facts.length };
}
