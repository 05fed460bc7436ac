/**
 * SQL for full-text search (FTS5, contentless). The MATCH string comes from
 * facts/search-query.ts, which builds it from quoted word tokens only: user text is never
 * FTS5 syntax. Filters are always bound parameters.
 */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

export interface SearchDocument {
  statement: string;
  claimant: string;
  quotes: string;
  topics: string;
  sources: string;
}

export interface SearchFilters {
  status: string | null;
  topic: string | null;
  sourceId: string | null;
  period: string | null;
}

/** Replaces the indexed text of fact `num` (contentless_delete allows INSERT OR REPLACE). */
export function indexFact(db: Database, num: number, doc: SearchDocument): void {
  prepared(db, 'INSERT OR REPLACE INTO fact_search (rowid, statement, claimant, quotes, topics, sources) VALUES (?, ?, ?, ?, ?, ?)').run(
    num,
    doc.statement,
    doc.claimant,
    doc.quotes,
    doc.topics,
    doc.sources,
  );
}

const filterSql = `
  AND (@status IS NULL OR f.status = @status)
  AND (@period IS NULL OR f.period = @period)
  AND (@topic IS NULL OR EXISTS (SELECT 1 FROM fact_topics t WHERE t.fact_id = f.id AND t.topic = @topic))
  AND (@sourceId IS NULL OR EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = f.id AND e.source_id = @sourceId))`;

const hasFilters = (filters: SearchFilters) => Object.values(filters).some((value) => value !== null);

/** Statement hits weigh most, then who said it, the quotes, topics, source titles. */
const rankSql = 'bm25(fact_search, 8.0, 4.0, 4.0, 2.0, 1.0)';

export function matchingFactIds(db: Database, match: string, filters: SearchFilters, limit: number): string[] {
  return prepared(db, 
      `SELECT f.id FROM fact_search s JOIN facts f ON f.num = s.rowid
       WHERE fact_search MATCH @match ${filterSql}
       ORDER BY ${rankSql}, f.num
       LIMIT @limit`,
    )
    .pluck()
    .all({ match, limit, ...filters }) as string[];
}

export function countMatching(db: Database, match: string, filters: SearchFilters): number {
  // Without filters the index alone answers; the join is only needed to filter.
  if (!hasFilters(filters)) {
    return prepared(db, 'SELECT count(*) FROM fact_search WHERE fact_search MATCH ?').pluck().get(match) as number;
  }
  return prepared(db, `SELECT count(*) FROM fact_search s JOIN facts f ON f.num = s.rowid WHERE fact_search MATCH @match ${filterSql}`)
    .pluck()
    .get({ match, ...filters }) as number;
}

export function recentFactIds(db: Database, filters: SearchFilters, limit: number): string[] {
  return prepared(db, `SELECT f.id FROM facts f WHERE 1 ${filterSql} ORDER BY f.updated_at DESC, f.num DESC LIMIT @limit`)
    .pluck()
    .all({ limit, ...filters }) as string[];
}

export function countFacts(db: Database, filters: SearchFilters): number {
  return prepared(db, `SELECT count(*) FROM facts f WHERE 1 ${filterSql}`).pluck().get({ ...filters }) as number;
}

/** Merges the index into one segment (for a store that ships and is then mostly read). */
export function optimizeSearchIndex(db: Database): void {
  prepared(db, "INSERT INTO fact_search (fact_search) VALUES ('optimize')").run();
}
