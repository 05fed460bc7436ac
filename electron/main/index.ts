/**
 * Electron main process: wiring only. Everything it calls lives in a file of its own.
 */
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, session } from 'electron';
import { resolveUiLanguage } from '../../shared/ui-language';
import { createDispatcher } from '../core/api/dispatch';
import { openAppServices, type AppServices } from '../core/app/services';
import { getPreferences } from '../core/profile/profile';
import { appRoot, dataDirArgument, defaultResourcesDir, rendererDir } from '../core/paths';
import { departmentSecret } from './department-secret';
import { apiChannel, bindApi, eventChannel, menuChannel } from './ipc';
import { menuTemplate } from './menu';
import { bindPrint, printChannel } from './print';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession } from './session';
import { createMainWindow, lockDownEveryWebContents } from './window';

const root = appRoot();
const dataDir = dataDirArgument(process.argv) ?? process.env.BRIEFING_DATA_DIR;
if (dataDir) app.setPath('userData', dataDir);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: AppServices | undefined;
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  lockDownEveryWebContents(app);

  void app.whenReady().then(() => {
    const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : defaultResourcesDir(root);
    try {
      services = openAppServices({
        dataDir: app.getPath('userData'),
        resourcesDir,
        version: app.getVersion(),
        transport: 'electron',
        departmentPassword: departmentSecret(join(app.getPath('userData'), 'department-password.bin')),
      });
    } catch (error) {
      // A damaged, newer or uncreatable store: its plain message (store-errors.ts), then quit without touching it.
      dialog.showErrorBox('Briefing Studio cannot open its store', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    hardenSession(session.defaultSession);
    serveRenderer(session.defaultSession, rendererDir(root));
    const store = services.db;
    const send = (command: string) => mainWindow?.webContents.send(menuChannel, command);
    // The menu speaks the interface's language (the chosen one, else the app locale, as the
    // renderer's navigator.language) and is rebuilt when Settings changes it.
    const buildMenu = () => {
      const language = resolveUiLanguage(getPreferences(store).uiLanguage, [app.getLocale()]);
      Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin', language)));
    };
    const dispatch = createDispatcher(services.handlers, { onInternalError: (m, e) => console.error(m, e) });
    bindApi(ipcMain, async (method, payload) => {
      const answer = await dispatch(method, payload);
      if (method === 'profile.setPreferences' && answer.ok) buildMenu();
      return answer;
    });

    bindPrint(ipcMain, dialog);
    mainWindow = createMainWindow(join(root, 'out', 'preload', 'index.cjs'));
    buildMenu();
    // The department's live link: pulled changes refresh open notes' chips (issue 16).
    services.events.subscribe((event) => mainWindow?.webContents.send(eventChannel, event));
    services.department.start();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    ipcMain.removeHandler(apiChannel);
    ipcMain.removeHandler(printChannel);
    void services?.close();
  });
}
