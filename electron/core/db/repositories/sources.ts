/** SQL for sources: stored texts and their metadata. */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

/** A source's metadata columns (authors as JSON text). */
interface SourceMetaColumns {
  id: string;
  title: string;
  /** NULL when the title is already the original. */
  originalTitle?: string | null;
  publisher: string | null;
  authors: string;
  published: string | null;
  url: string | null;
  accessed: string | null;
  language: string | null;
  reliability: string;
}

export interface SourceRow extends SourceMetaColumns {
  sha256: string;
  importedAt: string;
  textLength: number;
  factCount: number;
}

const summaryColumns = `
  s.id, s.title, s.original_title AS originalTitle, s.publisher, s.authors, s.published, s.url, s.accessed, s.language, s.reliability,
  s.sha256, s.imported_at AS importedAt, s.text_length AS textLength,
  (SELECT count(DISTINCT e.fact_id) FROM evidence e WHERE e.source_id = s.id) AS factCount`;

export interface NewSourceRow extends SourceMetaColumns {
  text: string;
  textLength: number;
  sha256: string;
  importedAt: string;
  /** The file it came from; absent for seeds and sources received in a fact pack. */
  fileName?: string | null;
  format?: string | null;
}

export function insertSource(db: Database, row: NewSourceRow): void {
  prepared(
    db,
    `INSERT INTO sources (id, title, original_title, publisher, authors, published, url, accessed, language, reliability, text, text_length,
       sha256, imported_at, file_name, format)
     VALUES (@id, @title, @originalTitle, @publisher, @authors, @published, @url, @accessed, @language, @reliability, @text, @textLength,
       @sha256, @importedAt, @fileName, @format)`,
  ).run({ fileName: null, format: null, ...row, originalTitle: row.originalTitle ?? null });
}

export function sourceExists(db: Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM sources WHERE id = ?').pluck().get(id) !== undefined;
}

export function listSourceRows(db: Database): SourceRow[] {
  return prepared(db, `SELECT ${summaryColumns} FROM sources s ORDER BY s.published DESC NULLS LAST, s.title, s.id`).all() as SourceRow[];
}

export function getSourceRow(db: Database, id: string): (SourceRow & { text: string }) | undefined {
  return prepared(db, `SELECT ${summaryColumns}, s.text FROM sources s WHERE s.id = ?`).get(id) as (SourceRow & { text: string }) | undefined;
}

export function getSourceText(db: Database, id: string): string | undefined {
  return prepared(db, 'SELECT text FROM sources WHERE id = ?').pluck().get(id) as string | undefined;
}

export function getSourceTitle(db: Database, id: string): string | undefined {
  return prepared(db, 'SELECT title FROM sources WHERE id = ?').pluck().get(id) as string | undefined;
}

export function getSourceSummaryRow(db: Database, id: string): SourceRow | undefined {
  return db.prepare(`SELECT ${summaryColumns} FROM sources s WHERE s.id = ?`).get(id) as SourceRow | undefined;
}

export function insertSourceOriginal(db: Database, row: { sourceId: string; mediaType: string; bytes: Buffer; sha256: string }): void {
  db.prepare('INSERT INTO source_originals (source_id, media_type, bytes, sha256) VALUES (@sourceId, @mediaType, @bytes, @sha256)').run(row);
}

export function getSourceOriginal(db: Database, sourceId: string): { mediaType: string; bytes: Buffer; sha256: string } | undefined {
  return db.prepare('SELECT media_type AS mediaType, bytes, sha256 FROM source_originals WHERE source_id = ?').get(sourceId) as
    | { mediaType: string; bytes: Buffer; sha256: string }
    | undefined;
}

export function getSourceFile(db: Database, id: string): { fileName: string | null; format: string | null } | undefined {
  return db.prepare('SELECT file_name AS fileName, format FROM sources WHERE id = ?').get(id) as
    | { fileName: string | null; format: string | null }
    | undefined;
}

/** The source already holding exactly this text, if any (a text is stored once). */
export function findSourceIdBySha256(db: Database, sha256: string): string | undefined {
  return db.prepare('SELECT id FROM sources WHERE sha256 = ? ORDER BY imported_at, id LIMIT 1').pluck().get(sha256) as string | undefined;
}

/** The metadata columns a correction may set (never the text, its length or its hash). */
export type SourceMetaUpdate = Omit<SourceMetaColumns, 'id'>;

export function updateSourceMeta(db: Database, id: string, meta: SourceMetaUpdate): void {
  prepared(
    db,
    `UPDATE sources SET title = @title, original_title = @originalTitle, publisher = @publisher, authors = @authors, published = @published, url = @url,
       accessed = @accessed, language = @language, reliability = @reliability WHERE id = @id`,
  ).run({ ...meta, originalTitle: meta.originalTitle ?? null, id });
}

export interface SourceMetaChangeRow {
  id: number;
  field: string;
  oldValue: string;
  newValue: string;
  changedBy: string;
  changedAt: string;
}

export function insertSourceMetaChange(db: Database, row: Omit<SourceMetaChangeRow, 'id'> & { sourceId: string }): void {
  prepared(
    db,
    `INSERT INTO source_metadata_changes (source_id, field, old_value, new_value, changed_by, changed_at)
     VALUES (@sourceId, @field, @oldValue, @newValue, @changedBy, @changedAt)`,
  ).run(row);
}

/** A source's corrections, newest first. */
export function listSourceMetaChanges(db: Database, sourceId: string): SourceMetaChangeRow[] {
  return prepared(
    db,
    `SELECT id, field, old_value AS oldValue, new_value AS newValue, changed_by AS changedBy, changed_at AS changedAt
     FROM source_metadata_changes WHERE source_id = ? ORDER BY id DESC`,
  ).all(sourceId) as SourceMetaChangeRow[];
}
