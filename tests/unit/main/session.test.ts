import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

const { hardenSession } = await import('../../../electron/main/session');

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheck = (contents: unknown, permission: string) => boolean;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

function hardenedSession() {
  const handlers: { request?: PermissionRequest; check?: PermissionCheck; beforeRequest?: BeforeRequest } = {};
  const session = {
    setPermissionRequestHandler: (h: PermissionRequest) => (handlers.request = h),
    setPermissionCheckHandler: (h: PermissionCheck) => (handlers.check = h),
    webRequest: { onBeforeRequest: (h: BeforeRequest) => (handlers.beforeRequest = h) },
  };
  hardenSession(session as unknown as Session);
  return handlers;
}

const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'midi'];

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { request, check } = hardenedSession();
    for (const permission of permissions) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission)).toBe(false);
    }
  });

  it('cancels every request that is not for the app itself', () => {
    const { beforeRequest } = hardenedSession();
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      beforeRequest!({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('https://example.org/tracker.gif')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/api/notes.list')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('ws://example.org/')).toBe(true);
    expect(cancelled('app://briefing/index.html')).toBe(false);
    expect(cancelled('app://briefing/assets/index.js')).toBe(false);
  });
});
