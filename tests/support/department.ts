/** Helpers for desktops of a department in tests and trials (issue 16): contract calls on a data folder, libpq's password file. */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices } from '../../electron/core/app/services';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api';
import { connectDepartment } from '../../electron/core/department/connection';
import { initDepartment } from '../../electron/core/department/migrate';
import { projectRoot } from './host';
import { startPostgres, type PgCluster } from './postgres';

/** A contract call on a desk's store, as the app makes it; the store is closed afterwards. */
export async function callOnDesk<M extends MethodName>(desk: string, method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  return withDesk(desk, (call) => call(method, request));
}

/** Contract calls on a desk's store opened once for all of them (a trial's burst of edits), closed afterwards. */
export async function withDesk<T>(desk: string, work: (call: <M extends MethodName>(method: M, request: RequestOf<M>) => Promise<ResponseOf<M>>) => Promise<T>): Promise<T> {
  const services = openAppServices({ dataDir: desk, resourcesDir: join(projectRoot, 'resources'), version: 'test', transport: 'electron' });
  try {
    const dispatch = createDispatcher(services.handlers);
    return await work(async (method, request) => {
      const envelope = await dispatch(method, request);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.result as ResponseOf<typeof method>;
    });
  } finally {
    await services.close();
  }
}

/**
 * Writes libpq's password file for `passwords` (role -> password) on database `database`, and
 * points PGPASSFILE at it: the desktops' stored URLs name no password, as in a department.
 */
export function usePgpass(dir: string, port: number, database: string, passwords: Record<string, string>): void {
  const file = join(dir, 'pgpass');
  writeFileSync(file, Object.entries(passwords).map(([user, p]) => `127.0.0.1:${port}:${database}:${user}:${p.replace(/[:\\]/g, '\\$&')}\n`).join(''));
  chmodSync(file, 0o600);
  process.env.PGPASSFILE = file;
  delete process.env.PGPASSWORD;
}

/**
 * A throw-away cluster holding a department store in database `dept` (`briefing department
 * init`), with one login role per person: `people` maps a role to its password and group.
 */
export async function startDepartment(people: Record<string, { password: string; group: 'briefing_reader' | 'briefing_drafter' | 'briefing_curator' | 'briefing_admin' }>): Promise<PgCluster> {
  const pgc = await startPostgres();
  pgc.createDatabase('dept');
  const admin = await connectDepartment(pgc.url('postgres', pgc.superuserPassword, 'dept'), { desktop: 'setup' });
  try {
    await initDepartment(admin.client);
    for (const [role, { password, group }] of Object.entries(people)) {
      await admin.client.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password.replace(/'/g, "''")}' IN ROLE ${group}`);
    }
  } finally {
    await admin.close();
  }
  return pgc;
}
