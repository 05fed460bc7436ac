/**
 * `briefing department init`: creates or migrates a department's schema (issue 16). Run by an
 * administrator (a superuser, or a role with CREATEROLE and CREATE on the database). Safe to
 * run again: applied migrations are skipped; two administrators running it at once are
 * serialised by an advisory lock. Each migration commits on its own with its row in
 * `briefing.schema_migrations`, so an interrupted init resumes where it stopped.
 */
import type pg from 'pg';
import { DepartmentError } from './connection';
import { departmentMigrations, latestDepartmentVersion } from './migrations/index';

/** Any constant: only `init` takes it, for the length of one run. */
const initLockKey = 7236504213374902017n;

export interface InitReport {
  /** Schema version before and after (0 = no department schema). */
  from: number;
  to: number;
  applied: { version: number; name: string }[];
}

export async function departmentSchemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ present: boolean }>(`SELECT to_regclass('briefing.schema_migrations') IS NOT NULL AS present`);
  if (!exists.rows[0]?.present) return 0;
  const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM briefing.schema_migrations');
  return rows[0]?.version ?? 0;
}

async function refuseNonAdministrator(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ role: string; super: boolean; createrole: boolean; create_in_db: boolean; owns_schema: boolean | null }>(`
    SELECT current_user AS role, r.rolsuper AS super, r.rolcreaterole AS createrole,
      has_database_privilege(current_database(), 'CREATE') AS create_in_db,
      (SELECT n.nspowner = r.oid FROM pg_namespace n WHERE n.nspname = 'briefing') AS owns_schema
    FROM pg_roles r WHERE r.rolname = current_user`);
  const me = rows[0]!;
  if (me.super) return;
  if (!me.createrole) {
    throw new DepartmentError(
      `department init must be run by a PostgreSQL administrator: role "${me.role}" may not create roles (it needs CREATEROLE, or to be a superuser). Nothing was changed.`,
    );
  }
  if (me.owns_schema === false) {
    throw new DepartmentError(`The schema "briefing" in this database belongs to another role, not "${me.role}": ask its owner to run department init. Nothing was changed.`);
  }
  if (me.owns_schema === null && !me.create_in_db) {
    throw new DepartmentError(`Role "${me.role}" may not create schemas in this database (it needs CREATE on it). Nothing was changed.`);
  }
}

/** Brings the department schema to `target` (the latest by default; tests migrate step by step). */
export async function initDepartment(client: pg.ClientBase, target = latestDepartmentVersion): Promise<InitReport> {
  await client.query('SELECT pg_advisory_lock($1)', [initLockKey.toString()]);
  try {
    await refuseNonAdministrator(client);
    const from = await departmentSchemaVersion(client);
    if (from > latestDepartmentVersion) {
      throw new DepartmentError(
        `This department's schema (version ${from}) was written by a newer Briefing Studio, which understands up to ${latestDepartmentVersion}. Update Briefing Studio; nothing was changed.`,
      );
    }
    const pending = departmentMigrations.filter((m) => m.version > from && m.version <= target);
    if (pending.length === 0) return { from, to: from, applied: [] };
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS briefing;
      CREATE TABLE IF NOT EXISTS briefing.schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        applied_by text NOT NULL DEFAULT current_user
      );`);
    const applied: InitReport['applied'] = [];
    for (const m of pending) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO briefing.schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        const name = `${String(m.version).padStart(4, '0')}-${m.name}`;
        throw new DepartmentError(`Department migration ${name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
      }
      applied.push({ version: m.version, name: m.name });
    }
    return { from, to: applied[applied.length - 1]!.version, applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [initLockKey.toString()]);
  }
}
