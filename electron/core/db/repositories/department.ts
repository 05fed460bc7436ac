/** SQL for the department replica's own tables (migration 0070): the link, the outbox, the source map. */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

export interface DepartmentLinkRow {
  /** Without its password, always. */
  url: string;
  desktopId: string;
  role: string;
  pulledSeq: number;
  joinedAt: string;
  lastSyncAt: string | null;
  lastError: string | null;
}

export interface OutboxRow {
  id: string;
  kind: string;
  factId: string | null;
  rowJson: string;
  createdAt: string;
  attempts: number;
  lastError: string | null;
}

const linkColumns = `url, desktop_id AS desktopId, role, pulled_seq AS pulledSeq, joined_at AS joinedAt,
  last_sync_at AS lastSyncAt, last_error AS lastError`;

export function getDepartmentLink(db: Database): DepartmentLinkRow | undefined {
  return prepared(db, `SELECT ${linkColumns} FROM department_link WHERE id = 1`).get() as DepartmentLinkRow | undefined;
}

/**
 * Whether this data folder is joined to a department: the one rule for "queue this change in
 * the outbox so the next sync shares it" (facts made, source details edited).
 */
export function isJoinedToDepartment(db: Database): boolean {
  return prepared(db, 'SELECT 1 FROM department_link WHERE id = 1').get() !== undefined;
}

/** Joins (or re-joins, keeping the cursor when it is the same department) a department. */
export function saveDepartmentLink(db: Database, row: Omit<DepartmentLinkRow, 'pulledSeq' | 'lastSyncAt' | 'lastError'>): void {
  prepared(
    db,
    `INSERT INTO department_link (id, url, desktop_id, role, joined_at) VALUES (1, @url, @desktopId, @role, @joinedAt)
     ON CONFLICT (id) DO UPDATE SET role = excluded.role,
       pulled_seq = CASE WHEN department_link.url = excluded.url THEN department_link.pulled_seq ELSE 0 END,
       url = excluded.url`,
  ).run(row);
}

export function deleteDepartmentLink(db: Database): void {
  prepared(db, 'DELETE FROM department_link WHERE id = 1').run();
}

export function setPulledSeq(db: Database, seq: number): void {
  prepared(db, 'UPDATE department_link SET pulled_seq = ? WHERE id = 1').run(seq);
}

export function recordSyncOutcome(db: Database, at: string | null, error: string | null): void {
  if (at === null) prepared(db, 'UPDATE department_link SET last_error = ? WHERE id = 1').run(error);
  else prepared(db, 'UPDATE department_link SET last_sync_at = ?, last_error = ? WHERE id = 1').run(at, error);
}

export function insertOutbox(db: Database, row: Omit<OutboxRow, 'attempts' | 'lastError'>): void {
  prepared(db, 'INSERT INTO department_outbox (id, kind, fact_id, row_json, created_at) VALUES (@id, @kind, @factId, @rowJson, @createdAt)').run(row);
}

/** Oldest first: UUIDv7 ids sort by the time they were minted. */
export function listOutbox(db: Database, limit: number): OutboxRow[] {
  return prepared(
    db,
    `SELECT id, kind, fact_id AS factId, row_json AS rowJson, created_at AS createdAt, attempts, last_error AS lastError
     FROM department_outbox ORDER BY id LIMIT ?`,
  ).all(limit) as OutboxRow[];
}

export function countOutbox(db: Database): { waiting: number; refused: number } {
  return prepared(db, 'SELECT count(*) AS waiting, count(last_error) AS refused FROM department_outbox').get() as { waiting: number; refused: number };
}

export function deleteOutbox(db: Database, id: string): void {
  prepared(db, 'DELETE FROM department_outbox WHERE id = ?').run(id);
}

export function markOutboxFailed(db: Database, id: string, error: string): void {
  prepared(db, 'UPDATE department_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?').run(error, id);
}

export function localSourceFor(db: Database, departmentId: string): string | undefined {
  return prepared(db, 'SELECT source_id FROM department_sources WHERE department_id = ?').pluck().get(departmentId) as string | undefined;
}

export function mapDepartmentSource(db: Database, departmentId: string, sourceId: string): void {
  prepared(db, 'INSERT OR IGNORE INTO department_sources (department_id, source_id) VALUES (?, ?)').run(departmentId, sourceId);
}
