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

/** Empties the index (a contentless table has no 'rebuild': the text is not stored). */
export function clearSearchIndex(db: Database): void {
  prepared(db, "INSERT INTO fact_search (fact_search) VALUES ('delete-all')").run();
}

/** What a fact's search text is made of: its current version's fields and its quotes in order (JSON [exact, sourceId, sourceTitle][]). */
export interface IndexSource {
  num: number;
  status: string;
  statement: string;
  translations: string;
  claimant: string | null;
  period: string | null;
  topics: string;
  quotes: string;
}

/** Up to `limit` facts after `afterNum`, in num order, with what their search text is made of (the bulk rebuild). */
export function factsToIndex(db: Database, afterNum: number, limit: number): IndexSource[] {
  return prepared(
    db,
    `SELECT f.num, f.status, v.statement, v.translations, v.claimant, v.period, v.topics,
       (SELECT json_group_array(json_array(e.exact, e.source_id, s.title) ORDER BY e.n)
          FROM evidence e JOIN sources s ON s.id = e.source_id WHERE e.fact_id = f.id) AS quotes
     FROM facts f JOIN fact_versions v ON v.fact_id = f.id AND v.version = f.current_version
     WHERE f.num > ? ORDER BY f.num LIMIT ?`,
  ).all(afterNum, limit) as IndexSource[];
}

/** Marks the index as behind the facts (idempotent: the first mark's time stays). */
export function markSearchIndexPending(db: Database, since: string): void {
  prepared(db, 'INSERT OR IGNORE INTO search_index_pending (id, since) VALUES (1, ?)').run(since);
}

export function clearSearchIndexPending(db: Database): void {
  prepared(db, 'DELETE FROM search_index_pending').run();
}

/** When the index fell behind the facts (a large pull not finished), or undefined. */
export function searchIndexPendingSince(db: Database): string | undefined {
  return prepared(db, 'SELECT since FROM search_index_pending').pluck().get() as string | undefined;
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

/**
 * The best `limit` facts and how many match in all. Ranked by tiers rather than bm25: facts
 * matching `first` (the words in the statement), then the other matches of `all`, newest first
 * within each. bm25 cost 1-2 ms per query on a 100,000-fact store (a score for each of up to
 * 1,000 candidates, docs/BENCHMARKS.md); a tier is a rowid walk that stops at `limit`.
 */
export function matchingFacts(db: Database, match: { all: string; first: string }, limit: number): { ids: string[]; total: number } {
  const newest = (expression: string, n: number) =>
    prepared(db, 'SELECT rowid FROM fact_search WHERE fact_search MATCH ? ORDER BY rowid DESC LIMIT ?').pluck().all(expression, n) as number[];
  const nums = newest(match.first, limit);
  // At most nums.length of these are already in the first tier, so `limit` of them fill it up.
  const rest = nums.length < limit || limit === 0 ? newest(match.all, Math.max(limit, 1)) : [];
  const firstTier = new Set(nums);
  for (const num of rest) if (nums.length < limit && !firstTier.has(num)) nums.push(num);
  const total =
    rest.length > 0 && rest.length < Math.max(limit, 1) ? rest.length : (prepared(db, 'SELECT count(*) FROM fact_search WHERE fact_search MATCH ?').pluck().get(match.all) as number);
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
