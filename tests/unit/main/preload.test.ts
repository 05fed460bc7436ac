/**
 * The preload with faked contextBridge and ipcRenderer: the page gets the contract's
 * methods and menu events, and nothing that could name another channel.
 */
import { describe, expect, it, vi } from 'vitest';
import { methodNames, type BriefingBridge } from '../../../shared/api';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, result: 'answer' })),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => fake.listeners.set(channel, listener),
    removeListener: (channel: string) => fake.listeners.delete(channel),
  },
}));

await import('../../../electron/preload/index');
const bridge = fake.exposed.get('briefing') as BriefingBridge;

describe('preload', () => {
  it('exposes only window.briefing, with exactly the contract methods', () => {
    expect([...fake.exposed.keys()]).toEqual(['briefing']);
    expect(Object.keys(bridge).sort()).toEqual(['api', 'onAppEvent', 'onMenuCommand', 'printToPdf']);
    expect(Object.keys(bridge.api).sort()).toEqual([...methodNames].sort());
  });

  it('sends every call on the one API channel', async () => {
    const answer = await bridge.api['notes.get']({ id: 'n1' });
    expect(answer).toEqual({ ok: true, result: 'answer' });
    expect(fake.invoke).toHaveBeenCalledWith('briefing:api', 'notes.get', { id: 'n1' });
  });

  it('asks for a PDF on its own channel', async () => {
    const request = { title: 'T', page: { widthMm: 210, heightMm: 297, margins: { top: 20, bottom: 20, left: 30, right: 15 } } };
    await bridge.printToPdf(request);
    expect(fake.invoke).toHaveBeenCalledWith('briefing:print', request);
  });

  it('passes on known menu commands only, until unsubscribed', () => {
    const heard: string[] = [];
    const stop = bridge.onMenuCommand((c) => heard.push(c));
    const deliver = fake.listeners.get('briefing:menu')!;
    deliver({}, 'note.export');
    deliver({}, 'shell.openExternal');
    deliver({}, 'note.auditDocx');
    expect(heard).toEqual(['note.export', 'note.auditDocx']);
    stop();
    expect(fake.listeners.has('briefing:menu')).toBe(false);
  });

  it('passes on the back end\'s known events only (a department pull changed facts), until unsubscribed', () => {
    const heard: string[] = [];
    const stop = bridge.onAppEvent((e) => heard.push(e));
    const deliver = fake.listeners.get('briefing:event')!;
    deliver({}, 'facts-changed');
    deliver({}, 'shell.openExternal');
    deliver({}, 'department-changed');
    expect(heard).toEqual(['facts-changed', 'department-changed']);
    stop();
    expect(fake.listeners.has('briefing:event')).toBe(false);
  });
});
