/** A notes API over a real SQLite file in a temp dir, called through the real dispatcher. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiHandlers, MethodName, RequestOf, ResponseOf } from '../../shared/api';
import { ApiError, type ApiEnvelope } from '../../shared/errors';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices, type AppServices } from '../../electron/core/app/services';
import { notesHandlers } from '../../electron/core/notes/handlers';

export function tempDir(prefix = 'briefing-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A clock the test moves by hand; it starts at a fixed instant and stands still. */
export function manualClock(start = '2026-03-02T09:00:00.000Z') {
  let now = Date.parse(start);
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

export interface NotesApi {
  dir: string;
  services: AppServices;
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>>;
  /** Resolves to the error body of a call that must fail. */
  failure<M extends MethodName>(method: M, request: RequestOf<M> | Record<string, unknown>): Promise<ApiEnvelope<never> & { ok: false }>;
  close(): void;
}

export function openNotesApi(clock?: () => Date, dir = tempDir('briefing-notes-')): NotesApi {
  const services = openAppServices({
    dataDir: dir,
    resourcesDir: join(dir, 'no-resources'),
    version: '0.0.0-test',
    transport: 'cli',
  });
  const handlers: ApiHandlers = { ...services.handlers, ...notesHandlers(services.db, clock) };
  const dispatch = createDispatcher(handlers);
  return {
    dir,
    services,
    async call(method, request) {
      const envelope = await dispatch(method, request);
      if (!envelope.ok) throw ApiError.fromBody(envelope.error);
      return envelope.result as ResponseOf<typeof method>;
    },
    async failure(method, request) {
      const envelope = await dispatch(method, request);
      if (envelope.ok) throw new Error(`${method} was expected to fail but succeeded`);
      return envelope;
    },
    close() {
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
