/**
 * SQL for the facts table: filter, sort and page the facts. Sort keys and directions come
 * from fixed lists (never from user text); filter values are always bound.
 */
import type { Database } from 'better-sqlite3';
import { corroboratedSql, inConflictSql } from './fact-summaries';

export interface FactListFilters {
  status: string | null;
  topic: string | null;
  sourceId: string | null;
  period: string | null;
  /** 1 = only corroborated, 0 = only not, null = either. */
  corroborated: 0 | 1 | null;
  /**
   * Only these facts (null: no such limit) and never these ones (null: none). Open conflicts are
   * decided by shared/conflict-state.ts, not by SQL, so the facts filter passes them as ids.
   */
  onlyIds: readonly string[] | null;
  exceptIds: readonly string[] | null;
  /** An FTS5 MATCH string built by facts/search-query.ts (never user text); null for no text filter. */
  match: string | null;
}

export type FactListSort = 'updated' | 'statement' | 'status' | 'source' | 'period';

const fixedFilterSql = `
  AND (@status IS NULL OR f.status = @status)
  AND (@period IS NULL OR f.period = @period)
  AND (@topic IS NULL OR EXISTS (SELECT 1 FROM fact_topics t WHERE t.fact_id = f.id AND t.topic = @topic))
  AND (@sourceId IS NULL OR EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = f.id AND e.source_id = @sourceId))
  AND (@corroborated IS NULL OR (${corroboratedSql}) = @corroborated)
  AND (@onlyIds IS NULL OR f.id IN (SELECT value FROM json_each(@onlyIds)))
  AND (@exceptIds IS NULL OR f.id NOT IN (SELECT value FROM json_each(@exceptIds)))`;

/** The text filter is joined in only when there is one: FTS5 refuses to MATCH a NULL. */
const filterSql = (filters: FactListFilters) =>
  filters.match === null ? fixedFilterSql : `${fixedFilterSql} AND f.num IN (SELECT rowid FROM fact_search WHERE fact_search MATCH @match)`;

/** better-sqlite3 refuses a named parameter the statement does not use. */
const filterParams = ({ match, onlyIds, exceptIds, ...rest }: FactListFilters) => {
  const ids = { onlyIds: onlyIds === null ? null : JSON.stringify(onlyIds), exceptIds: exceptIds === null ? null : JSON.stringify(exceptIds) };
  return match === null ? { ...rest, ...ids } : { ...rest, ...ids, match };
};

const firstSourceTitle = `(SELECT s.title FROM evidence e JOIN sources s ON s.id = e.source_id
  WHERE e.fact_id = f.id ORDER BY e.n LIMIT 1)`;
/** The order statuses are listed in everywhere (shared/model.ts factStatuses). */
const statusRank = `CASE f.status WHEN 'unverified' THEN 0 WHEN 'verified' THEN 1 WHEN 'disputed' THEN 2 ELSE 3 END`;

function orderSql(sort: FactListSort, direction: 'asc' | 'desc'): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  switch (sort) {
    case 'updated':
      return `f.updated_at ${dir}, f.num ${dir}`;
    case 'statement':
      return `v.statement COLLATE NOCASE ${dir}, f.num`;
    case 'status':
      return `${statusRank} ${dir}, f.updated_at DESC, f.num DESC`;
    case 'source':
      return `${firstSourceTitle} IS NULL, ${firstSourceTitle} COLLATE NOCASE ${dir}, f.num`;
    case 'period':
      // Unknown periods last whichever way the column is sorted.
      return `f.period IS NULL, f.period ${dir}, f.num`;
  }
}

export function listFactIds(
  db: Database,
  query: { filters: FactListFilters; sort: FactListSort; direction: 'asc' | 'desc'; offset: number; limit: number },
): string[] {
  return db
    .prepare(
      `SELECT f.id FROM facts f JOIN fact_versions v ON v.fact_id = f.id AND v.version = f.current_version
       WHERE 1 ${filterSql(query.filters)}
       ORDER BY ${orderSql(query.sort, query.direction)}
       LIMIT @limit OFFSET @offset`,
    )
    .pluck()
    .all({ ...filterParams(query.filters), limit: query.limit, offset: query.offset }) as string[];
}

export function countListedFacts(db: Database, filters: FactListFilters): number {
  return db.prepare(`SELECT count(*) FROM facts f WHERE 1 ${filterSql(filters)}`).pluck().get(filterParams(filters)) as number;
}

/** Facts that give another value for their claim than a live fact does: conflicts, open or closed by a curator's choice. */
export function disagreeingFactIds(db: Database): string[] {
  return db.prepare(`SELECT f.id FROM facts f WHERE ${inConflictSql}`).pluck().all() as string[];
}

/** Every fact id, oldest first (exporting a whole store). */
export function allFactIds(db: Database): string[] {
  return db.prepare('SELECT id FROM facts ORDER BY num').pluck().all() as string[];
}
