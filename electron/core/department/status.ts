/** `briefing department status`: what a department holds and what the connected role may do. */
import type pg from 'pg';
import { DepartmentError } from './connection';
import { departmentSchemaVersion } from './migrate';
import { latestDepartmentVersion } from './migrations/index';

import { departmentRoles } from '../../../shared/contract/department';

export { departmentRoles };
export type DepartmentRole = (typeof departmentRoles)[number];

export interface DepartmentStatus {
  schemaVersion: number;
  /** The newest schema this Briefing Studio knows. */
  latestKnownVersion: number;
  role: string;
  /** The department roles the connected role acts with (inherited membership). */
  memberOf: DepartmentRole[];
  fourEyes: boolean;
  counts: { sources: number; facts: number; factVersions: number; evidence: number; statusChanges: number; aliases: number };
  /** The highest change sequence a desktop could pull up to. */
  lastChange: number;
}

export async function departmentStatus(client: pg.ClientBase): Promise<DepartmentStatus> {
  // Catalogue reads anyone may make, so a role outside the department hears why, not "permission denied".
  const who = await client.query<{ role: string; schema: boolean; reader: boolean; drafter: boolean; curator: boolean; admin: boolean }>(`
    SELECT current_user AS role, EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'briefing') AS schema,
      coalesce((SELECT pg_has_role(oid, 'USAGE') FROM pg_roles WHERE rolname = 'briefing_reader'), false) AS reader,
      coalesce((SELECT pg_has_role(oid, 'USAGE') FROM pg_roles WHERE rolname = 'briefing_drafter'), false) AS drafter,
      coalesce((SELECT pg_has_role(oid, 'USAGE') FROM pg_roles WHERE rolname = 'briefing_curator'), false) AS curator,
      coalesce((SELECT pg_has_role(oid, 'USAGE') FROM pg_roles WHERE rolname = 'briefing_admin'), false) AS admin`);
  const me = who.rows[0]!;
  if (!me.schema) {
    throw new DepartmentError('This database holds no department store (no schema "briefing"): an administrator runs `briefing department init --url …` first.', { reason: 'notInitialised' });
  }
  const memberOf = departmentRoles.filter((r) => me[r.replace('briefing_', '') as 'reader' | 'drafter' | 'curator' | 'admin']);
  if (memberOf.length === 0) {
    throw new DepartmentError(`Role "${me.role}" is in none of the department's roles; an administrator grants one, e.g. GRANT briefing_reader TO "${me.role}".`, { reason: 'notMember' });
  }
  const schemaVersion = await departmentSchemaVersion(client);
  const { rows } = await client.query<Record<string, string | boolean | null>>(`
    SELECT (SELECT count(*) FROM briefing.sources) AS sources,
      (SELECT count(*) FROM briefing.facts) AS facts,
      (SELECT count(*) FROM briefing.fact_versions) AS fact_versions,
      (SELECT count(*) FROM briefing.evidence) AS evidence,
      (SELECT count(*) FROM briefing.fact_status_changes) AS status_changes,
      (SELECT count(*) FROM briefing.fact_aliases) AS aliases,
      (SELECT coalesce(max(seq), 0) FROM briefing.changes) AS last_change,
      (SELECT four_eyes FROM briefing.department_policies ORDER BY seq DESC LIMIT 1) AS four_eyes`);
  const r = rows[0]!;
  return {
    schemaVersion,
    latestKnownVersion: latestDepartmentVersion,
    role: me.role,
    memberOf,
    fourEyes: r.four_eyes !== false,
    counts: {
      sources: Number(r.sources),
      facts: Number(r.facts),
      factVersions: Number(r.fact_versions),
      evidence: Number(r.evidence),
      statusChanges: Number(r.status_changes),
      aliases: Number(r.aliases),
    },
    lastChange: Number(r.last_change),
  };
}
