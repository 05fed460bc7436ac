import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../../shared/api';
import { createDispatcher } from '../../../../electron/core/api/dispatch';
import { badPayloads } from '../../../support/fuzz-payloads';

describe('every contract method rejects wrong payloads before any handler runs', () => {
  const called: string[] = [];
  const spyHandlers = new Proxy({}, { get: (_t, name: string) => () => called.push(name) }) as ApiHandlers;
  const dispatch = createDispatcher(spyHandlers);
  const cases = badPayloads();

  it('generates a broad corpus', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases.map((c) => [`${c.method}: ${c.label}`, c] as const))('%s', async (_name, c) => {
    const result = await dispatch(c.method, c.payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_request');
    if (c.field) expect(result.error.issues?.map((i) => i.path.split('.')[0])).toContain(c.field);
    expect(called).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
