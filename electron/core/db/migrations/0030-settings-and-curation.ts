import type { Migration } from './index';

/**
 * Curation (issue 6):
 * - `settings`: small app-wide values as JSON, e.g. the user's profile (the name recorded as
 *   "verified by").
 * - `sources.file_name` / `sources.format`: what file a source was imported from (NULL for
 *   sources stored before 0030 or received in a fact pack); `sources_by_sha256` finds a text
 *   that is already stored, so nothing is imported twice.
 * - `source_originals`: the original file's bytes, kept beside the extracted text.
 * - `conflict_preferences`: which fact a curator preferred for a claim (metric, subject,
 *   period), with who, when and why. The disputes it caused are in the status history.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'settings-and-curation',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL CHECK (json_valid(value_json)),
        updated_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE sources ADD COLUMN file_name TEXT;
      ALTER TABLE sources ADD COLUMN format TEXT CHECK (format IN ('txt', 'md', 'html', 'docx', 'pdf'));
      CREATE INDEX sources_by_sha256 ON sources (sha256);

      CREATE TABLE source_originals (
        source_id TEXT PRIMARY KEY REFERENCES sources (id),
        media_type TEXT NOT NULL,
        bytes BLOB NOT NULL,
        sha256 TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER source_originals_never_change BEFORE UPDATE ON source_originals
      BEGIN SELECT RAISE(ABORT, 'an original file is kept as imported'); END;

      CREATE TABLE conflict_preferences (
        metric TEXT NOT NULL,
        subject TEXT NOT NULL,
        period TEXT NOT NULL,
        preferred_fact_id TEXT NOT NULL REFERENCES facts (id),
        chosen_by TEXT NOT NULL,
        chosen_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (metric, subject, period)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
