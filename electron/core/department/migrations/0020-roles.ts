import type { DepartmentMigration } from './index';

/**
 * Who may write what, enforced by PostgreSQL itself (issue 16), so a person connected with
 * plain psql meets the same refusals as the app:
 *
 *   briefing_reader   pulls (SELECT)
 *   briefing_drafter  + proposes sources, facts (version 1, unverified) and quotes on unverified facts
 *   briefing_curator  + revises, verifies, disputes, retracts, adds aliases, resolves conflicts
 *   briefing_admin    + sets department policies, reads the audit log
 *
 * Each role includes the one above it. Grants say which tables a role may INSERT into (none may
 * UPDATE, DELETE or TRUNCATE anything); row-level security, FORCEd so the owner is bound too,
 * says which rows. Four eyes: a fact is verified only by a curator who neither created it nor
 * wrote its latest version, unless the latest department policy (written by an administrator,
 * with a reason) relaxes it for a one-person office. Group roles are cluster-wide: every
 * department database in one cluster shares them.
 */
export const migration0020: DepartmentMigration = {
  version: 20,
  name: 'roles',
  sql: `
    DO $do$
    DECLARE
      r text;
    BEGIN
      FOREACH r IN ARRAY ARRAY['briefing_reader', 'briefing_drafter', 'briefing_curator', 'briefing_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
          EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
      END LOOP;
      IF NOT pg_has_role('briefing_drafter', 'briefing_reader', 'MEMBER') THEN GRANT briefing_reader TO briefing_drafter; END IF;
      IF NOT pg_has_role('briefing_curator', 'briefing_drafter', 'MEMBER') THEN GRANT briefing_drafter TO briefing_curator; END IF;
      IF NOT pg_has_role('briefing_admin', 'briefing_curator', 'MEMBER') THEN GRANT briefing_curator TO briefing_admin; END IF;
      -- An administrator who is not a superuser owns the schema and, with FORCE ROW LEVEL
      -- SECURITY, is bound by the policies like everyone else: make them a briefing_admin.
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AND NOT pg_has_role(current_user, 'briefing_admin', 'MEMBER') THEN
        EXECUTE format('GRANT briefing_admin TO %I', current_user);
      END IF;
    END
    $do$;

    -- Curation rules the desktop's facts service also keeps (core/facts/fact-store.ts), here so
    -- no client can skip them. Runs as the writer: every check reads what that role may read.
    CREATE FUNCTION briefing.check_status_change() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $fn$
    DECLARE
      latest text;
      creator text;
      reviser text;
      four_eyes boolean;
    BEGIN
      SELECT s.status INTO latest FROM briefing.fact_status_changes s WHERE s.fact_id = NEW.fact_id ORDER BY s.seq DESC LIMIT 1;
      IF latest = 'retracted' AND NEW.status <> 'retracted' THEN
        RAISE EXCEPTION 'fact % was retracted; a retracted fact stays retracted', NEW.fact_id USING ERRCODE = 'check_violation';
      END IF;
      IF NEW.status <> 'verified' THEN
        RETURN NEW;
      END IF;
      SELECT p.four_eyes INTO four_eyes FROM briefing.department_policies p ORDER BY p.seq DESC LIMIT 1;
      IF NOT coalesce(four_eyes, true) THEN
        RETURN NEW;
      END IF;
      SELECT f.recorded_by INTO creator FROM briefing.facts f WHERE f.id = NEW.fact_id;
      SELECT v.created_by INTO reviser FROM briefing.fact_versions v WHERE v.fact_id = NEW.fact_id ORDER BY v.version DESC LIMIT 1;
      IF current_user::text IN (creator, reviser) THEN
        RAISE EXCEPTION 'four eyes: % created or last revised fact %, so another curator must verify it', current_user, NEW.fact_id
          USING ERRCODE = 'insufficient_privilege',
                HINT = 'An administrator can relax this for a one-person office by inserting into briefing.department_policies.';
      END IF;
      RETURN NEW;
    END
    $fn$;
    CREATE TRIGGER b_rules BEFORE INSERT ON briefing.fact_status_changes FOR EACH ROW EXECUTE FUNCTION briefing.check_status_change();

    CREATE FUNCTION briefing.refuse_retracted() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $fn$
    BEGIN
      IF (SELECT s.status FROM briefing.fact_status_changes s WHERE s.fact_id = NEW.fact_id ORDER BY s.seq DESC LIMIT 1) = 'retracted' THEN
        RAISE EXCEPTION 'fact % was retracted and cannot be revised or given new quotes', NEW.fact_id USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END
    $fn$;
    CREATE TRIGGER b_rules BEFORE INSERT ON briefing.fact_versions FOR EACH ROW EXECUTE FUNCTION briefing.refuse_retracted();
    CREATE TRIGGER b_rules BEFORE INSERT ON briefing.evidence FOR EACH ROW EXECUTE FUNCTION briefing.refuse_retracted();

    -- Grants: nothing for PUBLIC; INSERT and SELECT only, per role. nextval needs USAGE on the sequence.
    REVOKE ALL ON SCHEMA briefing FROM PUBLIC;
    GRANT USAGE ON SCHEMA briefing TO briefing_reader;
    REVOKE ALL ON ALL TABLES IN SCHEMA briefing FROM PUBLIC;
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA briefing FROM PUBLIC;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA briefing FROM PUBLIC;
    GRANT SELECT ON briefing.sources, briefing.facts, briefing.fact_versions, briefing.evidence, briefing.fact_status_changes,
      briefing.fact_aliases, briefing.conflict_resolutions, briefing.department_policies, briefing.facts_current,
      briefing.changes, briefing.schema_migrations TO briefing_reader;
    GRANT INSERT ON briefing.sources, briefing.facts, briefing.fact_versions, briefing.evidence TO briefing_drafter;
    GRANT USAGE ON SEQUENCE briefing.change_seq TO briefing_drafter;
    GRANT INSERT ON briefing.fact_status_changes, briefing.fact_aliases, briefing.conflict_resolutions TO briefing_curator;
    GRANT INSERT ON briefing.department_policies TO briefing_admin;
    GRANT SELECT ON briefing.audit_log TO briefing_admin;
    -- Not even the owner deletes history. The owner keeps UPDATE only because foreign-key checks
    -- lock the referenced row as the owner (FOR KEY SHARE needs it); the append_only triggers of
    -- 0010 refuse every UPDATE.
    REVOKE DELETE, TRUNCATE ON ALL TABLES IN SCHEMA briefing FROM CURRENT_USER;

    -- Row-level security, forced so the owner is bound too (a superuser is not: PostgreSQL exempts it).
    DO $do$
    DECLARE
      t text;
    BEGIN
      FOREACH t IN ARRAY ARRAY['sources', 'facts', 'fact_versions', 'evidence', 'fact_status_changes', 'fact_aliases',
                               'conflict_resolutions', 'department_policies'] LOOP
        EXECUTE format('ALTER TABLE briefing.%I ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY pull ON briefing.%I FOR SELECT TO briefing_reader USING (true)', t);
      END LOOP;
    END
    $do$;
    ALTER TABLE briefing.audit_log ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
    CREATE POLICY read_audit ON briefing.audit_log FOR SELECT TO briefing_admin USING (true);
    -- Only the schema owner holds INSERT on the audit log; its trigger runs as that owner.
    CREATE POLICY write_audit ON briefing.audit_log FOR INSERT WITH CHECK (true);

    CREATE POLICY propose ON briefing.sources FOR INSERT TO briefing_drafter WITH CHECK (true);
    CREATE POLICY propose ON briefing.facts FOR INSERT TO briefing_drafter WITH CHECK (true);
    -- A drafter writes only the first version of a fact they created; later versions are revisions.
    CREATE POLICY propose ON briefing.fact_versions FOR INSERT TO briefing_drafter
      WITH CHECK (version = 1 AND EXISTS (SELECT 1 FROM briefing.facts f WHERE f.id = fact_versions.fact_id AND f.recorded_by = current_user));
    CREATE POLICY revise ON briefing.fact_versions FOR INSERT TO briefing_curator WITH CHECK (true);
    -- A drafter's quote goes only to a fact nobody has verified, disputed or retracted.
    CREATE POLICY propose ON briefing.evidence FOR INSERT TO briefing_drafter
      WITH CHECK (coalesce((SELECT s.status FROM briefing.fact_status_changes s WHERE s.fact_id = evidence.fact_id ORDER BY s.seq DESC LIMIT 1), 'unverified') = 'unverified');
    CREATE POLICY curate ON briefing.evidence FOR INSERT TO briefing_curator WITH CHECK (true);
    CREATE POLICY curate ON briefing.fact_status_changes FOR INSERT TO briefing_curator WITH CHECK (true);
    CREATE POLICY curate ON briefing.fact_aliases FOR INSERT TO briefing_curator WITH CHECK (true);
    CREATE POLICY curate ON briefing.conflict_resolutions FOR INSERT TO briefing_curator WITH CHECK (true);
    CREATE POLICY administer ON briefing.department_policies FOR INSERT TO briefing_admin WITH CHECK (true);

    INSERT INTO briefing.department_policies (four_eyes, reason)
    VALUES (true, 'default: a fact is verified by a curator who neither created nor last revised it');
  `,
};
