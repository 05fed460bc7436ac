import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { schemaVersionOf } from '../../../../../electron/core/db/migrations/index';
import { countRows } from '../../../../../electron/core/db/repositories/counts';
import { NotesLibrary } from '../../../../../electron/core/notes/library';
import { tempDir } from '../../../../support/notes';

let db: Database | undefined;
let dir: string | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function freshFile(): string {
  dir = tempDir('briefing-0020-');
  return join(dir, 'briefing.sqlite');
}

const plan = (db: Database, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 0020 (notes)', () => {
  it('creates strict notes and note_versions tables on an empty file', () => {
    db = openDatabase(freshFile());
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(20);
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('notes', 'note_versions') ORDER BY name").all();
    expect(strict).toEqual([
      { name: 'note_versions', strict: 1 },
      { name: 'notes', strict: 1 },
    ]);
    const columns = db.prepare("SELECT name FROM pragma_table_info('notes')").pluck().all();
    expect(columns).toEqual(expect.arrayContaining(['id', 'template_id', 'title', 'classification', 'metadata_json', 'content_json',
      'format_version', 'word_count', 'citation_count', 'created_at', 'updated_at', 'opened_at', 'deleted_at']));
    expect(countRows(db).notes).toBe(0);
  });

  it('keeps the rows of the 0010 placeholder table as empty information notes', () => {
    const file = freshFile();
    db = openDatabase(file, { targetVersion: 10 });
    db.prepare('INSERT INTO notes (id, title) VALUES (?, ?)').run('legacy-1', 'Phạm Minh Chính visit');
    db.close();

    db = openDatabase(file);
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(20);
    const notes = new NotesLibrary(db);
    const note = notes.get('legacy-1', false);
    expect(note).toMatchObject({ id: 'legacy-1', templateId: 'information', formatVersion: 1 });
    expect(note.metadata).toMatchObject({ title: 'Phạm Minh Chính visit', classification: '', type: 'For information', date: '' });
    expect(note.content.root.children).toEqual([]);
    expect(notes.list({ query: 'chinh', trash: false, limit: 10 }).map((n) => n.id)).toEqual(['legacy-1']);
    expect(countRows(db).notes).toBe(1);
  });

  it('enforces the history foreign key and deletes history with its note', () => {
    db = openDatabase(freshFile());
    const notes = new NotesLibrary(db);
    const note = notes.create('information');
    notes.save({ id: note.id, metadata: note.metadata, content: note.content, baseUpdatedAt: null, snapshot: true });
    const insertVersion = db.prepare(
      "INSERT INTO note_versions (note_id, version, saved_at, title, metadata_json, content_json, format_version) VALUES (?, 1, 'now', 't', '{}', '{}', 1)",
    );
    expect(() => insertVersion.run('no-such-note')).toThrow(/FOREIGN KEY/);
    expect(() => db!.prepare("UPDATE notes SET content_json = 'not json' WHERE id = ?").run(note.id)).toThrow(/CHECK/);
    db.prepare('DELETE FROM notes WHERE id = ?').run(note.id);
    expect(db.prepare('SELECT count(*) FROM note_versions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM notes_title_search').pluck().get()).toBe(0);
  });

  it('answers the library queries from indexes', () => {
    db = openDatabase(freshFile());
    const columns = 'id, title, updated_at';
    expect(plan(db, `SELECT ${columns} FROM notes WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT 50`)).toMatch(
      /USING INDEX notes_by_updated/,
    );
    expect(plan(db, `SELECT ${columns} FROM notes WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT 50`)).toMatch(
      /USING INDEX notes_in_trash/,
    );
    expect(
      plan(db, `SELECT ${columns} FROM notes WHERE opened_at IS NOT NULL AND deleted_at IS NULL ORDER BY opened_at DESC LIMIT 8`),
    ).toMatch(/USING INDEX notes_by_opened/);
    const search = plan(
      db,
      `SELECT ${columns} FROM notes WHERE deleted_at IS NULL AND id IN (SELECT note_id FROM notes_title_search WHERE notes_title_search MATCH ?)`,
      'title_key : "chinh"',
    );
    expect(search).toMatch(/notes_title_search VIRTUAL TABLE INDEX/);
    expect(search).not.toMatch(/SCAN notes\b/);
  });
});
