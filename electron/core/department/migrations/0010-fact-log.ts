import type { DepartmentMigration } from './index';

/**
 * The department's fact log (issue 16), in schema `briefing`. It mirrors the desktop's
 * SQLite tables (electron/core/db/migrations 0010/0030) column for column, so a sync ships
 * rows 1:1, plus, on every row, server columns the desktop never writes:
 *
 * - `seq`: from `change_seq`, the cursor a desktop pulls after. A plain sequence is not
 *   commit-ordered (a transaction can take 5, another 6 and commit first; a pull at that
 *   moment would return 6 and move its cursor past 5 for ever). So `stamp_row` takes one
 *   transaction-scoped advisory lock before `nextval`: a writer holds it until it commits or
 *   rolls back, so no other transaction can draw a number meanwhile, and every committed seq
 *   is visible before any larger one. `WHERE seq > cursor` never skips a row. The price is
 *   that writing transactions run one at a time, which a department's curation rate allows.
 * - `recorded_by` (current_user), `recorded_at`, `desktop` (the `briefing.desktop` setting the
 *   app sends at connection, else application_name): who wrote the row, when, from where.
 *   The "by" column the desktop mirrors (created_by, added_by, changed_by, chosen_by) is set
 *   to current_user too: a PostgreSQL role is the person's identity here, not a typed name.
 *
 * Everything is append-only: UPDATE, DELETE and TRUNCATE are refused by triggers (the
 * grants of 0020 never allow them either). `facts` holds only a fact's identity; its current
 * state is the view `facts_current` (latest version, latest status change).
 */
/** The server's columns on every row, set by stamp_row (written out here, once, for this migration only). */
const stamped = 'seq bigint NOT NULL UNIQUE, recorded_by text NOT NULL, recorded_at timestamptz NOT NULL, desktop text NOT NULL';

