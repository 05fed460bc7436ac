/**
 * SQL for full-text search (FTS5, contentless). The MATCH string comes from
 * facts/search-query.ts, which builds it from quoted word tokens only: user text is never
 * FTS5 syntax. Filters are always bound parameters.
 */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

export interface SearchDocument {
  filters: string;
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
  prepared(db, 'INSERT OR REPLACE INTO fact_search (rowid, statement, claimant, quotes, topics, sources, filters) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    num,
    doc.statement,
    doc.claimant,
    doc.quotes,
    doc.topics,
    doc.sources,
    doc.filters,
  );
}

/**
 * Filter clauses, each fixed SQL with a bound parameter; only the ones in use are joined
 * in, so the planner can drive an empty query from an index (a topic, a status).
 */
function filterSql(filters: SearchFilters, probe: 'list' | 'each' = 'list'): string {
  // 'list' collects a topic's or source's facts first (right when they are few);
  // 'each' checks fact by fact (right when walking facts in date order and most qualify).
  const member = (table: string, where: string) =>
    probe === 'list'
      ? `AND f.id IN (SELECT x.fact_id FROM ${table} x WHERE ${where})`
      : `AND EXISTS (SELECT 1 FROM ${table} x WHERE x.fact_id = f.id AND ${where})`;
  return [
    filters.status !== null ? 'AND f.status = @status' : '',
    filters.period !== null ? 'AND f.period = @period' : '',
    filters.topic !== null ? member('fact_topics', 'x.topic = @topic') : '',
    filters.sourceId !== null ? member('evidence', 'x.source_id = @sourceId') : '',
  ].join(' ');
}

/** Only the parameters the chosen clauses name (better-sqlite3 refuses unused named ones). */
function filterParams(filters: SearchFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== null)) as Record<string, string>;
}

/** Statement hits weigh most, then who said it, the quotes, topics, source titles. */
const rankSql = 'bm25(fact_search, 8.0, 4.0, 4.0, 2.0, 1.0, 0.0)';

/**
 * bm25 costs about a microsecond per matching fact. To keep typeahead fast on a large
 * store, a query matching more facts than this ranks only the most recently added ones
 * (the count stays exact); below it, ranking is over every match.
 */
export const rankingWindow = 1000;

/**
 * The best `limit` facts for `match` (filters are already in it, as tokens) and how many
 * match in all. Candidates, at most the ranking window, come back with their bm25 score;
 * when there are fewer than the window they are all the matches, so no second pass counts them.
 */
export function matchingFacts(db: Database, match: string, limit: number): { ids: string[]; total: number } {
  const rows = prepared(db, `SELECT rowid, ${rankSql} FROM fact_search WHERE fact_search MATCH ? ORDER BY rowid DESC LIMIT ${rankingWindow}`)
    .raw()
    .all(match) as [number, number][];
  const total =
    rows.length < rankingWindow ? rows.length : (prepared(db, 'SELECT count(*) FROM fact_search WHERE fact_search MATCH ?').pluck().get(match) as number);
  // Best score first (bm25 is lower for better matches); newer first among equals.
  rows.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
  const nums = rows.slice(0, limit).map((row) => row[0]);
  const ids = prepared(db, 'SELECT f.id FROM json_each(?) j JOIN facts f ON f.num = j.value ORDER BY j.key')
    .pluck()
    .all(JSON.stringify(nums)) as string[];
  return { ids, total };
}

export function recentFactIds(db: Database, filters: SearchFilters, limit: number, common: boolean): string[] {
  const where = filterSql(filters, common ? 'each' : 'list');
  return prepared(db, `SELECT f.id FROM facts f WHERE 1 ${where} ORDER BY f.updated_at DESC, f.num DESC LIMIT @limit`)
    .pluck()
    .all({ limit, ...filterParams(filters) }) as string[];
}

export function countFacts(db: Database, filters: SearchFilters): number {
  const params = filterParams(filters);
  const only = Object.keys(params);
  // A lone topic or source is counted from its own index, without visiting the facts.
  if (only.length === 1 && only[0] === 'topic') {
    return prepared(db, 'SELECT count(*) FROM fact_topics WHERE topic = @topic').pluck().get(params) as number;
  }
  if (only.length === 1 && only[0] === 'sourceId') {
    return prepared(db, 'SELECT count(DISTINCT fact_id) FROM evidence WHERE source_id = @sourceId').pluck().get(params) as number;
  }
  return prepared(db, `SELECT count(*) FROM facts f WHERE 1 ${filterSql(filters)}`).pluck().get(params) as number;
}

/** Merges the index into one segment (for a store that ships and is then mostly read). */
export function optimizeSearchIndex(db: Database): void {
  prepared(db, "INSERT INTO fact_search (fact_search) VALUES ('optimize')").run();
}
