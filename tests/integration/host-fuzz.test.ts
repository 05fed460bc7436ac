import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { startHost, type RunningHost } from '../../electron/host/server';
import { badPayloads } from '../support/fuzz-payloads';

const called: string[] = [];
let host: RunningHost;

beforeAll(async () => {
  const info = { name: 'Briefing Studio', version: '0', dataDir: '/x', schemaVersion: 1, transport: 'browser', readOnly: null, readOnlyWording: null, counts: { sources: 0, facts: 0, notes: 0 } };
  const spyHandlers = new Proxy({}, { get: (_t, name: string) => (name === 'app.info' ? () => info : () => called.push(name)) }) as ApiHandlers;
  host = await startHost({ dispatch: createDispatcher(spyHandlers), rendererDir: mkdtempSync(join(tmpdir(), 'briefing-r-')) });
});
afterAll(() => host.close());

it('the browser host rejects every generated wrong payload with 400 and calls no handler', async () => {
  const cases = badPayloads();
  for (const c of cases) {
    const response = await fetch(`${host.origin}/api/${c.method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify(c.payload),
    });
    const body = (await response.json()) as { ok: boolean; error?: { code: string; issues?: { path: string }[] } };
    expect(response.status, `${c.method}: ${c.label}`).toBe(400);
    expect(body.error?.code).toBe('invalid_request');
    if (c.field) expect(body.error?.issues?.map((i) => i.path.split('.')[0]), `${c.method}: ${c.label}`).toContain(c.field);
  }
  expect(called).toEqual([]);
  // The host still answers normally afterwards.
  const after = await fetch(`${host.origin}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` }, body: '{}' });
  expect(after.status).toBe(200);
});
