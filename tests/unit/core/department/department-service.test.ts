/**
 * The app's department service without a server (issue 16): browser mode keeps no password, a
 * URL carrying one is refused before anything connects, and a data folder that joined nothing
 * says so; each refusal is worded by the catalogues.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/core/api/dispatch';
import { openAppServices } from '../../../../electron/core/app/services';

const dataDir = mkdtempSync(join(tmpdir(), 'briefing-department-service-'));
const services = openAppServices({ dataDir, resourcesDir: join(dataDir, 'no-resources'), version: 'test', transport: 'browser' });
const dispatch = createDispatcher(services.handlers);
afterAll(() => {
  void services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const refusal = async (method: string, request: unknown) => {
  const answer = await dispatch(method, request);
  return answer.ok ? 'ok' : `${answer.error.code} ${answer.error.wording?.key ?? answer.error.message}`;
};

describe('the department service in browser mode', () => {
  it('joined nothing: no link, the password from the environment', async () => {
    expect(await dispatch('department.status', {})).toMatchObject({
      ok: true,
      result: { state: 'none', url: null, role: null, waiting: 0, passwordStorage: 'environment', passwordKept: false, diverged: [] },
    });
    expect(await refusal('department.syncNow', {})).toBe('not_found department.notJoined');
  });

  it('refuses a typed password and a URL carrying one, before connecting anywhere', async () => {
    expect(await refusal('department.test', { url: 'postgres://dana@127.0.0.1:1/dept', password: 'Secr3t-typed' })).toBe('refused department.passwordNotKept');
    expect(await refusal('department.connect', { url: 'postgres://dana:Secr3t-typed@127.0.0.1:1/dept' })).toBe('invalid_request department.passwordInUrl');
    expect(await refusal('department.connect', { url: 'not a url' })).toBe('invalid_request department.badUrl');
    expect(await dispatch('department.status', {})).toMatchObject({ ok: true, result: { state: 'none', url: null } });
  });
});
