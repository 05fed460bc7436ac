/** SQL for fact pack imports (where imported rows came from) and the changes they wait to have reviewed. */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

export interface PackImportRow {
  fileName: string;
  /** The pack's unkeyed SHA-256 digest: an integrity checksum, not a signature. */
  checksum: string;
  /** The pack's createdBy and createdAt: claims, as the file states them. */
  claimedBy: string | null;
  claimedAt: string;
  importedBy: string;
  importedAt: string;
}

export function insertPackImport(db: Database, row: PackImportRow): number {
  const result = prepared(
    db,
    `INSERT INTO pack_imports (file_name, checksum, claimed_by, claimed_at, imported_by, imported_at)
     VALUES (@fileName, @checksum, @claimedBy, @claimedAt, @importedBy, @importedAt)`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

export interface PackChangeRow extends PackImportRow {
  id: number;
  packImportId: number;
  factId: string;
  baseVersion: number;
  changeJson: string;
  decision: 'accepted' | 'rejected' | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

const changeColumns = `c.id, c.pack_import_id AS packImportId, c.fact_id AS factId, c.base_version AS baseVersion,
  c.change_json AS changeJson, c.decision, c.decided_by AS decidedBy, c.decided_at AS decidedAt,
  i.file_name AS fileName, i.checksum, i.claimed_by AS claimedBy, i.claimed_at AS claimedAt,
  i.imported_by AS importedBy, i.imported_at AS importedAt`;

export function insertPackChange(db: Database, row: { packImportId: number; factId: string; baseVersion: number; changeJson: string }): number {
  const result = prepared(
    db,
    `INSERT INTO pack_changes (pack_import_id, fact_id, base_version, change_json)
     VALUES (@packImportId, @factId, @baseVersion, @changeJson)`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

export function decidePackChange(db: Database, id: number, decision: 'accepted' | 'rejected', by: string, at: string): void {
  prepared(db, 'UPDATE pack_changes SET decision = ?, decided_by = ?, decided_at = ? WHERE id = ? AND decision IS NULL').run(decision, by, at, id);
}

export function getPackChange(db: Database, id: number): PackChangeRow | undefined {
  return prepared(db, `SELECT ${changeColumns} FROM pack_changes c JOIN pack_imports i ON i.id = c.pack_import_id WHERE c.id = ?`).get(id) as
    | PackChangeRow
    | undefined;
}

/** The same change for the same fact, already recorded (pending or decided): a pack imported twice asks once. */
export function findPackChange(db: Database, factId: string, changeJson: string): PackChangeRow | undefined {
  return prepared(
    db,
    `SELECT ${changeColumns} FROM pack_changes c JOIN pack_imports i ON i.id = c.pack_import_id
     WHERE c.fact_id = ? AND c.change_json = ? ORDER BY c.id DESC LIMIT 1`,
  ).get(factId, changeJson) as PackChangeRow | undefined;
}

export function listPendingPackChanges(db: Database): PackChangeRow[] {
  return prepared(
    db,
    `SELECT ${changeColumns} FROM pack_changes c JOIN pack_imports i ON i.id = c.pack_import_id
     WHERE c.decision IS NULL ORDER BY c.id`,
  ).all() as PackChangeRow[];
}

/** Where each imported row of a fact came from: its versions, quotes and status changes, by pack import. */
export interface FactImportRow {
  packImportId: number;
  fileName: string;
  checksum: string;
  claimedBy: string | null;
  importedBy: string;
  importedAt: string;
  versions: number;
  quotes: number;
  statusChanges: number;
}

export function listFactImports(db: Database, factId: string): FactImportRow[] {
  return prepared(
    db,
    `SELECT i.id AS packImportId, i.file_name AS fileName, i.checksum, i.claimed_by AS claimedBy,
       i.imported_by AS importedBy, i.imported_at AS importedAt,
       (SELECT count(*) FROM fact_versions v WHERE v.fact_id = @factId AND v.pack_import_id = i.id) AS versions,
       (SELECT count(*) FROM evidence e WHERE e.fact_id = @factId AND e.pack_import_id = i.id) AS quotes,
       (SELECT count(*) FROM fact_status_changes s WHERE s.fact_id = @factId AND s.pack_import_id = i.id) AS statusChanges
     FROM pack_imports i
     WHERE i.id IN (SELECT pack_import_id FROM fact_versions WHERE fact_id = @factId
                    UNION SELECT pack_import_id FROM evidence WHERE fact_id = @factId
                    UNION SELECT pack_import_id FROM fact_status_changes WHERE fact_id = @factId)
     ORDER BY i.id`,
  ).all({ factId }) as FactImportRow[];
}
