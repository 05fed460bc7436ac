/**
 * The department store as the app sees it (issue 16, docs/DEPARTMENT.md): connect, test and
 * disconnect from Settings, the status bar's sync state, and the diverged facts a curator
 * resolves. The URL never carries a password; in Electron a typed password is kept with
 * safeStorage, in browser mode it comes from PGPASSWORD or ~/.pgpass only.
 */
import { z } from 'zod';
import { request } from './define';

export const departmentRoles = ['briefing_reader', 'briefing_drafter', 'briefing_curator', 'briefing_admin'] as const;
export const DepartmentRoleName = z.enum(departmentRoles);

/** Two versions revised from the same one on two desktops: both kept, for a curator. */
export const DivergedFact = z.object({
  factId: z.string(),
  versions: z.array(z.object({ version: z.number().int(), basedOn: z.number().int(), statement: z.string(), createdBy: z.string(), createdAt: z.string() })),
});
export type DivergedFact = z.infer<typeof DivergedFact>;

export const DepartmentState = z.object({
  /** `none`: not joined; `synced`/`syncing`: the live link is up; `offline`: joined, no connection (changes wait). */
  state: z.enum(['none', 'synced', 'syncing', 'offline']),
  /** Without a password, always. */
  url: z.string().nullable(),
  /** The PostgreSQL role: the user's name in the department's history. */
  role: z.string().nullable(),
  /** Local changes not yet in the department, and of those the ones it refused. */
  waiting: z.number().int(),
  refused: z.number().int(),
  lastSyncAt: z.string().nullable(),
  /** Why the link is offline: the catalogue message (`errors.<key>`) and its arguments. */
  offlineReason: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable(),
  /** Where the password comes from: this app's protected storage, or PGPASSWORD / ~/.pgpass (browser mode, CLI). */
  passwordStorage: z.enum(['safeStorage', 'environment']),
  passwordKept: z.boolean(),
  diverged: z.array(DivergedFact),
});
export type DepartmentState = z.infer<typeof DepartmentState>;

const Target = request({
  url: z.string().min(1).max(2000),
  /** Electron only; browser mode refuses it (the password comes from PGPASSWORD or ~/.pgpass). */
  password: z.string().max(1000).optional(),
});

export const DepartmentIdentity = z.object({
  role: z.string(),
  memberOf: z.array(DepartmentRoleName),
  /** The strongest department role the PostgreSQL role acts with. */
  departmentRole: z.enum(['reader', 'drafter', 'curator', 'admin']),
  database: z.string(),
  host: z.string(),
});
export type DepartmentIdentity = z.infer<typeof DepartmentIdentity>;

export const departmentContract = {
  'department.status': { request: request({}), response: DepartmentState },
  /** Connects once and says who you are there; stores nothing. */
  'department.test': { request: Target, response: DepartmentIdentity },
  /** Joins (stores the URL without password), then follows the department live. */
  'department.connect': { request: Target, response: DepartmentState, changesFacts: true },
  /** Leaves: local facts stay; changes not yet sent stay queued for a later connect. */
  'department.disconnect': { request: request({}), response: DepartmentState },
  'department.syncNow': { request: request({}), response: DepartmentState, changesFacts: true },
} as const;
