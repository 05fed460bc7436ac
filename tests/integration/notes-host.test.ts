/**
 * The notes API end to end in browser mode: the real host on 127.0.0.1, the real services
 * on a temp data dir, called with fetch and the per-run token like the renderer does.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices, type AppServices } from '../../electron/core/app/services';
import { startHost, type RunningHost } from '../../electron/host/server';
import type { StoredNote } from '../../shared/note-format';
import { content, fact, paragraph, text } from '../support/note-content';
import { tempDir } from '../support/notes';

let dir: string;
let services: AppServices;
let host: RunningHost;

beforeAll(async () => {
  dir = tempDir('briefing-host-notes-');
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  services = openAppServices({ dataDir: join(dir, 'data'), resourcesDir: join(dir, 'resources'), version: '0.0.0-test', transport: 'browser' });
  host = await startHost({ dispatch: createDispatcher(services.handlers), rendererDir });
});

afterAll(async () => {
  await host?.close();
  services?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(method: string, body: unknown, token = host.token) {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, envelope: (await response.json()) as { ok: boolean; result?: unknown; error?: { code: string; message: string; issues?: { path: string }[] } } };
}

describe('notes over the browser host', () => {
  it('creates, saves and reopens a note', async () => {
    const created = await post('notes.create', { templateId: 'decision', title: 'Wildfire season outlook' });
    expect(created.status).toBe(200);
    const note = created.envelope.result as StoredNote;
    expect(note.metadata.type).toBe('For decision');

    const body = content(paragraph(text('Area burned: '), fact('F-3', '1.2 million hectares')));
    const saved = await post('notes.save', {
      id: note.id,
      metadata: { ...note.metadata, classification: 'UNCLASSIFIED' },
      content: body,
      baseUpdatedAt: note.updatedAt,
      snapshot: true,
    });
    expect(saved).toMatchObject({ status: 200, envelope: { ok: true, result: { version: 1 } } });

    const reopened = await post('notes.get', { id: note.id, markOpened: true });
    expect(reopened.status).toBe(200);
    expect(reopened.envelope.result).toMatchObject({ id: note.id, content: body, metadata: { classification: 'UNCLASSIFIED' } });
    const recent = await post('notes.recent', {});
    expect((recent.envelope.result as { notes: { id: string; citationCount: number }[] }).notes).toEqual([
      expect.objectContaining({ id: note.id, citationCount: 1 }),
    ]);

    const stale = await post('notes.save', { id: note.id, metadata: note.metadata, content: body, baseUpdatedAt: note.updatedAt });
    expect(stale.status).toBe(409);
    expect(stale.envelope.error?.code).toBe('conflict');
  });

  it('answers 400 naming the field when a payload is wrong', async () => {
    const wrongTemplate = await post('notes.create', { templateId: 'memo' });
    expect(wrongTemplate.status).toBe(400);
    expect(wrongTemplate.envelope.error?.code).toBe('invalid_request');
    expect(wrongTemplate.envelope.error?.issues?.map((i) => i.path)).toEqual(['templateId']);
    expect(wrongTemplate.envelope.error?.message).toContain('templateId');

    const missingTitle = await post('notes.save', { id: 'x', metadata: { classification: '' }, content: content(), baseUpdatedAt: null });
    expect(missingTitle.status).toBe(400);
    expect(missingTitle.envelope.error?.issues?.map((i) => i.path)).toEqual(['metadata.title']);
  });

  it('answers 404 for an unknown note and 401 without the token', async () => {
    expect((await post('notes.get', { id: 'nope' })).status).toBe(404);
    expect((await post('notes.list', {}, 'wrong-token')).status).toBe(401);
  });
});
