import type { Migration } from './index';

/**
 * Where a fact record came from, and changes from fact packs waiting for review (issue 13):
 * - `pack_imports`: one row per fact pack imported: its file name, its checksum (the pack's
 *   unkeyed SHA-256 `digest`: it proves the file is whole, not who made it), who the pack
 *   claims made it and when (claims, as the pack says them), and who imported it here and when.
 * - `pack_import_id` on versions, quotes and status changes: set when the row came from that
 *   pack; NULL when it was written in this store. The row's own `created_by`/`changed_by`/
 *   `added_by` keeps the name the pack gave, which for an imported row is a claim.
 * - `pack_changes`: what a pack would change in a fact this store already holds (new
 *   versions, quotes, status changes). Nothing of it touches the fact until someone accepts
 *   it; a rejected change stays recorded, so importing the same pack again does not ask twice.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'pack-provenance',
  up(db) {
    db.exec(`
      CREATE TABLE pack_imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        checksum TEXT NOT NULL,
        claimed_by TEXT,
        claimed_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER pack_imports_never_change BEFORE UPDATE ON pack_imports
      BEGIN SELECT RAISE(ABORT, 'the record of a pack import never changes'); END;
      CREATE TRIGGER pack_imports_never_deleted BEFORE DELETE ON pack_imports
      BEGIN SELECT RAISE(ABORT, 'the record of a pack import is kept'); END;

      ALTER TABLE fact_versions ADD COLUMN pack_import_id INTEGER REFERENCES pack_imports (id);
      ALTER TABLE fact_status_changes ADD COLUMN pack_import_id INTEGER REFERENCES pack_imports (id);
      ALTER TABLE evidence ADD COLUMN pack_import_id INTEGER REFERENCES pack_imports (id);

      CREATE TABLE pack_changes (
        id INTEGER PRIMARY KEY,
        pack_import_id INTEGER NOT NULL REFERENCES pack_imports (id),
        fact_id TEXT NOT NULL REFERENCES facts (id),
        base_version INTEGER NOT NULL,          -- the fact's current version when the pack arrived
        change_json TEXT NOT NULL CHECK (json_valid(change_json)),
        decision TEXT CHECK (decision IN ('accepted', 'rejected')),
        decided_by TEXT,
        decided_at TEXT,
        CHECK ((decision IS NULL) = (decided_by IS NULL) AND (decision IS NULL) = (decided_at IS NULL))
      ) STRICT;
      CREATE INDEX pack_changes_by_fact ON pack_changes (fact_id, id);
      CREATE INDEX pack_changes_pending ON pack_changes (id) WHERE decision IS NULL;
      CREATE TRIGGER pack_changes_decided_once BEFORE UPDATE ON pack_changes
      WHEN old.decision IS NOT NULL OR new.pack_import_id IS NOT old.pack_import_id OR new.fact_id IS NOT old.fact_id
        OR new.base_version IS NOT old.base_version OR new.change_json IS NOT old.change_json
      BEGIN SELECT RAISE(ABORT, 'a pack change is decided once and otherwise never changes'); END;
      CREATE TRIGGER pack_changes_never_deleted BEFORE DELETE ON pack_changes
      BEGIN SELECT RAISE(ABORT, 'a pack change is kept'); END;
    `);
  },
};
