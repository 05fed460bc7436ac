/** Helpers for desktops of a department in tests and trials (issue 16): contract calls on a data folder, libpq's password file. */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices } from '../../electron/core/app/services';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api';
import { projectRoot } from './host';

/** A contract call on a desk's store, as the app makes it; the store is closed afterwards. */
export async function callOnDesk<M extends MethodName>(desk: string, method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const services = openAppServices({ dataDir: desk, resourcesDir: join(projectRoot, 'resources'), version: 'test', transport: 'electron' });
  try {
    const envelope = await createDispatcher(services.handlers)(method, request);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.result as ResponseOf<M>;
  } finally {
    services.close();
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
