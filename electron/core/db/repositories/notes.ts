/**
 * The notes library's SQL (tables from migration 0020). Rows go in and out as they are
 * stored; parsing, upgrading and counting happen in electron/core/notes.
 */
import type { Database } from 'better-sqlite3';

export interface NoteRow {
  id: string;
  template_id: string;
  title: string;
  classification: string;
  metadata_json: string;
  content_json: string;
  format_version: number;
  word_count: number;
  citation_count: number;
  created_at: string;
  updated_at: string;
  opened_at: string | null;
  deleted_at: string | null;
}

/** What a save or restore writes over the current note. */
export interface NoteBody {
  title: string;
  titleKey: string;
  classification: string;
  metadataJson: string;
  contentJson: string;
  formatVersion: number;
  wordCount: number;
  citationCount: number;
}

export interface NoteVersionRow {
  note_id: string;
  version: number;
  saved_at: string;
  title: string;
  metadata_json: string;
  content_json: string;
  format_version: number;
  word_count: number;
}

const noteColumns = `id, template_id, title, classification, metadata_json, content_json, format_version,
  word_count, citation_count, created_at, updated_at, opened_at, deleted_at`;

export function insertNoteRow(
  db: Database,
  note: NoteBody & { id: string; templateId: string; createdAt: string; updatedAt: string; openedAt: string | null },
): void {
  db.prepare(
    `INSERT INTO notes (id, template_id, title, title_key, classification, metadata_json, content_json, format_version,
       word_count, citation_count, created_at, updated_at, opened_at, deleted_at)
     VALUES (@id, @templateId, @title, @titleKey, @classification, @metadataJson, @contentJson, @formatVersion,
       @wordCount, @citationCount, @createdAt, @updatedAt, @openedAt, NULL)`,
  ).run(note);
}

export function noteExists(db: Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM notes WHERE id = ?').pluck().get(id) !== undefined;
}

export function findNoteRow(db: Database, id: string): NoteRow | undefined {
  return db.prepare(`SELECT ${noteColumns} FROM notes WHERE id = ?`).get(id) as NoteRow | undefined;
}

export function updateNoteBody(db: Database, id: string, body: NoteBody, updatedAt: string): void {
  db.prepare(
    `UPDATE notes SET title = @title, title_key = @titleKey, classification = @classification,
       metadata_json = @metadataJson, content_json = @contentJson, format_version = @formatVersion,
       word_count = @wordCount, citation_count = @citationCount, updated_at = @updatedAt
     WHERE id = @id`,
  ).run({ ...body, id, updatedAt });
}

/** Renaming touches only the title, in the columns and inside the metadata JSON. */
export function renameNoteRow(db: Database, id: string, title: string, titleKey: string, updatedAt: string): void {
  db.prepare(
    `UPDATE notes SET title = ?, title_key = ?, metadata_json = json_set(metadata_json, '$.title', ?), updated_at = ?
     WHERE id = ?`,
  ).run(title, titleKey, title, updatedAt, id);
}

export function setNoteOpenedAt(db: Database, id: string, openedAt: string): void {
  db.prepare('UPDATE notes SET opened_at = ? WHERE id = ?').run(openedAt, id);
}

/** `deletedAt` null takes the note out of the trash. */
export function setNoteDeletedAt(db: Database, id: string, deletedAt: string | null): void {
  db.prepare('UPDATE notes SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

export interface NoteListQuery {
  /** Only notes in the trash (true) or only notes not in it (false). */
  trash: boolean;
  /** Folded by `searchKey`; '' lists everything. */
  titleKey: string;
  limit: number;
}

/** The FTS5 trigram index answers substrings of three characters or more; shorter ones scan. */
const trigramLength = 3;

export function listNoteRows(db: Database, query: NoteListQuery): NoteRow[] {
  const where = [query.trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
  const params: unknown[] = [];
  if (query.titleKey.length >= trigramLength) {
    where.push('id IN (SELECT note_id FROM notes_title_search WHERE notes_title_search MATCH ?)');
    // One quoted FTS5 string: the trigram tokenizer matches it as a substring, and quoting
    // keeps the user's words from being read as FTS query syntax.
    params.push(`title_key : "${query.titleKey.replaceAll('"', '""')}"`);
  } else if (query.titleKey.length > 0) {
    where.push('instr(title_key, ?) > 0');
    params.push(query.titleKey);
  }
  const order = query.trash ? 'deleted_at DESC' : 'updated_at DESC';
  return db
    .prepare(`SELECT ${noteColumns} FROM notes WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`)
    .all(...params, query.limit) as NoteRow[];
}

export function recentNoteRows(db: Database, limit: number): NoteRow[] {
  return db
    .prepare(
      `SELECT ${noteColumns} FROM notes WHERE opened_at IS NOT NULL AND deleted_at IS NULL
       ORDER BY opened_at DESC LIMIT ?`,
    )
    .all(limit) as NoteRow[];
}

/** Appends the next version (1, 2, ...) and returns its number. */
export function insertVersionRow(
  db: Database,
  noteId: string,
  savedAt: string,
  body: Pick<NoteBody, 'title' | 'metadataJson' | 'contentJson' | 'formatVersion' | 'wordCount'>,
): number {
  return db
    .prepare(
      `INSERT INTO note_versions (note_id, version, saved_at, title, metadata_json, content_json, format_version, word_count)
       SELECT @noteId, coalesce(max(version), 0) + 1, @savedAt, @title, @metadataJson, @contentJson, @formatVersion, @wordCount
       FROM note_versions WHERE note_id = @noteId
       RETURNING version`,
    )
    .pluck()
    .get({ noteId, savedAt, ...body }) as number;
}

const versionColumns = 'note_id, version, saved_at, title, metadata_json, content_json, format_version, word_count';

export function latestVersionRow(db: Database, noteId: string): NoteVersionRow | undefined {
  return db
    .prepare(`SELECT ${versionColumns} FROM note_versions WHERE note_id = ? ORDER BY version DESC LIMIT 1`)
    .get(noteId) as NoteVersionRow | undefined;
}

export function findVersionRow(db: Database, noteId: string, version: number): NoteVersionRow | undefined {
  return db
    .prepare(`SELECT ${versionColumns} FROM note_versions WHERE note_id = ? AND version = ?`)
    .get(noteId, version) as NoteVersionRow | undefined;
}

export function listVersionRows(db: Database, noteId: string): NoteVersionRow[] {
  return db
    .prepare(`SELECT ${versionColumns} FROM note_versions WHERE note_id = ? ORDER BY version DESC`)
    .all(noteId) as NoteVersionRow[];
}
