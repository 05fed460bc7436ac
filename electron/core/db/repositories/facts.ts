/** SQL for facts, their immutable versions, status history and current topics. */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

export interface FactRow {
  num: number;
  id: string;
  currentVersion: number;
  status: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A version's fact fields as stored (topics as JSON text). */
export interface FactFieldColumns {
  statement: string;
  metric: string | null;
  subject: string | null;
  valueLow: number | null;
  valueHigh: number | null;
  unit: string | null;
  qualifier: string | null;
  period: string | null;
  claimant: string | null;
  topics: string;
  notes: string;
  /** The statement's language, and its translations as a JSON object (migration 0060). */
  language: string;
  translations: string;
}

export interface VersionRow extends FactFieldColumns {
  factId: string;
  version: number;
  reason: string;
  createdAt: string;
  /** Who wrote it; for a version imported from a fact pack, who the pack claims wrote it. */
  createdBy: string;
}

export interface StatusChangeRow {
  status: string;
  by: string;
  at: string;
  reason: string;
}

/** The fact pack import a row came from (pack_imports.id); null for a row written in this store. */
export interface FromPack {
  packImportId: number | null;
}

/** The fields of the current version copied onto facts, so conflicts and filters use an index. */
export interface ClaimColumns {
  metric: string | null;
  subject: string | null;
  period: string | null;
  valueLow: number | null;
  valueHigh: number | null;
}

const factColumns = `num, id, current_version AS currentVersion, status, verified_by AS verifiedBy,
  verified_at AS verifiedAt, created_at AS createdAt, updated_at AS updatedAt`;

const versionColumns = `fact_id AS factId, version, statement, metric, subject, value_low AS valueLow,
  value_high AS valueHigh, unit, qualifier, period, claimant, topics, notes, language, translations, reason,
  created_at AS createdAt, created_by AS createdBy`;

/** Where a fact lives (migration 0070): only here, made while joined and waiting to be pushed, or in the department. */
export type FactOrigin = 'local' | 'shared' | 'department';

export function insertFact(db: Database, row: { id: string; status: string; createdAt: string; origin?: FactOrigin } & ClaimColumns): number {
  const result = prepared(db, 
      `INSERT INTO facts (id, current_version, status, metric, subject, period, value_low, value_high, created_at, updated_at, origin)
       VALUES (@id, 1, @status, @metric, @subject, @period, @valueLow, @valueHigh, @createdAt, @createdAt, @origin)`,
    )
    .run({ origin: 'local', ...row });
  return Number(result.lastInsertRowid);
}

export function factIdExists(db: Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM facts WHERE id = ?').pluck().get(id) !== undefined;
}

export function getFactRow(db: Database, id: string): FactRow | undefined {
  return prepared(db, `SELECT ${factColumns} FROM facts WHERE id = ?`).get(id) as FactRow | undefined;
}

/** What a pulled page needs to know of the facts it names, asked once per page (issue 16): absent ids are facts this store lacks. */
export interface FactPullState {
  origin: FactOrigin;
  currentVersion: number;
  latestVersion: number;
}

export function factPullStates(db: Database, ids: readonly string[]): Map<string, FactPullState> {
  const rows = prepared(
    db,
    `SELECT f.id, f.origin, f.current_version AS currentVersion, (SELECT max(version) FROM fact_versions v WHERE v.fact_id = f.id) AS latestVersion
     FROM facts f WHERE f.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as (FactPullState & { id: string })[];
  return new Map(rows.map(({ id, ...state }) => [id, state]));
}

/** The department's id for a record and, for a version, the version it revised (migration 0070). */
export interface DepartmentKeys {
  changeId?: string | null;
  basedOn?: number | null;
}

export function insertVersion(db: Database, row: VersionRow & FromPack & DepartmentKeys): void {
  prepared(db, 
    `INSERT INTO fact_versions (fact_id, version, statement, metric, subject, value_low, value_high, unit, qualifier,
       period, claimant, topics, notes, language, translations, reason, created_at, created_by, pack_import_id, change_id, based_on)
     VALUES (@factId, @version, @statement, @metric, @subject, @valueLow, @valueHigh, @unit, @qualifier,
       @period, @claimant, @topics, @notes, @language, @translations, @reason, @createdAt, @createdBy, @packImportId, @changeId, @basedOn)`,
  ).run({ changeId: null, basedOn: null, ...row });
}

export function setOrigin(db: Database, id: string, origin: FactOrigin): void {
  // Unchanged rows are not rewritten: a pull sets the origin of every fact it touches.
  prepared(db, 'UPDATE facts SET origin = ? WHERE id = ? AND origin IS NOT ?').run(origin, id, origin);
}

export function getOrigin(db: Database, id: string): FactOrigin | undefined {
  return prepared(db, 'SELECT origin FROM facts WHERE id = ?').pluck().get(id) as FactOrigin | undefined;
}

/** The version a department change id names here, if any. */
export function findVersionByChange(db: Database, changeId: string): { factId: string; version: number } | undefined {
  return prepared(db, 'SELECT fact_id AS factId, version FROM fact_versions WHERE change_id = ?').get(changeId) as
    | { factId: string; version: number }
    | undefined;
}

export function versionChangeId(db: Database, factId: string, version: number): string | null | undefined {
  return prepared(db, 'SELECT change_id FROM fact_versions WHERE fact_id = ? AND version = ?').pluck().get(factId, version) as string | null | undefined;
}

export function maxVersion(db: Database, factId: string): number {
  return (prepared(db, 'SELECT max(version) FROM fact_versions WHERE fact_id = ?').pluck().get(factId) as number | null) ?? 0;
}

/** Moves a version written here offline to the number the department gave it (the 0070 trigger allows only this). */
export function renumberVersion(db: Database, factId: string, from: number, to: number): void {
  prepared(db, 'UPDATE fact_versions SET version = ? WHERE fact_id = ? AND version = ?').run(to, factId, from);
}

/** Which of a pulled page's status change ids this store holds, asked once per page (issue 16). */
export function statusChangesHere(db: Database, changeIds: readonly string[]): Set<string> {
  const rows = prepared(db, 'SELECT change_id FROM fact_status_changes WHERE change_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(changeIds)) as string[];
  return new Set(rows);
}

export interface DivergedFact {
  factId: string;
  versions: { version: number; basedOn: number; statement: string; createdBy: string; createdAt: string }[];
}

/** Facts whose current version shares its base with another version: two desktops revised the same version offline. */
export function listDivergedFacts(db: Database): DivergedFact[] {
  const rows = prepared(
    db,
    `SELECT v.fact_id AS factId, v.version, v.based_on AS basedOn, v.statement, v.created_by AS createdBy, v.created_at AS createdAt
     FROM facts f JOIN fact_versions cur ON cur.fact_id = f.id AND cur.version = f.current_version
     JOIN fact_versions v ON v.fact_id = f.id AND v.based_on = cur.based_on
     WHERE cur.based_on IS NOT NULL
       AND (SELECT count(*) FROM fact_versions o WHERE o.fact_id = f.id AND o.based_on = cur.based_on) > 1
     ORDER BY v.fact_id, v.version`,
  ).all() as { factId: string; version: number; basedOn: number; statement: string; createdBy: string; createdAt: string }[];
  const byFact = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) byFact.set(r.factId, [...(byFact.get(r.factId) ?? []), r]);
  return [...byFact].map(([factId, versions]) => ({ factId, versions: versions.map(({ factId: _f, ...v }) => v) }));
}

export function setCurrentVersion(db: Database, id: string, version: number, updatedAt: string, claim: ClaimColumns): void {
  prepared(db, 
    `UPDATE facts SET current_version = @version, updated_at = @updatedAt, metric = @metric, subject = @subject,
       period = @period, value_low = @valueLow, value_high = @valueHigh
     WHERE id = @id`,
  ).run({ id, version, updatedAt, ...claim });
}

export function touchFact(db: Database, id: string, updatedAt: string): void {
  prepared(db, 'UPDATE facts SET updated_at = ? WHERE id = ?').run(updatedAt, id);
}

export function setStatus(
  db: Database,
  id: string,
  change: { status: string; verifiedBy: string | null; verifiedAt: string | null; updatedAt: string },
): void {
  prepared(db, 
    'UPDATE facts SET status = @status, verified_by = @verifiedBy, verified_at = @verifiedAt, updated_at = @updatedAt WHERE id = @id',
  ).run({ id, ...change });
}

export function insertStatusChange(db: Database, factId: string, change: StatusChangeRow & FromPack & DepartmentKeys): void {
  prepared(db, 
    'INSERT INTO fact_status_changes (fact_id, status, changed_by, changed_at, reason, pack_import_id, change_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(factId, change.status, change.by, change.at, change.reason, change.packImportId, change.changeId ?? null);
}

export function listStatusChanges(db: Database, factId: string): StatusChangeRow[] {
  return prepared(db, 'SELECT status, changed_by AS by, changed_at AS at, reason FROM fact_status_changes WHERE fact_id = ? ORDER BY seq')
    .all(factId) as StatusChangeRow[];
}

export function getVersion(db: Database, factId: string, version: number): VersionRow | undefined {
  return prepared(db, `SELECT ${versionColumns} FROM fact_versions WHERE fact_id = ? AND version = ?`).get(factId, version) as
    | VersionRow
    | undefined;
}

export function listVersions(db: Database, factId: string): VersionRow[] {
  return prepared(db, `SELECT ${versionColumns} FROM fact_versions WHERE fact_id = ? ORDER BY version`).all(factId) as VersionRow[];
}

export function replaceTopics(db: Database, factId: string, previous: readonly string[], topics: readonly string[]): void {
  const remove = prepared(db, 'DELETE FROM fact_topics WHERE topic = ? AND fact_id = ?');
  for (const topic of previous) remove.run(topic, factId);
  addTopics(db, factId, topics);
}

export function addTopics(db: Database, factId: string, topics: readonly string[]): void {
  const insert = prepared(db, 'INSERT OR IGNORE INTO fact_topics (topic, fact_id) VALUES (?, ?)');
  for (const topic of topics) insert.run(topic, factId);
}

export function listTopicCounts(db: Database): { topic: string; count: number }[] {
  return prepared(db, 'SELECT topic, count(*) AS count FROM fact_topics GROUP BY topic ORDER BY count DESC, topic')
    .all() as { topic: string; count: number }[];
}
