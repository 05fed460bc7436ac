/**
 * The XSS corpus stored through the API as fact statements (and every other fact field),
 * source titles and publishers, note titles and metadata: each comes back as the same text,
 * as JSON data that a browser will not sniff as a page, from a host whose pages carry the CSP.
 * Rendering that text as text is the renderer's part (tests/unit/renderer/hostile).
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/api/dispatch';
import { selectorForUniqueQuote } from '../../../electron/core/facts/anchoring';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { cleanLine } from '../../../shared/clean-text';
import type { FactDetail, SourceSummary } from '../../../shared/model';
import type { StoredNote } from '../../../shared/note-format';
import { xssPayloads } from '../../fixtures/hostile/xss';
import { openHostileStore, storeHealth, type HostileStore } from '../../support/hostile';
import { seedsDir, vovFile } from '../../support/temp-store';

let store: HostileStore;
let host: RunningHost;
let vov: string;

beforeAll(async () => {
  store = openHostileStore();
  const rendererDir = mkdtempSync(join(tmpdir(), 'briefing-renderer-'));
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
  host = await startHost({ dispatch: createDispatcher(store.services.handlers), rendererDir });
  vov = readFileSync(join(seedsDir(), vovFile), 'utf8');
});
afterAll(async () => {
  await host.close();
  store.close();
});

async function api<T>(method: string, body: unknown): Promise<{ result: T; response: Response }> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const envelope = (await response.json()) as { ok: boolean; result: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error).slice(0, 300)}`);
  return { result: envelope.result, response };
}

const quotes = ['the highest level to date'];
// eslint-disable-next-line no-control-regex -- the characters metadata may not keep
const controlCharacter = /[\u0000-\u001f]/;

describe('XSS payloads stored through the API come back as the same inert text', () => {
  it.each(xssPayloads.map((p, i) => [p.name, p.value, i] as const))('%s', async (_name, payload, i) => {
    const fields = {
      statement: payload, metric: payload.slice(0, 300), subject: payload.slice(0, 300), valueLow: null, valueHigh: null, unit: payload.slice(0, 100),
      qualifier: null, period: '2025', claimant: payload.slice(0, 300), topics: [payload.slice(0, 100)], notes: payload,
    };
    const selector = selectorForUniqueQuote(vov, quotes[i % quotes.length]!);
    const created = await api<FactDetail>('facts.create', { fields, evidence: [{ sourceId: 'src-vov-2026-01-14', selector }], by: payload.slice(0, 200) });
    expect(created.response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(created.response.headers.get('x-content-type-options')).toBe('nosniff');
    const got = (await api<FactDetail>('facts.get', { id: created.result.id })).result;
    expect(got).toMatchObject({ statement: payload, metric: fields.metric, claimant: fields.claimant, notes: payload, topics: [fields.topics[0]!.trim()] });

    const { source } = (await api<{ source: SourceSummary }>('sources.import', {
      fileName: `${payload.slice(0, 200)}.txt`, text: `Text of source ${i}: ${payload}`, format: 'txt', meta: { title: payload, publisher: payload.slice(0, 500) },
    })).result;
    // Source metadata is cleaned of control characters (the store's rule); markup stays text.
    for (const field of [source.title, source.publisher]) {
      if (controlCharacter.test(payload)) expect(field).not.toMatch(controlCharacter);
      else expect(field).toBe(payload);
    }
    expect((await api<{ text: string }>('sources.get', { id: source.id })).result.text).toBe(`Text of source ${i}: ${payload}`);

    const note = (await api<StoredNote>('notes.create', { templateId: 'decision', title: payload })).result;
    expect(note.metadata.title).toBe(cleanLine(payload));
    const listed = (await api<{ notes: { id: string; title: string }[] }>('notes.list', { query: '' })).result.notes.find((n) => n.id === note.id);
    expect(listed?.title).toBe(cleanLine(payload));
  });

  it('the pages that would render this text carry the CSP: no inline script, no eval, nothing remote', async () => {
    const page = await fetch(`${host.origin}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(csp).toMatch(/default-src 'self'|default-src 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
  });

  it('leaves the store intact', () => {
    expect(storeHealth(store.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
  });
});
