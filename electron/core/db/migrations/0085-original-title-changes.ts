import type { Migration } from './index';

/**
 * A source's original-language title (`sources.original_title`, 0060) becomes editable (issue 15
 * item 4): the title as the source prints it, beside a translated `title`. Its corrections are
 * recorded like any other field's, so `source_metadata_changes`' CHECK gains `originalTitle`
 * (the contract's field name, as every other value there is). SQLite cannot alter a CHECK: the
 * table is rebuilt (new table, copy, drop, rename) inside the migration's transaction, keeping
 * every recorded change with its id, and its index and triggers are made again.
 */
export const migration0085: Migration = {
  version: 85,
  name: 'original-title-changes',
  up(db) {
    db.exec(`
      CREATE TABLE source_metadata_changes_new (
        id INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources (id),
        field TEXT NOT NULL CHECK (field IN ('title', 'originalTitle', 'publisher', 'authors', 'published', 'url', 'accessed', 'language', 'reliability')),
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO source_metadata_changes_new (id, source_id, field, old_value, new_value, changed_by, changed_at)
        SELECT id, source_id, field, old_value, new_value, changed_by, changed_at FROM source_metadata_changes;
      DROP TRIGGER source_metadata_changes_never_change;
      DROP TRIGGER source_metadata_changes_never_deleted;
      DROP TABLE source_metadata_changes;
      ALTER TABLE source_metadata_changes_new RENAME TO source_metadata_changes;
      CREATE INDEX source_metadata_changes_by_source ON source_metadata_changes (source_id, id);
      CREATE TRIGGER source_metadata_changes_never_change BEFORE UPDATE ON source_metadata_changes
      BEGIN SELECT RAISE(ABORT, 'a recorded change to a source''s details never changes'); END;
      CREATE TRIGGER source_metadata_changes_never_deleted BEFORE DELETE ON source_metadata_changes
      BEGIN SELECT RAISE(ABORT, 'a recorded change to a source''s details is kept'); END;
    `);
  },
};
