import type { Migration } from './index';

/**
 * A source's metadata can be corrected after import (issue 14 item 3): a publisher the text did
 * not name, a title for an "[Untitled report …]", a date. The `sources` row holds the metadata
 * as it is now; `source_metadata_changes` keeps every correction, field by field, with who made
 * it and when, and the value before and after (JSON, so null and a list of authors survive).
 * The text, its length and its sha256 never change (0010's trigger), so every quote stays true.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'source-metadata-changes',
  up(db) {
    db.exec(`
      CREATE TABLE source_metadata_changes (
        id INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources (id),
        field TEXT NOT NULL CHECK (field IN ('title', 'publisher', 'authors', 'published', 'url', 'accessed', 'language', 'reliability')),
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX source_metadata_changes_by_source ON source_metadata_changes (source_id, id);
      CREATE TRIGGER source_metadata_changes_never_change BEFORE UPDATE ON source_metadata_changes
      BEGIN SELECT RAISE(ABORT, 'a recorded change to a source''s details never changes'); END;
      CREATE TRIGGER source_metadata_changes_never_deleted BEFORE DELETE ON source_metadata_changes
      BEGIN SELECT RAISE(ABORT, 'a recorded change to a source''s details is kept'); END;
    `);
  },
};
