/** SQL for evidence: quotes in stored sources that support a fact. */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

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
  factId: string;
  /** 1 for a fact's first quote, 2 for its second... */
  n: number;
  sourceId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  addedAt: string;
  addedBy: string;
}

/** `packImportId`: the fact pack import the quote came from (pack_imports.id); null when added in this store. */
export function insertEvidence(db: Database, row: NewEvidenceRow & { packImportId: number | null; changeId?: string | null }): void {
  prepared(db, 
    `INSERT INTO evidence (fact_id, n, source_id, exact, prefix, suffix, start_offset, end_offset, added_at, added_by, pack_import_id, change_id)
     VALUES (@factId, @n, @sourceId, @exact, @prefix, @suffix, @start, @end, @addedAt, @addedBy, @packImportId, @changeId)`,
  ).run({ changeId: null, ...row });
}

/** The quote a department change id names here, if any. */
export function findEvidenceByChange(db: Database, changeId: string): { factId: string; n: number } | undefined {
  return prepared(db, 'SELECT fact_id AS factId, n FROM evidence WHERE change_id = ?').get(changeId) as { factId: string; n: number } | undefined;
}

/** Which of a pulled page's quote ids this store holds, asked once per page (issue 16). */
export function evidenceChangesHere(db: Database, changeIds: readonly string[]): Set<string> {
  const rows = prepared(db, 'SELECT change_id FROM evidence WHERE change_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(changeIds)) as string[];
  return new Set(rows);
}

export function evidenceChangeId(db: Database, factId: string, n: number): string | null | undefined {
  return prepared(db, 'SELECT change_id FROM evidence WHERE fact_id = ? AND n = ?').pluck().get(factId, n) as string | null | undefined;
}

/** Moves a quote added here offline to the number the department gave it (the 0070 trigger allows only this). */
export function renumberEvidence(db: Database, factId: string, from: number, to: number): void {
  prepared(db, 'UPDATE evidence SET n = ? WHERE fact_id = ? AND n = ?').run(to, factId, from);
}

export function countEvidence(db: Database, factId: string): number {
  return prepared(db, 'SELECT count(*) FROM evidence WHERE fact_id = ?').pluck().get(factId) as number;
}

export function listEvidence(db: Database, factId: string): EvidenceRow[] {
  return prepared(db, 
      `SELECT e.fact_id || '.e' || e.n AS id, e.fact_id AS factId, e.source_id AS sourceId, s.title AS sourceTitle, e.exact, e.prefix, e.suffix,
         e.start_offset AS start, e.end_offset AS "end"
       FROM evidence e JOIN sources s ON s.id = e.source_id
       WHERE e.fact_id = ? ORDER BY e.n`,
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
  return prepared(db, 
      `SELECT e.fact_id AS factId, s.id, s.title, s.publisher, s.published
       FROM json_each(?) j
       JOIN evidence e ON e.fact_id = j.value
       JOIN sources s ON s.id = e.source_id
       GROUP BY e.fact_id, s.id
       ORDER BY e.fact_id, min(e.n)`,
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
      `SELECT e.fact_id || '.e' || e.n AS evidenceId, e.fact_id AS factId, f.current_version AS version, v.statement, f.status,
         e.exact, e.prefix, e.suffix, e.start_offset AS start, e.end_offset AS "end"
       FROM evidence e
       JOIN facts f ON f.id = e.fact_id
       JOIN fact_versions v ON v.fact_id = f.id AND v.version = f.current_version
       WHERE e.source_id = ?
       ORDER BY e.start_offset, e.fact_id, e.n`,
    )
    .all(sourceId) as QuoteInSourceRow[];
}

/** Evidence as stored, with who added it and when (fact packs carry all of it). Its id is `<factId>.e<n>`. */
export type EvidenceRecord = NewEvidenceRow & { id: string };

const recordColumns = `fact_id || '.e' || n AS id, n, fact_id AS factId, source_id AS sourceId, exact, prefix, suffix,
  start_offset AS start, end_offset AS "end", added_at AS addedAt, added_by AS addedBy`;

export function listEvidenceRecords(db: Database, factId: string): EvidenceRecord[] {
  return prepared(db, `SELECT ${recordColumns} FROM evidence WHERE fact_id = ? ORDER BY n`).all(factId) as EvidenceRecord[];
}

/** The quote numbered by an evidence id (`seed-004.e2`), if this store has it. */
export function findEvidenceRecord(db: Database, id: string): EvidenceRecord | undefined {
  const match = /^(.+)\.e(\d+)$/.exec(id);
  if (!match) return undefined;
  return prepared(db, `SELECT ${recordColumns} FROM evidence WHERE fact_id = ? AND n = ?`).get(match[1], Number(match[2])) as
    | EvidenceRecord
    | undefined;
}
