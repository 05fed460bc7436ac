/**
 * The window factory and its lock-down, with a faked `electron` module (the Electron binary
 * cannot run here). Each assertion is a line of Electron's security checklist.
 */
import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ windows: [] as { options: unknown; loaded: string[]; webContents: unknown }[] }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeWebContents extends Emitter {
    openHandler: ((details: { url: string }) => unknown) | undefined;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.openHandler = handler;
    }
  }
  class BrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    readonly loaded: string[] = [];
    constructor(readonly options: unknown) {
      super();
      fake.windows.push(this);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show() {}
  }
  return { BrowserWindow, protocol: { registerSchemesAsPrivileged: vi.fn() } };
});

const { createMainWindow, lockDownContents, lockDownEveryWebContents, mainWindowOptions } = await import('../../../electron/main/window');

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => unknown) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.openHandler = handler;
  }
}

/** Emits a navigation event the way Electron does and says whether the page stopped it. */
function navigate(contents: FakeContents, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault }, url);
  return preventDefault.mock.calls.length > 0;
}

beforeEach(() => {
  fake.windows.length = 0;
});

describe('mainWindowOptions', () => {
  it('turns on every renderer protection and loads only our preload', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences!;
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it("turns Chromium's spellchecker off: the renderer checks spelling offline, so nothing tries to download a dictionary", () => {
    expect(mainWindowOptions('/app/out/preload/index.cjs').webPreferences!.spellcheck).toBe(false);
  });
});

describe('lockDownContents', () => {
  it('refuses every new window', () => {
    const contents = new FakeContents();
    lockDownContents(contents as unknown as WebContents);
    expect(contents.openHandler).toBeDefined();
    expect(contents.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'app://briefing/index.html' })).toEqual({ action: 'deny' });
  });

  it('stops navigation and redirects away from the app, and lets the app move within itself', () => {
    const contents = new FakeContents();
    lockDownContents(contents as unknown as WebContents);
    for (const event of ['will-navigate', 'will-redirect'] as const) {
      expect(navigate(contents, event, 'https://example.org/phish')).toBe(true);
      expect(navigate(contents, event, 'file:///etc/passwd')).toBe(true);
      expect(navigate(contents, event, 'app://briefing.example.org/')).toBe(true);
      expect(navigate(contents, event, 'app://briefing/index.html#note=1')).toBe(false);
    }
  });

  it('refuses webviews', () => {
    const contents = new FakeContents();
    lockDownContents(contents as unknown as WebContents);
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('createMainWindow', () => {
  it('builds the window from the safe options, locks it down and loads the app origin', () => {
    createMainWindow('/p/preload.cjs');
    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0]!;
    expect(win.options).toEqual(mainWindowOptions('/p/preload.cjs'));
    expect(win.loaded).toEqual(['app://briefing/index.html']);
    const contents = win.webContents as FakeContents;
    expect(contents.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(navigate(contents, 'will-navigate', 'https://example.org/')).toBe(true);
  });
});

describe('lockDownEveryWebContents', () => {
  type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  /** A web contents Electron made on its own (devtools, a popup, a frame), with a session of its own. */
  function contentsWithSession() {
    const session = {
      requestHandler: undefined as PermissionRequest | undefined,
      checkHandler: undefined as ((contents: unknown, permission: string) => boolean) | undefined,
      beforeRequest: undefined as ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined,
      setPermissionRequestHandler(h: PermissionRequest) {
        this.requestHandler = h;
      },
      setPermissionCheckHandler(h: (contents: unknown, permission: string) => boolean) {
        this.checkHandler = h;
      },
      webRequest: {
        onBeforeRequest: (h: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) => (session.beforeRequest = h),
      },
    };
    return Object.assign(new FakeContents(), { session });
  }

  it('locks down every web contents the app creates, not only the main window', () => {
    const app = new EventEmitter();
    lockDownEveryWebContents(app as never);
    for (const contents of [contentsWithSession(), contentsWithSession()]) {
      expect(contents.openHandler).toBeUndefined();
      app.emit('web-contents-created', {}, contents);
      expect(contents.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
      expect(navigate(contents, 'will-navigate', 'https://example.org/phish')).toBe(true);
      expect(navigate(contents, 'will-redirect', 'file:///etc/passwd')).toBe(true);
      expect(navigate(contents, 'will-navigate', 'app://briefing/index.html')).toBe(false);
      const webview = vi.fn();
      contents.emit('will-attach-webview', { preventDefault: webview });
      expect(webview).toHaveBeenCalled();
    }
  });

  it('denies every permission and network request in the session of each new web contents', () => {
    const app = new EventEmitter();
    lockDownEveryWebContents(app as never);
    const contents = contentsWithSession();
    app.emit('web-contents-created', {}, contents);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const granted = vi.fn();
      contents.session.requestHandler!({}, permission, granted);
      expect(granted).toHaveBeenCalledWith(false);
      expect(contents.session.checkHandler!({}, permission)).toBe(false);
    }
    let cancelled: boolean | undefined;
    contents.session.beforeRequest!({ url: 'https://example.org/beacon' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });
});
