/**
 * A fresh data directory opened the way the app opens one: on first run the shipped starter
 * store (resources/starter/briefing.sqlite) is copied in. Calls go through the real
 * dispatcher, so every request is checked against the contract.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices, type AppServices } from '../../electron/core/app/services';
import { appRoot } from '../../electron/core/paths';

export interface StarterApp {
  dataDir: string;
  services: AppServices;
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>>;
  /** The ApiError a call fails with (fails the test if it succeeds). */
  refusal<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ApiError>;
  close(): void;
}

export function openStarterApp(dataDir = mkdtempSync(join(tmpdir(), 'briefing-starter-app-'))): StarterApp {
  const services = openAppServices({ dataDir, resourcesDir: join(appRoot(), 'resources'), version: 'test', transport: 'cli' });
  const dispatch = createDispatcher(services.handlers);
  const call = async <M extends MethodName>(method: M, request: RequestOf<M>) => {
    const envelope = await dispatch(method, request);
    if (!envelope.ok) throw ApiError.fromBody(envelope.error);
    return envelope.result as ResponseOf<M>;
  };
  return {
    dataDir,
    services,
    call,
    async refusal(method, request) {
      const envelope = await dispatch(method, request);
      if (envelope.ok) throw new Error(`${method} succeeded but should have been refused`);
      return ApiError.fromBody(envelope.error);
    },
    close() {
      if (services.db.open) services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
