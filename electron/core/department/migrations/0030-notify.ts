import type { DepartmentMigration } from './index';

/**
 * Live updates (issue 16): when a transaction that wrote department rows commits, listeners on
 * channel `briefing_changes` hear, for each of its INSERT statements, the highest seq that
 * statement wrote, as text (the last one heard is the transaction's last). Only that: a NOTIFY
 * payload is capped at 8000 bytes and is lost while nobody listens, so a desktop treats it as
 * "something changed after seq N" and pulls after its own cursor (docs/DEPARTMENT.md).
 * PostgreSQL delivers notifications at commit and drops those of a rolled-back transaction.
 */
export const migration0030: DepartmentMigration = {
  version: 30,
  name: 'notify',
  sql: `
    CREATE FUNCTION briefing.notify_changes() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $fn$
    DECLARE
      last_seq bigint;
    BEGIN
      SELECT max(seq) INTO last_seq FROM new_rows;
      IF last_seq IS NOT NULL THEN
        PERFORM pg_notify('briefing_changes', last_seq::text);
      END IF;
      RETURN NULL;
    END
    $fn$;
    REVOKE ALL ON FUNCTION briefing.notify_changes() FROM PUBLIC;

    DO $do$
    DECLARE
      t text;
    BEGIN
      FOREACH t IN ARRAY ARRAY['sources', 'facts', 'fact_versions', 'evidence', 'fact_status_changes', 'fact_aliases',
                               'conflict_resolutions', 'department_policies'] LOOP
        EXECUTE format('CREATE TRIGGER notify AFTER INSERT ON briefing.%I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION briefing.notify_changes()', t);
      END LOOP;
    END
    $do$;
  `,
};