export const migration0010: DepartmentMigration = {
  version: 10,
  name: 'fact-log',
  sql: `
    CREATE SEQUENCE briefing.change_seq AS bigint;

    -- Server columns and the mirrored "by" column (TG_ARGV[0]) for every new row; see above
    -- for why the lock makes seq commit-ordered. Runs as the writer, so current_user is them.
    CREATE FUNCTION briefing.stamp_row() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $fn$
    DECLARE
      stamp jsonb;
    BEGIN
      PERFORM pg_advisory_xact_lock(7236504213374902016);
      stamp := jsonb_build_object(
        'seq', nextval('briefing.change_seq'),
        'recorded_by', current_user::text,
        'recorded_at', now(),
        'desktop', coalesce(nullif(current_setting('briefing.desktop', true), ''), nullif(current_setting('application_name', true), ''), 'unknown'));
      IF TG_NARGS > 0 THEN
        stamp := stamp || jsonb_build_object(TG_ARGV[0], current_user::text);
      END IF;
      NEW := jsonb_populate_record(NEW, stamp);
      RETURN NEW;
    END
    $fn$;

    CREATE FUNCTION briefing.refuse_rewrite() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $fn$
    BEGIN
      RAISE EXCEPTION 'briefing.% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege', HINT = 'Write a new version, status change or alias instead.';
    END
    $fn$;

    CREATE TABLE briefing.sources (
      id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
      title text NOT NULL,
      publisher text,
      authors text NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(authors::jsonb) = 'array'),
      published text,
      url text,
      accessed text,
      language text,
      reliability text NOT NULL CHECK (reliability IN ('official', 'wire', 'press', 'secondary', 'unknown')),
      text text NOT NULL,
      text_length integer NOT NULL CHECK (text_length >= 0),
      -- A text moves once, by its hash: the same text is never stored twice, and the hash is proven here.
      sha256 text NOT NULL UNIQUE CONSTRAINT sha256_is_of_text CHECK (sha256 = encode(sha256(convert_to(text, 'UTF8')), 'hex')),
      imported_at text NOT NULL,
      file_name text,
      format text CHECK (format IN ('txt', 'md', 'html', 'docx', 'pdf')),
      ${stamped}
    );

    -- A fact's identity. Its creator is recorded_by (the four-eyes rule of 0020 reads it).
    CREATE TABLE briefing.facts (
      id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
      created_at text NOT NULL,
      ${stamped}
    );

    -- id: minted by the desktop (a time-ordered UUID), so a retried push is recognised.
    -- based_on: the version this one revises; two versions on the same base = a diverged fact.
    CREATE TABLE briefing.fact_versions (
      id uuid NOT NULL UNIQUE,
      fact_id text NOT NULL REFERENCES briefing.facts (id),
      version integer NOT NULL CHECK (version >= 1),
      based_on integer CHECK (based_on < version),
      statement text NOT NULL,
      metric text,
      subject text,
      value_low double precision,
      value_high double precision,
      unit text,
      qualifier text,
      period text,
      claimant text,
      topics text NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(topics::jsonb) = 'array'),
      notes text NOT NULL DEFAULT '',
      reason text NOT NULL,
      created_at text NOT NULL,
      created_by text NOT NULL,
      ${stamped},
      PRIMARY KEY (fact_id, version),
      FOREIGN KEY (fact_id, based_on) REFERENCES briefing.fact_versions (fact_id, version),
      CHECK ((version = 1) = (based_on IS NULL))
    );

    CREATE TABLE briefing.evidence (
      id uuid NOT NULL UNIQUE,
      fact_id text NOT NULL REFERENCES briefing.facts (id),
      n integer NOT NULL CHECK (n >= 1),
      source_id text NOT NULL REFERENCES briefing.sources (id),
      exact text NOT NULL CHECK (length(exact) > 0),
      prefix text NOT NULL,
      suffix text NOT NULL,
      start_offset integer NOT NULL CHECK (start_offset >= 0),
      end_offset integer NOT NULL CHECK (end_offset >= start_offset),
      added_at text NOT NULL,
      added_by text NOT NULL,
      ${stamped},
      PRIMARY KEY (fact_id, n)
    );
    CREATE INDEX evidence_by_source ON briefing.evidence (source_id);

    -- The desktop numbers its status changes locally (seq INTEGER PRIMARY KEY); here each has the
    -- id the desktop minted for its outbox instead, and the server's seq orders them.
    CREATE TABLE briefing.fact_status_changes (
      id uuid PRIMARY KEY,
      fact_id text NOT NULL REFERENCES briefing.facts (id),
      status text NOT NULL CHECK (status IN ('unverified', 'verified', 'disputed', 'retracted')),
      changed_by text NOT NULL,
      changed_at text NOT NULL,
      reason text NOT NULL,
      ${stamped}
    );
    CREATE INDEX fact_status_changes_by_fact ON briefing.fact_status_changes (fact_id, seq);

    -- Another id that means this fact (a desktop's local id, or a duplicate merged by a curator),
    -- so a note citing the old id still finds the department's fact.
    CREATE TABLE briefing.fact_aliases (
      alias text PRIMARY KEY CHECK (length(alias) BETWEEN 1 AND 200),
      fact_id text NOT NULL REFERENCES briefing.facts (id),
      reason text NOT NULL,
      created_at text NOT NULL,
      created_by text NOT NULL,
      ${stamped},
      CHECK (alias <> fact_id)
    );

    -- The desktop's conflict_preferences, as a log: the latest resolution of a claim wins.
    CREATE TABLE briefing.conflict_resolutions (
      id uuid PRIMARY KEY,
      metric text NOT NULL,
      subject text NOT NULL,
      period text NOT NULL,
      preferred_fact_id text NOT NULL REFERENCES briefing.facts (id),
      chosen_by text NOT NULL,
      chosen_at text NOT NULL,
      reason text NOT NULL,
      ${stamped}
    );

    -- Department rules the administrator may change, as a log (the latest row is in force):
    -- four_eyes = false lets a one-person office verify its own facts, and says who allowed it.
    CREATE TABLE briefing.department_policies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      four_eyes boolean NOT NULL,
      reason text NOT NULL CHECK (length(reason) > 0),
      ${stamped}
    );

    -- Who did what, when, from which desktop. Written only by the trigger below, which runs as
    -- the schema owner (SECURITY DEFINER) so nobody needs, or has, INSERT on it.
    CREATE TABLE briefing.audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      who text NOT NULL,
      login text NOT NULL,
      desktop text NOT NULL,
      client_addr inet,
      action text NOT NULL,
      table_name text NOT NULL,
      row_key text NOT NULL,
      change_seq bigint,
      detail jsonb NOT NULL
    );

    CREATE FUNCTION briefing.write_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $fn$
    DECLARE
      new_row jsonb := to_jsonb(NEW);
    BEGIN
      INSERT INTO briefing.audit_log (who, login, desktop, client_addr, action, table_name, row_key, change_seq, detail)
      VALUES (
        new_row ->> 'recorded_by', session_user, new_row ->> 'desktop', inet_client_addr(), lower(TG_OP), TG_TABLE_NAME,
        (SELECT string_agg(new_row ->> k, '@' ORDER BY i) FROM unnest(TG_ARGV) WITH ORDINALITY AS keys (k, i)),
        (new_row ->> 'seq')::bigint,
        new_row - 'text');  -- a source's text is in sources, once
      RETURN NULL;
    END
    $fn$;

    CREATE TRIGGER a_stamp BEFORE INSERT ON briefing.sources FOR EACH ROW EXECUTE FUNCTION briefing.stamp_row();
    CREATE TRIGGER a_stamp BEFORE INSERT ON briefing.facts FOR EACH ROW EXECUTE FUNCTION briefing.stamp_row();
    CREATE TRIGGER a_stamp BEFORE INSERT ON briefing.fact_versions FOR EACH ROW EXECUTE FUNCTION briefing.stamp_row('created_by');
    CREATE TRIGGER a_stamp BEFORE INSERT ON briefing.evidence FOR EACH ROW EXECUTE FUNCTION briefing.stamp_row('added_by');
    CREATE TRIGGER a_stamp BEFORE INSERT ON briefing.fact_status_changes FOR EACH ROW EXECUTE FUNCTION briefing.stamp_row('changed_by');
    CREATE TRIGGER a_stamp BEFORE INSERT ON briefing.fact_aliases FOR EACH ROW EXECUTE FUNCTION briefing.stamp_row('created_by');
    CREATE TRIGGER a_stamp BEFORE INSERT ON briefing.conflict_resolutions FOR EACH ROW EXECUTE FUNCTION briefing.stamp_row('chosen_by');

    CREATE TRIGGER a_stamp BEFORE INSERT ON briefing.department_policies FOR EACH ROW EXECUTE FUNCTION briefing.stamp_row();
    CREATE TRIGGER audit AFTER INSERT ON briefing.department_policies FOR EACH ROW EXECUTE FUNCTION briefing.write_audit('id');
    CREATE TRIGGER audit AFTER INSERT ON briefing.sources FOR EACH ROW EXECUTE FUNCTION briefing.write_audit('id');
    CREATE TRIGGER audit AFTER INSERT ON briefing.facts FOR EACH ROW EXECUTE FUNCTION briefing.write_audit('id');
    CREATE TRIGGER audit AFTER INSERT ON briefing.fact_versions FOR EACH ROW EXECUTE FUNCTION briefing.write_audit('fact_id', 'version');
    CREATE TRIGGER audit AFTER INSERT ON briefing.evidence FOR EACH ROW EXECUTE FUNCTION briefing.write_audit('fact_id', 'n');
    CREATE TRIGGER audit AFTER INSERT ON briefing.fact_status_changes FOR EACH ROW EXECUTE FUNCTION briefing.write_audit('fact_id', 'id');
    CREATE TRIGGER audit AFTER INSERT ON briefing.fact_aliases FOR EACH ROW EXECUTE FUNCTION briefing.write_audit('alias');
    CREATE TRIGGER audit AFTER INSERT ON briefing.conflict_resolutions FOR EACH ROW EXECUTE FUNCTION briefing.write_audit('id');

    DO $do$
    DECLARE
      t text;
    BEGIN
      FOREACH t IN ARRAY ARRAY['sources', 'facts', 'fact_versions', 'evidence', 'fact_status_changes', 'fact_aliases', 'conflict_resolutions', 'department_policies', 'audit_log'] LOOP
        -- Per statement, so it refuses even when row-level security leaves the statement no rows.
        EXECUTE format('CREATE TRIGGER append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON briefing.%I FOR EACH STATEMENT EXECUTE FUNCTION briefing.refuse_rewrite()', t);
      END LOOP;
    END
    $do$;

    -- The desktop's facts row, derived: latest version and latest status change (by seq, which is
    -- commit order). A revision of a verified fact is followed by an 'unverified' change, as on the desktop.
    CREATE VIEW briefing.facts_current AS
    SELECT f.id, v.version AS current_version, coalesce(s.status, 'unverified') AS status,
      CASE WHEN s.status = 'verified' THEN s.changed_by END AS verified_by,
      CASE WHEN s.status = 'verified' THEN s.changed_at END AS verified_at,
      v.metric, v.subject, v.period, v.value_low, v.value_high, f.created_at,
      greatest(v.created_at, s.changed_at) AS updated_at,
      f.recorded_by AS creator, v.created_by AS latest_reviser
    FROM briefing.facts f
    JOIN LATERAL (SELECT * FROM briefing.fact_versions x WHERE x.fact_id = f.id ORDER BY x.version DESC LIMIT 1) v ON true
    LEFT JOIN LATERAL (SELECT * FROM briefing.fact_status_changes y WHERE y.fact_id = f.id ORDER BY y.seq DESC LIMIT 1) s ON true;

    -- Everything a desktop pulls, in one order: SELECT ... WHERE seq > cursor ORDER BY seq.
    CREATE VIEW briefing.changes AS
    SELECT seq, 'sources' AS kind, id AS key, to_jsonb(r) AS row FROM briefing.sources r
    UNION ALL SELECT seq, 'facts', id, to_jsonb(r) FROM briefing.facts r
    UNION ALL SELECT seq, 'fact_versions', fact_id || '@' || version, to_jsonb(r) FROM briefing.fact_versions r
    UNION ALL SELECT seq, 'evidence', fact_id || '.e' || n, to_jsonb(r) FROM briefing.evidence r
    UNION ALL SELECT seq, 'fact_status_changes', id::text, to_jsonb(r) FROM briefing.fact_status_changes r
    UNION ALL SELECT seq, 'fact_aliases', alias, to_jsonb(r) FROM briefing.fact_aliases r
    UNION ALL SELECT seq, 'conflict_resolutions', id::text, to_jsonb(r) FROM briefing.conflict_resolutions r
    UNION ALL SELECT seq, 'department_policies', id::text, to_jsonb(r) FROM briefing.department_policies r;
  `,
};
