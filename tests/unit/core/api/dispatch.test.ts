import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../../shared/api';
import { createDispatcher } from '../../../../electron/core/api/dispatch';
import { ApiError } from '../../../../shared/errors';

const info = {
  name: 'Briefing Studio',
  version: '1.0.0',
  dataDir: '/tmp/x',
  schemaVersion: 10,
  transport: 'browser' as const,
  readOnly: null,
  readOnlyWording: null,
  counts: { sources: 1, facts: 2, notes: 3 },
};

function dispatcherWith(overrides: Partial<ApiHandlers>) {
  const calls: unknown[] = [];
  const handlers = new Proxy(overrides, {
    get: (target, name: string) =>
      (target as Record<string, unknown>)[name] ??
      ((request: unknown) => {
        calls.push(request);
        throw new ApiError('not_found', 'nothing here');
      }),
  }) as ApiHandlers;
  return { dispatch: createDispatcher(handlers), calls };
}

describe('the generic dispatcher', () => {
  it('calls the handler and returns its validated result', async () => {
    const { dispatch } = dispatcherWith({ 'app.info': () => info });
    expect(await dispatch('app.info', {})).toEqual({ ok: true, result: info });
  });

  it('rejects an unknown method without calling anything', async () => {
    const { dispatch, calls } = dispatcherWith({});
    const result = await dispatch('__proto__', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(calls).toEqual([]);
  });

  it('rejects a payload that fails the schema, naming the field', async () => {
    const { dispatch, calls } = dispatcherWith({});
    const result = await dispatch('facts.search', { query: 'trade', limit: 'ten' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'limit' }] } });
    const extra = await dispatch('app.info', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'sneaky' }] } });
    expect(calls).toEqual([]);
  });

  it('passes typed errors through and hides nothing about internal ones', async () => {
    const { dispatch } = dispatcherWith({
      'app.info': () => {
        throw new Error('disk on fire');
      },
    });
    expect(await dispatch('facts.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'nothing here' } });
    expect(await dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('disk on fire') } });
  });
});
