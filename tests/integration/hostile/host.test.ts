/**
 * The browser host under hostile requests: method names that are paths or prototype keys,
 * malformed percent-encoding, bodies over the size limit, invalid UTF-8 and hostile JSON.
 * Each gets a clear error with the right status, and the server keeps answering.
 */
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/api/dispatch';
import { maxRequestBytes, startHost, type RunningHost } from '../../../electron/host/server';
import type { StoredNote } from '../../../shared/note-format';
import { tenMegabytePaste } from '../../fixtures/hostile/files';
import { content, paragraph, text } from '../../support/note-content';
import { openHostileStore, storeHealth, type HostileStore } from '../../support/hostile';

let store: HostileStore;
let host: RunningHost;

beforeAll(async () => {
  store = openHostileStore();
  host = await startHost({ dispatch: createDispatcher(store.services.handlers), rendererDir: mkdtempSync(join(tmpdir(), 'briefing-renderer-')) });
});
afterAll(async () => {
  await host.close();
  store.close();
});

/** A raw request, so paths are sent exactly as written (fetch would normalise `..`). */
function raw(path: string, body: Buffer | string = '{}', headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function stillAnswers() {
  const info = await raw('/api/app.info');
  expect(info.status).toBe(200);
  expect(JSON.parse(info.body)).toMatchObject({ ok: true });
}

describe('hostile method names', () => {
  const names = [
    '..%2f..%2fetc%2fpasswd', '..%5c..%5cwindows', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
    '__proto__.polluted', 'facts.search%00', '%00', '%E2%80%AEfacts.search', 'FACTS.SEARCH', 'facts..search',
    'a'.repeat(5000), '%', '%E0%A4%A', '%ZZ', '%C0%AF', '%uD800',
  ];

  it.each(names.map((n) => [n.slice(0, 60), n] as const))('/api/%s → a clear refusal, and the server still answers', async (_label, name) => {
    const response = await raw(`/api/${name}`);
    expect([400, 404]).toContain(response.status);
    const body = JSON.parse(response.body) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(['unknown_method', 'invalid_request']).toContain(body.error.code);
    expect(body.error.message.length).toBeLessThan(300);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await stillAnswers();
  });
});

describe('paths with ..', () => {
  it('resolve as URLs do: /api/../../etc/passwd is no API call and no file, just a refusal', async () => {
    const response = await raw('/api/../../etc/passwd');
    expect(response.status).toBe(405);
    expect(response.body).toBe('');
    const get = await fetch(`${host.origin}/api/../../etc/passwd`);
    expect(get.status).toBe(404);
    expect(await get.text()).not.toContain('root:');
    await stillAnswers();
  });
});

describe('hostile bodies', () => {
  it('a body over the size limit is refused with a clear message, and the server still answers', async () => {
    const huge = Buffer.alloc(maxRequestBytes + 1024 * 1024, 0x20);
    const response = await raw('/api/facts.search', huge).catch((error: unknown) => ({ status: -1, body: String(error) }));
    expect(response.status, response.body).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_request', message: `The request is larger than ${maxRequestBytes / 1024 / 1024} MB, the most one call may carry. Nothing was saved.` } });
    await stillAnswers();
  });

  it('a 10 MB paste is accepted over HTTP and read back whole', async () => {
    const created = JSON.parse((await raw('/api/notes.create', JSON.stringify({ templateId: 'information' }))).body) as { result: StoredNote };
    const paste = tenMegabytePaste();
    const save = await raw(
      '/api/notes.save',
      JSON.stringify({ id: created.result.id, metadata: created.result.metadata, content: content(paragraph(text(paste))), baseUpdatedAt: created.result.updatedAt }),
    );
    expect(save.status).toBe(200);
    const got = JSON.parse((await raw('/api/notes.get', JSON.stringify({ id: created.result.id }))).body) as { result: StoredNote };
    expect((got.result.content.root.children[0]!.children![0]!.text as string).length).toBe(paste.length);
  });

  const bodies: [string, Buffer | string][] = [
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d])],
    ['UTF-16 with BOM', Buffer.from('\ufeff{"query":"x"}', 'utf16le')],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"x"}')])],
    ['truncated JSON', '{"query": "x'],
    ['JSON with NUL', '{"query":"a\u0000b"}'],
    ['JSON lone surrogate escape', '{"query":"\\ud800"}'],
    ['prototype pollution', '{"query":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'],
    ['deeply nested JSON', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['top-level string', '"facts"'],
    ['binary garbage', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))],
  ];

  it.each(bodies)('%s → answered (200 or 400), never a crash', async (_name, body) => {
    const response = await raw('/api/facts.search', body);
    expect([200, 400]).toContain(response.status);
    const parsed = JSON.parse(response.body) as { ok: boolean; error?: { code: string } };
    if (!parsed.ok) expect(parsed.error?.code).toBe('invalid_request');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await stillAnswers();
  });
});

describe('the store after every hostile request', () => {
  it('passes integrity_check and foreign_key_check', () => {
    expect(storeHealth(store.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
  });
});
