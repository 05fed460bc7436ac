/**
 * The IPC binding with a fake ipcMain in front of the real dispatcher and services (a real
 * SQLite file): only the app's own main frame may call, and the envelope says why not.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiEnvelope } from '../../../shared/errors';
import { createDispatcher } from '../../../electron/core/api/dispatch';
import { openAppServices, type AppServices } from '../../../electron/core/app/services';
import { tempDir } from '../../support/notes';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

const { apiChannel, bindApi } = await import('../../../electron/main/ipc');

type Handler = (event: unknown, method: unknown, payload: unknown) => Promise<ApiEnvelope<unknown>>;

let services: AppServices | undefined;
let dir: string | undefined;
afterEach(() => {
  services?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function boundApi(): Handler {
  dir = tempDir('briefing-ipc-');
  services = openAppServices({ dataDir: dir, resourcesDir: join(dir, 'none'), version: '0.0.0-test', transport: 'electron' });
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
  bindApi(ipcMain as unknown as IpcMain, createDispatcher(services.handlers));
  expect([...handlers.keys()]).toEqual([apiChannel]);
  return handlers.get(apiChannel)!;
}

/** An IPC event from a frame at `url`; `main` says whether it is the window's main frame. */
function eventFrom(url: string, main = true) {
  const mainFrame = { url: 'app://briefing/index.html' };
  const senderFrame = main ? Object.assign(mainFrame, { url }) : { url };
  return { sender: { mainFrame }, senderFrame };
}

const appFrame = () => eventFrom('app://briefing/index.html');

describe('bindApi', () => {
  it('answers a good call from the app window', async () => {
    const call = boundApi();
    const created = await call(appFrame(), 'notes.create', { templateId: 'information', title: 'From IPC' });
    expect(created.ok).toBe(true);
    const listed = await call(appFrame(), 'notes.list', {});
    expect(listed).toMatchObject({ ok: true, result: { notes: [{ title: 'From IPC' }] } });
  });

  it('answers unknown_method for a method outside the contract', async () => {
    const call = boundApi();
    const envelope = await call(appFrame(), 'fs.readFile', { path: '/etc/passwd' });
    // The renderer words it from the catalogue in the user's language; the message stays for logs.
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Unknown API method: fs.readFile', wording: { key: 'api.unknownMethod', params: { name: 'fs.readFile' } } },
    });
  });

  it('refuses callers that are not the app main frame', async () => {
    const call = boundApi();
    const foreign = [
      eventFrom('app://briefing/index.html', false), // an iframe, even one of ours
      eventFrom('https://example.org/'),
      eventFrom('app://briefing.example.org/'),
      eventFrom('file:///tmp/index.html'),
      { sender: { mainFrame: { url: 'app://briefing/' } }, senderFrame: null }, // frame gone
    ];
    for (const event of foreign) {
      const envelope = await call(event, 'notes.create', { templateId: 'information' });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // Nothing was written by any of them.
    expect(await call(appFrame(), 'notes.list', {})).toMatchObject({ ok: true, result: { notes: [] } });
  });

  it('answers invalid_request naming the field of a bad payload', async () => {
    const call = boundApi();
    const envelope = await call(appFrame(), 'notes.list', { limit: 'all', extra: 1 });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('invalid_request');
    expect(envelope.error.issues?.map((i) => i.path).sort()).toEqual(['extra', 'limit']);
  });
});
