/**
 * Preload: exposes only the typed contract client and menu events on `window.briefing`.
 * No raw ipcRenderer, and the renderer never chooses a channel name.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { appEvents, menuCommands, methodNames, type AppEventName, type EnvelopeApi, type BriefingBridge, type MenuCommand } from '../../shared/api';

// Literal copies of the channel names in electron/main/ipc.ts: the preload is bundled alone.
const apiChannel = 'briefing:api';
const menuChannel = 'briefing:menu';
const printChannel = 'briefing:print';
const eventChannel = 'briefing:event';

const api = Object.fromEntries(
  methodNames.map((method) => [method, (request: unknown) => ipcRenderer.invoke(apiChannel, method, request)]),
) as unknown as EnvelopeApi;

const bridge: BriefingBridge = {
  api,
  onMenuCommand(listener) {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if ((menuCommands as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(menuChannel, wrapped);
    return () => ipcRenderer.removeListener(menuChannel, wrapped);
  },
  printToPdf: (request) => ipcRenderer.invoke(printChannel, request),
  onAppEvent(listener) {
    const wrapped = (_event: IpcRendererEvent, name: unknown) => {
      if ((appEvents as readonly unknown[]).includes(name)) listener(name as AppEventName);
    };
    ipcRenderer.on(eventChannel, wrapped);
    return () => ipcRenderer.removeListener(eventChannel, wrapped);
  },
};

contextBridge.exposeInMainWorld('briefing', bridge);
