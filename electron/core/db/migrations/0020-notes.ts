/**
 * The notes library. Replaces the placeholder `notes (id, title)` table of 0010 (any rows it
 * holds are kept as empty information notes) and adds the saved-version history.
 *
 * - `title` and `classification` copy fields of `metadata_json` so the library can list
 *   and sort without parsing JSON; `title_key` is the title folded by `searchKey`
 *   (shared/note-text.ts: no case, no diacritics), computed in code because SQLite cannot
 *   fold Vietnamese or French accents itself. If `searchKey` ever changes, a migration must
 *   recompute every key.
 * - `notes_title_search` is an FTS5 trigram index over `title_key`, so a substring search of
 *   three or more letters uses the index instead of scanning every title.
 * - `deleted_at` set = in the trash. `format_version` is the note format (shared/note-format.ts),
 *   not the schema version: old notes are upgraded when read.
 */
import { searchKey } from '../../../../shared/note-text';
import type { Migration } from './index';

// Written out rather than built from a template: a migration must not change when templates do.
const emptyContent = JSON.stringify({ root: { children: [], direction: null, format: '', indent: 0, type: 'root', version: 1 } });

export const migration0020: Migration = {
  version: 20,
  name: 'notes',
  up(db) {
    db.exec(`
      CREATE TABLE notes_0020 (
        id TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        title TEXT NOT NULL,
        title_key TEXT NOT NULL,
        classification TEXT NOT NULL DEFAULT '',
        metadata_json TEXT NOT NULL CHECK (json_valid(metadata_json)),
        content_json TEXT NOT NULL CHECK (json_valid(content_json)),
        format_version INTEGER NOT NULL CHECK (format_version >= 0),
        word_count INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
        citation_count INTEGER NOT NULL DEFAULT 0 CHECK (citation_count >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        opened_at TEXT,
        deleted_at TEXT
      ) STRICT;
    `);
    // Placeholder rows (if any) become empty information notes, keeping id and title.
    const now = new Date().toISOString();
    const copy = db.prepare(
      `INSERT INTO notes_0020 (id, template_id, title, title_key, metadata_json, content_json, format_version, created_at, updated_at)
       VALUES (?, 'information', ?, ?, ?, ?, 1, ?, ?)`,
    );
    for (const row of db.prepare('SELECT id, title FROM notes').all() as { id: string; title: string }[]) {
      const metadata = JSON.stringify({ title: row.title, classification: '', type: 'For information' });
      copy.run(row.id, row.title, searchKey(row.title), metadata, emptyContent, now, now);
    }
    db.exec(`
      DROP TABLE notes;
      ALTER TABLE notes_0020 RENAME TO notes;

      -- The library lists notes newest first, the trash by when notes went in, recent notes by
      -- last opening. Partial indexes: each query reads only its own rows, already in order.
      CREATE INDEX notes_by_updated ON notes (updated_at DESC) WHERE deleted_at IS NULL;
      CREATE INDEX notes_in_trash ON notes (deleted_at DESC) WHERE deleted_at IS NOT NULL;
      CREATE INDEX notes_by_opened ON notes (opened_at DESC) WHERE opened_at IS NOT NULL AND deleted_at IS NULL;

      -- A standalone FTS table keyed by note id rather than external content keyed by rowid:
      -- VACUUM may renumber the rowids of a table whose primary key is TEXT.
      CREATE VIRTUAL TABLE notes_title_search USING fts5(title_key, note_id UNINDEXED, tokenize = 'trigram');
      INSERT INTO notes_title_search (title_key, note_id) SELECT title_key, id FROM notes;
      CREATE TRIGGER notes_title_search_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_title_search (title_key, note_id) VALUES (new.title_key, new.id);
      END;
      CREATE TRIGGER notes_title_search_delete AFTER DELETE ON notes BEGIN
        DELETE FROM notes_title_search WHERE note_id = old.id;
      END;
      -- Every save sets title_key; only a changed title needs the (unindexed) note_id lookup.
      CREATE TRIGGER notes_title_search_update AFTER UPDATE OF title_key ON notes
      WHEN old.title_key IS NOT new.title_key BEGIN
        UPDATE notes_title_search SET title_key = new.title_key WHERE note_id = old.id;
      END;

      -- Saved versions, newest = highest number. format_version is kept per version so an old
      -- version is upgraded like an old note when it is restored.
      CREATE TABLE note_versions (
        note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        saved_at TEXT NOT NULL,
        title TEXT NOT NULL,
        metadata_json TEXT NOT NULL CHECK (json_valid(metadata_json)),
        content_json TEXT NOT NULL CHECK (json_valid(content_json)),
        format_version INTEGER NOT NULL CHECK (format_version >= 0),
        word_count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (note_id, version)
      ) STRICT;
    `);
  },
};
