import type { Migration } from './index';

/**
 * The department replica (issue 16, docs/DEPARTMENT.md): this store as a replica of a
 * department's PostgreSQL fact store plus its own local facts.
 *
 * - `department_link`: at most one row, written when the data folder joins a department:
 *   the URL WITHOUT its password (the password stays in PGPASSWORD / ~/.pgpass, or Electron's
 *   safeStorage), this desktop's id, the PostgreSQL role, and `pulled_seq`, the cursor: the
 *   department's change sequence up to which this replica has applied everything.
 * - `department_outbox`: local changes waiting to be pushed, one row per record, `id` a
 *   time-ordered UUIDv7 minted when the change was made (and stored as the record's
 *   `change_id`), so a retried push is recognised by the server and never duplicates.
 *   `kind` names the department table the record goes to: adding a kind (aliases, fact
 *   translations) is a new entry in core/department/sync/record-kinds.ts, not a new table.
 * - `department_sources`: which local source holds the text of a department source (the same
 *   text under another id, recognised by sha256): a text moves once.
 * - `facts.origin`: 'local' (only here, never sent), 'shared' (made while joined, waiting to
 *   be pushed) or 'department' (the department holds it).
 * - `change_id` on versions, quotes and status changes: the id the department knows them by.
 * - `fact_versions.based_on`: the version a revision revised; two versions of one fact on the
 *   same base are a diverged fact (two desktops revised it offline), both kept.
 *
 * Versions and quotes stay immutable, with one exception: a version or quote this desktop
 * wrote offline may move to the number the department gave it (another desktop's revision
 * took its number first). Only the number moves, only for a record with a change_id.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'department-replica',
  up(db) {
    db.exec(`
      CREATE TABLE department_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        url TEXT NOT NULL CHECK (url NOT GLOB '*://*:*@*'),  -- never a password
        desktop_id TEXT NOT NULL,
        role TEXT NOT NULL,
        pulled_seq INTEGER NOT NULL DEFAULT 0 CHECK (pulled_seq >= 0),
        joined_at TEXT NOT NULL,
        last_sync_at TEXT,
        last_error TEXT
      ) STRICT;

      CREATE TABLE department_outbox (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        fact_id TEXT,
        row_json TEXT NOT NULL CHECK (json_valid(row_json)),
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      ) STRICT;

      CREATE TABLE department_sources (
        department_id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources (id)
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE facts ADD COLUMN origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'shared', 'department'));
      ALTER TABLE fact_versions ADD COLUMN change_id TEXT;
      ALTER TABLE fact_versions ADD COLUMN based_on INTEGER;
      ALTER TABLE evidence ADD COLUMN change_id TEXT;
      ALTER TABLE fact_status_changes ADD COLUMN change_id TEXT;
      CREATE UNIQUE INDEX fact_versions_by_change ON fact_versions (change_id) WHERE change_id IS NOT NULL;
      CREATE UNIQUE INDEX evidence_by_change ON evidence (change_id) WHERE change_id IS NOT NULL;
      CREATE UNIQUE INDEX fact_status_changes_by_change ON fact_status_changes (change_id) WHERE change_id IS NOT NULL;

      DROP TRIGGER fact_versions_never_change;
      CREATE TRIGGER fact_versions_never_change BEFORE UPDATE ON fact_versions
      WHEN NOT (OLD.change_id IS NOT NULL AND NEW.change_id IS OLD.change_id AND NEW.fact_id IS OLD.fact_id
        AND NEW.statement IS OLD.statement AND NEW.metric IS OLD.metric AND NEW.subject IS OLD.subject
        AND NEW.value_low IS OLD.value_low AND NEW.value_high IS OLD.value_high AND NEW.unit IS OLD.unit
        AND NEW.qualifier IS OLD.qualifier AND NEW.period IS OLD.period AND NEW.claimant IS OLD.claimant
        AND NEW.topics IS OLD.topics AND NEW.notes IS OLD.notes AND NEW.reason IS OLD.reason
        AND NEW.created_at IS OLD.created_at AND NEW.created_by IS OLD.created_by AND NEW.based_on IS OLD.based_on
        AND NEW.pack_import_id IS OLD.pack_import_id)
      BEGIN SELECT RAISE(ABORT, 'fact versions are immutable: revise the fact to write a new version'); END;

      DROP TRIGGER evidence_never_changes;
      CREATE TRIGGER evidence_never_changes BEFORE UPDATE ON evidence
      WHEN NOT (OLD.change_id IS NOT NULL AND NEW.change_id IS OLD.change_id AND NEW.fact_id IS OLD.fact_id
        AND NEW.source_id IS OLD.source_id AND NEW.exact IS OLD.exact AND NEW.prefix IS OLD.prefix AND NEW.suffix IS OLD.suffix
        AND NEW.start_offset IS OLD.start_offset AND NEW.end_offset IS OLD.end_offset AND NEW.added_at IS OLD.added_at
        AND NEW.added_by IS OLD.added_by AND NEW.pack_import_id IS OLD.pack_import_id)
      BEGIN SELECT RAISE(ABORT, 'evidence is never edited: add new evidence instead'); END;
    `);
  },
};
