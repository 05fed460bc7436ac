import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices, type AppServices } from '../../electron/core/app/services';
import { startHost, type RunningHost } from '../../electron/host/server';

let services: AppServices;
let host: RunningHost;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-host-'));
  const rendererDir = mkdtempSync(join(tmpdir(), 'briefing-renderer-'));
  services = openAppServices({ dataDir, resourcesDir: join(dataDir, 'no-resources'), version: '9.9.9', transport: 'browser' });
  host = await startHost({ dispatch: createDispatcher(services.handlers), rendererDir, events: services.events });
});

afterAll(async () => {
  await host.close();
  services.close();
});

const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('browser host', () => {
  it('answers a valid call with the token', async () => {
    const response = await call('app.info', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, result: { version: '9.9.9', transport: 'browser' } });
  });

  it('refuses a call without the token, or with a wrong one, with 401', async () => {
    const none = await fetch(`${host.origin}/api/app.info`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await call('app.info', {}, { Authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(401);
  });

  it('answers a wrong payload with 400 naming the field', async () => {
    const response = await call('facts.search', { query: 42 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.issues.map((i) => i.path)).toContain('query');
  });

  it('answers malformed JSON and unknown methods with clear errors', async () => {
    const bad = await call('app.info', '{"unterminated');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/not valid JSON/);
    expect((await call('no.such.method', {})).status).toBe(404);
  });

  it('refuses requests for another Host name (DNS rebinding) and cross-origin calls', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/api/app.info', method: 'POST', headers: { Host: 'evil.example:80', Authorization: `Bearer ${host.token}` } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
    expect((await call('app.info', {}, { Origin: 'https://evil.example' })).status).toBe(403);
  });

  it('listens on loopback only: not reachable on any other address of this machine', async () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    for (const address of others) {
      await expect(fetch(`http://${address}:${host.port}/api/app.info`, { method: 'POST', signal: AbortSignal.timeout(3000) })).rejects.toThrow();
    }
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const response = await fetch(`${host.origin}${path}`);
      expect(await response.text()).not.toContain('"name": "briefing-studio"');
    }
  });
});

describe('browser host events (issue 16)', () => {
  it('streams the back end\'s events on POST /events with the token, and refuses it without', async () => {
    const none = await fetch(`${host.origin}/events`, { method: 'POST' });
    expect(none.status).toBe(401);
    const events = new Promise<string>((resolve) => {
      const req = request(`${host.origin}/events`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          // The stream says it is ready; a change then arrives as a `data:` line.
          if (text.includes(': ready') && !text.includes('data: ')) void services.handlers['department.disconnect']({});
          if (text.includes('data: ')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.end();
    });
    expect(await events).toBe(': ready\n\ndata: department-changed\n\n');
  });
});
