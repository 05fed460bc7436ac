import type { DepartmentMigration } from './index';

/**
 * A source's metadata corrected after import, shared (issue 15): the desktop's
 * `source_metadata_changes` (SQLite 0085) as an append-only log, one row per changed field with
 * its value before and after (JSON, as the desktop stores them). A desktop that pulls a row sets
 * the field, so an original-language title (or any other editable field) edited on one desk
 * prints the same citations on every other; the latest row by seq wins. The source row itself
 * stays as first shared (sources are append-only); its current metadata is the row plus its changes.
 */
export const migration0050: DepartmentMigration = {
  version: 50,
  name: 'source-metadata-changes',
  sql: `
    CREATE TABLE briefing.source_metadata_changes (
      id uuid PRIMARY KEY,
      source_id text NOT NULL REFERENCES briefing.sources (id),
      field text NOT NULL CHECK (field IN ('title', 'originalTitle', 'publisher', 'authors', 'published', 'url', 'accessed', 'language', 'reliability')),
      old_value text NOT NULL CHECK (old_value::jsonb IS NOT NULL),
      new_value text NOT NULL CHECK (new_value::jsonb IS NOT NULL),
      changed_by text NOT NULL,
      changed_at text NOT NULL,
      seq bigint NOT NULL UNIQUE, recorded_by text NOT NULL, recorded_at timestamptz NOT NULL, desktop text NOT NULL
    );
    CREATE INDEX source_metadata_changes_by_source ON briefing.source_metadata_changes (source_id, seq);

    CREATE TRIGGER a_stamp BEFORE INSERT ON briefing.source_metadata_changes FOR EACH ROW EXECUTE FUNCTION briefing.stamp_row('changed_by');
    CREATE TRIGGER audit AFTER INSERT ON briefing.source_metadata_changes FOR EACH ROW EXECUTE FUNCTION briefing.write_audit('source_id', 'id');
    CREATE TRIGGER append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON briefing.source_metadata_changes
      FOR EACH STATEMENT EXECUTE FUNCTION briefing.refuse_rewrite();
    CREATE TRIGGER notify AFTER INSERT ON briefing.source_metadata_changes REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION briefing.notify_changes();

    REVOKE DELETE, TRUNCATE ON briefing.source_metadata_changes FROM CURRENT_USER;
    GRANT SELECT ON briefing.source_metadata_changes TO briefing_reader;
    -- Whoever may propose a source may correct its details, as on the desktop.
    GRANT INSERT ON briefing.source_metadata_changes TO briefing_drafter;
    ALTER TABLE briefing.source_metadata_changes ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
    CREATE POLICY pull ON briefing.source_metadata_changes FOR SELECT TO briefing_reader USING (true);
    CREATE POLICY propose ON briefing.source_metadata_changes FOR INSERT TO briefing_drafter WITH CHECK (true);

    -- Everything a desktop pulls gains the new kind: the view of 0010 stays as it was, under
    -- another name, and the pulled view is it plus the changes (one list of kinds, not two).
    ALTER VIEW briefing.changes RENAME TO changes_0010;
    CREATE VIEW briefing.changes AS
    SELECT seq, kind, key, row FROM briefing.changes_0010
    UNION ALL SELECT seq, 'source_metadata_changes', id::text, to_jsonb(r) FROM briefing.source_metadata_changes r;
    GRANT SELECT ON briefing.changes TO briefing_reader;
  `,
};
