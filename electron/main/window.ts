/**
 * The one window factory. Every BrowserWindow the app opens comes from here, with the
 * Electron security checklist applied (electron docs/tutorial/security.md).
 */
import { BrowserWindow, type App, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { appOrigin } from './protocol';
import { hardenSession } from './session';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Briefing Studio',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click must not open links in new windows (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      // The note is spell-checked by the renderer itself (nspell, offline, per language span);
      // Chromium's checker would try to download its dictionaries (issue 15).
      spellcheck: false,
    },
  };
}

/** New windows are never opened and the page never navigates away from the app. */
export function lockDownContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Every web contents the app ever gets (a window, devtools, a frame or popup a page manages to
 * create) is locked down like the main window, and its session denies every permission and
 * network request, even if it was given a session other than the default one.
 */
export function lockDownEveryWebContents(app: Pick<App, 'on'>): void {
  const hardened = new WeakSet<object>();
  app.on('web-contents-created', (_event, contents) => {
    lockDownContents(contents);
    if (!hardened.has(contents.session)) {
      hardenSession(contents.session);
      hardened.add(contents.session);
    }
  });
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  // electronegativity-ok: NODE_INTEGRATION_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  // The options come from mainWindowOptions() above (static analysis cannot follow the call);
  // tests/unit/main/window.test.ts asserts each of them on the object passed here.
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  lockDownContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${appOrigin}/index.html`);
  return win;
}
