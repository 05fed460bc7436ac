/** SQL for evidence: quotes in stored sources that support a fact. */
import type { Database } from 'better-sqlite3';

export interface EvidenceRow {
  id: string;
  factId: string;
  sourceId: string;
  sourceTitle: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface NewEvidenceRow {
  id: string;
  factId: string;
  sourceId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  addedAt: string;
  addedBy: string;
}

export function insertEvidence(db: Database, row: NewEvidenceRow): void {
  db.prepare(
    `INSERT INTO evidence (id, fact_id, source_id, exact, prefix, suffix, start_offset, end_offset, added_at, added_by)
     VALUES (@id, @factId, @sourceId, @exact, @prefix, @suffix, @start, @end, @addedAt, @addedBy)`,
  ).run(row);
}

export function countEvidence(db: Database, factId: string): number {
  return db.prepare('SELECT count(*) FROM evidence WHERE fact_id = ?').pluck().get(factId) as number;
}

export function listEvidence(db: Database, factId: string): EvidenceRow[] {
  return db
    .prepare(
      `SELECT e.id, e.fact_id AS factId, e.source_id AS sourceId, s.title AS sourceTitle, e.exact, e.prefix, e.suffix,
         e.start_offset AS start, e.end_offset AS "end"
       FROM evidence e JOIN sources s ON s.id = e.source_id
       WHERE e.fact_id = ? ORDER BY e.seq`,
    )
    .all(factId) as EvidenceRow[];
}

export interface FactSourceRow {
  factId: string;
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
}

/** The distinct sources behind each of `factIds`, in the order their first quote was added. */
export function sourcesOfFacts(db: Database, factIds: readonly string[]): FactSourceRow[] {
  return db
    .prepare(
      `SELECT e.fact_id AS factId, s.id, s.title, s.publisher, s.published
       FROM json_each(?) j
       JOIN evidence e ON e.fact_id = j.value
       JOIN sources s ON s.id = e.source_id
       GROUP BY e.fact_id, s.id
       ORDER BY e.fact_id, min(e.seq)`,
    )
    .all(JSON.stringify(factIds)) as FactSourceRow[];
}

/** Every quote taken from `sourceId`, with its fact's current statement and status (the source reader). */
export interface QuoteInSourceRow {
  evidenceId: string;
  factId: string;
  version: number;
  statement: string;
  status: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export function listQuotesInSource(db: Database, sourceId: string): QuoteInSourceRow[] {
  return db
    .prepare(
      `SELECT e.id AS evidenceId, e.fact_id AS factId, f.current_version AS version, v.statement, f.status,
         e.exact, e.prefix, e.suffix, e.start_offset AS start, e.end_offset AS "end"
       FROM evidence e
       JOIN facts f ON f.id = e.fact_id
       JOIN fact_versions v ON v.fact_id = f.id AND v.version = f.current_version
       WHERE e.source_id = ?
       ORDER BY e.start_offset, e.seq`,
    )
    .all(sourceId) as QuoteInSourceRow[];
}

/** Evidence as stored, with who added it and when (fact packs carry all of it). */
export type EvidenceRecord = NewEvidenceRow;

export function listEvidenceRecords(db: Database, factId: string): EvidenceRecord[] {
  return db
    .prepare(
      `SELECT id, fact_id AS factId, source_id AS sourceId, exact, prefix, suffix, start_offset AS start, end_offset AS "end",
         added_at AS addedAt, added_by AS addedBy
       FROM evidence WHERE fact_id = ? ORDER BY seq`,
    )
    .all(factId) as EvidenceRecord[];
}

export function findEvidenceRecord(db: Database, id: string): EvidenceRecord | undefined {
  return db
    .prepare(
      `SELECT id, fact_id AS factId, source_id AS sourceId, exact, prefix, suffix, start_offset AS start, end_offset AS "end",
         added_at AS addedAt, added_by AS addedBy
       FROM evidence WHERE id = ?`,
    )
    .get(id) as EvidenceRecord | undefined;
}
